// Tests of the data exporters (DOT, GraphML, GEXF, weights CSV) and of the --export-graph and
// --export-weights commands: formats parse back, Graphviz accepts the DOT, exit codes hold.
#include "chronology/chronologyreader.h"
#include "io/csv.h"
#include "io/dotexporter.h"
#include "io/gexfexporter.h"
#include "io/graphmlexporter.h"
#include "io/weightscsvexporter.h"
#include "style/edgestyle.h"
#include "testsupport.h"
#include "weights/weightmodel.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>

using namespace AllianceScope::TestSupport;
using namespace Qt::StringLiterals;
using namespace AllianceScope;

namespace {

// Reads @p xml to the end; the error text, or empty when well-formed.
QString xmlError(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        r.readNext();
    return r.hasError() ? r.errorString() + u" at line "_s + QString::number(r.lineNumber()) : QString();
}

} // namespace

class TestDataExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void dotQuoting();
    void dotContent();
    void dotAcceptedByGraphviz();
    void dotEdgesStyledAsOnScreen();
    void graphmlWellFormedAndTyped();
    void gexfIsDynamic();
    void weightsCsv();

    void cliExportGraph_data();
    void cliExportGraph();
    void cliUsageErrors_data();
    void cliUsageErrors();
    void cliUnwritable_data();
    void cliUnwritable();
    void cliExportWeights();
    void streamedExportsMatchTheReference();
    void streamedExportsStopOnAFailingDevice();
    void progressCountsAndCancels();
    void appendNumberIsNumber();

private:
    std::unique_ptr<WeightModel> m_model;
    QTemporaryDir m_dir;
};

void TestDataExport::initTestCase()
{
    auto result = ChronologyReader::readFile(bundled());
    QVERIFY2(result.ok(), qPrintable(result.errors.isEmpty() ? QString() : result.errors.first().toString()));
    m_model = std::make_unique<WeightModel>(std::move(*result.chronology));
    QVERIFY(!m_model->chronology().events().isEmpty());
    QVERIFY(m_dir.isValid());
}

void TestDataExport::dotQuoting()
{
    QCOMPARE(DotExporter::quoted(u"plain"_s), u"\"plain\""_s);
    QCOMPARE(DotExporter::quoted(u"a\"b\\c"_s), u"\"a\\\"b\\\\c\""_s);
    QCOMPARE(DotExporter::quoted(u"line1\nline2"_s), u"\"line1\\nline2\""_s);
    QCOMPARE(DotExporter::quoted(u"日本"_s), u"\"日本\""_s);
}

void TestDataExport::dotContent()
{
    const QString zh = QString::fromUtf8(DotExporter::toDot(*m_model, {QDate(2023, 8, 18), Layer::All, u"zh"_s}));
    QVERIFY(zh.startsWith(u"//"_s));
    QVERIFY(zh.contains(u"graph alliances {"_s));
    QVERIFY(zh.contains(u"\"JPN\" [label=\"日本\""_s));
    QVERIFY(zh.contains(u"\"JPN\" -- \"KOR\""_s));
    QVERIFY(zh.contains(u"w_security="_s));
    const QString en = QString::fromUtf8(DotExporter::toDot(*m_model, {QDate(2023, 8, 18), Layer::All, u"en"_s}));
    QVERIFY(en.contains(u"label=\"Japan\""_s));
    // Before any event the triangle has no edge.
    const QString early = QString::fromUtf8(DotExporter::toDot(*m_model, {QDate(1900, 1, 1), Layer::All, u"en"_s}));
    QVERIFY(!early.contains(u"\"JPN\" -- \"KOR\""_s));
}

