// Tests of reading a large chronology's events in parallel runs (ChronologyReader on 2 cores or
// more, JsonParser::parseElements): the same chronology as written, and every error found and
// placed exactly as the element-by-element read places it (FILE:LINE:COL computed here from the
// text), wherever it lies: late in the file, across two runs, in the JSON syntax, after the
// events, with CRLF line ends and a byte order mark.
#include "bench/generatedchronology.h"
#include "chronology/chronologyreader.h"
#include "chronology/chronologywriter.h"
#include "chronology/jsonparser.h"

#include <QThread>
#include <QTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

/// The line and column (1-based, columns in code points, a leading byte order mark counting 0)
/// of byte @p offset of @p text, counted independently of the parser.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    const QString before = QString::fromUtf8(text.mid(lineStart, offset - lineStart));
    return {line, int(before.toUcs4().size()) + 1};
}

/// The member "id" of event @p id as written.
QByteArray idMember(const QByteArray &id)
{
    return QByteArray("\"id\": \"") + id + '"';
}

/// The offset of the first byte of the event with id @p id (its '{').
qsizetype eventStart(const QByteArray &text, const QByteArray &id)
{
    const qsizetype at = text.indexOf(idMember(id));
    return at < 0 ? -1 : text.lastIndexOf('{', at);
}

} // namespace

class TestParallelRead : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void largeFileReadsAsWritten_data();
    void largeFileReadsAsWritten();
    void errorLateInTheFile();
    void duplicateIdInAnotherRun();
    void syntaxErrorBetweenEvents();
    void errorAfterTheEvents_data();
    void errorAfterTheEvents();
    void dyadLimitOverRuns();
    void runsSplitAtGuessedCommas();

private:
    Chronology m_chronology;
    QByteArray m_json;
};

void TestParallelRead::initTestCase()
{
    // About 5 MB: large enough for several runs of at least 1 MiB each.
    m_chronology = Bench::generatedChronology(200, 2000, 10000);
    m_json = ChronologyWriter::toJson(m_chronology);
    QVERIFY(m_json.size() > 4 * 1024 * 1024);
    if (QThread::idealThreadCount() < 2)
        qInfo("one core: the events are read element by element (the results must not change)");
}

void TestParallelRead::largeFileReadsAsWritten_data()
{
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<bool>("bom");
    QTest::newRow("LF") << false << false;
    QTest::newRow("CRLF and a byte order mark") << true << true;
}

void TestParallelRead::largeFileReadsAsWritten()
{
    QFETCH(bool, crlf);
    QFETCH(bool, bom);
    QByteArray json = m_json;
    if (crlf)
        json.replace("\n", "\r\n");
    if (bom)
        json.prepend("\xEF\xBB\xBF");
    const ChronologyReader::Result r = ChronologyReader::readData(json, u"big.json"_s);
    QVERIFY2(r.ok(), r.errors.isEmpty() ? "" : qPrintable(r.errors.first().toString()));
    QCOMPARE(r.chronology->events().size(), m_chronology.events().size());
    QVERIFY(*r.chronology == m_chronology);
}

