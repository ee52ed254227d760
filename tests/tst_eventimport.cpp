// Tests of the event and tier imports (models/io): the CSV/TSV reader's quoting and positions,
// malformed rows with their exact line, column and message, the CAMEO → Goldstein table, the
// aggregation rule on a hand-computed example, and alliance tiers.
#include "chronology/chronologyreader.h"
#include "chronology/chronologywriter.h"
#include "io/cameo.h"
#include "io/csvtable.h"
#include "io/eventimport.h"
#include "io/importmapping.h"
#include "io/tierimport.h"
#include "weights/weightmodel.h"

#include <QTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

QString importData(const QString &name)
{
    return QStringLiteral(ALLIANCESCOPE_TEST_DATA) + u"/import/"_s + name;
}

const Chronology &bundled()
{
    static const Chronology c = *ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)).chronology;
    return c;
}

ImportMapping mapping(const QString &file, ImportMapping::Kind kind = ImportMapping::Kind::Events)
{
    ImportMapping::Result r = ImportMapping::readFile(importData(file), kind);
    if (!r.ok())
        qFatal("%s", qPrintable(r.errors.first().toString()));
    return *r.mapping;
}

CsvTable table(const QString &file, CsvTable::Separator sep = CsvTable::Separator::Auto)
{
    CsvTable::Result r = CsvTable::readFile(importData(file), sep);
    if (!r.ok())
        qFatal("%s", qPrintable(r.errors.first().toString()));
    return *r.table;
}

QStringList errorStrings(const QList<ReadError> &errors)
{
    QStringList out;
    for (const ReadError &e : errors)
        out.append(e.toString());
    return out;
}

