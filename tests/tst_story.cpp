// Tests of the "stories" array of a chronology (docs/DATA.md, "Stories"): the values read, the
// writer's round trip (read(write(c)) == c, empty optional fields left out) and every bad input
// located by line, column and message.
#include "chronology/chronologyreader.h"
#include "chronology/chronologywriter.h"

#include <QFile>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

const QString kFixture = QStringLiteral(ALLIANCESCOPE_TEST_DATA "/valid/full.json");
const QString kMarker = u"@@"_s;

QString fixtureText()
{
    QFile f(kFixture);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(kFixture));
    return QString::fromUtf8(f.readAll());
}

/// The fixture with @p stories (the text of the "stories" value) inserted before its events.
QString withStories(const QString &stories)
{
    QString text = fixtureText();
    const QString events = u"  \"events\": ["_s;
    const qsizetype at = text.indexOf(events);
    Q_ASSERT(at > 0);
    text.insert(at, u"  \"stories\": "_s + stories + u",\n"_s);
    return text;
}

/// The 1-based line and column (in characters) of @p marker in @p text, which loses it.
std::pair<int, int> takeMarker(QString &text)
{
    const qsizetype at = text.indexOf(kMarker);
    Q_ASSERT(at >= 0);
    text.remove(at, kMarker.size());
    const int line = int(text.left(at).count(u'\n')) + 1;
    const int column = int(at - (text.lastIndexOf(u'\n', at - 1) + 1)) + 1;
    return {line, column};
}

const QString kCaption = u"\"caption\": {\"zh\": \"日韩情报协定\", \"en\": \"Intelligence pact\"}"_s;

/// One story with one step whose inside is @p step (without braces).
QString oneStep(const QString &step)
{
    return u"[{\"id\": \"s\", \"title\": {\"zh\": \"故事\", \"en\": \"Story\"}, \"steps\": [{"_s + step
        + u"}]}]"_s;
}

} // namespace

class TestStory : public QObject
{
    Q_OBJECT

private slots:
    void readsValues();
    void roundTrip();
    void writerLeavesOutDefaults();
    void badInput_data();
    void badInput();
    void noStoriesIsValid();
    void bundledStoryIsComplete();
};

static const QString kStories = uR"([
    {"id": "paper", "title": {"zh": "论文的论证", "en": "The paper's argument"}, "steps": [
      {"event": "2016-gsomia", )"_s + kCaption + uR"(},
      {"date": "2001-05-02", "layer": "security", "focus": ["USA", "JPN"],
       "highlight_edges": ["KOR|JPN", "USA|KOR"], "highlight_actors": ["TCOG"],
       "caption": {"zh": "三边协调", "en": "Three-way coordination"},
       "notes": {"zh": "提示：先问学生。", "en": "Ask the class first."}, "section": "2"},
      {"event": "1999-tcog", "date": "1999-06-30", "layer": "all", )"_s + kCaption + uR"(}
    ]},
    {"id": "short-1", "title": {"zh": "短", "en": "Short"}, "steps": [
      {"event": "1999-tcog", "section": "intro", )"_s + kCaption + uR"(}
    ]}
  ])"_s;

