// applyScenario: the chronology a what-if scenario describes.
#include "scenario.h"

#include "chronology.h"

#include <QHash>
#include <QSet>

namespace AllianceScope {

Chronology applyScenario(const Chronology &chronology, const Scenario &scenario)
{
    if (scenario.isBaseline())
        return chronology;
    const QSet<QString> events(scenario.withoutEvents.cbegin(), scenario.withoutEvents.cend());
    const QSet<QString> categories(scenario.withoutCategories.cbegin(),
                                   scenario.withoutCategories.cend());
    // The overrides by event, in file order (a later one wins): O(events + overrides), however
    // many overrides a file has.
    QHash<QString, QList<const EffectOverride *>> overrides;
    for (const EffectOverride &o : scenario.overrides)
        overrides[o.event].append(&o);
    QList<Event> kept;
    kept.reserve(chronology.events().size());
    for (const Event &event : chronology.events()) {
        if (events.contains(event.id) || categories.contains(event.category))
            continue;
        Event e = event;
        for (const EffectOverride *change : overrides.value(e.id)) {
            const EffectOverride &o = *change;
            if (o.effect < 0 || o.effect >= e.effects.size())
                continue;
            Effect &effect = e.effects[o.effect];
            if (o.score)
                effect.score = o.score;
            if (o.tier)
                effect.tier = o.tier;
        }
        kept.append(std::move(e));
    }
    Chronology out(chronology.title(), chronology.source(), chronology.actors(),
                   chronology.categories(), std::move(kept), chronology.governments(),
                   chronology.conditions());
    out.setStories(chronology.stories());
    out.setScenarios(chronology.scenarios());
    return out;
}

} // namespace AllianceScope
