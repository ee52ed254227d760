// Tests of the edit commands (issue 11): every command done, undone and redone gives back the
// same chronology, byte for byte in the writer's output; invalid edits are refused with the
// reader's message and change nothing; the document keeps the current event, layer and edge.
#include "chronology/chronologyreader.h"
#include "chronology/chronologywriter.h"
#include "bench/generatedchronology.h"
#include "edit/chronologyitems.h"
#include "edit/editsession.h"
#include "edit/eventcheck.h"
#include "edit/itemcommand.h"
#include "session/document.h"

#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

class TestEditCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addEventUndoRedo();
    void editEventUndoRedo();
    void editEventMovesItByDate();
    void deleteEventUndoRedo();
    void actorCommandsUndoRedo();
    void categoryCommandsUndoRedo();
    void invalidEditsAreRefused();
    void editKeepsLayerSelectionAndCurrentEvent();
    void newFileClearsTheStack();
    void longHistoryUndoesToTheStart();
    void largeChronologyChecksTheEventAlone();
    void fastCheckRefusesWhatTheWholeCheckRefuses();
    void fastCheckKeepsTheDyadLimit();
    void definitionCheckRefusesWhatTheWholeCheckRefuses();
    void largeChronologyChecksDefinitionsAlone();
    void editKeepsTheWhatIf();

private:
    QByteArray json() const { return ChronologyWriter::toJson(m_doc->chronology()); }
    /// After a push: undo gives @p before, redo the state after the push, twice over.
    void checkUndoRedo(const QByteArray &before);

    Document *m_doc = nullptr;
    EditSession *m_session = nullptr;
};

void TestEditCommands::init()
{
    const auto result = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_TEST_DATA "/valid/full.json"));
    QVERIFY2(result.ok(), "full.json reads");
    m_doc = new Document;
    m_session = new EditSession(m_doc, m_doc);
    m_doc->setChronology(*result.chronology, u"full.json"_s);
}

void TestEditCommands::cleanup()
{
    delete m_doc;
    m_doc = nullptr;
    m_session = nullptr;
}

void TestEditCommands::checkUndoRedo(const QByteArray &before)
{
    const QByteArray after = json();
    QVERIFY(after != before);
    QVERIFY(m_session->isModified());
    for (int round = 0; round < 2; ++round) {
        m_session->undoStack()->undo();
        QCOMPARE(json(), before);
        m_session->undoStack()->redo();
        QCOMPARE(json(), after);
    }
    // What was written reads back as the same chronology.
    const auto reread = ChronologyReader::readData(after, u"after"_s);
    QVERIFY(reread.ok());
    QCOMPARE(ChronologyWriter::toJson(*reread.chronology), after);
}

void TestEditCommands::addEventUndoRedo()
{
    const QByteArray before = json();
    const int count = int(m_doc->chronology().events().size());
    Event e = m_doc->chronology().events().first();
    e.id = u"2017-new-talks"_s;
    e.date = QDate(2017, 3, 1);
    e.precision = Precision::Month;
    e.end.reset();
    e.title = {u"新会谈"_s, u"New talks"_s};
    e.summary = {u"三方会谈。"_s, u"Three-way talks."_s};
    e.effects.first().rationale = u"a new channel"_s;
    QVERIFY(m_session->addEvent(e).isEmpty());
    QCOMPARE(m_doc->chronology().events().size(), count + 1);
    QVERIFY(m_doc->chronology().event(u"2017-new-talks"_s));
    // The new event becomes current, and the events stay in date order.
    QCOMPARE(m_doc->currentEventIndex(), m_doc->chronology().eventIndex(u"2017-new-talks"_s));
    const QList<Event> &events = m_doc->chronology().events();
    QVERIFY(std::is_sorted(events.cbegin(), events.cend(),
                           [](const Event &a, const Event &b) { return a.date < b.date; }));
    checkUndoRedo(before);
}

void TestEditCommands::editEventUndoRedo()
{
    const QByteArray before = json();
    Event e = m_doc->chronology().events().first();
    const QString id = e.id;
    e.title.en = u"Edited title"_s;
    e.summary.zh = u"改过的摘要。"_s;
    e.source.footnote = u"[9] Someone 2001"_s;
    QVERIFY(!e.effects.isEmpty());
    e.effects.first().score = 3.25;
    e.effects.first().rationale = u"smaller than thought"_s;
    QVERIFY(m_session->editEvent(id, e).isEmpty());
    QCOMPARE(m_doc->chronology().event(id)->title.en, u"Edited title"_s);
    QCOMPARE(m_doc->chronology().event(id)->effects.first().score, std::optional<double>(3.25));
    checkUndoRedo(before);
}

