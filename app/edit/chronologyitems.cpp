// rebuiltChronology(): a chronology with edited lists (see chronologyitems.h).
#include "chronologyitems.h"

namespace AllianceScope {

Chronology rebuiltChronology(const Chronology &chronology, QList<Actor> actors,
                             QList<Category> categories, QList<Event> events)
{
    Chronology c(chronology.title(), chronology.source(), std::move(actors), std::move(categories),
                 std::move(events), chronology.governments(), chronology.conditions());
    c.setStories(chronology.stories());
    c.setScenarios(chronology.scenarios());
    return c;
}

} // namespace AllianceScope
