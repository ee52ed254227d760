// Tests of alliancescope-data, the data commands on the command-line library alone: ldd shows
// no Qt Widgets, Charts or Svg; every data command gives the same bytes, exit code and message
// as through alliancescope; the bundled chronology is compiled in; figure commands are refused.
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace AllianceScope::TestSupport;
using namespace Qt::StringLiterals;

namespace {

Run runApp(const QString &program, const QStringList &args, const QString &workingDirectory = {})
{
    RunOptions options;
    options.program = program;
    options.workingDirectory = workingDirectory;
    return run(args, options);
}

QString dataExecutable()
{
    return QStringLiteral(ALLIANCESCOPE_DATA_EXECUTABLE);
}

QString mainExecutable()
{
    return QStringLiteral(ALLIANCESCOPE_EXECUTABLE);
}

// The shared libraries ldd lists for @p program.
QString ldd(const QString &program)
{
    QProcess p;
    p.start(u"ldd"_s, {program});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

const QStringList &guiLibraries()
{
    static const QStringList libs = {u"libQt6Widgets"_s, u"libQt6Charts"_s, u"libQt6Svg"_s};
    return libs;
}

} // namespace

class TestDataCli : public QObject
{
    Q_OBJECT

private slots:
    void lddShowsNoGuiLibrary();
    void sameOutputAsAlliancescope_data();
    void sameOutputAsAlliancescope();
    void sameFilesAsAlliancescope_data();
    void sameFilesAsAlliancescope();
    void bundledChronologyWithoutFile();
    void figureCommandsAreRefused_data();
    void figureCommandsAreRefused();
    void helpAndVersion();
};

void TestDataCli::lddShowsNoGuiLibrary()
{
    const QString data = ldd(dataExecutable());
    QVERIFY2(data.contains(u"libQt6Core"_s), qPrintable(data));
    for (const QString &lib : guiLibraries())
        QVERIFY2(!data.contains(lib), qPrintable(lib + u" in:\n"_s + data));
    // The check can fail: the full executable does link them.
    const QString full = ldd(mainExecutable());
    for (const QString &lib : guiLibraries())
        QVERIFY2(full.contains(lib), qPrintable(lib + u" not in:\n"_s + full));
}

void TestDataCli::sameOutputAsAlliancescope_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    const QString file = bundled();
    QTest::newRow("validate") << QStringList{u"--validate"_s, file} << 0;
    QTest::newRow("validate missing") << QStringList{u"--validate"_s, u"/nonexistent/c.json"_s} << 1;
    QTest::newRow("validate invalid") << QStringList{u"--validate"_s, QStringLiteral(ALLIANCESCOPE_TEST_DATA) + u"/invalid/wrong-type-string.json"_s} << 1;
    QTest::newRow("events") << QStringList{u"--events"_s} << 0;
    QTest::newRow("events json") << QStringList{u"--events"_s, u"--format"_s, u"json"_s, file} << 0;
    QTest::newRow("weights") << QStringList{u"--weights"_s, u"--date"_s, u"2023-08-18"_s} << 0;
    QTest::newRow("weights layer json")
        << QStringList{u"--weights"_s, u"--date=2019-08-22"_s, u"--layer"_s, u"security"_s, u"--format"_s, u"json"_s} << 0;
    QTest::newRow("weights half-life")
        << QStringList{u"--weights"_s, u"--date"_s, u"2019-12-31"_s, u"--half-life"_s, u"security=30"_s,
                       u"--half-life"_s, u"economic=2000"_s, file}
        << 0;
    QTest::newRow("metrics") << QStringList{u"--metrics"_s, u"--date"_s, u"2023-08-31"_s} << 0;
    QTest::newRow("metrics json layer")
        << QStringList{u"--metrics"_s, u"--date"_s, u"2016-11-23"_s, u"--layer"_s, u"economic"_s, u"--format"_s, u"json"_s} << 0;
    QTest::newRow("no date") << QStringList{u"--weights"_s} << 2;
    QTest::newRow("bad date") << QStringList{u"--metrics"_s, u"--date"_s, u"2023-02-30"_s} << 2;
    QTest::newRow("bad layer") << QStringList{u"--weights"_s, u"--date"_s, u"2020-01-01"_s, u"--layer"_s, u"cultural"_s} << 2;
    QTest::newRow("bad half-life") << QStringList{u"--weights"_s, u"--date"_s, u"2020-01-01"_s, u"--half-life"_s, u"all=9"_s} << 2;
    QTest::newRow("bad format") << QStringList{u"--events"_s, u"--format"_s, u"xml"_s} << 2;
    QTest::newRow("two commands") << QStringList{u"--events"_s, u"--metrics"_s} << 2;
    QTest::newRow("two files") << QStringList{u"--events"_s, u"a.json"_s, u"b.json"_s} << 2;
    QTest::newRow("unknown option") << QStringList{u"--events"_s, u"--frobnicate"_s} << 2;
    QTest::newRow("graph extension") << QStringList{u"--export-graph"_s, u"x.json"_s} << 2;
    QTest::newRow("weights extension") << QStringList{u"--export-weights"_s, u"x.tsv"_s} << 2;
    // --diff, --without and --scenario (issue 10).
    QTest::newRow("diff") << QStringList{u"--diff"_s, u"2015-12-28"_s, u"2019-11-22"_s} << 0;
    QTest::newRow("diff layer json file")
        << QStringList{u"--diff"_s, u"2015-12-28"_s, u"2019-11-22"_s, u"--layer"_s, u"security"_s, u"--format"_s, u"json"_s, file} << 0;
    QTest::newRow("diff half-life") << QStringList{u"--diff"_s, u"2010-01-01"_s, u"2023-08-31"_s, u"--half-life"_s, u"political=100"_s} << 0;
    QTest::newRow("diff one date") << QStringList{u"--diff"_s, u"2015-12-28"_s} << 2;
    QTest::newRow("diff bad date") << QStringList{u"--diff"_s, u"2015-12-28"_s, u"2019-13-01"_s} << 2;
    QTest::newRow("diff two files") << QStringList{u"--diff"_s, u"2015-12-28"_s, u"2019-11-22"_s, file, file} << 2;
    QTest::newRow("weights without")
        << QStringList{u"--weights"_s, u"--date"_s, u"2019-12-31"_s, u"--without"_s, u"2016-11-gsomia-signed,2019-07-japan-export-controls"_s} << 0;
    QTest::newRow("metrics scenario") << QStringList{u"--metrics"_s, u"--date"_s, u"2023-08-31"_s, u"--scenario"_s, u"no-camp-david"_s} << 0;
    QTest::newRow("events scenario and without")
        << QStringList{u"--events"_s, u"--scenario"_s, u"no-gsomia"_s, u"--without"_s, u"2023-08-camp-david-spirit"_s, file} << 0;
    QTest::newRow("diff scenario") << QStringList{u"--diff"_s, u"2015-12-28"_s, u"2019-11-22"_s, u"--scenario=no-gsomia"_s} << 0;
    QTest::newRow("validate scenario") << QStringList{u"--validate"_s, file, u"--scenario"_s, u"no-provocations"_s} << 0;
    QTest::newRow("unknown scenario") << QStringList{u"--weights"_s, u"--date"_s, u"2019-12-31"_s, u"--scenario"_s, u"no-such"_s} << 2;
    QTest::newRow("unknown without") << QStringList{u"--metrics"_s, u"--date"_s, u"2019-12-31"_s, u"--without"_s, u"2016-11-gsomia-signed,nope"_s} << 2;
    QTest::newRow("empty without") << QStringList{u"--events"_s, u"--without"_s, u"a,,b"_s} << 2;
    QTest::newRow("export unknown without") << QStringList{u"--export-weights"_s, u"/nonexistent/w.csv"_s, u"--without"_s, u"nope"_s} << 2;
    QTest::newRow("graph unwritable") << QStringList{u"--export-graph"_s, u"/nonexistent/dir/x.dot"_s} << 1;
}

