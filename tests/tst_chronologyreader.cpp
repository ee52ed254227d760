// Tests of ChronologyReader: the values of valid files, one case per malformed fixture in
// tests/data/invalid (exact line, column and message), I/O errors, the size limit and a fuzz.
#include "chronology/chronologyreader.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/stat.h>

#include <cmath>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

const QString kDataDir = QStringLiteral(ALLIANCESCOPE_TEST_DATA);

QString validFile(const QString &name)
{
    return kDataDir + u"/valid/"_s + name;
}

QString invalidFile(const QString &name)
{
    return kDataDir + u"/invalid/"_s + name + u".json"_s;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}

QString errorList(const QList<ReadError> &errors)
{
    QStringList lines;
    for (const ReadError &e : errors)
        lines << e.toString();
    return lines.join(u'\n');
}

/// One malformed fixture: its single problem's position and a part of its message.
struct InvalidCase
{
    const char *name;
    int line;
    int column;
    QString message;
};

QList<InvalidCase> invalidCases()
{
    QList<InvalidCase> cases;
    auto row = [&](const char *name, int line, int column, const QString &message) {
        cases.append(InvalidCase{name, line, column, message});
    };
    row("syntax-unterminated-string", 3, 33, u"unterminated string"_s);
    row("syntax-trailing-comma-array", 8, 67, u"trailing comma before ']'"_s);
    row("syntax-trailing-comma-object", 45, 60, u"trailing comma before '}'"_s);
    row("syntax-missing-colon", 2, 12, u"expected ':' after key \"format\", found '1'"_s);
    row("syntax-bad-escape", 15, 69, u"invalid escape '\\' followed by 'x'"_s);
    row("syntax-invalid-utf8", 7, 49, u"invalid UTF-8 byte 0xFF"_s);
    row("syntax-overlong-utf8", 15, 52, u"invalid UTF-8 byte 0xC0"_s);
    row("syntax-leading-zero", 2, 13, u"leading zeros"_s);
    row("syntax-nan", 15, 32, u"JSON has no NaN or Infinity"_s);
    row("syntax-trailing-garbage", 64, 1, u"unexpected '}' after the end of the JSON document"_s);
    row("syntax-empty", 1, 1, u"the document is empty"_s);
    row("syntax-too-deep", 1, 75, u"nesting is deeper than 64 levels"_s);
    row("syntax-duplicate-key", 2, 16, u"duplicate key \"format\" (first at line 2, column 3)"_s);
    row("syntax-lone-surrogate", 17, 69, u"surrogate"_s);
    row("syntax-control-character", 17, 69, u"control character U+0009 in a string"_s);
    row("syntax-single-quotes", 6, 64, u"double quotes"_s);
    row("syntax-number-too-large", 15, 32, u"the number 1e400 is too large for a double"_s);
    row("syntax-missing-value", 41, 72, u"unexpected ','; expected a value"_s);
    row("syntax-plus-sign", 56, 64, u"unexpected '+'; expected a value"_s);
    row("root-not-object", 1, 1, u"expected an object at the top level, found an array"_s);
    row("wrong-type-string", 21, 13, u"expected a string for \"id\", found a number"_s);
    row("wrong-type-array", 39, 17, u"expected an array for \"actors\", found a string"_s);
    row("wrong-type-text", 3, 12,
        u"expected a text object {\"zh\": …, \"en\": …} for \"title\", found a string"_s);
    row("wrong-type-boolean", 60, 18,
        u"expected a boolean (true or false) for \"context\", found a string"_s);
    row("wrong-type-list-element", 14, 18,
        u"expected a category object in \"categories\", found a number"_s);
    row("missing-format", 1, 1, u"missing required key \"format\" at the top level"_s);
    row("missing-summary", 33, 5, u"missing required key \"summary\" in an event"_s);
    row("missing-rationale", 42, 9, u"missing required key \"rationale\" in a membership effect"_s);
    row("text-missing-en", 17, 46, u"missing required key \"en\" in a text"_s);
    row("unknown-key", 8, 68, u"unknown key \"capital\" in an actor"_s);
    row("unknown-key-top-level", 19, 3, u"unknown key \"comment\" at the top level"_s);
    row("unknown-actor", 39, 32, u"unknown actor id \"XYZ\""_s);
    row("unknown-category", 26, 19, u"unknown category id \"security_pact\""_s);
    row("unknown-mechanism", 57, 40, u"unknown mechanism id \"KEDO\""_s);
    row("duplicate-event-id", 48, 13,
        u"duplicate event id \"1999-tcog\" (first defined at line 34)"_s);
    row("duplicate-actor-id", 9, 12, u"duplicate actor id \"USA\" (first defined at line 6)"_s);
    row("duplicate-category-id", 17, 12,
        u"duplicate category id \"consult\" (first defined at line 15)"_s);
    row("bad-state-id", 9, 12, u"invalid state id \"CHINA\""_s);
    row("bad-mechanism-id", 12, 12, u"invalid mechanism id \"six-party\""_s);
    row("bad-event-id", 48, 13, u"invalid event id \"1965 Normalisation\""_s);
    row("bad-category-id", 17, 12, u"invalid category id \"Protest\""_s);
    row("format-2", 2, 13, u"unsupported format 2"_s);
    row("impossible-date", 22, 15, u"impossible date \"2023-02-30\""_s);
    row("precision-mismatch", 35, 15,
        u"date \"1999-04-15\" does not match precision \"month\" (expected YYYY-MM)"_s);
    row("end-before-date", 23, 14, u"end \"2016-11-22\" is before date \"2016-11-23\""_s);
    row("date-out-of-range", 49, 15, u"date \"1899\" is outside 1900-01-01..2100-12-31"_s);
    row("date-malformed", 35, 15,
        u"invalid date \"1999-4\" for \"date\" (expected YYYY-MM-DD, YYYY-MM or YYYY)"_s);
    row("unknown-precision", 35, 39, u"unknown precision \"week\""_s);
    row("dyad-same-actor", 56, 26, u"a dyad needs two different states, found \"KOR\" twice"_s);
    row("dyad-three-states", 29, 18, u"a dyad needs exactly two states, found 3"_s);
    row("dyad-mechanism", 29, 26, u"\"TCOG\" is a mechanism, but a dyad needs states"_s);
    row("among-too-few", 41, 19, u"\"among\" needs at least three states, found 2"_s);
    row("among-duplicate", 41, 41, u"\"among\" lists \"USA\" twice"_s);
    row("score-out-of-range", 15, 32, u"score 12 is out of range -10..10"_s);
    row("effect-score-out-of-range", 29, 75, u"score -10.5 is out of range -10..10"_s);
    row("tier-out-of-range", 29, 63, u"tier 5 is out of range -2..4"_s);
    row("tier-not-whole", 41, 72, u"expected a whole number for \"tier\", found 1.5"_s);
    row("invalid-layer", 56, 43, u"unknown layer \"military\""_s);
    row("member-is-mechanism", 42, 20,
        u"member \"SIX_PARTY\" is a mechanism; a member must be a state"_s);
    row("mechanism-is-state", 57, 40, u"\"USA\" is a state; \"mechanism\" must name a mechanism"_s);
    row("ongoing-on-membership", 42, 66,
        u"\"ongoing\" is only allowed in dyad and among effects"_s);
    row("membership-key-in-dyad", 29, 97, u"\"role\" is only allowed in a membership effect"_s);
    row("effect-two-shapes", 42, 27, u"an effect cannot have both \"member\" and \"dyad\""_s);
    row("effect-no-shape", 41, 9,
        u"an effect needs exactly one of \"dyad\", \"among\" or \"member\""_s);
    row("unknown-action", 57, 63, u"unknown action \"quit\" (expected \"join\" or \"leave\")"_s);
    row("unknown-role", 57, 80, u"unknown role \"guest\""_s);
    row("rationale-multiline", 56, 83, u"\"rationale\" must be one line"_s);
    row("rationale-empty", 56, 83, u"\"rationale\" must not be empty"_s);
    row("lat-without-lon", 12, 74, u"\"lat\" without \"lon\""_s);
    row("lat-out-of-range", 7, 63, u"lat 95.5 is out of range -90..90"_s);
    row("empty-zh-text", 3, 19, u"the \"zh\" text of \"title\" must not be empty"_s);
    row("empty-en-text", 7, 46, u"the \"en\" text of \"name\" must not be empty"_s);
    row("event-actors-empty", 39, 17, u"\"actors\" must name at least one actor"_s);
    row("event-actor-twice", 39, 39, u"\"JPN\" is listed twice in \"actors\""_s);
    row("bad-footnote", 45, 46, u"invalid footnote \"Cha 1999\""_s);
    row("bad-section", 45, 29, u"unknown section \"6\""_s);
    // Governments and conditions (issue 8).
    row("government-unknown-key", 20, 238, u"unknown key \"cabinet\" in a government"_s);
    row("government-bad-date", 20, 62, u"impossible date \"1998-02-30\""_s);
    row("government-month-date", 21, 62, u"\"start\" must be a day (YYYY-MM-DD), found \"2003-02\""_s);
    row("government-end-before-start", 20, 83, u"end \"1997-02-24\" is before start \"1998-02-25\""_s);
    row("government-unknown-actor", 21, 46, u"unknown actor id \"ROK\""_s);
    row("government-bad-orientation", 21, 183, u"unknown orientation \"liberal\""_s);
    row("government-duplicate-id", 21, 12, u"duplicate government id \"KOR-1998-kim-dae-jung\" (first defined at line 20)"_s);
    row("government-overlap", 21, 62, u"overlaps \"KOR-1998-kim-dae-jung\" of the same state"_s);
    row("condition-unknown-key", 25, 237, u"unknown key \"weight\" in a condition"_s);
    row("condition-bad-kind", 25, 31, u"unknown condition kind \"obstacle\""_s);
    row("condition-unknown-government", 24, 123, u"unknown government id \"KOR-1998-kim\""_s);
    row("condition-level-out-of-range", 25, 146, u"level -12 is out of range -10..10"_s);
    row("condition-end-before-start", 25, 123, u"end \"2000-12-28\" is before start \"2001-04-03\""_s);
    row("condition-duplicate-id", 25, 12, u"duplicate condition id \"kim-engagement\" (first defined at line 24)"_s);
    row("condition-layer-all", 25, 80, u"unknown layer \"all\""_s);
    row("condition-one-actor", 25, 55, u"a condition needs at least two states, found 1"_s);
    row("condition-government-wrong-kind", 24, 126, u"\"government\" is only allowed in a condition of kind \"stance\""_s);
    row("condition-missing-start", 25, 5, u"missing required key \"start\" in a condition"_s);
    return cases;
}

} // namespace

