// Scenario: a named what-if over a chronology (events or categories switched off, effects
// changed), saved with the chronology (the "scenarios" array of docs/DATA.md).
#pragma once

#include "types.h"

namespace AllianceScope {

class Chronology;

/// A change to one effect of one event: a different score pulse and/or a different tier.
struct EffectOverride
{
    QString event;               ///< the event's id
    int effect = 0;              ///< index into the event's "effects" (0-based)
    std::optional<double> score; ///< replaces the effect's score pulse when set
    std::optional<int> tier;     ///< replaces the effect's tier when set

    bool operator==(const EffectOverride &o) const
    {
        return event == o.event && effect == o.effect && score == o.score && tier == o.tier;
    }
    bool operator!=(const EffectOverride &o) const { return !(*this == o); }
};

/// What-if: the chronology without some events or categories, with some effects changed.
struct Scenario
{
    QString id;   ///< the name used on the command line (--scenario ID); same pattern as ids
    QString name; ///< a human name, free text
    QString note; ///< why this scenario, free text (may be empty)
    QStringList withoutEvents;     ///< event ids switched off
    QStringList withoutCategories; ///< category ids whose events are all switched off
    QList<EffectOverride> overrides;

    /// No change at all: applying it gives the chronology back.
    bool isBaseline() const
    {
        return withoutEvents.isEmpty() && withoutCategories.isEmpty() && overrides.isEmpty();
    }
    bool operator==(const Scenario &o) const
    {
        return id == o.id && name == o.name && note == o.note
            && withoutEvents == o.withoutEvents && withoutCategories == o.withoutCategories
            && overrides == o.overrides;
    }
    bool operator!=(const Scenario &o) const { return !(*this == o); }
};

/**
 * @p chronology as @p scenario changes it: the events it switches off (by id or category) are
 * left out and its overrides applied. Ids the chronology does not have, and overrides of an
 * effect index out of range, are ignored here (the reader and the command line report them).
 * Stories and scenarios are kept.
 */
Chronology applyScenario(const Chronology &chronology, const Scenario &scenario);

} // namespace AllianceScope