void TestEditCommands::editEventMovesItByDate()
{
    const QByteArray before = json();
    const QList<Event> events = m_doc->chronology().events();
    QVERIFY(events.size() >= 2);
    Event e = events.first();
    e.date = events.last().date.addDays(1);
    e.precision = Precision::Day; // at year precision the date would read back as 1 January
    e.end.reset();
    QVERIFY(m_session->editEvent(e.id, e).isEmpty());
    QCOMPARE(m_doc->chronology().events().last().id, e.id);
    checkUndoRedo(before);
    m_session->undoStack()->undo();
    QCOMPARE(m_doc->chronology().events().first().id, e.id); // back in its place
}

void TestEditCommands::deleteEventUndoRedo()
{
    const QByteArray before = json();
    const QList<Event> events = m_doc->chronology().events();
    const QString id = events[events.size() / 2].id;
    QVERIFY(m_session->removeEvent(id).isEmpty());
    QVERIFY(!m_doc->chronology().event(id));
    checkUndoRedo(before);
}

void TestEditCommands::actorCommandsUndoRedo()
{
    QByteArray before = json();
    Actor a;
    a.id = u"PHL"_s;
    a.name = {u"菲律宾"_s, u"Philippines"_s};
    a.latitude = 14.5995;
    a.longitude = 120.9842;
    QVERIFY(m_session->addActor(a).isEmpty());
    // A state goes before the mechanisms.
    const QList<Actor> &actors = m_doc->chronology().actors();
    const int phl = indexOfId(actors, u"PHL"_s);
    QVERIFY(phl >= 1);
    QVERIFY(actors[phl].isState());
    QVERIFY(actors[phl - 1].isState());
    QVERIFY(!actors[phl + 1].isState());
    checkUndoRedo(before);

    before = json();
    a.name.en = u"Republic of the Philippines"_s;
    QVERIFY(m_session->editActor(u"PHL"_s, a).isEmpty());
    checkUndoRedo(before);

    before = json();
    QVERIFY(m_session->removeActor(u"PHL"_s).isEmpty());
    checkUndoRedo(before);

    // An actor that events name cannot go: the reader's message, nothing changed.
    before = json();
    const int depth = m_session->undoStack()->count();
    const QList<ReadError> errors = m_session->removeActor(u"JPN"_s);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().message.contains(u"JPN"_s), qPrintable(errors.first().message));
    QCOMPARE(json(), before);
    QCOMPARE(m_session->undoStack()->count(), depth);
}

void TestEditCommands::categoryCommandsUndoRedo()
{
    QByteArray before = json();
    Category c;
    c.id = u"sanction"_s;
    c.score = -6.5;
    c.name = {u"制裁"_s, u"Sanction"_s};
    c.basis = u"CAMEO 163"_s;
    QVERIFY(m_session->addCategory(c).isEmpty());
    checkUndoRedo(before);

    before = json();
    c.score = -7;
    QVERIFY(m_session->editCategory(u"sanction"_s, c).isEmpty());
    checkUndoRedo(before);

    before = json();
    QVERIFY(m_session->removeCategory(u"sanction"_s).isEmpty());
    checkUndoRedo(before);

    // A category in use cannot go.
    before = json();
    QVERIFY(!m_session->removeCategory(m_doc->chronology().events().first().category).isEmpty());
    QCOMPARE(json(), before);
}