class TestChronologyReader : public QObject
{
    Q_OBJECT

private slots:
    void minimal();
    void eventsBeforeOrAfterTheDefinitions_data();
    void eventsBeforeOrAfterTheDefinitions();
    void governmentsAndConditions();
    void full();
    void oneEventWithBomTabsAndCrlf();
    void invalid_data();
    void invalid();
    void everyInvalidFixtureIsTested();
    void allErrorsCollectedAndSorted();
    void errorToString();
    void nonexistentFile();
    void directory();
    void fifo();
    void limits_data();
    void limits();
    void fileTooLarge();
    void dataTooLarge();
    void resourcePath();
    void fuzzTruncated();
    void fuzzByteFlips();
    void fuzzTokenSwaps();
};

void TestChronologyReader::minimal()
{
    const ChronologyReader::Result r = ChronologyReader::readFile(validFile(u"minimal.json"_s));
    QVERIFY2(r.ok(), qPrintable(errorList(r.errors)));
    QVERIFY(r.errors.isEmpty());
    const Chronology &c = *r.chronology;
    QCOMPARE(c.title().zh, u"空"_s);
    QCOMPARE(c.title().en, u"Empty"_s);
    QVERIFY(c.source().zh.isEmpty() && c.source().en.isEmpty());
    QVERIFY(c.actors().isEmpty());
    QVERIFY(c.categories().isEmpty());
    QVERIFY(c.isEmpty());
}