void TestStory::readsValues()
{
    const auto r = ChronologyReader::readData(withStories(kStories).toUtf8(), u"s.json"_s);
    QVERIFY2(r.ok(), qPrintable(r.errors.isEmpty() ? QString() : r.errors.first().toString()));
    const QList<Story> &stories = r.chronology->stories();
    QCOMPARE(stories.size(), 2);
    QCOMPARE(stories[0].id, u"paper"_s);
    QCOMPARE(stories[0].title.zh, u"论文的论证"_s);
    QCOMPARE(stories[0].steps.size(), 3);
    const StoryStep &a = stories[0].steps[0];
    QCOMPARE(a.event, u"2016-gsomia"_s);
    QCOMPARE(a.date, QDate(2016, 11, 23)); // the event's date
    QCOMPARE(a.layer, Layer::All);
    QVERIFY(a.focus.isEmpty());
    QVERIFY(a.notes.zh.isEmpty() && a.notes.en.isEmpty());
    QVERIFY(a.section.isEmpty());
    QCOMPARE(a.caption.en, u"Intelligence pact"_s);
    const StoryStep &b = stories[0].steps[1];
    QVERIFY(b.event.isEmpty());
    QCOMPARE(b.date, QDate(2001, 5, 2));
    QCOMPARE(b.layer, Layer::Security);
    QCOMPARE(b.focus, QStringList({u"USA"_s, u"JPN"_s}));
    QCOMPARE(b.highlightEdges, QList<DyadKey>({DyadKey::of(u"JPN"_s, u"KOR"_s), DyadKey::of(u"KOR"_s, u"USA"_s)}));
    QCOMPARE(b.highlightActors, QStringList{u"TCOG"_s});
    QCOMPARE(b.notes.en, u"Ask the class first."_s);
    QCOMPARE(b.section, u"2"_s);
    const StoryStep &c = stories[0].steps[2];
    QCOMPARE(c.event, u"1999-tcog"_s);
    QCOMPARE(c.date, QDate(1999, 6, 30)); // its own date wins over the event's
    QCOMPARE(stories[1].steps[0].date, QDate(1999, 4, 1)); // a month event: its first day
    QCOMPARE(stories[1].steps[0].section, u"intro"_s);
    QVERIFY(r.chronology->story(u"short-1"_s));
    QVERIFY(!r.chronology->story(u"nothing"_s));
}

void TestStory::roundTrip()
{
    const auto r = ChronologyReader::readData(withStories(kStories).toUtf8(), u"s.json"_s);
    QVERIFY(r.ok());
    const QByteArray written = ChronologyWriter::toJson(*r.chronology);
    const auto again = ChronologyReader::readData(written, u"written.json"_s);
    QVERIFY2(again.ok(), qPrintable(again.errors.isEmpty() ? QString() : again.errors.first().toString()));
    QCOMPARE(again.chronology->stories(), r.chronology->stories());
    QVERIFY(*again.chronology == *r.chronology);
    QCOMPARE(ChronologyWriter::toJson(*again.chronology), written); // a fixed point

    // A story built in code (as the Stories panel does) survives as well.
    Chronology c = *r.chronology;
    QList<Story> stories = c.stories();
    StoryStep step;
    step.date = QDate(2019, 8, 22);
    step.layer = Layer::Economic;
    step.highlightEdges = {DyadKey::of(u"USA"_s, u"JPN"_s)};
    step.caption = LocalizedText{u"说明"_s, u"A caption"_s};
    stories[1].steps.append(step);
    c.setStories(stories);
    const auto built = ChronologyReader::readData(ChronologyWriter::toJson(c), u"built.json"_s);
    QVERIFY(built.ok());
    QCOMPARE(built.chronology->stories(), c.stories());
}

void TestStory::writerLeavesOutDefaults()
{
    const auto r = ChronologyReader::readData(withStories(kStories).toUtf8(), u"s.json"_s);
    QVERIFY(r.ok());
    const QJsonObject root = QJsonDocument::fromJson(ChronologyWriter::toJson(*r.chronology)).object();
    const QJsonArray steps = root.value(u"stories"_s).toArray().at(0).toObject().value(u"steps"_s).toArray();
    QCOMPARE(steps.size(), 3);
    const QJsonObject a = steps.at(0).toObject();
    QCOMPARE(a.keys(), QStringList({u"caption"_s, u"event"_s})); // no date, layer, focus, notes, …
    const QJsonObject b = steps.at(1).toObject();
    QCOMPARE(b.value(u"date"_s).toString(), u"2001-05-02"_s);
    QCOMPARE(b.value(u"highlight_edges"_s).toArray().at(0).toString(), u"JPN|KOR"_s);
    QCOMPARE(b.value(u"layer"_s).toString(), u"security"_s);
    const QJsonObject c = steps.at(2).toObject();
    QCOMPARE(c.value(u"date"_s).toString(), u"1999-06-30"_s); // differs from the event's
    QVERIFY(!c.contains(u"layer"_s));                          // "all" is the default
    // The stories come after the conditions and before the events, as in the bundled file.
    const QStringList keys = root.keys();
    QVERIFY(keys.contains(u"stories"_s));
    const QByteArray text = ChronologyWriter::toJson(*r.chronology);
    QVERIFY(text.indexOf("\"stories\"") < text.indexOf("\"events\""));
}

