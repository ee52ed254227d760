// Chronology: storage and id look-ups of one validated chronology.
#include "chronology.h"

#include <algorithm>

namespace AllianceScope {

Chronology::Chronology(LocalizedText title, LocalizedText source, QList<Actor> actors,
                       QList<Category> categories, QList<Event> events,
                       QList<Government> governments, QList<Condition> conditions)
    : m_title(std::move(title))
    , m_source(std::move(source))
    , m_actors(std::move(actors))
    , m_categories(std::move(categories))
    , m_events(std::move(events))
    , m_governments(std::move(governments))
    , m_conditions(std::move(conditions))
{
    // A written file is in date order already: sorting it anyway would move every event.
    const auto byDate = [](const Event &a, const Event &b) { return a.date < b.date; };
    if (!std::is_sorted(m_events.cbegin(), m_events.cend(), byDate))
        std::stable_sort(m_events.begin(), m_events.end(), byDate);
    std::stable_sort(m_governments.begin(), m_governments.end(),
                     [](const Government &a, const Government &b) {
                         return a.actor != b.actor ? a.actor < b.actor : a.start < b.start;
                     });
    reindex();
}

void Chronology::reindex()
{
    m_actorIndex.clear();
    m_categoryIndex.clear();
    m_eventIndex.clear();
    for (int i = 0; i < m_actors.size(); ++i)
        m_actorIndex.insert(m_actors[i].id, i);
    for (int i = 0; i < m_categories.size(); ++i)
        m_categoryIndex.insert(m_categories[i].id, i);
    for (int i = 0; i < m_events.size(); ++i)
        m_eventIndex.insert(m_events[i].id, i);
}

const Actor *Chronology::actor(const QString &id) const
{
    const auto it = m_actorIndex.constFind(id);
    return it == m_actorIndex.cend() ? nullptr : &m_actors[*it];
}

const Category *Chronology::category(const QString &id) const
{
    const auto it = m_categoryIndex.constFind(id);
    return it == m_categoryIndex.cend() ? nullptr : &m_categories[*it];
}

const Event *Chronology::event(const QString &id) const
{
    const auto it = m_eventIndex.constFind(id);
    return it == m_eventIndex.cend() ? nullptr : &m_events[*it];
}

int Chronology::eventIndex(const QString &id) const
{
    return m_eventIndex.value(id, -1);
}

QStringList Chronology::governedStates() const
{
    QStringList states;
    for (const Actor &actor : m_actors) {
        if (std::any_of(m_governments.cbegin(), m_governments.cend(),
                        [&](const Government &g) { return g.actor == actor.id; }))
            states.append(actor.id);
    }
    return states;
}

const Government *Chronology::governmentAt(const QString &actor, const QDate &date) const
{
    for (const Government &g : m_governments) {
        if (g.actor == actor && g.start <= date && (!g.end || date <= *g.end))
            return &g;
    }
    return nullptr;
}

double Chronology::effectScore(const Event &event, const Effect &effect) const
{
    if (effect.score)
        return *effect.score;
    const Category *c = category(event.category);
    return c ? c->score : 0.0;
}

int Chronology::eventIndexAt(const QDate &date) const
{
    if (!date.isValid())
        return -1;
    const auto it = std::upper_bound(m_events.cbegin(), m_events.cend(), date,
                                     [](const QDate &d, const Event &e) { return d < e.date; });
    return int(it - m_events.cbegin()) - 1;
}

QDate Chronology::firstDate() const
{
    return m_events.isEmpty() ? QDate() : m_events.first().date;
}

QDate Chronology::lastDate() const
{
    QDate last;
    for (const Event &e : m_events) {
        const QDate d = e.end.value_or(e.date);
        if (!last.isValid() || d > last)
            last = d;
    }
    return last;
}

bool Chronology::operator==(const Chronology &o) const
{
    return m_title == o.m_title && m_source == o.m_source && m_actors == o.m_actors
        && m_categories == o.m_categories && m_events == o.m_events
        && m_governments == o.m_governments && m_conditions == o.m_conditions
        && m_stories == o.m_stories && m_scenarios == o.m_scenarios;
}

const Story *Chronology::story(const QString &id) const
{
    const auto it = std::find_if(m_stories.cbegin(), m_stories.cend(),
                                 [&](const Story &s) { return s.id == id; });
    return it == m_stories.cend() ? nullptr : &*it;
}

const Scenario *Chronology::scenario(const QString &id) const
{
    const auto it = std::find_if(m_scenarios.cbegin(), m_scenarios.cend(),
                                 [&](const Scenario &s) { return s.id == id; });
    return it == m_scenarios.cend() ? nullptr : &*it;
}

} // namespace AllianceScope
