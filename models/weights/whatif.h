// WhatIf: the weight model of a chronology as a scenario changes it (events or categories
// switched off, effects overridden), and the checks the command line and the GUI need.
#pragma once

#include "chronology/chronology.h"
#include "weightmodel.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace AllianceScope::WhatIf {

/**
 * What in @p scenario does not fit @p chronology, one message per problem: unknown event or
 * category ids, overrides of an unknown event, of a missing effect or of a membership effect.
 * Empty when the scenario applies cleanly. (applyScenario() silently ignores all of these.)
 */
QStringList problems(const Chronology &chronology, const Scenario &scenario);

/**
 * The weight model of applyScenario(@p chronology, @p scenario) with @p parameters: what the
 * GUI rebuilds when an event is switched off. Cost: one copy of the kept events and one index
 * build, linear in the number of effects (docs/PERFORMANCE.md, "What-if").
 */
std::unique_ptr<WeightModel> model(const Chronology &chronology, const Scenario &scenario,
                                   const WeightParameters &parameters = {});

/// @p scenario with event @p id switched off when it was on, and on when it was off.
Scenario toggleEvent(Scenario scenario, const QString &id);
/// @p scenario with category @p id switched off when it was on, and on when it was off.
Scenario toggleCategory(Scenario scenario, const QString &id);
/// Whether @p scenario switches @p event off (by its id or by its category).
bool switchesOff(const Scenario &scenario, const Event &event);

/// The scenario of the command line: --scenario @p id (empty: none) plus --without @p events.
/// On an unknown id sets @p error (when not null) and returns nothing.
std::optional<Scenario> fromCommandLine(const Chronology &chronology, const QString &id,
                                        const QStringList &events, QString *error);

} // namespace AllianceScope::WhatIf