void TestDataCli::sameOutputAsAlliancescope()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run data = runApp(dataExecutable(), args);
    const Run full = runApp(mainExecutable(), args);
    QCOMPARE(data.code, code);
    QCOMPARE(full.code, code);
    QCOMPARE(data.outBytes, full.outBytes); // identical bytes
    if (code == 0)
        QVERIFY(!data.outBytes.isEmpty());
    // The messages differ only in the program's name.
    QCOMPARE(QString::fromUtf8(data.errBytes).replace(u"alliancescope-data"_s, u"alliancescope"_s),
             QString::fromUtf8(full.errBytes));
    if (code != 0)
        QVERIFY(!data.errBytes.isEmpty());
}

void TestDataCli::sameFilesAsAlliancescope_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("out");
    QTest::newRow("dot") << QStringList{u"--export-graph"_s, u"OUT"_s, u"--date"_s, u"2019-08-22"_s} << u"g.dot"_s;
    QTest::newRow("dot zh layer") << QStringList{u"--export-graph"_s, u"OUT"_s, u"--lang"_s, u"zh"_s, u"--layer"_s, u"political"_s} << u"g.gv"_s;
    QTest::newRow("graphml") << QStringList{u"--export-graph"_s, u"OUT"_s, u"--date"_s, u"2016-11-23"_s} << u"g.graphml"_s;
    QTest::newRow("gexf") << QStringList{u"--export-graph"_s, u"OUT"_s} << u"g.gexf"_s;
    QTest::newRow("weights csv") << QStringList{u"--export-weights"_s, u"OUT"_s} << u"w.csv"_s;
    QTest::newRow("weights csv scenario")
        << QStringList{u"--export-weights"_s, u"OUT"_s, u"--scenario"_s, u"no-gsomia"_s} << u"w.csv"_s;
    QTest::newRow("gexf without")
        << QStringList{u"--export-graph"_s, u"OUT"_s, u"--without"_s, u"2016-11-gsomia-signed"_s} << u"g.gexf"_s;
}