const Event *findEvent(const QList<Event> &events, const QString &id)
{
    for (const Event &e : events) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestEventImport : public QObject
{
    Q_OBJECT

private slots:
    void csvQuotingAndPositions();
    void csvTabsAreDetected();
    void csvSyntaxErrors_data();
    void csvSyntaxErrors();
    void cameoGoldstein_data();
    void cameoGoldstein();
    void dates_data();
    void dates();
    void aggregationByHand();
    void gdeltTsvSkipsUnmappedAndSelfDyads();
    void malformedRowsAreLocated();
    void skipBadRowsImportsTheGoodOnes();
    void categoryColumn();
    void mappingErrors_data();
    void mappingErrors();
    void missingColumnIsReportedInTheMapping();
    void tierTypes_data();
    void tierTypes();
    void tiersFromAtopTable();
    void badTierRows();
};

void TestEventImport::csvQuotingAndPositions()
{
    // BOM (no column), CRLF, a quoted separator, a doubled quote and a quoted CRLF.
    const QByteArray data = "\xEF\xBB\xBF" "a,b,c\r\n"
                            "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
                            "\r\n"
                            "2,\"two\r\nlines\",z\r\n"
                            "é,f,\n";
    const CsvTable::Result r = CsvTable::read(data, u"t.csv"_s);
    QVERIFY(r.ok());
    const CsvTable &t = *r.table;
    QCOMPARE(t.separator(), CsvTable::Separator::Comma);
    QCOMPARE(t.header(), QStringList({u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(t.headerRow().fields.at(0).column, 1);
    QCOMPARE(t.rows().size(), 3);
    const CsvTable::Row &r1 = t.rows().at(0);
    QCOMPARE(r1.line, 2);
    QCOMPARE(r1.fields.at(1).text, u"x, y"_s);
    QCOMPARE(r1.fields.at(1).column, 3);
    QCOMPARE(r1.fields.at(2).text, u"say \"hi\""_s);
    QCOMPARE(r1.fields.at(2).column, 10);
    const CsvTable::Row &r2 = t.rows().at(1); // after a blank line
    QCOMPARE(r2.line, 4);
    QCOMPARE(r2.fields.at(1).text, u"two\r\nlines"_s);
    QCOMPARE(r2.fields.at(2).line, 5); // the field after the embedded line break
    QCOMPARE(r2.fields.at(2).column, 8);
    const CsvTable::Row &r3 = t.rows().at(2);
    QCOMPARE(r3.line, 6);
    QCOMPARE(r3.fields.at(0).text, u"é"_s);
    QCOMPARE(r3.fields.at(1).column, 3); // é counts one column
    QCOMPARE(r3.fields.size(), 3);       // a trailing comma: an empty last field
    QCOMPARE(r3.fields.at(2).text, QString());
    QCOMPARE(t.columnIndex(u"B"_s), 1); // case-insensitive
}

void TestEventImport::csvTabsAreDetected()
{
    const CsvTable::Result r = CsvTable::read("date\tsource\ttitle, with comma\n"
                                              "2020\tJPN\tsays \"no\"\n",
                                              u"t.tsv"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.table->separator(), CsvTable::Separator::Tab);
    QCOMPARE(r.table->header().at(2), u"title, with comma"_s);
    QCOMPARE(r.table->rows().at(0).fields.at(2).text, u"says \"no\""_s); // TSV: quotes inside are text
    QCOMPARE(r.table->rows().at(0).fields.at(2).column, 10);
}

void TestEventImport::csvSyntaxErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n2,3\n")
                                    << u"t.csv:2:3: error: the quoted field that starts here is not closed"_s;
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n1,\"x\"y\n")
        << u"t.csv:2:6: error: unexpected character after a closing quote (expected a separator or the "
           "end of the line; write a quote as \"\")"_s;
    QTest::newRow("quote inside field")
        << QByteArray("a,b\r\n1,ab\"c\r\n")
        << u"t.csv:2:5: error: a quote inside an unquoted field (quote the whole field and write the quote as \"\")"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("a,b\n1,x\xff\n")
                                   << u"t.csv:2:4: error: invalid UTF-8 (byte 0xFF)"_s;
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE" "a\0,\0b\0", 8)
                            << u"t.csv:1:1: error: the file is UTF-16; save it as UTF-8"_s;
    QTest::newRow("empty") << QByteArray("\n\n")
                           << u"t.csv:1:1: error: the table is empty (expected a header line naming the columns)"_s;
}

void TestEventImport::csvSyntaxErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const CsvTable::Result r = CsvTable::read(data, u"t.csv"_s);
    QVERIFY(!r.ok());
    QCOMPARE(errorStrings(r.errors), QStringList{error});
}

void TestEventImport::cameoGoldstein_data()
{
    // Values of CAMEO.goldsteinscale.txt (Cameo::kGoldsteinSource).
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    QTest::addColumn<double>("score");
    QTest::newRow("010 statement") << u"010"_s << true << 0.0;
    QTest::newRow("root 02 appeal") << u"02"_s << true << 3.0;
    QTest::newRow("040 consult") << u"040"_s << true << 1.0;
    QTest::newRow("042 make a visit") << u"042"_s << true << 1.9;
    QTest::newRow("043 host a visit") << u"043"_s << true << 2.8;
    QTest::newRow("046 negotiate") << u"046"_s << true << 7.0;
    QTest::newRow("057 sign agreement") << u" 057 "_s << true << 8.0;
    QTest::newRow("064 share intelligence") << u"064"_s << true << 7.0;
    QTest::newRow("085 ease sanctions") << u"085"_s << true << 7.0;
    QTest::newRow("111 criticize") << u"111"_s << true << -2.0;
    QTest::newRow("root 13 threaten (130)") << u"13"_s << true << -4.4;
    QTest::newRow("138 threaten force") << u"138"_s << true << -7.0;
    QTest::newRow("150 force posture") << u"150"_s << true << -7.2;
    QTest::newRow("163 sanctions") << u"163"_s << true << -8.0;
    QTest::newRow("190 fight") << u"190"_s << true << -10.0;
    QTest::newRow("0874 own value") << u"0874"_s << true << 10.0;
    QTest::newRow("1823 own value") << u"1823"_s << true << -10.0;
    QTest::newRow("1831 parent 183") << u"1831"_s << true << -10.0;
    QTest::newRow("1411 parent 141") << u"1411"_s << true << -6.5;
    QTest::newRow("999 unknown") << u"999"_s << false << 0.0;
    QTest::newRow("21 no root") << u"21"_s << false << 0.0;
    QTest::newRow("5 too short") << u"5"_s << false << 0.0;
    QTest::newRow("0570 not a code") << u"0570"_s << false << 0.0;
    QTest::newRow("letters") << u"05a"_s << false << 0.0;
}

void TestEventImport::cameoGoldstein()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QFETCH(double, score);
    const std::optional<double> g = Cameo::goldstein(code);
    QCOMPARE(g.has_value(), known);
    if (known)
        QCOMPARE(*g, score);
}