void TestDataExport::dotAcceptedByGraphviz()
{
    const QString dot = QStandardPaths::findExecutable(u"dot"_s);
    if (dot.isEmpty())
        QSKIP("Graphviz's dot is not installed");
    for (const QString &lang : {u"zh"_s, u"en"_s}) {
        const QString path = m_dir.filePath(u"graph-"_s + lang + u".dot"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(DotExporter::write(*m_model, {QDate(2023, 8, 18), Layer::Security, lang}, &f));
        f.close();
        QProcess p;
        p.start(dot, {u"-Tcanon"_s, path});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        QVERIFY2(!err.contains("rror"), err.constData());
        const QString canon = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(canon.contains(lang == u"zh"_s ? u"韩国"_s : u"Japan"_s));
        // And neato lays it out (the benchmark's peer).
        const QString neato = QStandardPaths::findExecutable(u"neato"_s);
        if (!neato.isEmpty()) {
            QProcess n;
            n.start(neato, {u"-Tsvg"_s, path});
            QVERIFY(n.waitForFinished(60000));
            QCOMPARE(n.exitCode(), 0);
            QVERIFY(xmlError(n.readAllStandardOutput()).isEmpty());
        }
    }
}

void TestDataExport::dotEdgesStyledAsOnScreen()
{
    // Every edge carries the width, colour and dash of EdgeStyle (what the scene draws), and
    // exactly the edges the scene shows are written.
    for (const QDate &date : {QDate(1994, 10, 21), QDate(2019, 11, 22), QDate(2023, 8, 18)}) {
        for (Layer layer : kViewLayers) {
            const QString dot = QString::fromUtf8(DotExporter::toDot(*m_model, {date, layer, Language::En}));
            const NetworkSnapshot snap = m_model->snapshotAt(date);
            int visible = 0;
            for (const DyadState &d : snap.dyads) {
                const LayerState &l = d.at(layer);
                const EdgeStyle style = EdgeStyle::of(l.tier, l.weight);
                const QString head = DotExporter::quoted(d.a) + u" -- "_s + DotExporter::quoted(d.b) + u" ["_s;
                const qsizetype at = dot.indexOf(head);
                QCOMPARE(at >= 0, style.visible);
                if (at < 0)
                    continue;
                ++visible;
                const QString line = dot.mid(at, dot.indexOf(u'\n', at) - at);
                const QRegularExpressionMatch m = QRegularExpression(
                    uR"re(penwidth="([^"]+)", color="([^"]+)", style=(\w+)\])re"_s).match(line);
                QVERIFY2(m.hasMatch(), qPrintable(line));
                QCOMPARE(m.captured(1), Csv::number(style.width));
                QVERIFY(std::abs(m.captured(1).toDouble() - (1.0 + 9.0 * std::min(1.0, std::abs(l.weight)))) < 1e-5);
                QCOMPARE(m.captured(2), style.color.name());
                QCOMPARE(m.captured(3), EdgeStyle::dotStyle(style.dash));
            }
            QCOMPARE(int(dot.count(u" -- "_s)) - int(snap.memberships.size()), visible);
        }
    }
    // The drift this fixes: a treaty-less tier-3 edge is dashed, as on the screen.
    QCOMPARE(EdgeStyle::dotStyle(EdgeStyle::dashFor(3)), u"dashed"_s);
}

void TestDataExport::graphmlWellFormedAndTyped()
{
    const QByteArray xml = GraphmlExporter::toGraphml(*m_model, {QDate(2023, 8, 18), u"zh"_s});
    QVERIFY2(xmlError(xml).isEmpty(), qPrintable(xmlError(xml)));
    QXmlStreamReader r(xml);
    QHash<QString, QString> keyTypes;
    QSet<QString> nodes;
    int edges = 0;
    bool sawChinese = false;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (r.name() == u"graphml"_s)
            QCOMPARE(r.namespaceUri().toString(), u"http://graphml.graphdrawing.org/xmlns"_s);
        if (r.name() == u"key"_s)
            keyTypes.insert(a.value(u"id"_s).toString(), a.value(u"attr.type"_s).toString());
        if (r.name() == u"node"_s)
            nodes.insert(a.value(u"id"_s).toString());
        if (r.name() == u"edge"_s) {
            ++edges;
            QVERIFY(nodes.contains(a.value(u"source"_s).toString()));
            QVERIFY(nodes.contains(a.value(u"target"_s).toString()));
        }
        if (r.name() == u"data"_s) {
            const QString key = a.value(u"key"_s).toString();
            QVERIFY2(keyTypes.contains(key), qPrintable(key));
            const QString text = r.readElementText();
            if (keyTypes.value(key) == u"double"_s) {
                bool ok = false;
                text.toDouble(&ok);
                QVERIFY2(ok, qPrintable(key + u'=' + text));
            }
            sawChinese = sawChinese || text == u"日本"_s;
        }
    }
    QVERIFY(!r.hasError());
    QCOMPARE(keyTypes.value(u"weight_all"_s), u"double"_s);
    QCOMPARE(keyTypes.value(u"weight_security"_s), u"double"_s);
    QCOMPARE(keyTypes.value(u"tier_security"_s), u"int"_s);
    QCOMPARE(keyTypes.value(u"kind"_s), u"string"_s);
    QCOMPARE(keyTypes.value(u"name_zh"_s), u"string"_s);
    QCOMPARE(keyTypes.value(u"name_en"_s), u"string"_s);
    QCOMPARE(nodes.size(), m_model->chronology().actors().size());
    QVERIFY(edges > 0);
    QVERIFY(sawChinese);
}

