// EventCheck: a small chronology holding the changed event, the events that stories and
// scenarios name and the event of the same id is written and read back; the limits across all
// events are counted directly. For an actor or category: every definition, the events naming
// the changed ids and those the stories and scenarios name (see eventcheck.h).
#include "eventcheck.h"

#include "chronology/chronologywriter.h"

#include <QSet>

#include <algorithm>

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

/// The events the stories and the scenarios of @p c name.
QSet<QString> namedEvents(const Chronology &c)
{
    QSet<QString> named;
    for (const Story &story : c.stories())
        for (const StoryStep &step : story.steps)
            if (!step.event.isEmpty())
                named.insert(step.event);
    for (const Scenario &scenario : c.scenarios()) {
        for (const QString &e : scenario.withoutEvents)
            named.insert(e);
        for (const EffectOverride &o : scenario.overrides)
            named.insert(o.event);
    }
    return named;
}

/// Whether @p e names one of @p ids as its category or an actor anywhere.
bool namesAny(const Event &e, const QStringList &ids)
{
    const auto named = [&ids](const QString &id) { return ids.contains(id); };
    if (named(e.category) || std::any_of(e.actors.cbegin(), e.actors.cend(), named))
        return true;
    for (const Effect &effect : e.effects) {
        if (named(effect.member) || named(effect.mechanism)
            || std::any_of(effect.actors.cbegin(), effect.actors.cend(), named))
            return true;
    }
    return false;
}

} // namespace

QList<ReadError> EventCheck::checkDefinitions(const Chronology &current, QList<Actor> actors,
                                              QList<Category> categories, QStringList ids,
                                              Chronology *readBack)
{
    // The events that name a changed id (a deleted or renamed one is refused by the reader's
    // "unknown … id" as in the whole file, a state made a mechanism by its rules on states) and
    // those the stories and scenarios name (so that these still read), in their order.
    ids.removeAll(QString()); // an empty id (refused on its own) names no event
    const QSet<QString> named = namedEvents(current);
    QList<Event> events;
    for (const Event &e : current.events())
        if (named.contains(e.id) || namesAny(e, ids))
            events.append(e);
    Chronology small(current.title(), current.source(), std::move(actors), std::move(categories),
                     std::move(events), current.governments(), current.conditions());
    small.setStories(current.stories());
    small.setScenarios(current.scenarios());

    ChronologyReader::Result result
        = ChronologyReader::readData(ChronologyWriter::toJson(small), u"edit"_s);
    if (result.ok() && readBack)
        *readBack = std::move(*result.chronology);
    return result.errors;
}

QList<ReadError> EventCheck::check(const Chronology &current, const QString &id,
                                   const std::optional<Event> &event, Event *readBack)
{
    // The events the stories and the scenarios name: a deleted or renamed one is refused by the
    // reader's "unknown event id" as in the whole file.
    const QSet<QString> named = namedEvents(current);
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
