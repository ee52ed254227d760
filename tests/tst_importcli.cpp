// Tests of --import-events and --import-tiers on the real executables: exit codes, errors as
// FILE:LINE:COL, nothing written on an error, and the written file read back by the reader
// equal to what the import gives in-process.
#include "chronology/chronologyreader.h"
#include "io/csvtable.h"
#include "io/eventimport.h"
#include "io/importmapping.h"
#include "io/tierimport.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace AllianceScope;
using namespace AllianceScope::TestSupport;
using namespace Qt::StringLiterals;

namespace {

Run runApp(const QStringList &args, const QString &program = QStringLiteral(ALLIANCESCOPE_EXECUTABLE))
{
    RunOptions options = offscreen();
    options.program = program;
    return run(args, options);
}

QString data(const QString &name)
{
    return QStringLiteral(ALLIANCESCOPE_TEST_DATA) + u"/import/"_s + name;
}

/// The import done in-process, as the command line should do it.
ImportResult expected(const QString &tableName, const QString &mappingName, ImportMapping::Kind kind,
                      const QString &base = QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY))
{
    const ImportMapping m = *ImportMapping::readFile(data(mappingName), kind).mapping;
    const CsvTable t = *CsvTable::readFile(data(tableName), m.separator).table;
    const Chronology b = *ChronologyReader::readFile(base).chronology;
    return kind == ImportMapping::Kind::Tiers ? TierImport::run(t, m, b) : EventImport::run(t, m, b);
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private slots:
    void importEventsWritesTheChronology_data();
    void importEventsWritesTheChronology();
    void importTiersOntoABase();
    void malformedRowsExitOneAndWriteNothing();
    void usageErrors_data();
    void usageErrors();
};

void TestImportCli::importEventsWritesTheChronology_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<int>("events");
    QTest::newRow("ICEWS-like CSV") << QStringLiteral(ALLIANCESCOPE_EXECUTABLE) << u"icews-like.csv"_s
                                    << u"icews-mapping.json"_s << 4;
    QTest::newRow("GDELT-like TSV, alliancescope-data") << QStringLiteral(ALLIANCESCOPE_DATA_EXECUTABLE)
                                                        << u"gdelt-like.tsv"_s << u"gdelt-mapping.json"_s << 3;
}

void TestImportCli::importEventsWritesTheChronology()
{
    QFETCH(QString, program);
    QFETCH(QString, table);
    QFETCH(QString, mapping);
    QFETCH(int, events);
    QTemporaryDir dir;
    const QString out = dir.filePath(u"out.json"_s);
    const Run r = runApp({u"--import-events"_s, data(table), u"--mapping"_s, data(mapping), u"-o"_s, out}, program);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"%1 events with %1 effects"_s.arg(events)));
    const ChronologyReader::Result written = ChronologyReader::readFile(out);
    QVERIFY(written.ok());
    const ImportResult want = expected(table, mapping, ImportMapping::Kind::Events);
    QVERIFY(want.ok());
    QCOMPARE(want.events.size(), events);
    QCOMPARE(*written.chronology, *want.chronology);
}