void TestEventImport::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("precision");
    QTest::newRow("day") << u"2023-08-18"_s << QDate(2023, 8, 18) << QDate(2023, 8, 18) << int(Precision::Day);
    QTest::newRow("sqldate") << u"20230818"_s << QDate(2023, 8, 18) << QDate(2023, 8, 18) << int(Precision::Day);
    QTest::newRow("month") << u"2024-02"_s << QDate(2024, 2, 1) << QDate(2024, 2, 29) << int(Precision::Month);
    QTest::newRow("year") << u" 1953 "_s << QDate(1953, 1, 1) << QDate(1953, 12, 31) << int(Precision::Year);
    QTest::newRow("impossible") << u"2023-02-29"_s << QDate() << QDate() << -1;
    QTest::newRow("impossible sqldate") << u"20231301"_s << QDate() << QDate() << -1;
    QTest::newRow("too early") << u"1899"_s << QDate() << QDate() << -1;
    QTest::newRow("slashes") << u"2023/08/18"_s << QDate() << QDate() << -1;
}

void TestEventImport::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(int, precision);
    const std::optional<ImportDate> d = ImportMapping::parseDate(text);
    QCOMPARE(d.has_value(), precision >= 0);
    if (d) {
        QCOMPARE(d->first, first);
        QCOMPARE(d->last, last);
        QCOMPARE(int(d->precision), precision);
    }
}

void TestEventImport::aggregationByHand()
{
    const ImportResult r = EventImport::run(table(u"icews-like.csv"_s), mapping(u"icews-mapping.json"_s), bundled());
    QVERIFY2(r.ok(), qPrintable(errorStrings(r.errors).join(u'\n')));
    QCOMPARE(r.rows, 7);
    QCOMPARE(r.rowsUsed, 7);
    QCOMPARE(r.events.size(), 4);
    QCOMPARE(r.effects, 4);

    // Lines 2, 3, 4: Japan → South Korea 057 (+8.0), South Korea → Japan 043 (+2.8), Japan → ROK
    // 111 (−2.0), one day, one dyad, one layer: the mean (8.0 + 2.8 − 2.0) / 3 = 2.9333 → 2.93.
    const Event *jk = findEvent(r.events, u"imp-2024-03-05-jpn-kor-political"_s);
    QVERIFY(jk);
    QCOMPARE(jk->date, QDate(2024, 3, 5));
    QCOMPARE(jk->precision, Precision::Day);
    QCOMPARE(jk->actors, QStringList({u"JPN"_s, u"KOR"_s}));
    QCOMPARE(jk->effects.size(), 1);
    QCOMPARE(jk->effects.at(0).layer, Layer::Political);
    QCOMPARE(*jk->effects.at(0).score, 2.93);
    QVERIFY(!jk->effects.at(0).tier);
    QCOMPARE(jk->category, u"summit"_s); // the nearest default score (2.8)
    QCOMPARE(jk->title.en, u"Sign formal agreement (and 2 more)"_s);
    QCOMPARE(jk->title.zh, u"Sign formal agreement（另有 2 条）"_s);
    QCOMPARE(jk->source.document, u"Yonhap, Seoul; Kyodo"_s);
    QCOMPARE(jk->source.note, u"Imported from icews-like.csv, lines 2, 3, 4"_s);
    QVERIFY(jk->context);
    QVERIFY(jk->summary.zh.contains(u"+2.93"_s));

    // Lines 5 (a quoted line break) and 9 (root code 04): (1.9 + 1.0) / 2 = 1.45.
    const Event *uj = findEvent(r.events, u"imp-2024-03-07-jpn-usa-political"_s);
    QVERIFY(uj);
    QCOMPARE(*uj->effects.at(0).score, 1.45);
    QCOMPARE(uj->source.document, u"Reuters Tokyo bureau; NHK"_s);
    QCOMPARE(uj->title.en, u"Make a visit, with \"talks\" (and 1 more)"_s);

    // Month and year precision are kept.
    const Event *uk = findEvent(r.events, u"imp-2024-04-kor-usa-political"_s);
    QVERIFY(uk);
    QCOMPARE(uk->precision, Precision::Month);
    QCOMPARE(*uk->effects.at(0).score, 7.4);
    const Event *cj = findEvent(r.events, u"imp-2024-chn-jpn-political"_s);
    QVERIFY(cj);
    QCOMPARE(cj->precision, Precision::Year);
    QCOMPARE(*cj->effects.at(0).score, -7.2);
    QCOMPARE(cj->category, u"military_provocation"_s);

    // The merged chronology: the base plus the four, and it reads back equal from its file.
    QCOMPARE(r.chronology->events().size(), bundled().events().size() + 4);
    const ChronologyReader::Result again = ChronologyReader::readData(ChronologyWriter::toJson(*r.chronology), u"x"_s);
    QVERIFY(again.ok());
    QCOMPARE(*again.chronology, *r.chronology);
    QVERIFY(r.chronology->event(u"imp-2024-03-05-jpn-kor-political"_s));

    // The effect reaches the model: the political score of JPN–KOR rises by the pulse.
    const WeightModel model(*r.chronology);
    const WeightModel baseModel(bundled());
    const double before = baseModel.snapshotAt(QDate(2024, 3, 5)).dyad(u"JPN"_s, u"KOR"_s)->at(Layer::Political).score;
    const double after = model.snapshotAt(QDate(2024, 3, 5)).dyad(u"JPN"_s, u"KOR"_s)->at(Layer::Political).score;
    QVERIFY2(std::abs(after - before - 2.93) < 1e-9, qPrintable(u"%1 → %2"_s.arg(before).arg(after)));
}