void TestDataExport::gexfIsDynamic()
{
    const QByteArray xml = GexfExporter::toGexf(*m_model, {u"en"_s});
    QVERIFY2(xmlError(xml).isEmpty(), qPrintable(xmlError(xml)));
    QXmlStreamReader r(xml);
    QSet<QString> attributes, nodes;
    int attvalues = 0, spells = 0, weightValues = 0;
    QSet<QString> weightAllEdges;
    QString currentEdge;
    bool dynamic = false;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (r.name() == u"gexf"_s) {
            QCOMPARE(r.namespaceUri().toString(), u"http://gexf.net/1.3"_s);
            QCOMPARE(a.value(u"version"_s).toString(), u"1.3"_s);
        } else if (r.name() == u"graph"_s) {
            dynamic = a.value(u"mode"_s) == u"dynamic"_s;
            QCOMPARE(a.value(u"timeformat"_s).toString(), u"date"_s);
        } else if (r.name() == u"attribute"_s) {
            attributes.insert(a.value(u"id"_s).toString());
        } else if (r.name() == u"node"_s) {
            nodes.insert(a.value(u"id"_s).toString());
        } else if (r.name() == u"edge"_s) {
            currentEdge = a.value(u"id"_s).toString();
            QVERIFY(nodes.contains(a.value(u"source"_s).toString()));
            QVERIFY(nodes.contains(a.value(u"target"_s).toString()));
            bool ok = false;
            QVERIFY(a.value(u"weight"_s).toDouble(&ok) >= 0.0 && ok);
        } else if (r.name() == u"attvalue"_s) {
            ++attvalues;
            const QString forId = a.value(u"for"_s).toString();
            QVERIFY2(attributes.contains(forId), qPrintable(forId));
            if (a.hasAttribute(u"start"_s)) {
                const QDate s = QDate::fromString(a.value(u"start"_s).toString(), Qt::ISODate);
                const QDate e = QDate::fromString(a.value(u"end"_s).toString(), Qt::ISODate);
                QVERIFY(s.isValid() && e.isValid() && s <= e);
                ++weightValues;
                if (forId == u"weight_all"_s)
                    weightAllEdges.insert(currentEdge);
            }
        } else if (r.name() == u"spell"_s) {
            ++spells;
            const QDate s = QDate::fromString(a.value(u"start"_s).toString(), Qt::ISODate);
            const QDate e = QDate::fromString(a.value(u"end"_s).toString(), Qt::ISODate);
            QVERIFY(s.isValid() && e.isValid() && s <= e);
        }
    }
    QVERIFY(dynamic);
    QVERIFY(attributes.contains(u"weight_all"_s));
    QVERIFY(attributes.contains(u"weight_security"_s));
    QVERIFY(attvalues > 0);
    QVERIFY(weightValues > 0);
    QVERIFY(spells > 0);
    QVERIFY(weightAllEdges.contains(u"JPN-KOR"_s));
    // The Japan–ROK weight changes over time: more than one interval value.
    QVERIFY(xml.count("for=\"weight_all\"") > weightAllEdges.size());
}