void TestChronologyReader::full()
{
    const ChronologyReader::Result r = ChronologyReader::readFile(validFile(u"full.json"_s));
    QVERIFY2(r.ok(), qPrintable(errorList(r.errors)));
    const Chronology &c = *r.chronology;
    QCOMPARE(c.title().zh, u"测试年表"_s);
    QCOMPARE(c.source().en, u"A test paper"_s);

    // States first, then mechanisms, each in file order.
    QCOMPARE(c.actors().size(), 5);
    QStringList ids;
    for (const Actor &a : c.actors())
        ids << a.id;
    QCOMPARE(ids, QStringList({u"USA"_s, u"JPN"_s, u"KOR"_s, u"TCOG"_s, u"SIX_PARTY"_s}));
    const Actor *jpn = c.actor(u"JPN"_s);
    QVERIFY(jpn);
    QVERIFY(jpn->isState());
    QCOMPARE(jpn->name.zh, u"日本"_s);
    QCOMPARE(jpn->latitude, 35.6762);
    QCOMPARE(jpn->longitude, 139.6503);
    QVERIFY(std::isnan(c.actor(u"KOR"_s)->latitude));
    QVERIFY(std::isnan(c.actor(u"KOR"_s)->longitude));
    QCOMPARE(c.actor(u"TCOG"_s)->kind, ActorKind::Mechanism);
    QCOMPARE(c.actor(u"SIX_PARTY"_s)->longitude, 116.4074);
    QCOMPARE(c.actor(u"USA"_s)->longitude, -77.0369);

    QCOMPARE(c.categories().size(), 3);
    QCOMPARE(c.category(u"consult"_s)->score, 4.0);
    QCOMPARE(c.category(u"consult"_s)->basis, u"CAMEO 04"_s);
    QCOMPARE(c.category(u"security_agreement"_s)->score, 7.5);
    QVERIFY(c.category(u"security_agreement"_s)->basis.isEmpty());
    QCOMPARE(c.category(u"protest"_s)->score, -2.4);

    // Sorted by date on reading (the file has them 2016, 1999, 1965).
    QCOMPARE(c.events().size(), 3);
    QCOMPARE(c.events()[0].id, u"1965-normalisation"_s);
    QCOMPARE(c.events()[1].id, u"1999-tcog"_s);
    QCOMPARE(c.events()[2].id, u"2016-gsomia"_s);

    const Event &norm = c.events()[0];
    QCOMPARE(norm.date, QDate(1965, 1, 1));
    QCOMPARE(norm.precision, Precision::Year);
    QCOMPARE(norm.end, std::optional<QDate>(QDate(1965, 12, 31)));
    QCOMPARE(norm.title.en, u"Japan\u2013ROK normalisation"_s);
    QCOMPARE(norm.summary.en, u"Japan and the ROK establish relations.\nA second line."_s);
    QCOMPARE(norm.category, u"protest"_s);
    QVERIFY(norm.context);
    QCOMPARE(norm.source.section, u"intro"_s);
    QCOMPARE(norm.source.footnote, u"[12] 蒲俜 1997a"_s);
    QCOMPARE(norm.source.note, u"Treaty on Basic Relations, 22 June 1965"_s);
    QVERIFY(norm.source.document.isEmpty());
    QCOMPARE(norm.effects.size(), 2);
    const Effect &trade = norm.effects[0];
    QCOMPARE(trade.kind, Effect::Kind::Dyad);
    QVERIFY(!trade.among);
    QCOMPARE(trade.actors, QStringList({u"KOR"_s, u"JPN"_s}));
    QCOMPARE(trade.layer, Layer::Economic);
    QCOMPARE(trade.score, std::optional<double>(-0.5));
    QVERIFY(!trade.tier);
    QVERIFY(!trade.ongoing);
    QCOMPARE(trade.rationale, u"trade opens, grudgingly"_s);
    const Effect &leave = norm.effects[1];
    QCOMPARE(leave.kind, Effect::Kind::Membership);
    QCOMPARE(leave.member, u"JPN"_s);
    QCOMPARE(leave.mechanism, u"SIX_PARTY"_s);
    QCOMPARE(leave.action, Effect::Action::Leave);
    QCOMPARE(leave.role, u"observer"_s);

    const Event &tcog = c.events()[1];
    QCOMPARE(tcog.date, QDate(1999, 4, 1));
    QCOMPARE(tcog.precision, Precision::Month);
    QVERIFY(!tcog.end);
    QVERIFY(!tcog.context);
    QCOMPARE(tcog.actors, QStringList({u"USA"_s, u"JPN"_s, u"KOR"_s, u"TCOG"_s}));
    QCOMPARE(tcog.source.footnote, u"[3] Cha 1999"_s);
    QCOMPARE(tcog.effects.size(), 3);
    QVERIFY(tcog.effects[0].among);
    QCOMPARE(tcog.effects[0].actors.size(), 3);
    QCOMPARE(tcog.effects[0].layer, Layer::Political);
    QCOMPARE(tcog.effects[0].tier, std::optional<int>(1));
    QVERIFY(!tcog.effects[0].score);
    QCOMPARE(c.effectScore(tcog, tcog.effects[0]), 4.0); // the category's default
    QCOMPARE(tcog.effects[1].role, u"member"_s);         // the default role
    QCOMPARE(tcog.effects[1].action, Effect::Action::Join);
    QCOMPARE(tcog.effects[2].role, u"member"_s);

    const Event &gsomia = c.events()[2];
    QCOMPARE(gsomia.date, QDate(2016, 11, 23));
    QCOMPARE(gsomia.end, std::optional<QDate>(QDate(2019, 11, 22)));
    QCOMPARE(gsomia.summary.en, u"Japan and the ROK agree to \"share\" military intelligence."_s);
    QCOMPARE(gsomia.source.document, u"GSOMIA \U0001F4C4, 23 November 2016"_s);
    const Effect &intel = gsomia.effects[0];
    QCOMPARE(intel.layer, Layer::Security);
    QCOMPARE(intel.tier, std::optional<int>(2));
    QCOMPARE(intel.score, std::optional<double>(6.5));
    QVERIFY(intel.ongoing);
    QCOMPARE(c.lastDate(), QDate(2019, 11, 22));
}

