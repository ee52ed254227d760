// Tests of ChronologyWriter: read → write → read gives an equal chronology (fixtures, the bundled
// file, a chronology built in code), writing is deterministic, and the layout of the output.
#include "chronology/chronologyreader.h"
#include "chronology/chronologywriter.h"
#include "bench/generatedchronology.h"
#include "referencewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

class TestChronologyWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void bundledRoundTrip();
    void builtInCode();
    void numbersReadBackExactly();
    void layout();
    void endDates();
    void writeFile();
    void writeFileFails();
    void sameAsTreeWriter_data();
    void sameAsTreeWriter();
    void sameAsTreeWriterAtLineWidths();
};

namespace {

QString errorList(const QList<ReadError> &errors)
{
    QStringList lines;
    for (const ReadError &e : errors)
        lines << e.toString();
    return lines.join(u'\n');
}

/// Writes, reads back, compares, and writes again; returns the first output.
QByteArray checkRoundTrip(const Chronology &original)
{
    const QByteArray first = ChronologyWriter::toJson(original);
    const ChronologyReader::Result again = ChronologyReader::readData(first, u"written.json"_s);
    if (!again.ok()) {
        qWarning("%s\n%s", qPrintable(errorList(again.errors)), first.constData());
        return {};
    }
    if (*again.chronology != original) {
        qWarning("the chronology read back differs:\n%s", first.constData());
        return {};
    }
    const QByteArray second = ChronologyWriter::toJson(*again.chronology);
    if (second != first) {
        qWarning("the second write differs from the first");
        return {};
    }
    return first;
}

Actor actor(const QString &id, ActorKind kind, double lat = qQNaN(), double lon = qQNaN())
{
    Actor a;
    a.id = id;
    a.kind = kind;
    a.name = {id + u"（中）"_s, id};
    a.latitude = lat;
    a.longitude = lon;
    return a;
}

Event makeEvent(const QString &id, QDate date, Precision precision)
{
    Event e;
    e.id = id;
    e.date = date;
    e.precision = precision;
    e.title = {u"标题"_s, u"Title"_s};
    e.summary = {u"摘要"_s, u"Summary"_s};
    e.category = u"talks"_s;
    e.actors = {u"JPN"_s};
    e.source.section = u"3"_s;
    e.source.footnote = u"none"_s;
    return e;
}

Chronology chronologyWith(QList<Event> events, QList<Category> categories = {})
{
    Category talks;
    talks.id = u"talks"_s;
    talks.score = 1.0;
    talks.name = {u"会谈"_s, u"Talks"_s};
    categories.prepend(talks);
    return Chronology({u"年表"_s, u"Chronology"_s}, {},
                      {actor(u"JPN"_s, ActorKind::State), actor(u"KOR"_s, ActorKind::State),
                       actor(u"USA"_s, ActorKind::State), actor(u"KEDO"_s, ActorKind::Mechanism)},
                      categories, events);
}

} // namespace

void TestChronologyWriter::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(ALLIANCESCOPE_TEST_DATA) + u"/valid"_s);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 3);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestChronologyWriter::roundTrip()
{
    QFETCH(QString, path);
    const ChronologyReader::Result r = ChronologyReader::readFile(path);
    QVERIFY2(r.ok(), qPrintable(errorList(r.errors)));
    QVERIFY(!checkRoundTrip(*r.chronology).isEmpty());
}

void TestChronologyWriter::bundledRoundTrip()
{
    const QString path = QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY);
    QVERIFY2(QFile::exists(path), qPrintable(path + u" does not exist"_s));
    const ChronologyReader::Result r = ChronologyReader::readFile(path);
    QVERIFY2(r.ok(), qPrintable(errorList(r.errors)));
    QVERIFY(!r.chronology->isEmpty());
    QVERIFY(!checkRoundTrip(*r.chronology).isEmpty());
}