void TestDataExport::weightsCsv()
{
    const QString csv = QString::fromUtf8(WeightsCsvExporter::toCsv(*m_model));
    const QStringList rows = csv.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(rows.first(), u"date,event_id,source,target,layer,tier,score,weight"_s);
    const auto &events = m_model->chronology().events();
    const int dyads = int(m_model->dyads().size());
    QVERIFY(rows.size() - 1 >= events.size() * dyads * 4);
    QSet<QString> eventIds;
    for (int i = 1; i < rows.size(); ++i) {
        if (!rows[i].contains(u'"'))
            QCOMPARE(rows[i].count(u','), 7);
        eventIds.insert(rows[i].section(u',', 1, 1));
    }
    QCOMPARE(eventIds.size(), events.size());
    // A row agrees with the model.
    const Event &last = events.last();
    const DyadState d = m_model->dyadAt(u"JPN"_s, u"KOR"_s, last.date);
    const QString prefix = last.date.toString(Qt::ISODate) + u',' + last.id + u",JPN,KOR,all,"_s;
    const auto it = std::find_if(rows.cbegin(), rows.cend(), [&](const QString &r) { return r.startsWith(prefix); });
    QVERIFY(it != rows.cend());
    QCOMPARE(it->section(u',', 5, 5).toInt(), d.at(Layer::All).tier);
    QVERIFY(qAbs(it->section(u',', 7, 7).toDouble() - d.at(Layer::All).weight) < 1e-5);
}

void TestDataExport::cliExportGraph_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("dot") << u"g.dot"_s;
    QTest::newRow("graphml") << u"g.graphml"_s;
    QTest::newRow("gexf") << u"g.gexf"_s;
}

void TestDataExport::cliExportGraph()
{
    QFETCH(QString, name);
    const QString out = m_dir.filePath(name);
    const Run r = run({u"--export-graph"_s, out, u"--lang"_s, u"zh"_s, bundled()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray data = readAll(out);
    QVERIFY(data.size() > 100);
    QVERIFY(QString::fromUtf8(data).contains(u"日本"_s));
    if (!name.endsWith(u".dot"_s))
        QVERIFY(xmlError(data).isEmpty());
}

void TestDataExport::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("graph extension") << QStringList{u"--export-graph"_s, u"x.json"_s};
    QTest::newRow("graph bad date") << QStringList{u"--export-graph"_s, u"x.dot"_s, u"--date"_s, u"2023-02-30"_s};
    QTest::newRow("graph bad layer") << QStringList{u"--export-graph"_s, u"x.dot"_s, u"--layer"_s, u"cultural"_s};
    QTest::newRow("graph bad lang") << QStringList{u"--export-graph"_s, u"x.dot"_s, u"--lang"_s, u"fr"_s};
    QTest::newRow("weights extension") << QStringList{u"--export-weights"_s, u"x.tsv"_s};
    QTest::newRow("two commands") << QStringList{u"--export-weights"_s, u"x.csv"_s, u"--events"_s};
}

void TestDataExport::cliUsageErrors()
{
    QFETCH(QStringList, args);
    QDir::setCurrent(m_dir.path());
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.json"_s)));
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.dot"_s)));
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.tsv"_s)));
}

void TestDataExport::cliUnwritable_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("name");
    QTest::newRow("dot") << u"--export-graph"_s << u"x.dot"_s;
    QTest::newRow("gexf") << u"--export-graph"_s << u"x.gexf"_s;
    QTest::newRow("csv") << u"--export-weights"_s << u"x.csv"_s;
}

void TestDataExport::cliUnwritable()
{
    QFETCH(QString, option);
    QFETCH(QString, name);
    // A path under a regular file can never be created, not even by root.
    QTemporaryFile file(m_dir.filePath(u"plainfile-XXXXXX"_s));
    QVERIFY(file.open());
    const QString out = file.fileName() + u'/' + name;
    const Run r = run({option, out, bundled()});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"cannot write"_s));
    QVERIFY(!QFile::exists(out));
    // A missing input file is a file error too.
    QCOMPARE(run({option, m_dir.filePath(name), m_dir.filePath(u"missing.json"_s)}).code, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(name)));
}