void TestStory::badInput_data()
{
    QTest::addColumn<QString>("stories");
    QTest::addColumn<QString>("message");
    const QString title = u"\"title\": {\"zh\": \"故事\", \"en\": \"Story\"}"_s;
    const QString step = u"{\"event\": \"2016-gsomia\", "_s + kCaption + u"}"_s;
    QTest::newRow("stories not an array") << u"@@{}"_s << u"expected an array for \"stories\""_s;
    QTest::newRow("story not an object") << u"[@@42]"_s << u"expected a story object in \"stories\""_s;
    QTest::newRow("duplicate id")
        << u"[{\"id\": \"a\", "_s + title + u", \"steps\": ["_s + step + u"]},\n {\"id\": @@\"a\", "_s + title
               + u", \"steps\": ["_s + step + u"]}]"_s
        << u"duplicate story id \"a\""_s;
    QTest::newRow("bad id") << u"[{\"id\": @@\"Bad Id\", "_s + title + u", \"steps\": ["_s + step + u"]}]"_s
                            << u"invalid story id \"Bad Id\""_s;
    QTest::newRow("no title") << u"[@@{\"id\": \"a\", \"steps\": ["_s + step + u"]}]"_s
                              << u"missing required key \"title\" in a story"_s;
    QTest::newRow("empty title") << u"[{\"id\": \"a\", \"title\": {\"zh\": \"故事\", \"en\": @@\" \"}, \"steps\": ["_s
                                        + step + u"]}]"_s
                                 << u"the \"en\" text of \"title\" must not be empty"_s;
    QTest::newRow("no steps") << u"[@@{\"id\": \"a\", "_s + title + u"}]"_s
                              << u"missing required key \"steps\" in a story"_s;
    QTest::newRow("empty steps") << u"[{\"id\": \"a\", "_s + title + u", \"steps\": @@[]}]"_s
                                 << u"a story needs at least one step"_s;
    QTest::newRow("unknown story key") << u"[{\"id\": \"a\", "_s + title + u", @@\"slides\": 3, \"steps\": ["_s
                                              + step + u"]}]"_s
                                       << u"unknown key \"slides\" in a story"_s;
    QTest::newRow("step not an object") << u"[{\"id\": \"a\", "_s + title + u", \"steps\": [@@\"x\"]}]"_s
                                        << u"expected a step object in \"steps\""_s;
    QTest::newRow("unknown step key") << oneStep(u"\"event\": \"2016-gsomia\", @@\"colour\": \"red\", "_s + kCaption)
                                      << u"unknown key \"colour\" in a story step"_s;
    QTest::newRow("neither event nor date")
        << u"[{\"id\": \"s\", "_s + title + u", \"steps\": [@@{\"layer\": \"all\", "_s + kCaption + u"}]}]"_s
        << u"a story step needs \"event\" or \"date\" (or both)"_s;
    QTest::newRow("unknown event") << oneStep(u"\"event\": @@\"1900-nothing\", "_s + kCaption)
                                   << u"unknown event id \"1900-nothing\""_s;
    QTest::newRow("event not a string") << oneStep(u"\"event\": @@7, "_s + kCaption)
                                        << u"expected a string for \"event\", found a number"_s;
    QTest::newRow("date not a day") << oneStep(u"\"date\": @@\"2016-11\", "_s + kCaption)
                                    << u"\"date\" must be a day (YYYY-MM-DD), found \"2016-11\""_s;
    QTest::newRow("date malformed") << oneStep(u"\"date\": @@\"23.11.2016\", "_s + kCaption)
                                    << u"invalid date \"23.11.2016\""_s;
    QTest::newRow("date impossible") << oneStep(u"\"date\": @@\"2016-02-30\", "_s + kCaption)
                                     << u"impossible date \"2016-02-30\""_s;
    QTest::newRow("unknown layer") << oneStep(u"\"date\": \"2016-11-23\", \"layer\": @@\"military\", "_s + kCaption)
                                   << u"unknown layer \"military\""_s;
    QTest::newRow("focus not an array") << oneStep(u"\"date\": \"2016-11-23\", \"focus\": @@\"USA\", "_s + kCaption)
                                        << u"expected an array of actor ids for \"focus\", found a string"_s;
    QTest::newRow("focus unknown actor")
        << oneStep(u"\"date\": \"2016-11-23\", \"focus\": [\"USA\", @@\"XXX\"], "_s + kCaption)
        << u"unknown actor id \"XXX\""_s;
    QTest::newRow("focus twice") << oneStep(u"\"date\": \"2016-11-23\", \"focus\": [\"USA\", @@\"USA\"], "_s + kCaption)
                                 << u"\"USA\" is listed twice in \"focus\""_s;
    QTest::newRow("focus not a string") << oneStep(u"\"date\": \"2016-11-23\", \"focus\": [@@1], "_s + kCaption)
                                        << u"expected a string in \"focus\", found a number"_s;
    QTest::newRow("edge malformed")
        << oneStep(u"\"date\": \"2016-11-23\", \"highlight_edges\": [@@\"JPN-KOR\"], "_s + kCaption)
        << u"invalid pair \"JPN-KOR\""_s;
    QTest::newRow("edge a loop")
        << oneStep(u"\"date\": \"2016-11-23\", \"highlight_edges\": [@@\"JPN|JPN\"], "_s + kCaption)
        << u"invalid pair \"JPN|JPN\""_s;
    QTest::newRow("edge unknown actor")
        << oneStep(u"\"date\": \"2016-11-23\", \"highlight_edges\": [\"USA|JPN\", @@\"JPN|XYZ\"], "_s + kCaption)
        << u"unknown actor id \"XYZ\" in \"JPN|XYZ\""_s;
    QTest::newRow("edge twice")
        << oneStep(u"\"date\": \"2016-11-23\", \"highlight_edges\": [\"USA|JPN\", @@\"JPN|USA\"], "_s + kCaption)
        << u"\"JPN|USA\" is listed twice in \"highlight_edges\""_s;
    QTest::newRow("edges not an array")
        << oneStep(u"\"date\": \"2016-11-23\", \"highlight_edges\": @@\"USA|JPN\", "_s + kCaption)
        << u"expected an array of \"A|B\" pairs for \"highlight_edges\""_s;
    QTest::newRow("highlighted actor unknown")
        << oneStep(u"\"date\": \"2016-11-23\", \"highlight_actors\": [@@\"QUADX\"], "_s + kCaption)
        << u"unknown actor id \"QUADX\""_s;
    QTest::newRow("no caption") << u"[{\"id\": \"s\", "_s + title + u", \"steps\": [@@{\"event\": \"2016-gsomia\"}]}]"_s
                                << u"missing required key \"caption\" in a story step"_s;
    QTest::newRow("caption without en")
        << oneStep(u"\"event\": \"2016-gsomia\", \"caption\": @@{\"zh\": \"说明\"}"_s)
        << u"missing required key \"en\" in a text"_s;
    QTest::newRow("caption a string") << oneStep(u"\"event\": \"2016-gsomia\", \"caption\": @@\"Hello\""_s)
                                      << u"expected a text object"_s;
    QTest::newRow("empty notes")
        << oneStep(u"\"event\": \"2016-gsomia\", \"notes\": {\"zh\": \"提示\", \"en\": @@\"\"}, "_s + kCaption)
        << u"the \"en\" text of \"notes\" must not be empty"_s;
    QTest::newRow("unknown section") << oneStep(u"\"event\": \"2016-gsomia\", \"section\": @@\"6\", "_s + kCaption)
                                     << u"unknown section \"6\""_s;
    QTest::newRow("section a number") << oneStep(u"\"event\": \"2016-gsomia\", \"section\": @@3, "_s + kCaption)
                                      << u"expected a string for \"section\", found a number"_s;
}