void TestChronologyReader::oneEventWithBomTabsAndCrlf()
{
    const QByteArray data = readAll(validFile(u"one-event.json"_s));
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QVERIFY(data.contains("\r\n"));
    QVERIFY(data.contains('\t'));
    const ChronologyReader::Result r = ChronologyReader::readData(data, u"one.json"_s);
    QVERIFY2(r.ok(), qPrintable(errorList(r.errors)));
    QCOMPARE(r.chronology->events().size(), 1);
    const Event &e = r.chronology->events().first();
    QCOMPARE(e.date, QDate(1993, 1, 1));
    QCOMPARE(e.precision, Precision::Year);
    QVERIFY(e.effects.isEmpty());
    QCOMPARE(e.source.section, u"5"_s);
    QCOMPARE(r.chronology->category(u"talks"_s)->score, 1.0); // written as 1e0

    // Positions still count the BOM as nothing, a tab as one column and CRLF as one line break.
    QByteArray broken = data;
    broken.replace("\"score\": 1e0", "\"score\": 11");
    const ChronologyReader::Result b = ChronologyReader::readData(broken, u"one.json"_s);
    QVERIFY(!b.ok());
    QCOMPARE(b.errors.size(), 1);
    QCOMPARE(b.errors[0].line, 6);
    QCOMPARE(b.errors[0].column, 42);
}