void TestEventImport::gdeltTsvSkipsUnmappedAndSelfDyads()
{
    const ImportMapping m = mapping(u"gdelt-mapping.json"_s);
    QCOMPARE(m.separator, CsvTable::Separator::Tab);
    const ImportResult r = EventImport::run(table(u"gdelt-like.tsv"_s, m.separator), m, bundled());
    QVERIFY2(r.ok(), qPrintable(errorStrings(r.errors).join(u'\n')));
    QCOMPARE(r.rows, 6);
    QCOMPARE(r.rowsSkipped, 2); // USA–USA and an empty target
    QCOMPARE(r.rowsUsed, 4);
    QCOMPARE(r.events.size(), 3);
    // Both directions of USA–JPN on one day are one event: (8 + 8) / 2.
    const Event *uj = findEvent(r.events, u"imp-2023-08-18-jpn-usa-security"_s);
    QVERIFY(uj);
    QCOMPARE(*uj->effects.at(0).score, 8.0);
    QCOMPARE(uj->effects.at(0).layer, Layer::Security);
    QCOMPARE(uj->title.en, u"Japan–United States: 2 imported security events, mean score +8.00"_s);
    QCOMPARE(uj->title.zh, u"日本—美国：导入安全事件记录 2 条，平均分值 +8.00"_s);
    QCOMPARE(uj->source.document, u"https://example.org/camp-david"_s);
    const Event *kp = findEvent(r.events, u"imp-2023-08-22-kor-prk-security"_s);
    QVERIFY(kp);
    QCOMPARE(*kp->effects.at(0).score, -7.0);
}

void TestEventImport::malformedRowsAreLocated()
{
    const ImportResult r = EventImport::run(table(u"malformed.csv"_s), mapping(u"icews-mapping.json"_s), bundled());
    QVERIFY(!r.ok());
    QVERIFY(!r.structural);
    const QString f = importData(u"malformed.csv"_s);
    const QStringList expected = {
        f + u":2:6: error: invalid date \"2024-02-30\" (expected YYYY-MM-DD, YYYY-MM, YYYY or YYYYMMDD, from 1900 to 2100)"_s,
        f + u":3:17: error: unknown actor \"Atlantis\" (not in the actor map, nor an actor id or name of the chronology)"_s,
        f + u":4:32: error: unknown CAMEO event code \"999\" (expected a code of the CAMEO codebook: two to four digits, e.g. 05, 057 or 0874)"_s,
        f + u":5:41: error: 5 fields, but the header has 8"_s,
        f + u":6:54: error: 9 fields, but the header has 8"_s,
        f + u":7:43: error: \"QUAD\" is not a state of the chronology"_s,
    };
    QCOMPARE(errorStrings(r.errors), expected);
    QCOMPARE(r.badRows, 6);
    QCOMPARE(r.events.size(), 1); // line 8 is good, but nothing is imported
}