void TestChronologyWriter::builtInCode()
{
    Event a = makeEvent(u"1994-agreed"_s, QDate(1994, 10, 21), Precision::Day);
    a.end = QDate(2002, 12, 12);
    a.actors = {u"USA"_s, u"KEDO"_s};
    Effect dyad;
    dyad.actors = {u"USA"_s, u"KOR"_s};
    dyad.layer = Layer::Security;
    dyad.tier = -2;
    dyad.score = -3.25;
    dyad.ongoing = true;
    dyad.rationale = u"quote \" backslash \\ tab \t control \x01 slash / 中文"_s;
    Effect among;
    among.among = true;
    among.actors = {u"USA"_s, u"KOR"_s, u"JPN"_s};
    among.layer = Layer::Economic;
    among.tier = 0;
    among.rationale = u"all pairs"_s;
    Effect join;
    join.kind = Effect::Kind::Membership;
    join.member = u"JPN"_s;
    join.mechanism = u"KEDO"_s;
    join.action = Effect::Action::Join;
    join.role = u"partner"_s;
    join.rationale = u"a partner"_s;
    Effect leave = join;
    leave.action = Effect::Action::Leave;
    leave.role = u"member"_s;
    a.effects = {dyad, among, join, leave};
    a.source.document = u"Agreed Framework, https://example.org/af?x=1&y=2"_s;
    a.summary.en = u"Line one.\nLine two."_s;
    Event b = makeEvent(u"1953-treaty"_s, QDate(1953, 1, 1), Precision::Year);
    b.context = true;
    b.source.section = u"intro"_s;
    b.source.footnote = u"[1] Cha 1999"_s;
    b.source.note = u"Mutual Defense Treaty, 1 October 1953"_s;
    Category c;
    c.id = u"sanction"_s;
    c.score = -6.5;
    c.name = {u"制裁"_s, u"Sanction"_s};
    c.basis = u"CAMEO 163"_s;
    Chronology chronology = chronologyWith({a, b}, {c});

    const QByteArray json = checkRoundTrip(chronology);
    QVERIFY(!json.isEmpty());
    QVERIFY(json.contains("\"among\": [\"USA\", \"KOR\", \"JPN\"]"));
    QVERIFY(json.contains("\"role\": \"partner\""));
    QCOMPARE(json.count("\"role\""), 1); // "member" is the default and left out
    QVERIFY(json.contains("\"action\": \"leave\""));
    QVERIFY(json.contains("\"tier\": -2"));
    QVERIFY(json.contains("\"tier\": 0"));
    QVERIFY(json.contains("\"score\": -3.25"));
    QVERIFY(json.contains("\"ongoing\": true"));
    QVERIFY(json.contains("\"context\": true"));
    QVERIFY(json.contains(R"(quote \" backslash \\ tab \t control \u0001 slash / 中文)"));
    QVERIFY(!json.contains("\"source\": {\"zh\"")); // the empty top-level source is left out
}

void TestChronologyWriter::numbersReadBackExactly()
{
    const QList<double> values = {0.1 + 0.2, 1.0 / 3.0, -1.0 / 7.0, 5e-324, 2.2250738585072014e-308,
                                  9.999999999999998, -0.0, 7.0, 1e-7, 123456789.125};
    QList<Category> categories;
    QList<Actor> actors;
    for (int i = 0; i < values.size(); ++i) {
        Category c;
        c.id = u"c"_s + QString::number(i);
        // Scores must lie in -10..10; latitudes in -90..90.
        c.score = std::fmod(values[i], 10.0);
        c.name = {u"类"_s, u"Category"_s};
        categories.append(c);
        actors.append(actor(u"S"_s + QChar(char16_t(u'A' + i)) + u"X"_s, ActorKind::State,
                            std::fmod(values[i], 90.0), std::fmod(values[i] * 3, 180.0)));
    }
    const Chronology chronology({u"数"_s, u"Numbers"_s}, {}, actors, categories, {});
    const QByteArray json = checkRoundTrip(chronology);
    QVERIFY(!json.isEmpty());
    QVERIFY2(json.contains("\"score\": 0.30000000000000004,"), json.constData());
    QVERIFY(json.contains("\"score\": 7,")); // shortest form, no ".0"
    QVERIFY(json.contains("\"score\": 1e-07,"));
    const ChronologyReader::Result r = ChronologyReader::readData(json, u"n.json"_s);
    QVERIFY(r.ok());
    for (int i = 0; i < values.size(); ++i) {
        QCOMPARE(r.chronology->categories()[i].score, categories[i].score);
        QCOMPARE(std::signbit(r.chronology->categories()[i].score),
                 std::signbit(categories[i].score));
        QCOMPARE(r.chronology->actors()[i].latitude, actors[i].latitude);
        QCOMPARE(r.chronology->actors()[i].longitude, actors[i].longitude);
    }
}

