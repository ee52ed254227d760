// EventCheck: the reader's rules for one event, actor or category added, changed or deleted in a
// large chronology, without writing and reading the whole file (issue 11: OK at 10,000 events in
// milliseconds).
#pragma once

#include "chronology/chronologyreader.h"
#include "itemcommand.h"

#include <optional>
#include <type_traits>

namespace AllianceScope {

class EventCheck
{
public:
    /**
     * The errors the reader gives the chronology @p current with the event @p id (empty: none,
     * an addition) replaced by @p event (nullopt: deleted) — the same messages as
     * EditSession::check() on the whole chronology, at other positions. Checked by the reader:
     * the event itself against the actors, categories, governments and conditions; its id
     * against the event of that id; every story and scenario against the events they name.
     * Checked here: the limits on dyads and on dyad effects over the whole chronology.
     * When there are no errors and @p readBack is given, it receives the event as read back.
     */
    static QList<ReadError> check(const Chronology &current, const QString &id,
                                  const std::optional<Event> &event, Event *readBack = nullptr);

    /**
     * The errors the reader gives the chronology @p current with its actors and categories
     * replaced by @p actors and @p categories, where an actor or category was added, changed or
     * deleted: @p ids are the ids it had and has (one or two; none when the events see it as
     * before: the same id and, for an actor, the same kind) — the same messages as
     * EditSession::check() on the whole chronology, at other positions. A small chronology is
     * read: every actor, category, government, condition, story and scenario, the events naming
     * one of @p ids (in "category", "actors", an effect's states, member or mechanism) and the
     * events the stories and scenarios name. The other events name none of @p ids, so the edit
     * cannot change what the reader says of them; nor the limits on dyads and dyad effects.
     * When there are no errors and @p readBack is given, it receives that small chronology as
     * read back (its actors and categories as the whole check would give them).
     */
    static QList<ReadError> checkDefinitions(const Chronology &current, QList<Actor> actors,
                                             QList<Category> categories, QStringList ids,
                                             Chronology *readBack = nullptr);

    /**
     * checkDefinitions() for @p command, which adds, changes or deletes one actor or category
     * of @p current (its ids, or none when the events see it as before).
     */
    template <typename T>
    static QList<ReadError> checkDefinition(const Chronology &current, const ItemCommand<T> &command,
                                            Chronology *readBack = nullptr)
    {
        static_assert(std::is_same_v<T, Actor> || std::is_same_v<T, Category>);
        const std::optional<T> &before = command.before();
        const std::optional<T> &after = command.after();
        QStringList ids;
        if (!before || !after || !ChronologyItems<T>::sameForEvents(*before, *after)) {
            if (before)
                ids.append(before->id);
            if (after && !ids.contains(after->id))
                ids.append(after->id);
        }
        QList<Actor> actors = current.actors();
        QList<Category> categories = current.categories();
        if constexpr (std::is_same_v<T, Actor>)
            actors = command.changedList(std::move(actors), true);
        else
            categories = command.changedList(std::move(categories), true);
        return checkDefinitions(current, std::move(actors), std::move(categories), std::move(ids),
                                readBack);
    }
};

} // namespace AllianceScope