void TestEventImport::skipBadRowsImportsTheGoodOnes()
{
    // A preview (no merge) says what would be imported, without building the chronology.
    const ImportResult preview = EventImport::run(table(u"malformed.csv"_s), mapping(u"icews-mapping.json"_s), bundled(), true, false);
    QVERIFY(preview.mergeable);
    QVERIFY(!preview.ok());
    QCOMPARE(preview.events.size(), 1);
    QVERIFY(!EventImport::run(table(u"malformed.csv"_s), mapping(u"icews-mapping.json"_s), bundled(), false, false).mergeable);

    const ImportResult r = EventImport::run(table(u"malformed.csv"_s), mapping(u"icews-mapping.json"_s), bundled(), true);
    QVERIFY(r.ok());
    QCOMPARE(r.errors.size(), 6); // still listed
    QCOMPARE(r.events.size(), 1);
    QCOMPARE(r.chronology->events().size(), bundled().events().size() + 1);
    QVERIFY(r.chronology->event(u"imp-2024-03-02-jpn-kor-political"_s));
}

void TestEventImport::categoryColumn()
{
    const QByteArray data = "day,ignored,from,to,kind,layer\n"
                            "2022-05-21,x,USA,KOR,summit,political\n"
                            "2022-05-21,x,KOR,USA,summit,POLITICAL\n"
                            "2022-05-21,x,USA,KOR,criticism,political\n"
                            "2022-05-21,x,USA,KOR,sanctions,economic\n"
                            "2022-05-22,x,USA,KOR,nonsense,\n"
                            "2022-05-22,x,USA,KOR,summit,social\n";
    const CsvTable t = *CsvTable::read(data, u"c.csv"_s).table;
    ImportMapping m;
    m.columns = {{u"date"_s, u"day"_s}, {u"source"_s, u"from"_s}, {u"target"_s, u"to"_s},
                 {u"category"_s, u"kind"_s}, {u"layer"_s, u"layer"_s}};
    const ImportResult bad = EventImport::run(t, m, bundled());
    QVERIFY2(errorStrings(bad.errors).size() == 2, qPrintable(errorStrings(bad.errors).join(u'\n')));
    QVERIFY(errorStrings(bad.errors).at(0).startsWith(u"c.csv:6:22: error: unknown category \"nonsense\" (expected one of the chronology's: defence_treaty, "_s));
    QCOMPARE(errorStrings(bad.errors).at(1),
             u"c.csv:7:29: error: unknown layer \"social\" (expected security, political or economic)"_s);

    const ImportResult r = EventImport::run(t, m, bundled(), true);
    QVERIFY(r.ok());
    QCOMPARE(r.events.size(), 2);
    const Event *pol = findEvent(r.events, u"imp-2022-05-21-kor-usa-political"_s);
    QVERIFY(pol);
    // Two summits (+2.8) and a criticism (−2.0): mean 3.6 / 3 = 1.2; the most frequent category.
    QCOMPARE(*pol->effects.at(0).score, 1.2);
    QCOMPARE(pol->category, u"summit"_s);
    const Event *eco = findEvent(r.events, u"imp-2022-05-21-kor-usa-economic"_s);
    QVERIFY(eco);
    QCOMPARE(*eco->effects.at(0).score, -8.0);
    QCOMPARE(eco->category, u"sanctions"_s);
}

void TestEventImport::mappingErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("syntax") << QByteArray("{\"columns\": }")
                            << QStringList{u"m.json:1:13: error: "_s};
    QTest::newRow("unknown key and role")
        << QByteArray("{\"columns\": {\"date\": \"d\", \"source\": \"s\", \"target\": \"t\", \"cameo\": \"c\", \"colour\": \"x\"},\n \"extra\": 1}")
        << QStringList{u"m.json:1:71: error: unknown column role \"colour\" (expected date, source, target, cameo, goldstein, category, layer, title, citation)"_s,
                       u"m.json:2:2: error: unknown key \"extra\" (expected separator, columns, actors, skip_unmapped_actors, layer)"_s};
    QTest::newRow("two scores, no target")
        << QByteArray("{\"columns\": {\"date\": \"d\", \"source\": \"s\", \"cameo\": \"c\", \"goldstein\": \"g\"}}")
        << QStringList{u"m.json:1:13: error: \"columns\" has no \"target\""_s,
                       u"m.json:1:13: error: \"columns\" needs exactly one of \"cameo\", \"goldstein\" and \"category\""_s};
    QTest::newRow("bad values")
        << QByteArray("{\"columns\": {\"date\": \"d\", \"source\": \"s\", \"target\": \"t\", \"goldstein\": \"g\"},\n"
                      " \"separator\": \"pipe\", \"layer\": \"all\", \"skip_unmapped_actors\": \"yes\", \"actors\": {\"Japan\": 3}}")
        << QStringList{u"m.json:2:15: error: unknown separator \"pipe\" (expected auto, comma or tab)"_s,
                       u"m.json:2:32: error: unknown layer \"all\" (expected security, political or economic)"_s,
                       u"m.json:2:63: error: \"skip_unmapped_actors\" must be true or false, found a string"_s,
                       u"m.json:2:90: error: the actor of \"Japan\" must be an actor id (a string)"_s};
}