void TestChronologyWriter::layout()
{
    const ChronologyReader::Result r = ChronologyReader::readFile(
        QStringLiteral(ALLIANCESCOPE_TEST_DATA) + u"/valid/full.json"_s);
    QVERIFY(r.ok());
    const QByteArray json = ChronologyWriter::toJson(*r.chronology);
    QVERIFY(json.endsWith("}\n"));
    QVERIFY(!json.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!json.contains('\r'));
    QVERIFY(!json.contains('\t'));
    // Chinese and other non-ASCII text is written as UTF-8, not escaped.
    QVERIFY(json.contains("\"zh\": \"测试年表\""));
    QVERIFY(json.contains("\U0001F4C4"));
    QVERIFY(!json.contains("\\u"));
    // Keys in the order of docs/DATA.md.
    auto inOrder = [&](const QList<QByteArray> &keys, qsizetype from) {
        qsizetype at = from;
        for (const QByteArray &k : keys) {
            const qsizetype next = json.indexOf(QByteArray("\"" + k + "\":"), at);
            if (next < 0)
                return false;
            at = next;
        }
        return true;
    };
    QVERIFY(inOrder({"format", "title", "source", "actors", "mechanisms", "categories", "events"},
                    0));
    const qsizetype firstEvent = json.indexOf("\"events\":");
    QVERIFY(inOrder({"id", "date", "precision", "end", "title", "summary", "category", "actors",
                     "effects", "source", "context"},
                    firstEvent));
    QVERIFY(inOrder({"dyad", "layer", "score", "rationale", "member", "mechanism", "action",
                     "role", "rationale"},
                    firstEvent));
    QVERIFY(inOrder({"section", "footnote", "note"}, firstEvent));
    QVERIFY(json.contains("\n  \"format\": 1,\n"));
    QVERIFY(json.contains("\"title\": {\"zh\": \"测试年表\", \"en\": \"Test chronology\"},"));
    QVERIFY(json.contains("\"actors\": [\"JPN\", \"KOR\"],"));
    QVERIFY(json.contains("\"source\": {\"section\": \"2\", \"footnote\": \"[3] Cha 1999\"}"));
    QVERIFY(json.contains("\"mechanisms\": [\n    {\n      \"id\": \"TCOG\","));
    // The events come out sorted by date.
    QVERIFY(json.indexOf("1965-normalisation") < json.indexOf("1999-tcog"));
    QVERIFY(json.indexOf("1999-tcog") < json.indexOf("2016-gsomia"));
}

void TestChronologyWriter::endDates()
{
    // An end is written at the event's precision when that names exactly the same day.
    Event month = makeEvent(u"m"_s, QDate(1994, 6, 1), Precision::Month);
    month.end = QDate(1994, 10, 31);
    Event monthMid = makeEvent(u"mm"_s, QDate(1994, 6, 1), Precision::Month);
    monthMid.end = QDate(1994, 10, 21);
    Event year = makeEvent(u"y"_s, QDate(1995, 1, 1), Precision::Year);
    year.end = QDate(1996, 12, 31);
    Event yearMid = makeEvent(u"ym"_s, QDate(1995, 1, 1), Precision::Year);
    yearMid.end = QDate(1996, 2, 29);
    Event day = makeEvent(u"d"_s, QDate(1997, 3, 5), Precision::Day);
    day.end = QDate(1997, 3, 31);
    const QByteArray json = checkRoundTrip(chronologyWith({month, monthMid, year, yearMid, day}));
    QVERIFY(!json.isEmpty());
    QVERIFY(json.contains("\"end\": \"1994-10\","));
    QVERIFY(json.contains("\"end\": \"1994-10-21\","));
    QVERIFY(json.contains("\"end\": \"1996\","));
    QVERIFY(json.contains("\"end\": \"1996-02-29\","));
    QVERIFY(json.contains("\"end\": \"1997-03-31\","));
    QVERIFY(json.contains("\"date\": \"1994-06\","));
    QVERIFY(json.contains("\"date\": \"1995\","));
}