// valid/politics.json: governments sorted by (actor, start), an open term, a stance that takes
// its dates from its government, a constraint with its own interval.
void TestChronologyReader::governmentsAndConditions()
{
    const ChronologyReader::Result r = ChronologyReader::readFile(kDataDir + u"/valid/politics.json"_s);
    QVERIFY2(r.ok(), qPrintable(errorList(r.errors)));
    const Chronology &c = *r.chronology;
    QCOMPARE(c.governments().size(), 2);
    const Government &kim = c.governments().first();
    QCOMPARE(kim.id, u"KOR-1998-kim-dae-jung"_s);
    QCOMPARE(kim.start, QDate(1998, 2, 25));
    QCOMPARE(kim.end, std::optional<QDate>(QDate(2003, 2, 24)));
    QCOMPARE(kim.leader.en, u"Kim Dae-jung"_s);
    QCOMPARE(kim.orientation, u"progressive"_s);
    QCOMPARE(kim.source.note, u"general knowledge: term dates"_s);
    QVERIFY(!c.governments().last().end);
    QCOMPARE(c.governmentAt(u"KOR"_s, QDate(2010, 1, 1))->id, u"KOR-2003-roh-moo-hyun"_s);
    QVERIFY(!c.governmentAt(u"JPN"_s, QDate(2010, 1, 1)));
    QCOMPARE(c.conditions().size(), 2);
    const Condition &stance = c.conditions().first();
    QCOMPARE(stance.kind, u"stance"_s);
    QCOMPARE(stance.start, QDate(1998, 2, 25)); // from the term
    QCOMPARE(stance.end, std::optional<QDate>(QDate(2003, 2, 24)));
    QCOMPARE(stance.level, -2.0);
    QCOMPARE(stance.layer, Layer::Political);
    const Condition &history = c.conditions().last();
    QCOMPARE(history.actors, (QStringList{u"JPN"_s, u"KOR"_s}));
    QCOMPARE(history.start, QDate(2001, 4, 3));
    QCOMPARE(history.end, std::optional<QDate>(QDate(2015, 12, 28)));
    QCOMPARE(history.level, -3.5);
    QVERIFY(history.government.isEmpty());
}

void TestChronologyReader::invalid_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    for (const InvalidCase &c : invalidCases())
        QTest::newRow(c.name) << invalidFile(QString::fromLatin1(c.name)) << c.line << c.column
                              << c.message;
}

void TestChronologyReader::invalid()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QVERIFY2(QFile::exists(file), qPrintable(file));
    const ChronologyReader::Result r = ChronologyReader::readFile(file);
    QVERIFY(!r.ok());
    QVERIFY(!r.chronology.has_value());
    QVERIFY2(r.errors.size() == 1, qPrintable(errorList(r.errors)));
    const ReadError &e = r.errors.first();
    QCOMPARE(e.file, file);
    QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
}

void TestChronologyReader::everyInvalidFixtureIsTested()
{
    QStringList tested;
    for (const InvalidCase &c : invalidCases())
        tested << QString::fromLatin1(c.name) + u".json"_s;
    tested.sort();
    QStringList present = QDir(kDataDir + u"/invalid"_s).entryList({u"*.json"_s}, QDir::Files);
    present.sort();
    QCOMPARE(present, tested);
    QVERIFY(present.size() >= 30);
}

void TestChronologyReader::allErrorsCollectedAndSorted()
{
    // Six problems; the reader reports each, in file order, and no chronology.
    const QByteArray data = R"({
  "format": 1,
  "title": {"zh": "多", "en": "Many"},
  "actors": [{"id": "JPN", "name": {"zh": "日本", "en": "Japan"}, "lat": 100}],
  "mechanisms": [],
  "categories": [{"id": "talks", "score": 1, "name": {"zh": "会谈", "en": "Talks"}}],
  "events": [
    {"id": "a", "date": "2001-02-29", "title": {"zh": "甲", "en": "A"},
     "summary": {"zh": "甲", "en": "A"}, "category": "nope", "actors": ["JPN"], "effects": [],
     "source": {"section": "1", "footnote": "none"}, "extra": 1}
  ]
})";
    const ChronologyReader::Result r = ChronologyReader::readData(data, u"many.json"_s);
    QVERIFY(!r.ok());
    QVERIFY(!r.chronology.has_value());
    const QList<std::pair<int, int>> positions = {{4, 65}, {4, 72}, {8, 5},
                                                  {8, 25}, {9, 53}, {10, 54}};
    const QStringList messages = {u"\"lat\" without \"lon\""_s,
                                  u"lat 100 is out of range -90..90"_s,
                                  u"missing required key \"precision\" in an event"_s,
                                  u"impossible date \"2001-02-29\""_s,
                                  u"unknown category id \"nope\""_s,
                                  u"unknown key \"extra\" in an event"_s};
    QCOMPARE(r.errors.size(), positions.size());
    for (int i = 0; i < r.errors.size(); ++i) {
        QCOMPARE(std::pair(r.errors[i].line, r.errors[i].column), positions[i]);
        QVERIFY2(r.errors[i].message.contains(messages[i]), qPrintable(r.errors[i].toString()));
        QCOMPARE(r.errors[i].file, u"many.json"_s);
    }
}

void TestChronologyReader::errorToString()
{
    const ReadError e{u"a.json"_s, 3, 14, u"unknown actor id \"XYZ\""_s};
    QCOMPARE(e.toString(), u"a.json:3:14: error: unknown actor id \"XYZ\""_s);
    const ReadError io{u"b.json"_s, 0, 0, u"cannot open file: No such file"_s};
    QCOMPARE(io.toString(), u"b.json: error: cannot open file: No such file"_s);
}

void TestChronologyReader::nonexistentFile()
{
    const QString path = kDataDir + u"/does-not-exist.json"_s;
    const ChronologyReader::Result r = ChronologyReader::readFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].file, path);
    QCOMPARE(r.errors[0].line, 0);
    QCOMPARE(r.errors[0].column, 0);
    QVERIFY2(r.errors[0].message.startsWith(u"cannot open file: "_s),
             qPrintable(r.errors[0].message));
}