void TestImportCli::importTiersOntoABase()
{
    // The window's fixture has only USA, JPN and KOR and its own categories: the other states'
    // rows are skipped, as this mapping allows.
    QTemporaryDir dir;
    const QString base = QStringLiteral(ALLIANCESCOPE_TEST_DATA) + u"/window-fixture.json"_s;
    const QString map = dir.filePath(u"tiers.json"_s);
    QFile m(map);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write("{\"columns\": {\"state_a\": \"state_a\", \"state_b\": \"state_b\", \"start\": \"start\",\n"
            "  \"end\": \"end\", \"type\": \"type\"}, \"actors\": {\"South Korea\": \"KOR\"},\n"
            " \"skip_unmapped_actors\": true, \"category\": \"agreement\"}\n");
    m.close();
    const QString out = dir.filePath(u"out.json"_s);
    const Run r = runApp({u"--import-tiers"_s, data(u"atop-like.csv"_s), u"--mapping"_s, map, u"--base"_s, base,
                       u"--output"_s, out});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"3 events with 3 effects from 4 of 9 rows (5 skipped)"_s), qPrintable(r.out));
    const ChronologyReader::Result written = ChronologyReader::readFile(out);
    QVERIFY(written.ok());
    const Chronology fixture = *ChronologyReader::readFile(base).chronology;
    QCOMPARE(written.chronology->events().size(), fixture.events().size() + 3);
    const Event *e = written.chronology->event(u"tier-1953-10-01-kor-usa"_s);
    QVERIFY(e);
    QCOMPARE(e->category, u"agreement"_s);
    QCOMPARE(e->effects.at(0).tier, std::optional<int>(4));

    // Onto the bundled chronology (no --base), as the in-process import gives it.
    const Run bundled = runApp({u"--import-tiers"_s, data(u"atop-like.csv"_s), u"--mapping"_s,
                             data(u"tiers-mapping.json"_s), u"-o"_s, out});
    QCOMPARE(bundled.code, 0);
    QVERIFY(bundled.out.contains(u"8 events with 8 effects from 9 of 9 rows"_s));
    const ImportResult want = expected(u"atop-like.csv"_s, u"tiers-mapping.json"_s, ImportMapping::Kind::Tiers);
    QVERIFY(want.ok());
    QCOMPARE(*ChronologyReader::readFile(out).chronology, *want.chronology);
}

void TestImportCli::malformedRowsExitOneAndWriteNothing()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"out.json"_s);
    QFile old(out);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("keep me");
    old.close();
    const QString table = data(u"malformed.csv"_s);
    const Run r = runApp({u"--import-events"_s, table, u"--mapping"_s, data(u"icews-mapping.json"_s), u"-o"_s, out});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QString());
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0), table + u":2:6: error: invalid date \"2024-02-30\" (expected YYYY-MM-DD, YYYY-MM, YYYY or YYYYMMDD, from 1900 to 2100)"_s);
    QCOMPARE(lines.at(4), table + u":6:54: error: 9 fields, but the header has 8"_s);
    QFile kept(out);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me")); // the old file is untouched

    // A mapping error is located in the mapping file.
    QTemporaryDir mapDir;
    const QString map = mapDir.filePath(u"m.json"_s);
    QFile m(map);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write("{\"columns\": {\"date\": \"Event Date\", \"source\": \"Source Country\",\n"
            "  \"target\": \"Nowhere\", \"cameo\": \"CAMEO Code\"}}\n");
    m.close();
    const Run bad = runApp({u"--import-events"_s, table, u"--mapping"_s, map, u"-o"_s, dir.filePath(u"x.json"_s)});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.startsWith(map + u":2:13: error: the table has no column \"Nowhere\" (for target"_s), qPrintable(bad.err));
    QVERIFY(!QFile::exists(dir.filePath(u"x.json"_s)));

    // A table that cannot be opened.
    const Run missing = runApp({u"--import-events"_s, dir.filePath(u"none.csv"_s), u"--mapping"_s,
                             data(u"icews-mapping.json"_s), u"-o"_s, dir.filePath(u"y.json"_s)});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(u"none.csv: error: cannot open file"_s));
}

void TestImportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString t = data(u"icews-like.csv"_s);
    const QString m = data(u"icews-mapping.json"_s);
    QTest::newRow("no mapping") << QStringList{u"--import-events"_s, t, u"-o"_s, u"x.json"_s}
                                << u"--import-events needs --mapping MAP.json"_s;
    QTest::newRow("no output") << QStringList{u"--import-tiers"_s, t, u"--mapping"_s, m}
                               << u"--import-tiers needs -o OUT.json"_s;
    QTest::newRow("FILE instead of --base")
        << QStringList{u"--import-events"_s, t, u"--mapping"_s, m, u"-o"_s, u"x.json"_s, u"base.json"_s}
        << u"--import-events takes the base chronology as --base FILE, not as FILE"_s;
    QTest::newRow("with a scenario")
        << QStringList{u"--import-events"_s, t, u"--mapping"_s, m, u"-o"_s, u"x.json"_s, u"--without"_s, u"a"_s}
        << u"--import-events does not take --without"_s;
    QTest::newRow("two commands")
        << QStringList{u"--import-events"_s, t, u"--import-tiers"_s, t, u"--mapping"_s, m, u"-o"_s, u"x.json"_s}
        << u"choose one command"_s;
}

void TestImportCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = runApp(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