void TestDataCli::sameFilesAsAlliancescope()
{
    QFETCH(QStringList, args);
    QFETCH(QString, out);
    QTemporaryDir dirData, dirFull;
    QVERIFY(dirData.isValid() && dirFull.isValid());
    QStringList a = args, b = args;
    a.replace(a.indexOf(u"OUT"_s), dirData.filePath(out));
    b.replace(b.indexOf(u"OUT"_s), dirFull.filePath(out));
    const Run data = runApp(dataExecutable(), a);
    const Run full = runApp(mainExecutable(), b);
    QVERIFY2(data.code == 0, data.errBytes.constData());
    QVERIFY2(full.code == 0, full.errBytes.constData());
    const QByteArray bytes = readAll(dirData.filePath(out));
    QVERIFY(bytes.size() > 100);
    QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256),
             QCryptographicHash::hash(readAll(dirFull.filePath(out)), QCryptographicHash::Sha256));
    // Only the file itself, nothing left over.
    QCOMPARE(QDir(dirData.path()).entryList(QDir::Files), QStringList{out});
}

void TestDataCli::bundledChronologyWithoutFile()
{
    // The resource lives in the command-line library, not in the GUI's.
    const Run implicit = runApp(dataExecutable(), {u"--weights"_s, u"--date"_s, u"2023-08-18"_s});
    const Run explicitFile = runApp(dataExecutable(), {u"--weights"_s, u"--date"_s, u"2023-08-18"_s, bundled()});
    QVERIFY2(implicit.code == 0, implicit.errBytes.constData());
    QVERIFY(implicit.errBytes.isEmpty());
    QVERIFY(implicit.outBytes.startsWith("source,target,layer,tier,score,weight\n"));
    QVERIFY(implicit.outBytes.contains("\nJPN,KOR,all,"));
    QCOMPARE(implicit.outBytes, explicitFile.outBytes);
}

void TestDataCli::figureCommandsAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("export") << QStringList{u"--export"_s, u"f.svg"_s, u"--date"_s, u"2020-01-01"_s} << u"--export draws figures"_s;
    QTest::newRow("export-chart") << QStringList{u"--export-chart=c.svg"_s} << u"--export-chart draws figures"_s;
    QTest::newRow("figure option") << QStringList{u"--events"_s, u"--width"_s, u"800"_s} << u"width"_s;
    QTest::newRow("no command") << QStringList{u"--date"_s, u"2020-01-01"_s} << u"no command given"_s;
}

void TestDataCli::figureCommandsAreRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Run r = runApp(dataExecutable(), args, dir.path());
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.errBytes).contains(message), r.errBytes.constData());
    QVERIFY(QString::fromUtf8(r.errBytes).contains(u"Try 'alliancescope-data --help'"_s));
    QVERIFY(r.outBytes.isEmpty());
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestDataCli::helpAndVersion()
{
    const Run v = runApp(dataExecutable(), {u"--version"_s});
    QCOMPARE(v.code, 0);
    QCOMPARE(v.outBytes, QByteArray("alliancescope-data " ALLIANCESCOPE_VERSION "\n"));
    const Run h = runApp(dataExecutable(), {u"--help"_s});
    QCOMPARE(h.code, 0);
    const QString help = QString::fromUtf8(h.outBytes);
    for (const QString &o : {u"--validate"_s, u"--events"_s, u"--weights"_s, u"--metrics"_s,
                             u"--export-graph"_s, u"--export-weights"_s, u"--half-life"_s, u"--lang"_s})
        QVERIFY2(help.contains(o), qPrintable(o));
    // Only what it can run; the full program's help has the rest.
    QVERIFY(!help.contains(u"--export-gif"_s));
    const QString full = QString::fromUtf8(runApp(mainExecutable(), {u"--help"_s}).outBytes);
    QVERIFY(full.contains(u"--export-gif"_s));
    QVERIFY(full.contains(u"--weights"_s));
}

QTEST_GUILESS_MAIN(TestDataCli)
#include "tst_datacli.moc"