void TestChronologyReader::directory()
{
    const ChronologyReader::Result r = ChronologyReader::readFile(kDataDir);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].message, u"is a directory, not a chronology file"_s);
    QCOMPARE(r.errors[0].line, 0);
}

void TestChronologyReader::fifo()
{
    // Opening a FIFO for reading blocks until a writer comes: the reader must refuse it first.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"pipe.json"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const ChronologyReader::Result r = ChronologyReader::readFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].file, path);
    QVERIFY2(r.errors[0].message.startsWith(u"is not a regular file"_s),
             qPrintable(r.errors[0].message));
}

namespace {

/// A state id for @p i: "AAA", "AAB", … (three capital letters, as the format wants).
QByteArray stateId(int i)
{
    return QByteArray(1, char('A' + i / 676)) + char('A' + i / 26 % 26) + char('A' + i % 26);
}

/// A chronology with @p states states (state i on line 4 + i) and one event whose effects are
/// @p effects (JSON texts, one per line: effect k on line effectLine(states, k)).
QByteArray generated(int states, const QList<QByteArray> &effects,
                     const QByteArray &conditions = {})
{
    QByteArray json = "{\n\"format\": 1, \"title\": {\"zh\": \"限\", \"en\": \"Limits\"},\n\"actors\": [";
    for (int i = 0; i < states; ++i) {
        json += (i ? ",\n" : "\n") + QByteArray("{\"id\": \"") + stateId(i)
            + "\", \"name\": {\"zh\": \"国\", \"en\": \"S\"}}";
    }
    json += "],\n\"mechanisms\": [], \"categories\": [{\"id\": \"c\", \"score\": 1, "
            "\"name\": {\"zh\": \"类\", \"en\": \"C\"}}], \"conditions\": [" + conditions
        + "],\n\"events\": [{\"id\": \"e\", "
            "\"date\": \"2000\", \"precision\": \"year\", \"title\": {\"zh\": \"事\", \"en\": \"E\"}, "
            "\"summary\": {\"zh\": \"事。\", \"en\": \"E.\"}, \"category\": \"c\", \"actors\": [\"AAA\"],\n"
            "\"source\": {\"section\": \"1\", \"footnote\": \"none\"}, \"effects\": [";
    for (int k = 0; k < effects.size(); ++k)
        json += (k ? ",\n" : "\n") + effects[k];
    json += "]}]}\n";
    return json;
}

int effectLine(int states, int k)
{
    return 7 + states + k;
}

QByteArray effect(const char *shape, const QList<int> &states)
{
    QByteArray ids;
    for (int i : states)
        ids += (ids.isEmpty() ? "\"" : ", \"") + stateId(i) + '"';
    return "{\"" + QByteArray(shape) + "\": [" + ids
        + "], \"layer\": \"security\", \"rationale\": \"r\"}";
}

} // namespace

void TestChronologyReader::limits_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const int maxActors = ChronologyReader::kMaxActors;
    // The actor over the limit is reported where it starts.
    QTest::newRow("actors") << generated(maxActors + 1, {}) << 4 + maxActors << 1
                            << u"too many actors: at most 1000 states and mechanisms together"_s;

    QList<int> many;
    for (int i = 0; i <= ChronologyReader::kMaxAmongStates; ++i)
        many << i;
    const QByteArray among = effect("among", many);
    QTest::newRow("among") << generated(many.size(), {among}) << effectLine(many.size(), 0)
                           << int(among.indexOf('[')) + 1
                           << u"\"among\" lists 41 states; at most 40 are allowed (every pair "
                              "becomes a dyad)"_s;

    // A condition over every pair of 41 states: the same limit as "among".
    QByteArray ids;
    for (int i : many)
        ids += (ids.isEmpty() ? "\"" : ", \"") + stateId(i) + '"';
    const QByteArray condition = "{\"id\": \"k\", \"kind\": \"constraint\", \"actors\": [" + ids
        + "], \"layer\": \"political\", \"start\": \"2000-01-01\", \"level\": -1, \"title\": "
          "{\"zh\": \"限\", \"en\": \"K\"}, \"rationale\": \"r\", \"source\": {\"section\": \"1\", "
          "\"footnote\": \"none\"}}";
    const QByteArray withCondition = generated(many.size(), {}, condition);
    // Columns count characters: find the array in the line as text, not as bytes.
    const QString conditionLine = QString::fromUtf8(withCondition.split('\n').at(4 + many.size() - 1));
    QTest::newRow("condition") << withCondition << 4 + int(many.size())
                               << int(conditionLine.indexOf(u"\"actors\": ["_s)) + 11
                               << u"a condition lists 41 states; at most 40 are allowed (every pair "
                                  "becomes a dyad)"_s;

    // 201 states give 20,100 pairs: one dyad effect each until the limit is passed.
    QList<QByteArray> dyads;
    for (int i = 0; i < 201 && dyads.size() <= ChronologyReader::kMaxDyads; ++i) {
        for (int j = i + 1; j < 201 && dyads.size() <= ChronologyReader::kMaxDyads; ++j)
            dyads << effect("dyad", {i, j});
    }
    QTest::newRow("dyads") << generated(201, dyads) << effectLine(201, ChronologyReader::kMaxDyads)
                           << int(dyads.last().indexOf('[')) + 1
                           << u"too many dyads: at most 20000 pairs of states may have effects"_s;

    // The same 40 states again and again: few dyads, but millions of expanded effects.
    QList<int> forty;
    for (int i = 0; i < ChronologyReader::kMaxAmongStates; ++i)
        forty << i;
    const qint64 pairs = 40 * 39 / 2;
    const int needed = int(ChronologyReader::kMaxExpandedEffects / pairs) + 1;
    const QList<QByteArray> repeated(needed, effect("among", forty));
    QTest::newRow("expanded effects")
        << generated(40, repeated) << effectLine(40, needed - 1)
        << int(repeated.last().indexOf('[')) + 1
        << u"too many dyad effects: at most 2000000 after \"among\" is expanded to every pair"_s;
}

