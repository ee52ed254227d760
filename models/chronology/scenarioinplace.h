// applyScenarioInPlace: the chronology a what-if scenario describes, with every event kept at its
// index — the form the window uses, so that the event list, the timeline and the edge history
// keep pointing at the same events while a scenario switches some of them off.
#pragma once

#include "chronology.h"

namespace AllianceScope {

/**
 * @p chronology as @p scenario changes it, keeping every event: an event the scenario switches
 * off (by id or by category) stays in the list without effects, so it moves no weight; the
 * overrides are applied. Event indices are those of @p chronology, and the weights at every date
 * equal those of applyScenario(chronology, scenario) (tests/tst_whatifview.cpp checks both).
 */
Chronology applyScenarioInPlace(const Chronology &chronology, const Scenario &scenario);

/// Whether @p scenario switches @p event off (by its id or its category).
bool isSwitchedOff(const Scenario &scenario, const Event &event);

} // namespace AllianceScope