void TestParallelRead::errorLateInTheFile()
{
    // An unknown key in one of the last events, and a date out of range in one in the middle.
    QByteArray json = m_json;
    const QList<Event> &events = m_chronology.events();
    const QByteArray late = events[events.size() - 3].id.toUtf8();
    const QByteArray middle = events[events.size() / 2].id.toUtf8();
    const qsizetype keyAt = json.indexOf(idMember(late));
    json.insert(keyAt, "\"bogus\": 1, ");
    const qsizetype dateAt = json.indexOf("\"date\": ", eventStart(json, middle)) + 8;
    const qsizetype dateEnd = json.indexOf(',', dateAt);
    json.replace(dateAt, dateEnd - dateAt, "\"1850-01-01\"");

    const ChronologyReader::Result r = ChronologyReader::readData(json, u"big.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 2);
    const auto [dateLine, dateColumn] = lineAndColumn(json, dateAt);
    QCOMPARE(r.errors[0], (ReadError{u"big.json"_s, dateLine, dateColumn,
                                     u"date \"1850-01-01\" is outside 1900-01-01..2100-12-31"_s}));
    const qsizetype bogusAt = json.indexOf("\"bogus\"");
    const auto [keyLine, keyColumn] = lineAndColumn(json, bogusAt);
    QCOMPARE(r.errors[1],
             (ReadError{u"big.json"_s, keyLine, keyColumn, u"unknown key \"bogus\" in an event"_s}));
}

void TestParallelRead::duplicateIdInAnotherRun()
{
    // The last event takes the first event's id: the two are far apart (in different runs).
    QByteArray json = m_json;
    const QList<Event> &events = m_chronology.events();
    const QByteArray first = events.first().id.toUtf8();
    const QByteArray last = events.last().id.toUtf8();
    const qsizetype lastId = json.indexOf(idMember(last));
    json.replace(lastId, idMember(last).size(), idMember(first));

    const ChronologyReader::Result r = ChronologyReader::readData(json, u"big.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    const int firstLine = lineAndColumn(json, json.indexOf(idMember(first))).first;
    const auto [line, column] = lineAndColumn(json, lastId + 6);
    QCOMPARE(r.errors[0], (ReadError{u"big.json"_s, line, column,
                                     u"duplicate event id \"%1\" (first defined at line %2)"_s
                                         .arg(QString::fromUtf8(first))
                                         .arg(firstLine)}));
}

void TestParallelRead::syntaxErrorBetweenEvents()
{
    // The comma between two events in the middle of the array is missing.
    QByteArray json = m_json;
    const qsizetype next = eventStart(json, m_chronology.events()[5000].id.toUtf8());
    const qsizetype comma = json.lastIndexOf(',', next);
    json.remove(comma, 1);
    const ChronologyReader::Result r = ChronologyReader::readData(json, u"big.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    const auto [line, column] = lineAndColumn(json, next - 1);
    QCOMPARE(r.errors[0],
             (ReadError{u"big.json"_s, line, column, u"unexpected '{'; expected ',' or ']'"_s}));
}

void TestParallelRead::errorAfterTheEvents_data()
{
    QTest::addColumn<bool>("crlf");
    QTest::newRow("LF") << false;
    QTest::newRow("CRLF") << true;
}

void TestParallelRead::errorAfterTheEvents()
{
    // The position after the events array (where the parser goes on) must be exact: the line
    // (CRLF counts one break) and the column on the line of its ']' (code points, not bytes).
    QFETCH(bool, crlf);
    QByteArray json = m_json;
    const qsizetype close = json.lastIndexOf(']');
    json.insert(close + 1, ", \"stories\": 5, \"scenarios\": [\"é\", 7]");
    if (crlf)
        json.replace("\n", "\r\n");
    const ChronologyReader::Result r = ChronologyReader::readData(json, u"big.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 3);
    const QList<qsizetype> at = {json.lastIndexOf("5, \"scenarios\""), json.lastIndexOf("\"é\""),
                                 json.lastIndexOf("7]")};
    for (int i = 0; i < 3; ++i) {
        const auto [line, column] = lineAndColumn(json, at[i]);
        QCOMPARE(r.errors[i].line, line);
        QCOMPARE(r.errors[i].column, column);
    }
    QVERIFY2(r.errors[0].message.contains(u"\"stories\""_s), qPrintable(r.errors[0].message));
}

void TestParallelRead::dyadLimitOverRuns()
{
    // Each run has fewer than kMaxDyads dyads; together they have one too many.
    const int dyads = ChronologyReader::kMaxDyads + 1;
    const Chronology many = Bench::generatedChronology(300, dyads, dyads);
    const QByteArray json = ChronologyWriter::toJson(many);
    const ChronologyReader::Result r = ChronologyReader::readData(json, u"many.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    // Serially: reported at the pair list of the first effect past the limit (every event has a
    // dyad of its own: the file's last one).
    const auto [line, column] = lineAndColumn(json, json.indexOf('[', json.lastIndexOf("\"dyad\"")));
    QCOMPARE(r.errors[0], (ReadError{u"many.json"_s, line, column,
                                     u"too many dyads: at most %1 pairs of states may have effects"_s
                                         .arg(ChronologyReader::kMaxDyads)}));
}

void TestParallelRead::runsSplitAtGuessedCommas()
{
    const QByteArray json = "[{\"a\": \"x,{\"}, [1, 2],\n {\"b\": null}, 3]";
    QList<int> lines;
    auto collect = [&lines](JsonNode &&node) { lines.append(node.line); };
    // A split between elements: both runs read, their elements as the whole array's.
    const qsizetype between = json.indexOf("],") + 1;
    JsonParser::Run first = JsonParser::parseElements(json, {1, 1, 2}, between, 2, collect);
    QVERIFY(first.ok);
    QCOMPARE(lines, QList<int>({1, 1}));
    JsonParser::Run second = JsonParser::parseElements(json, {between + 1, 1, 1}, -1, 2, collect);
    QVERIFY(second.ok);
    QCOMPARE(second.lineBreaks, 1);
    QCOMPARE(second.end.offset, json.size());
    QCOMPARE(lines.size(), 4);
    // A split inside a string or inside an element fails.
    const qsizetype inString = json.indexOf(",{");
    QVERIFY(!JsonParser::parseElements(json, {1, 1, 2}, inString, 2, collect).ok);
    const qsizetype inElement = json.indexOf("1,") + 1;
    QVERIFY(!JsonParser::parseElements(json, {1, 1, 2}, inElement, 2, collect).ok);
    // A run must end at a comma.
    QVERIFY(!JsonParser::parseElements(json, {1, 1, 2}, 3, 2, collect).ok);
}

QTEST_MAIN(TestParallelRead)
#include "tst_parallelread.moc"
