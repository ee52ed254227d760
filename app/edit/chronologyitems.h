// ChronologyItems<T>: how an edit reaches the list of events, actors or categories of a
// Chronology, and where a new one goes — so that one command class serves all three.
#pragma once

#include "chronology/chronology.h"

#include <algorithm>

namespace AllianceScope {

/// The index of the item with @p id in @p list, -1 when there is none.
template <typename T>
int indexOfId(const QList<T> &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return i;
    return -1;
}

/// @p chronology with its actors, categories and events replaced (stories, scenarios and the
/// rest kept). The events are sorted by date again (stably) when they need it.
Chronology rebuiltChronology(const Chronology &chronology, QList<Actor> actors,
                             QList<Category> categories, QList<Event> events);

template <typename T>
struct ChronologyItems;

template <>
struct ChronologyItems<Event>
{
    static constexpr bool kIsEvent = true;
    static const QList<Event> &list(const Chronology &c) { return c.events(); }
    static Chronology with(const Chronology &c, QList<Event> events)
    {
        return rebuiltChronology(c, c.actors(), c.categories(), std::move(events));
    }
    /// A new event goes after the last one of its date or earlier (as if appended and sorted).
    static int insertionIndex(const QList<Event> &list, const Event &event)
    {
        const auto it = std::upper_bound(list.cbegin(), list.cend(), event.date,
                                         [](const QDate &d, const Event &e) { return d < e.date; });
        return int(it - list.cbegin());
    }
    static void normalize(QList<Event> &) {} // the Chronology sorts its events
};

template <>
struct ChronologyItems<Actor>
{
    static constexpr bool kIsEvent = false;
    static const QList<Actor> &list(const Chronology &c) { return c.actors(); }
    static Chronology with(const Chronology &c, QList<Actor> actors)
    {
        return rebuiltChronology(c, std::move(actors), c.categories(), c.events());
    }
    /// States come before mechanisms (as the file lists them): a new state after the last state.
    static int insertionIndex(const QList<Actor> &list, const Actor &actor)
    {
        if (!actor.isState())
            return int(list.size());
        int i = 0;
        while (i < list.size() && list[i].isState())
            ++i;
        return i;
    }
    static void normalize(QList<Actor> &list)
    {
        std::stable_partition(list.begin(), list.end(), [](const Actor &a) { return a.isState(); });
    }
    /// Whether events read the same against @p b as against @p a: they see an actor's id and
    /// whether it is a state, nothing else.
    static bool sameForEvents(const Actor &a, const Actor &b) { return a.id == b.id && a.kind == b.kind; }
};

template <>
struct ChronologyItems<Category>
{
    static constexpr bool kIsEvent = false;
    static const QList<Category> &list(const Chronology &c) { return c.categories(); }
    static Chronology with(const Chronology &c, QList<Category> categories)
    {
        return rebuiltChronology(c, c.actors(), std::move(categories), c.events());
    }
    static int insertionIndex(const QList<Category> &list, const Category &) { return int(list.size()); }
    static void normalize(QList<Category> &) {}
    /// Whether events read the same against @p b as against @p a: they see a category's id.
    static bool sameForEvents(const Category &a, const Category &b) { return a.id == b.id; }
};

} // namespace AllianceScope