void TestEditCommands::invalidEditsAreRefused()
{
    const QByteArray before = json();
    const QList<Event> events = m_doc->chronology().events();
    // A duplicate id, an unknown category, an effect on an unknown actor, a score out of range.
    Event dup = events.first();
    QVERIFY(!m_session->addEvent(dup).isEmpty());
    Event badCategory = events.first();
    badCategory.category = u"no-such-category"_s;
    QList<ReadError> errors = m_session->editEvent(badCategory.id, badCategory);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().message.contains(u"no-such-category"_s), qPrintable(errors.first().message));
    Event badActor = events.first();
    QVERIFY(!badActor.effects.isEmpty());
    badActor.effects.first().actors = {u"JPN"_s, u"XXX"_s};
    QVERIFY(!m_session->editEvent(badActor.id, badActor).isEmpty());
    Event badScore = events.first();
    badScore.effects.first().score = 99;
    QVERIFY(!m_session->editEvent(badScore.id, badScore).isEmpty());
    QVERIFY(!m_session->editEvent(u"no-such-event"_s, events.first()).isEmpty());
    // checkEvent reports the same without pushing anything.
    QVERIFY(!m_session->checkEvent(badScore.id, badScore).isEmpty());
    QVERIFY(m_session->checkEvent(events.first().id, events.first()).isEmpty());
    QCOMPARE(json(), before);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(!m_session->isModified());
}

void TestEditCommands::editKeepsLayerSelectionAndCurrentEvent()
{
    m_doc->setLayer(Layer::Political);
    m_doc->setSelectedEdge(u"JPN"_s, u"KOR"_s);
    const QList<Event> events = m_doc->chronology().events();
    m_doc->setEventIndex(0);
    QSignalSpy changed(m_doc, &Document::chronologyChanged);
    QSignalSpy selection(m_doc, &Document::selectionChanged);
    bool editingSeen = false;
    connect(m_doc, &Document::chronologyChanged, this, [&] { editingSeen = m_doc->isEditing(); });
    // Edit an event other than the current one: the current one stays current.
    Event e = events.last();
    e.title.en = u"Changed"_s;
    QVERIFY(m_session->editEvent(e.id, e).isEmpty());
    QCOMPARE(changed.count(), 1);
    QVERIFY(editingSeen);
    QVERIFY(!m_doc->isEditing());
    QCOMPARE(m_doc->layer(), Layer::Political);
    QCOMPARE(m_doc->selectedEdge(), std::optional<DyadKey>(DyadKey::of(u"JPN"_s, u"KOR"_s)));
    QCOMPARE(selection.count(), 1); // announced again, for the views that cleared it
    QCOMPARE(m_doc->path(), u"full.json"_s);
    // Undo brings the edited event back and makes it current.
    m_session->undoStack()->undo();
    QCOMPARE(m_doc->currentEventIndex(), m_doc->chronology().eventIndex(e.id));
}

void TestEditCommands::newFileClearsTheStack()
{
    Event e = m_doc->chronology().events().first();
    e.title.en = u"x"_s;
    QVERIFY(m_session->editEvent(e.id, e).isEmpty());
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_doc->notifySaved(u"saved.json"_s);
    QVERIFY(!m_session->isModified());
    QCOMPARE(m_doc->path(), u"saved.json"_s);
    QCOMPARE(m_session->undoStack()->count(), 1); // saving keeps the history
    m_doc->setChronology(m_doc->chronology(), u"other.json"_s);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(!m_session->isModified());
}

void TestEditCommands::longHistoryUndoesToTheStart()
{
    const QByteArray start = json();
    const QList<Event> events = m_doc->chronology().events();
    for (int i = 0; i < 20; ++i) {
        Event e = events[i % events.size()];
        e.title.en = u"Edit %1"_s.arg(i);
        QVERIFY(m_session->editEvent(e.id, e).isEmpty());
    }
    QVERIFY(m_session->removeEvent(events.last().id).isEmpty());
    const QByteArray end = json();
    while (m_session->undoStack()->canUndo())
        m_session->undoStack()->undo();
    QCOMPARE(json(), start);
    QVERIFY(!m_session->isModified());
    while (m_session->undoStack()->canRedo())
        m_session->undoStack()->redo();
    QCOMPARE(json(), end);
}

void TestEditCommands::largeChronologyChecksTheEventAlone()
{
    m_doc->setChronology(Bench::generatedChronology(30, 100, EditSession::kWholeCheckLimit + 10), u"big.json"_s);
    const QList<Event> &events = m_doc->chronology().events();
    Event e = events[7];
    QVERIFY(m_session->checkEvent(e.id, e).isEmpty());
    e.effects.first().actors = {e.effects.first().actors.first(), u"ZZZ"_s};
    QList<ReadError> errors = m_session->checkEvent(e.id, e);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message.contains(u"ZZZ"_s), qPrintable(errors.first().message));
    // Another event's id: the reader's duplicate message.
    e = events[7];
    e.id = events[8].id;
    errors = m_session->checkEvent(events[7].id, e);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message.contains(u"duplicate"_s), qPrintable(errors.first().message));
    // The edit itself checks the whole chronology and is undone exactly.
    QVERIFY(!m_session->editEvent(events[7].id, e).isEmpty());
    const QByteArray before = json();
    e = events[7];
    e.title.en = u"Edited"_s;
    QVERIFY(m_session->editEvent(e.id, e).isEmpty());
    checkUndoRedo(before);
}