void TestChronologyReader::limits()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const ChronologyReader::Result r = ChronologyReader::readData(json, u"limits.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].message, message);
    QCOMPARE(r.errors[0].line, line);
    QCOMPARE(r.errors[0].column, column);
}

// The reader builds events as they are parsed when the actors, mechanisms and categories came
// first, and keeps them in the tree otherwise: both give the same chronology and the same errors.
void TestChronologyReader::eventsBeforeOrAfterTheDefinitions_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("full") << validFile(u"full.json"_s);
    QTest::newRow("politics") << validFile(u"politics.json"_s);
    QTest::newRow("bundled") << QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY);
}

void TestChronologyReader::eventsBeforeOrAfterTheDefinitions()
{
    QFETCH(QString, file);
    const QByteArray original = readAll(file);
    const ChronologyReader::Result first = ChronologyReader::readData(original, u"a"_s);
    QVERIFY2(first.ok(), qPrintable(errorList(first.errors)));
    QVERIFY(!first.chronology->events().isEmpty());
    // QJsonDocument sorts the keys: "events" comes before "mechanisms" and "title".
    QJsonObject object = QJsonDocument::fromJson(original).object();
    QVERIFY(object.contains(u"events"_s));
    const QByteArray sorted = QJsonDocument(object).toJson();
    QVERIFY(sorted.indexOf("\"events\"") < sorted.indexOf("\"mechanisms\""));
    const ChronologyReader::Result second = ChronologyReader::readData(sorted, u"a"_s);
    QVERIFY2(second.ok(), qPrintable(errorList(second.errors)));
    QVERIFY(*first.chronology == *second.chronology);

    // The same broken event is reported at its own line and column either way.
    QJsonArray events = object.value(u"events"_s).toArray();
    QJsonObject broken = events.last().toObject();
    broken.insert(u"category"_s, u"no-such-category"_s);
    events.replace(events.size() - 1, broken);
    object.insert(u"events"_s, events);
    const QByteArray sortedBroken = QJsonDocument(object).toJson();
    const ChronologyReader::Result bad = ChronologyReader::readData(sortedBroken, u"a"_s);
    QCOMPARE(bad.errors.size(), 1);
    const int line = int(sortedBroken.left(sortedBroken.indexOf("\"no-such-category\"")).count('\n')) + 1;
    QCOMPARE(bad.errors[0].line, line);
    QVERIFY(bad.errors[0].message.contains(u"unknown category id"_s));
}

void TestChronologyReader::fileTooLarge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"big.json"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // A valid document just over the limit: the size alone must make it fail.
        QByteArray data = readAll(validFile(u"minimal.json"_s));
        data.append(QByteArray(ChronologyReader::kMaxFileSize + 1 - data.size(), ' '));
        QCOMPARE(f.write(data), ChronologyReader::kMaxFileSize + 1);
    }
    const ChronologyReader::Result r = ChronologyReader::readFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].line, 1);
    QCOMPARE(r.errors[0].column, 1);
    QVERIFY(r.errors[0].message.contains(u"larger than the 256 MiB limit"_s));

    // Exactly at the limit is still read.
    QVERIFY(QFile::resize(path, ChronologyReader::kMaxFileSize));
    const ChronologyReader::Result atLimit = ChronologyReader::readFile(path);
    QVERIFY2(atLimit.ok(), qPrintable(errorList(atLimit.errors)));
}

void TestChronologyReader::dataTooLarge()
{
    const QByteArray data(ChronologyReader::kMaxFileSize + 1, ' ');
    const ChronologyReader::Result r = ChronologyReader::readData(data, u"mem"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].toString(), u"mem:1:1: error: file is larger than the 256 MiB limit"_s);
}