void TestChronologyWriter::writeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"out.json"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x')); // longer than the new content: must not survive
    }
    const ChronologyReader::Result r = ChronologyReader::readFile(
        QStringLiteral(ALLIANCESCOPE_TEST_DATA) + u"/valid/full.json"_s);
    QVERIFY(r.ok());
    QString error;
    QVERIFY2(ChronologyWriter::writeFile(*r.chronology, path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), ChronologyWriter::toJson(*r.chronology));
    const ChronologyReader::Result back = ChronologyReader::readFile(path);
    QVERIFY2(back.ok(), qPrintable(errorList(back.errors)));
    QVERIFY(*back.chronology == *r.chronology);
    // No temporary files left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"out.json"_s});
}

void TestChronologyWriter::writeFileFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing-dir/out.json"_s);
    QString error;
    QVERIFY(!ChronologyWriter::writeFile(Chronology(), path, &error));
    QVERIFY(error.contains(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!ChronologyWriter::writeFile(Chronology(), path, nullptr)); // no message wanted
}

QTEST_GUILESS_MAIN(TestChronologyWriter)
#include "tst_chronologywriter.moc"

void TestChronologyWriter::sameAsTreeWriter_data()
{
    // Every chronology the repository holds: the streaming writer prints what the tree-based
    // writer before it printed, byte for byte (files saved before stay unchanged when saved).
    QTest::addColumn<QString>("path");
    QTest::newRow("bundled") << QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY);
    const QString data = QStringLiteral(ALLIANCESCOPE_TEST_DATA);
    for (const QString &sub : {u"/valid"_s, u""_s, u"/import"_s, u"/exports"_s}) {
        const QDir dir(data + sub);
        for (const QString &f : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            if (ChronologyReader::readFile(dir.filePath(f)).ok())
                QTest::newRow(qPrintable(sub + u'/' + f)) << dir.filePath(f);
        }
    }
}

void TestChronologyWriter::sameAsTreeWriter()
{
    QFETCH(QString, path);
    const ChronologyReader::Result r = ChronologyReader::readFile(path);
    QVERIFY2(r.ok(), qPrintable(errorList(r.errors)));
    const QByteArray streamed = ChronologyWriter::toJson(*r.chronology);
    QVERIFY(streamed.size() > 100);
    QCOMPARE(streamed, Reference::treeToJson(*r.chronology));
}

void TestChronologyWriter::sameAsTreeWriterAtLineWidths()
{
    // Texts of every length around the 100-character line limit (ASCII, Chinese, escapes), empty
    // lists and one-line objects (sources, overrides, scenarios without lists), and a generated
    // chronology of 300 events.
    QList<Event> events;
    for (int n = 0; n < 130; ++n) {
        Event e = makeEvent(u"e%1"_s.arg(n), QDate(2000, 1, 1).addDays(n), Precision::Day);
        const QString ascii(n, u'x');
        e.title = {QString(n / 2, QChar(0x4e2d)), ascii};
        e.summary = {u"摘要"_s, ascii + u"\t\"q\""_s.left(n % 4)};
        e.source.document = QString(n % 60, u'd');
        e.source.note = n % 3 ? QString() : QString(n % 40, u'\x01');
        Effect dyad;
        dyad.actors = n % 17 == 0 ? QStringList() : QStringList{u"USA"_s, u"KOR"_s};
        dyad.layer = Layer::Security;
        dyad.score = n % 5 ? std::optional<double>(n / 7.0 - 9) : std::nullopt;
        dyad.tier = n % 4 ? std::optional<int>(n % 4) : std::nullopt;
        dyad.rationale = QString(n, u'r');
        e.effects = {dyad};
        if (n % 9 == 0)
            e.effects.clear();
        events.append(e);
    }
    QList<Scenario> scenarios;
    for (int n = 0; n < 40; n += 7) {
        Scenario s;
        s.id = u"s%1"_s.arg(n);
        s.name = QString(n * 2, u'n');
        if (n % 2)
            s.withoutEvents = {u"e1"_s, u"e2"_s};
        if (n > 10)
            s.overrides = {EffectOverride{u"e%1"_s.arg(n), 0, 1.5, std::nullopt}};
        scenarios.append(s);
    }
    Chronology withScenarios = chronologyWith(events);
    withScenarios.setScenarios(scenarios);
    QCOMPARE(ChronologyWriter::toJson(withScenarios), Reference::treeToJson(withScenarios));
    const Chronology generated = Bench::generatedChronology(30, 120, 300);
    QCOMPARE(ChronologyWriter::toJson(generated), Reference::treeToJson(generated));
}
