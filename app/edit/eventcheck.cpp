// EventCheck: a small chronology holding the changed event, the events that stories and
// scenarios name and the event of the same id is written and read back; the limits across all
// events are counted directly (see eventcheck.h).
#include "eventcheck.h"

#include "chronology/chronologywriter.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

// The reader's messages, word for word (chronologyreader.cpp), in its context.
constexpr char kTooManyEffects[]
    = "too many dyad effects: at most %1 after \"among\" is expanded to every pair";
constexpr char kTooManyDyads[] = "too many dyads: at most %1 pairs of states may have effects";

/// The reader's limits on dyads and dyad effects (ChronologyReader::kMaxDyads,
/// kMaxExpandedEffects) over the conditions and the events with @p skip left out and @p added
/// put in; the reader's messages, once each.
QList<ReadError> limitErrors(const Chronology &c, const QString &skip, const Event *added)
{
    qint64 expanded = 0;
    QSet<std::pair<QString, QString>> dyads;
    bool tooManyDyads = false;
    const auto count = [&](const QStringList &ids) {
        if (ids.size() > ChronologyReader::kMaxAmongStates)
            return; // refused on its own
        expanded += qint64(ids.size()) * (ids.size() - 1) / 2;
        for (int i = 0; i < ids.size() && !tooManyDyads; ++i) {
            for (int j = i + 1; j < ids.size(); ++j) {
                dyads.insert(ids[i] < ids[j] ? std::pair(ids[i], ids[j]) : std::pair(ids[j], ids[i]));
                if (dyads.size() > ChronologyReader::kMaxDyads) {
                    tooManyDyads = true;
                    break;
                }
            }
        }
    };
    const auto countEvent = [&](const Event &e) {
        for (const Effect &effect : e.effects)
            if (effect.kind == Effect::Kind::Dyad)
                count(effect.actors);
    };
    dyads.reserve(qsizetype(c.events().size()) / 4);
    for (const Condition &condition : c.conditions())
        count(condition.actors);
    for (const Event &e : c.events())
        if (e.id != skip)
            countEvent(e);
    if (added)
        countEvent(*added);
    QList<ReadError> errors;
    if (expanded > ChronologyReader::kMaxExpandedEffects)
        errors.append({u"edit"_s, 0, 0,
                       ChronologyReader::tr(kTooManyEffects)
                           .arg(ChronologyReader::kMaxExpandedEffects)});
    if (tooManyDyads)
        errors.append({u"edit"_s, 0, 0,
                       ChronologyReader::tr(kTooManyDyads)
                           .arg(ChronologyReader::kMaxDyads)});
    return errors;
}

} // namespace

QList<ReadError> EventCheck::check(const Chronology &current, const QString &id,
                                   const std::optional<Event> &event, Event *readBack)
{
    // The events the stories and the scenarios name: a deleted or renamed one is refused by the
    // reader's "unknown event id" as in the whole file.
    QSet<QString> named;
    for (const Story &story : current.stories())
        for (const StoryStep &step : story.steps)
            if (!step.event.isEmpty())
                named.insert(step.event);
    for (const Scenario &scenario : current.scenarios()) {
        for (const QString &e : scenario.withoutEvents)
            named.insert(e);
        for (const EffectOverride &o : scenario.overrides)
            named.insert(o.event);
    }
    QList<Event> events;
    for (const Event &e : current.events()) {
        if (!id.isEmpty() && e.id == id)
            continue;
        if (named.contains(e.id) || (event && e.id == event->id)) // the latter: the duplicate's message
            events.append(e);
    }
    if (event)
        events.append(*event); // the Chronology sorts them by date, stably
    Chronology small(current.title(), current.source(), current.actors(), current.categories(),
                     std::move(events), current.governments(), current.conditions());
    small.setStories(current.stories());
    small.setScenarios(current.scenarios());

    const ChronologyReader::Result result
        = ChronologyReader::readData(ChronologyWriter::toJson(small), u"edit"_s);
    QList<ReadError> errors = result.errors;
    errors += limitErrors(current, id, event ? &*event : nullptr);
    if (errors.isEmpty() && readBack && event) {
        if (const Event *read = result.chronology->event(event->id))
            *readBack = *read;
    }
    return errors;
}

} // namespace AllianceScope