namespace {

/// The messages of @p errors sorted, with the lines they name left out (the fast check reads
/// another text than the whole file).
QStringList messages(const QList<ReadError> &errors)
{
    static const QRegularExpression line(u"line \\d+"_s);
    QStringList list;
    for (const ReadError &e : errors)
        list.append(QString(e.message).replace(line, u"line N"_s));
    list.sort();
    return list;
}

/// EventCheck's messages and the whole check's (the chronology changed, written and read back)
/// for the event @p id replaced by @p after; compared by the caller.
std::pair<QStringList, QStringList> bothChecks(Document *doc, const QString &id,
                                               const std::optional<Event> &after)
{
    const Chronology &c = doc->chronology();
    const int index = id.isEmpty() ? -1 : indexOfId(c.events(), id);
    const std::optional<Event> before = index >= 0 ? std::optional<Event>(c.events()[index]) : std::nullopt;
    const ItemCommand<Event> command(doc, QString(), before, after, index);
    return {messages(EventCheck::check(c, id, after)),
            messages(EditSession::check(command.changed(c, true)))};
}

} // namespace

void TestEditCommands::fastCheckRefusesWhatTheWholeCheckRefuses()
{
    // A large chronology with a story and a scenario naming events.
    Chronology big = Bench::generatedChronology(30, 100, EditSession::kWholeCheckLimit + 10);
    const QList<Event> events = big.events();
    Story story;
    story.id = u"tour"_s;
    story.title = {u"导览"_s, u"Tour"_s};
    StoryStep step;
    step.event = events[3].id;
    step.date = events[3].date;
    step.caption = {u"说明"_s, u"Caption"_s};
    story.steps = {step};
    big.setStories({story});
    Scenario scenario;
    scenario.id = u"without"_s;
    scenario.name = u"Without"_s;
    scenario.withoutEvents = {events[4].id};
    scenario.overrides = {EffectOverride{events[5].id, 0, 2.0, std::nullopt}};
    big.setScenarios({scenario});
    const auto read = ChronologyReader::readData(ChronologyWriter::toJson(big), u"big"_s);
    QVERIFY(read.ok());
    m_doc->setChronology(*read.chronology, u"big.json"_s);

    struct Case
    {
        const char *name;
        QString id;
        std::optional<Event> after;
        bool refused;
    };
    const auto edited = [&](int i, const std::function<void(Event &)> &change) {
        Event e = events[i];
        change(e);
        return std::optional<Event>(e);
    };
    Event added = events[9];
    added.id = u"added-event"_s;
    const QList<Case> cases = {
        {"a new title", events[7].id, edited(7, [](Event &e) { e.title.en = u"New"_s; }), false},
        {"a new event", QString(), added, false},
        {"an unknown actor", events[7].id,
         edited(7, [](Event &e) { e.effects.first().actors[1] = u"ZZZ"_s; }), true},
        {"an unknown category", events[7].id, edited(7, [](Event &e) { e.category = u"nope"_s; }), true},
        {"an end before the date", events[7].id,
         edited(7, [](Event &e) { e.end = e.date.addDays(-3); }), true},
        {"another event's id", events[7].id, edited(7, [&](Event &e) { e.id = events[8].id; }), true},
        {"a new event with an id taken", QString(),
         edited(9, [&](Event &e) { e.id = events[2].id; }), true},
        {"a storied event renamed", events[3].id, edited(3, [](Event &e) { e.id = u"renamed"_s; }), true},
        {"a storied event deleted", events[3].id, std::nullopt, true},
        {"a switched-off event deleted", events[4].id, std::nullopt, true},
        {"an overridden event deleted", events[5].id, std::nullopt, true},
        {"an overridden effect removed", events[5].id, edited(5, [](Event &e) { e.effects.clear(); }), true},
        {"a storied event's new date", events[3].id,
         edited(3, [](Event &e) { e.date = e.date.addYears(-1); }), false},
        {"an event deleted", events[6].id, std::nullopt, false},
    };
    for (const Case &c : cases) {
        const auto [fast, whole] = bothChecks(m_doc, c.id, c.after);
        QVERIFY2(fast == whole, qPrintable(QString::fromLatin1(c.name) + u": fast "_s + fast.join(u'|')
                                           + u"; whole "_s + whole.join(u'|')));
        QVERIFY2(whole.isEmpty() != c.refused, c.name);
    }
    // The session refuses them the same way; a refused deletion changes nothing.
    const QByteArray before = json();
    QVERIFY(!m_session->removeEvent(events[3].id).isEmpty());
    QCOMPARE(json(), before);
    QVERIFY(m_session->removeEvent(events[6].id).isEmpty());
    checkUndoRedo(before);
}