void TestEventImport::mappingErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, errors);
    const ImportMapping::Result r = ImportMapping::readData(json, u"m.json"_s, ImportMapping::Kind::Events);
    QVERIFY(!r.ok());
    const QStringList got = errorStrings(r.errors);
    QCOMPARE(got.size(), errors.size());
    for (int k = 0; k < got.size(); ++k)
        QVERIFY2(got.at(k).startsWith(errors.at(k)), qPrintable(got.at(k)));
}

void TestEventImport::missingColumnIsReportedInTheMapping()
{
    const QByteArray json = "{\"columns\": {\"date\": \"Day\", \"source\": \"Source Country\",\n"
                            "  \"target\": \"Target Country\", \"cameo\": \"CAMEO Code\"},\n"
                            " \"actors\": {\"Quad\": \"QUAD\", \"Mars\": \"MRS\"}}";
    const ImportMapping m = *ImportMapping::readData(json, u"m.json"_s, ImportMapping::Kind::Events).mapping;
    const ImportResult r = EventImport::run(table(u"icews-like.csv"_s), m, bundled());
    QVERIFY(!r.ok());
    QVERIFY(r.structural);
    const QStringList got = errorStrings(r.errors);
    QCOMPARE(got.size(), 3);
    QVERIFY2(got.at(0).startsWith(u"m.json:1:22: error: the table has no column \"Day\" (for date; its columns: Event ID, Event Date,"_s), qPrintable(got.at(0)));
    QCOMPARE(got.at(1), u"m.json:3:21: error: \"QUAD\" is a mechanism; events and tiers are between states"_s);
    QCOMPARE(got.at(2), u"m.json:3:37: error: unknown actor id \"MRS\" for \"Mars\" (not in the chronology)"_s);
}

void TestEventImport::tierTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("tier");
    QTest::newRow("defence") << u"defence"_s << 4;
    QTest::newRow("Defense") << u"Defense"_s << 4;
    QTest::newRow("offense") << u"offense"_s << 4;
    QTest::newRow("consultation") << u"consultation"_s << 3;
    QTest::newRow("neutrality") << u"neutrality"_s << 1;
    QTest::newRow("nonaggression") << u"nonaggression"_s << 1;
    QTest::newRow("non-aggression") << u"non-aggression"_s << 1;
    QTest::newRow("several: the highest") << u"neutrality / consultation"_s << 3;
    QTest::newRow("COW 1") << u"1"_s << 4;
    QTest::newRow("COW 2") << u"2"_s << 1;
    QTest::newRow("COW 3") << u"3"_s << 3;
    QTest::newRow("unknown") << u"friendship"_s << -1;
    QTest::newRow("COW 4") << u"4"_s << -1;
    QTest::newRow("empty part") << u"defence/"_s << -1;
}

void TestEventImport::tierTypes()
{
    QFETCH(QString, type);
    QFETCH(int, tier);
    const std::optional<int> t = TierImport::tierOfType(type);
    QCOMPARE(t.value_or(-1), tier);
}