void TestChronologyReader::resourcePath()
{
    // tests/CMakeLists.txt compiles valid/full.json in as :/fixtures/full.json.
    const ChronologyReader::Result fromResource =
        ChronologyReader::readFile(u":/fixtures/full.json"_s);
    QVERIFY2(fromResource.ok(), qPrintable(errorList(fromResource.errors)));
    const ChronologyReader::Result fromFile = ChronologyReader::readFile(validFile(u"full.json"_s));
    QVERIFY(fromFile.ok());
    QVERIFY(*fromResource.chronology == *fromFile.chronology);

    const ChronologyReader::Result missing = ChronologyReader::readFile(u":/fixtures/nope.json"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.errors.size(), 1);
    QCOMPARE(missing.errors[0].line, 0);
}

namespace {

/// A read must either succeed or give errors, each with a position and a message.
bool checkResult(const ChronologyReader::Result &r, QString *why)
{
    if (r.ok() != r.errors.isEmpty()) {
        *why = u"ok() disagrees with the error list"_s;
        return false;
    }
    for (const ReadError &e : r.errors) {
        if (e.line < 1 || e.column < 1 || e.message.isEmpty()) {
            *why = e.toString();
            return false;
        }
    }
    return true;
}

/// Reading @p data must not crash and must either succeed or give positioned errors.
bool checkReadsCleanly(const QByteArray &data, QString *why, bool *ok = nullptr)
{
    const ChronologyReader::Result r = ChronologyReader::readData(data, u"fuzz.json"_s);
    if (ok)
        *ok = r.ok();
    return checkResult(r, why);
}

QStringList validFixtures()
{
    return QDir(kDataDir + u"/valid"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
}

} // namespace

void TestChronologyReader::fuzzTruncated()
{
    int failures = 0;
    for (const QString &name : validFixtures()) {
        const QByteArray data = readAll(validFile(name));
        for (qsizetype n = 0; n < data.size(); ++n) {
            QString why;
            if (!checkReadsCleanly(data.left(n), &why)) {
                qWarning("%s truncated at %lld: %s", qPrintable(name), qlonglong(n),
                         qPrintable(why));
                ++failures;
            }
        }
        // Every proper prefix of a valid document is invalid JSON… except trailing whitespace.
        QVERIFY(!ChronologyReader::readData(data.left(data.size() / 2), name).ok());
    }
    QCOMPARE(failures, 0);
}

void TestChronologyReader::fuzzByteFlips()
{
    QRandomGenerator random(20240601); // deterministic
    int failures = 0;
    int stillValid = 0;
    int rounds = 0;
    for (const QString &name : validFixtures()) {
        const QByteArray original = readAll(validFile(name));
        for (int round = 0; round < 3000; ++round) {
            QByteArray data = original;
            const int flips = 1 + int(random.bounded(3));
            for (int i = 0; i < flips; ++i) {
                const qsizetype at = random.bounded(int(data.size()));
                if (random.bounded(2) == 0)
                    data[at] = char(data[at] ^ char(1 << random.bounded(8)));
                else
                    data[at] = char(random.bounded(256));
            }
            QString why;
            bool ok = false;
            if (!checkReadsCleanly(data, &why, &ok)) {
                qWarning("%s round %d: %s", qPrintable(name), round, qPrintable(why));
                ++failures;
            }
            stillValid += ok ? 1 : 0;
            ++rounds;
        }
    }
    QCOMPARE(failures, 0);
    QVERIFY(stillValid < rounds); // the mutations do break files
}

void TestChronologyReader::fuzzTokenSwaps()
{
    // Swapping JSON tokens keeps the document mostly well-formed, so this reaches the semantic
    // checks: wrong types, unknown ids, bad dates, empty arrays and objects in odd places.
    static const QRegularExpression token(
        uR"("(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*|true|false|null)"_s);
    const QList<QByteArray> extras = {"[]", "{}", "null", "0", "-11", "\"\"", "[\"JPN\"]",
                                      "{\"zh\": \"\"}"};
    QRandomGenerator random(7);
    int failures = 0;
    int semantic = 0;
    for (const QString &name : validFixtures()) {
        const QByteArray original = readAll(validFile(name));
        QList<std::pair<qsizetype, qsizetype>> spans; // byte offset and length of each token
        const QString text = QString::fromUtf8(original);
        for (const QRegularExpressionMatch &m : token.globalMatch(text)) {
            const qsizetype start = text.left(m.capturedStart()).toUtf8().size();
            spans.append({start, m.captured().toUtf8().size()});
        }
        QVERIFY(spans.size() > 5);
        for (int round = 0; round < 1500; ++round) {
            const auto [at, length] = spans[random.bounded(int(spans.size()))];
            const auto [from, fromLength] = spans[random.bounded(int(spans.size()))];
            const QByteArray replacement = random.bounded(4) == 0
                ? extras[random.bounded(int(extras.size()))]
                : original.mid(from, fromLength);
            QByteArray data = original;
            data.replace(at, length, replacement);
            const ChronologyReader::Result r = ChronologyReader::readData(data, name);
            QString why;
            if (!checkResult(r, &why)) {
                qWarning("%s round %d: %s", qPrintable(name), round, qPrintable(why));
                ++failures;
            }
            if (!r.ok() && r.errors.first().message.contains(u"expected"_s))
                ++semantic;
        }
    }
    QCOMPARE(failures, 0);
    QVERIFY(semantic > 0);
}

QTEST_GUILESS_MAIN(TestChronologyReader)
#include "tst_chronologyreader.moc"