void TestEditCommands::fastCheckKeepsTheDyadLimit()
{
    // 20,000 dyads, the most the reader takes: a new pair is refused by both checks.
    m_doc->setChronology(Bench::generatedChronology(201, ChronologyReader::kMaxDyads,
                                                    ChronologyReader::kMaxDyads),
                         u"limit.json"_s);
    const Chronology &c = m_doc->chronology();
    QSet<std::pair<QString, QString>> used;
    for (const Event &e : c.events())
        for (const Effect &effect : e.effects)
            used.insert(std::minmax(effect.actors[0], effect.actors[1]));
    QCOMPARE(used.size(), ChronologyReader::kMaxDyads);
    Event e = c.events().first();
    // The event as it is: allowed. A new event on a pair not used yet: the 20,001st dyad.
    auto [fast, whole] = bothChecks(m_doc, e.id, e);
    QVERIFY(whole.isEmpty());
    QCOMPARE(fast, whole);
    Event added = e;
    added.id = u"one-more"_s;
    for (int i = 0; i < c.actors().size() && added.id == u"one-more"_s; ++i)
        for (int j = i + 1; j < c.actors().size(); ++j) {
            const auto pair = std::minmax(c.actors()[i].id, c.actors()[j].id);
            if (!used.contains(pair)) {
                added.effects.first().actors = {pair.first, pair.second};
                added.id = u"one-more-pair"_s;
                break;
            }
        }
    QCOMPARE(added.id, u"one-more-pair"_s);
    std::tie(fast, whole) = bothChecks(m_doc, QString(), added);
    QCOMPARE(whole.size(), 1);
    QVERIFY2(whole.first().contains(u"too many dyads"_s), qPrintable(whole.first()));
    QCOMPARE(fast, whole);
    QVERIFY(!m_session->addEvent(added).isEmpty());
}

