// EventCheck: the reader's rules for one event added, changed or deleted in a large chronology,
// without writing and reading the whole file (issue 11: OK at 10,000 events in milliseconds).
#pragma once

#include "chronology/chronologyreader.h"

#include <optional>

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
};

} // namespace AllianceScope
