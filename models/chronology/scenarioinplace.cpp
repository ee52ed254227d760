// applyScenarioInPlace: a scenario's chronology with the event indices of the original.
#include "scenarioinplace.h"

namespace AllianceScope {

bool isSwitchedOff(const Scenario &scenario, const Event &event)
{
    return scenario.withoutEvents.contains(event.id) || scenario.withoutCategories.contains(event.category);
}

Chronology applyScenarioInPlace(const Chronology &chronology, const Scenario &scenario)
{
    if (scenario.isBaseline())
        return chronology;
    // applyScenario applies the overrides; the switched-off events are then put back, emptied.
    Scenario overridesOnly = scenario;
    overridesOnly.withoutEvents.clear();
    overridesOnly.withoutCategories.clear();
    const Chronology changed = applyScenario(chronology, overridesOnly);
    QList<Event> events = changed.events();
    for (Event &event : events) {
        if (isSwitchedOff(scenario, event))
            event.effects.clear();
    }
    Chronology out(chronology.title(), chronology.source(), chronology.actors(), chronology.categories(),
                   std::move(events), chronology.governments(), chronology.conditions());
    out.setStories(chronology.stories());
    out.setScenarios(chronology.scenarios());
    return out;
}

} // namespace AllianceScope