namespace {

/// A chronology of more than kWholeCheckLimit events in which actors and categories are named
/// everywhere the reader looks: dyad effects, a membership (ZZB in QUAD), a government (ZZG), a
/// condition, a story's highlighted actors (ZZH), a scenario's categories ("d"); ZZC and
/// "spare" are named nowhere.
Chronology definitionsChronology()
{
    const Chronology g = Bench::generatedChronology(30, 100, EditSession::kWholeCheckLimit + 10);
    QList<Actor> actors = g.actors();
    const auto actor = [](const QString &id, ActorKind kind) {
        Actor a;
        a.id = id;
        a.kind = kind;
        a.name = {id + u"国"_s, id};
        return a;
    };
    for (const QString &id : {u"ZZB"_s, u"ZZC"_s, u"ZZG"_s, u"ZZH"_s})
        actors.append(actor(id, ActorKind::State));
    actors.last().latitude = 35.6762;
    actors.last().longitude = 139.6503;
    actors.append(actor(u"QUAD"_s, ActorKind::Mechanism));
    QList<Category> categories = g.categories();
    for (const QString &id : {u"d"_s, u"spare"_s}) {
        Category k;
        k.id = id;
        k.score = -2.5;
        k.name = {id, id};
        k.basis = u"CAMEO 0"_s;
        categories.append(k);
    }
    QList<Event> events = g.events();
    Effect join;
    join.kind = Effect::Kind::Membership;
    join.member = u"ZZB"_s;
    join.mechanism = u"QUAD"_s;
    join.rationale = u"joins"_s;
    events[10].effects.append(join);
    events[11].category = u"d"_s;
    Government term;
    term.id = u"zzg-1"_s;
    term.actor = u"ZZG"_s;
    term.start = QDate(1990, 1, 1);
    term.leader = term.party = {u"某"_s, u"Someone"_s};
    term.orientation = u"centrist"_s;
    term.source.section = u"1"_s;
    term.source.footnote = u"none"_s;
    Condition condition;
    condition.id = u"gap"_s;
    condition.kind = u"structure"_s;
    condition.actors = {u"AAD"_s, u"AAE"_s};
    condition.start = QDate(1960, 1, 1);
    condition.level = -2;
    condition.title = {u"差距"_s, u"Gap"_s};
    condition.rationale = u"a gap"_s;
    condition.source.section = u"1"_s;
    condition.source.footnote = u"none"_s;
    Chronology c(g.title(), g.source(), actors, categories, events, {term}, {condition});
    Story story;
    story.id = u"tour"_s;
    story.title = {u"导览"_s, u"Tour"_s};
    StoryStep step;
    step.event = events[3].id;
    step.date = events[3].date;
    step.highlightActors = {u"ZZH"_s};
    step.caption = {u"说明"_s, u"Caption"_s};
    story.steps = {step};
    c.setStories({story});
    Scenario scenario;
    scenario.id = u"without"_s;
    scenario.name = u"Without"_s;
    scenario.withoutEvents = {events[4].id};
    scenario.withoutCategories = {u"d"_s};
    c.setScenarios({scenario});
    return c;
}

/// EventCheck::checkDefinition()'s messages and the whole check's for the actor or category
/// @p id (empty: a new one) replaced by @p after; @p same tells whether, when both accept it,
/// both read the actors and categories back the same.
template <typename T>
std::pair<QStringList, QStringList> bothDefinitionChecks(Document *doc, const QString &id,
                                                         const std::optional<T> &after, bool *same)
{
    const Chronology &c = doc->chronology();
    const QList<T> &list = ChronologyItems<T>::list(c);
    const int index = id.isEmpty() ? -1 : indexOfId(list, id);
    const std::optional<T> before = index >= 0 ? std::optional<T>(list[index]) : std::nullopt;
    const ItemCommand<T> command(doc, QString(), before, after, index);
    Chronology fastRead, wholeRead;
    const QList<ReadError> fast = EventCheck::checkDefinition(c, command, &fastRead);
    const QList<ReadError> whole = EditSession::check(command.changed(c, true), &wholeRead);
    *same = fastRead.actors() == wholeRead.actors() && fastRead.categories() == wholeRead.categories();
    return {messages(fast), messages(whole)};
}

} // namespace