void TestDataExport::cliExportWeights()
{
    const QString out = m_dir.filePath(u"w.csv"_s);
    const Run r = run({u"--export-weights"_s, out, bundled()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray data = readAll(out);
    QVERIFY(data.startsWith("date,event_id,source,target,layer,tier,score,weight\n"));
    QCOMPARE(data, WeightsCsvExporter::toCsv(*m_model));
}

namespace {

/// Without the line that holds the day of the export.
QByteArray withoutDate(const QByteArray &gexf)
{
    QList<QByteArray> lines = gexf.split('\n');
    lines.removeIf([](const QByteArray &l) { return l.contains("lastmodifieddate="); });
    return lines.join('\n');
}

/// A device that takes @p limit bytes, then fails every write.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 limit) : m_limit(limit) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override
    {
        if (m_written + length > m_limit) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_written += length;
        return length;
    }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};

} // namespace

// The exporters write as they go now; their files are byte for byte those the exporters wrote
// when they built the whole document first (tests/data/exports, written by that version).
void TestDataExport::streamedExportsMatchTheReference()
{
    const QString base = QStringLiteral(ALLIANCESCOPE_TEST_DATA) + u"/exports/generated-6-8-40"_s;
    ChronologyReader::Result r = ChronologyReader::readFile(base + u".json"_s);
    QVERIFY(r.ok());
    const WeightModel model(std::move(*r.chronology));
    const QByteArray gexf = readAll(base + u".gexf"_s);
    const QByteArray csv = readAll(base + u".csv"_s);
    QVERIFY(gexf.size() > 100000);
    QVERIFY(csv.size() > 50000);
    QBuffer gexfOut;
    gexfOut.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(GexfExporter::write(model, {Language::En}, &gexfOut, &error), qPrintable(error));
    QCOMPARE(withoutDate(gexfOut.data()), withoutDate(gexf));
    QVERIFY(withoutDate(gexfOut.data()).size() < gexfOut.data().size());
    QBuffer csvOut;
    csvOut.open(QIODevice::WriteOnly);
    QVERIFY2(WeightsCsvExporter::write(model, &csvOut, &error), qPrintable(error));
    QCOMPARE(csvOut.data(), csv);
}

void TestDataExport::streamedExportsStopOnAFailingDevice()
{
    for (qint64 limit : {qint64(0), qint64(1000), qint64(200000)}) {
        FailingDevice gexf(limit);
        QString error;
        QVERIFY(!GexfExporter::write(*m_model, {Language::En}, &gexf, &error));
        QCOMPARE(error, u"No space left on device"_s);
        FailingDevice csv(limit);
        error.clear();
        QVERIFY(!WeightsCsvExporter::write(*m_model, &csv, &error));
        QCOMPARE(error, u"No space left on device"_s);
    }
}

void TestDataExport::progressCountsAndCancels()
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    qint64 last = 0;
    qint64 whole = 0;
    int calls = 0;
    QVERIFY(WeightsCsvExporter::write(*m_model, &out, nullptr, [&](qint64 done, qint64 total) {
        if (done < last)
            return false; // never backwards
        last = done;
        whole = total;
        ++calls;
        return true;
    }));
    QVERIFY(calls > 10);
    QCOMPARE(last, whole);
    QCOMPARE(whole, qint64(m_model->chronology().events().size()));

    QBuffer cancelled;
    cancelled.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(!GexfExporter::write(*m_model, {Language::En}, &cancelled, &error,
                                 [](qint64 done, qint64) { return done < 3; }));
    QCOMPARE(error, u"cancelled"_s);
}

void TestDataExport::appendNumberIsNumber()
{
    QList<double> values = {0.0, -0.0, 4e-7, -4e-7, 5e-7, -5e-7, 6e-7, 0.0000015, 0.0000025,
                            1.0, -1.0, 0.15, 0.6, 2.5, -10.0, 123456.789, 1e-3, 0.1 + 0.2};
    QRandomGenerator rng(11);
    for (int i = 0; i < 20000; ++i)
        values.append((rng.generateDouble() - 0.5) * std::pow(10.0, rng.bounded(8) - 5));
    for (double v : values) {
        QByteArray bytes;
        Csv::appendNumber(bytes, v);
        QCOMPARE(QString::fromLatin1(bytes), Csv::number(v));
    }
}

QTEST_GUILESS_MAIN(TestDataExport)
#include "tst_dataexport.moc"