void TestStory::badInput()
{
    QFETCH(QString, stories);
    QFETCH(QString, message);
    QString text = withStories(stories);
    const auto [line, column] = takeMarker(text);
    const auto r = ChronologyReader::readData(text.toUtf8(), u"bad.json"_s);
    QVERIFY(!r.ok());
    QStringList all;
    for (const ReadError &e : r.errors)
        all << e.toString();
    QVERIFY2(r.errors.size() == 1, qPrintable(all.join(u'\n')));
    const ReadError &e = r.errors.first();
    QCOMPARE(e.file, u"bad.json"_s);
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
    QVERIFY(e.toString().startsWith(u"bad.json:%1:%2: error: "_s.arg(line).arg(column)));
}

void TestStory::noStoriesIsValid()
{
    const auto r = ChronologyReader::readData(fixtureText().toUtf8(), u"full.json"_s);
    QVERIFY(r.ok());
    QVERIFY(r.chronology->stories().isEmpty());
    QVERIFY(!ChronologyWriter::toJson(*r.chronology).contains("\"stories\""));
    // An empty array is allowed and reads as no stories.
    const auto empty = ChronologyReader::readData(withStories(u"[]"_s).toUtf8(), u"e.json"_s);
    QVERIFY(empty.ok());
    QVERIFY(empty.chronology->stories().isEmpty());
}