void TestEditCommands::definitionCheckRefusesWhatTheWholeCheckRefuses()
{
    const auto read = ChronologyReader::readData(ChronologyWriter::toJson(definitionsChronology()), u"big"_s);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.errors.first().toString()));
    m_doc->setChronology(*read.chronology, u"big.json"_s);
    const Chronology &c = m_doc->chronology();

    struct ActorCase
    {
        const char *name;
        QString id;
        std::optional<Actor> after;
        bool refused;
    };
    const auto actor = [&c](const QString &id, const std::function<void(Actor &)> &change) {
        Actor a = *c.actor(id);
        change(a);
        return std::optional<Actor>(a);
    };
    Actor added;
    added.id = u"ZZD"_s;
    added.name = {u"新"_s, u"New"_s};
    added.latitude = 1.25;
    added.longitude = -3.125;
    const QList<ActorCase> actorCases = {
        {"a new name", u"AAA"_s, actor(u"AAA"_s, [](Actor &a) { a.name.en = u"Renamed"_s; }), false},
        {"new coordinates", u"ZZH"_s, actor(u"ZZH"_s, [](Actor &a) { a.latitude = 10.123456789; }), false},
        {"an empty name", u"AAA"_s, actor(u"AAA"_s, [](Actor &a) { a.name.en.clear(); }), true},
        {"a latitude out of range", u"AAA"_s, actor(u"AAA"_s, [](Actor &a) {
             a.latitude = 100;
             a.longitude = 0;
         }), true},
        {"a duplicate id", u"ZZC"_s, actor(u"ZZC"_s, [](Actor &a) { a.id = u"AAB"_s; }), true},
        {"a bad id", u"ZZC"_s, actor(u"ZZC"_s, [](Actor &a) { a.id = u"zz1"_s; }), true},
        {"a state in dyads made a mechanism", u"AAA"_s,
         actor(u"AAA"_s, [](Actor &a) { a.kind = ActorKind::Mechanism; }), true},
        {"a member made a mechanism", u"ZZB"_s,
         actor(u"ZZB"_s, [](Actor &a) { a.kind = ActorKind::Mechanism; }), true},
        {"a state in dyads renamed", u"AAA"_s, actor(u"AAA"_s, [](Actor &a) { a.id = u"ZZE"_s; }), true},
        {"a mechanism renamed", u"QUAD"_s, actor(u"QUAD"_s, [](Actor &a) { a.id = u"QUAD2"_s; }), true},
        {"an unused state renamed", u"ZZC"_s, actor(u"ZZC"_s, [](Actor &a) { a.id = u"ZZF"_s; }), false},
        {"a state in dyads deleted", u"AAA"_s, std::nullopt, true},
        {"a member deleted", u"ZZB"_s, std::nullopt, true},
        {"a governed state deleted", u"ZZG"_s, std::nullopt, true},
        {"a state in a condition deleted", u"AAD"_s, std::nullopt, true},
        {"a highlighted state deleted", u"ZZH"_s, std::nullopt, true},
        {"an unused state deleted", u"ZZC"_s, std::nullopt, false},
        {"a new state", QString(), added, false},
        {"a new state with an id taken", QString(),
         actor(u"ZZC"_s, [](Actor &a) { a.id = u"QUAD"_s; }), true},
    };
    for (const ActorCase &k : actorCases) {
        bool same = false;
        const auto [fast, whole] = bothDefinitionChecks<Actor>(m_doc, k.id, k.after, &same);
        QVERIFY2(fast == whole, qPrintable(QString::fromLatin1(k.name) + u": fast "_s + fast.join(u'|')
                                           + u"; whole "_s + whole.join(u'|')));
        QVERIFY2(whole.isEmpty() != k.refused, k.name);
        QVERIFY2(k.refused || same, k.name);
    }

    struct CategoryCase
    {
        const char *name;
        QString id;
        std::optional<Category> after;
        bool refused;
    };
    const auto category = [&c](const QString &id, const std::function<void(Category &)> &change) {
        Category k = *c.category(id);
        change(k);
        return std::optional<Category>(k);
    };
    const QList<CategoryCase> categoryCases = {
        {"a new score", u"c"_s, category(u"c"_s, [](Category &k) { k.score = -4.75; }), false},
        {"a score out of range", u"c"_s, category(u"c"_s, [](Category &k) { k.score = 11; }), true},
        {"an empty name", u"d"_s, category(u"d"_s, [](Category &k) { k.name.zh.clear(); }), true},
        {"a duplicate id", u"spare"_s, category(u"spare"_s, [](Category &k) { k.id = u"c"_s; }), true},
        {"a bad id", u"spare"_s, category(u"spare"_s, [](Category &k) { k.id = u"Bad"_s; }), true},
        {"a category in use renamed", u"d"_s, category(u"d"_s, [](Category &k) { k.id = u"e"_s; }), true},
        {"an unused category renamed", u"spare"_s,
         category(u"spare"_s, [](Category &k) { k.id = u"extra"_s; }), false},
        {"the events' category deleted", u"c"_s, std::nullopt, true},
        {"a category of an event and a scenario deleted", u"d"_s, std::nullopt, true},
        {"an unused category deleted", u"spare"_s, std::nullopt, false},
        {"a new category", QString(), category(u"spare"_s, [](Category &k) { k.id = u"fresh"_s; }), false},
    };
    for (const CategoryCase &k : categoryCases) {
        bool same = false;
        const auto [fast, whole] = bothDefinitionChecks<Category>(m_doc, k.id, k.after, &same);
        QVERIFY2(fast == whole, qPrintable(QString::fromLatin1(k.name) + u": fast "_s + fast.join(u'|')
                                           + u"; whole "_s + whole.join(u'|')));
        QVERIFY2(whole.isEmpty() != k.refused, k.name);
        QVERIFY2(k.refused || same, k.name);
    }
}