void TestEventImport::tiersFromAtopTable()
{
    const ImportMapping m = mapping(u"tiers-mapping.json"_s, ImportMapping::Kind::Tiers);
    const ImportResult r = TierImport::run(table(u"atop-like.csv"_s), m, bundled());
    QVERIFY2(r.ok(), qPrintable(errorStrings(r.errors).join(u'\n')));
    QCOMPARE(r.rowsUsed, 9);
    // USA–JPN: two consecutive treaties are one step; USA–GBR: SEATO inside NATO changes nothing;
    // AUS–PHL: SEATO starts and ends.
    QStringList ids;
    for (const Event &e : r.events)
        ids.append(e.id);
    QCOMPARE(ids, QStringList({u"tier-1949-04-04-gbr-usa"_s, u"tier-1951-08-30-phl-usa"_s,
                               u"tier-1951-09-08-jpn-usa"_s, u"tier-1953-10-01-kor-usa"_s,
                               u"tier-1954-09-08-aus-phl"_s, u"tier-1961-07-11-chn-prk"_s,
                               u"tier-1977-07-01-aus-phl"_s, u"tier-2023-08-18-jpn-kor"_s}));
    const Event *start = findEvent(r.events, u"tier-1954-09-08-aus-phl"_s);
    QCOMPARE(*start->effects.at(0).tier, 4);
    QCOMPARE(*start->effects.at(0).score, 0.0);
    QCOMPARE(start->effects.at(0).layer, Layer::Security);
    QCOMPARE(start->end, std::optional<QDate>(QDate(1977, 6, 30)));
    QCOMPARE(start->category, u"defence_treaty"_s);
    const Event *end = findEvent(r.events, u"tier-1977-07-01-aus-phl"_s);
    QCOMPARE(*end->effects.at(0).tier, 0);
    QCOMPARE(end->title.en, u"Australia–Philippines: alliance ends (tier 0)"_s);
    QCOMPARE(end->title.zh, u"澳大利亚—菲律宾：同盟终止（等级 0）"_s);
    QCOMPARE(*findEvent(r.events, u"tier-1953-10-01-kor-usa"_s)->effects.at(0).tier, 4); // defense/consultation
    QCOMPARE(*findEvent(r.events, u"tier-2023-08-18-jpn-kor"_s)->effects.at(0).tier, 3);

    // The model follows: AUS–PHL is a treaty in 1960 and nothing after 1977.
    const WeightModel model(*r.chronology);
    QCOMPARE(model.snapshotAt(QDate(1960, 1, 1)).tier(u"AUS"_s, u"PHL"_s, Layer::Security), 4);
    QCOMPARE(model.snapshotAt(QDate(1977, 6, 30)).tier(u"AUS"_s, u"PHL"_s, Layer::Security), 4);
    QCOMPARE(model.snapshotAt(QDate(1977, 7, 1)).tier(u"AUS"_s, u"PHL"_s, Layer::Security), 0);
    QCOMPARE(model.snapshotAt(QDate(1962, 1, 1)).tier(u"CHN"_s, u"PRK"_s, Layer::Security), 4);
}

void TestEventImport::badTierRows()
{
    const QByteArray data = "a,b,from,until,kind\n"
                            "USA,JPN,1960,1950,defence\n"
                            "USA,USA,1960,,defence\n"
                            "USA,JPN,1960-13,,friendship\n"
                            "USA,JPN,1960,2101,defence\n";
    const CsvTable t = *CsvTable::read(data, u"a.csv"_s).table;
    ImportMapping m;
    m.kind = ImportMapping::Kind::Tiers;
    m.layer = Layer::Security;
    m.columns = {{u"state_a"_s, u"a"_s}, {u"state_b"_s, u"b"_s}, {u"start"_s, u"from"_s},
                 {u"end"_s, u"until"_s}, {u"type"_s, u"kind"_s}};
    const ImportResult r = TierImport::run(t, m, bundled());
    QVERIFY(!r.ok());
    QCOMPARE(errorStrings(r.errors),
             QStringList({u"a.csv:2:14: error: the end 1950 is before the start 1960"_s,
                          u"a.csv:3:5: error: an alliance of \"USA\" with itself"_s,
                          u"a.csv:4:9: error: invalid start date \"1960-13\" (expected YYYY-MM-DD, YYYY-MM, YYYY or YYYYMMDD, from 1900 to 2100)"_s,
                          u"a.csv:4:18: error: unknown alliance type \"friendship\" (expected defence, offence, neutrality, nonaggression or consultation, or COW type 1, 2 or 3)"_s,
                          u"a.csv:5:14: error: invalid end date \"2101\" (expected YYYY-MM-DD, YYYY-MM, YYYY or YYYYMMDD, or empty while in force)"_s}));
    QCOMPARE(r.badRows, 4);
}

QTEST_GUILESS_MAIN(TestEventImport)
#include "tst_eventimport.moc"