void TestStory::bundledStoryIsComplete()
{
    const auto r = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY(r.ok());
    const Chronology &c = *r.chronology;
    QVERIFY(!c.stories().isEmpty());
    const Story &story = c.stories().first(); // the default of --export-story and the panel
    QCOMPARE(story.id, u"paper-argument"_s);
    QVERIFY2(story.steps.size() >= 8 && story.steps.size() <= 12, "about ten steps");
    QDate previous;
    QSet<QString> sections;
    for (const StoryStep &step : story.steps) {
        const QString where = step.date.toString(Qt::ISODate);
        for (Language lang : kLanguages) {
            QVERIFY2(!step.caption.text(lang).trimmed().isEmpty(), qPrintable(where));
            QVERIFY2(!step.notes.text(lang).trimmed().isEmpty(), qPrintable(where));
        }
        // One or two sentences for the audience.
        const qsizetype zhSentences = step.caption.zh.count(u'。');
        QVERIFY2(zhSentences >= 1 && zhSentences <= 2, qPrintable(where));
        QVERIFY2(!step.section.isEmpty(), qPrintable(where));
        sections.insert(step.section);
        // Each step names an event of the chronology and moves forward in time.
        QVERIFY2(c.event(step.event), qPrintable(where));
        QVERIFY2(!previous.isValid() || step.date >= previous, qPrintable(where));
        previous = step.date;
        // Our own words: not the event's summary.
        QVERIFY(step.caption.zh != c.event(step.event)->summary.zh);
        QVERIFY(step.caption.en != c.event(step.event)->summary.en);
    }
    QVERIFY2(sections.size() >= 3, "the story walks through several sections of the paper");
    // It ends at Camp David or later, where the paper's argument ends.
    QVERIFY(story.steps.last().date >= QDate(2023, 8, 18));
}

QTEST_GUILESS_MAIN(TestStory)
#include "tst_story.moc"