void TestEditCommands::largeChronologyChecksDefinitionsAlone()
{
    // Below kWholeCheckLimit events (full.json) an actor's edit is checked whole.
    int whole = m_session->wholeChecks();
    Actor a = m_doc->chronology().actors().first();
    a.name.en = u"Renamed"_s;
    QVERIFY(m_session->editActor(a.id, a).isEmpty());
    QCOMPARE(m_session->wholeChecks(), whole + 1);

    const auto read = ChronologyReader::readData(ChronologyWriter::toJson(definitionsChronology()), u"big"_s);
    QVERIFY(read.ok());
    m_doc->setChronology(*read.chronology, u"big.json"_s);
    whole = m_session->wholeChecks();
    // A rename, as the actor table does it: no whole check; undone and redone exactly, and
    // what the document holds is what the reader gives back (saving and reopening keep it).
    QByteArray before = json();
    a = *m_doc->chronology().actor(u"AAA"_s);
    a.name.en = u"Renamed"_s;
    a.latitude = 1.0 / 3;
    a.longitude = 2.0 / 3;
    QVERIFY(m_session->editActor(a.id, a).isEmpty());
    checkUndoRedo(before);
    const auto reread = ChronologyReader::readData(json(), u"again"_s);
    QVERIFY(reread.ok());
    QVERIFY(*reread.chronology->actor(u"AAA"_s) == *m_doc->chronology().actor(u"AAA"_s));
    QCOMPARE(m_doc->chronology().actor(u"AAA"_s)->name.en, u"Renamed"_s);

    // A state that events name cannot go: the whole check's message, nothing changed.
    before = json();
    const int depth = m_session->undoStack()->count();
    const ItemCommand<Actor> removal(m_doc, QString(), *m_doc->chronology().actor(u"ZZB"_s),
                                     std::nullopt, indexOfId(m_doc->chronology().actors(), u"ZZB"_s));
    const QList<ReadError> wholeErrors = EditSession::check(removal.changed(m_doc->chronology(), true));
    QVERIFY(!wholeErrors.isEmpty());
    QList<ReadError> errors = m_session->removeActor(u"ZZB"_s);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(messages(errors), messages(wholeErrors));
    QCOMPARE(json(), before);
    QCOMPARE(m_session->undoStack()->count(), depth);

    // Categories too: one added, then deleted; the one the events use cannot go.
    before = json();
    Category k;
    k.id = u"fresh"_s;
    k.score = 1.5;
    k.name = {u"新"_s, u"Fresh"_s};
    QVERIFY(m_session->addCategory(k).isEmpty());
    checkUndoRedo(before);
    before = json();
    QVERIFY(m_session->removeCategory(u"fresh"_s).isEmpty());
    checkUndoRedo(before);
    before = json();
    errors = m_session->removeCategory(u"c"_s);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().message.contains(u"\"c\""_s), qPrintable(errors.first().message));
    QCOMPARE(json(), before);
    QCOMPARE(m_session->wholeChecks(), whole);
}

void TestEditCommands::editKeepsTheWhatIf()
{
    // A what-if switches one event off and overrides another's effect; edits keep it, also when
    // they delete the event it switches off.
    const QList<Event> events = m_doc->chronology().events();
    m_doc->setEventEnabled(events[0].id, false);
    EffectOverride o;
    o.event = events[1].id;
    o.effect = 0;
    o.score = -5;
    m_doc->setEffectOverride(o);
    QVERIFY(m_doc->isWhatIf());
    QVERIFY(m_session->removeEvent(events[0].id).isEmpty());
    QVERIFY(m_doc->isWhatIf());
    QCOMPARE(m_doc->scenario().withoutEvents, QStringList{events[0].id});
    QCOMPARE(m_doc->model().chronology().events().size(), m_doc->chronology().events().size());
    const int i = m_doc->chronology().eventIndex(events[1].id);
    QVERIFY(i >= 0);
    QCOMPARE(m_doc->model().chronology().events()[i].effects.first().score, std::optional<double>(-5));
    // The baseline is the edited chronology, not the file.
    QVERIFY(!m_doc->baselineModel().chronology().event(events[0].id));
    m_session->undoStack()->undo();
    QVERIFY(m_doc->model().chronology().event(events[0].id));
    QVERIFY(m_doc->model().chronology().event(events[0].id)->effects.isEmpty()); // still switched off
}

QTEST_GUILESS_MAIN(TestEditCommands)
#include "tst_editcommands.moc"
