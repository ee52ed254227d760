// Benchmarks of issue 15 (scale) on generated chronologies: parsing and validating a file,
// one snapshot, every default chart series, the dynamic GEXF and the weights CSV.
// The default sizes run in seconds (CI); ALLIANCESCOPE_BENCH_LARGE=1 adds the sizes
// (10,000 to 100,000 events, up to 500 actors / 5,000 dyads). Numbers go in docs/PERFORMANCE.md.
// Run: ./build/tests/bench_scale [-iterations 1]
#include "chronology/chronologyreader.h"
#include "chronology/chronologywriter.h"
#include "generatedchronology.h"
#include "io/gexfexporter.h"
#include "io/weightscsvexporter.h"
#include "metrics/timeseries.h"
#include "weights/weightmodel.h"

#include <QTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

/// A device that counts the bytes written and keeps none (the exports' cost without a disk).
class CountingDevice : public QIODevice
{
public:
    CountingDevice() { open(QIODevice::WriteOnly); }
    qint64 written() const { return m_written; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override
    {
        m_written += length;
        return length;
    }

private:
    qint64 m_written = 0;
};

bool large()
{
    return qEnvironmentVariableIntValue("ALLIANCESCOPE_BENCH_LARGE") == 1;
}

/// Rows actors, dyads, events: the small one always, the sizes with the flag.
void sizes(bool exportSizes)
{
    QTest::addColumn<int>("actors");
    QTest::addColumn<int>("dyads");
    QTest::addColumn<int>("events");
    QTest::newRow("30 actors, 1000 events") << 30 << 300 << 1000;
    if (!large())
        return;
    QTest::newRow("100 actors, 10000 events") << 100 << 1000 << 10000;
    if (exportSizes)
        return; // the exports at 50,000 events write tens of GB: see docs/PERFORMANCE.md
    QTest::newRow("300 actors, 50000 events") << 300 << 3000 << 50000;
    QTest::newRow("500 actors / 5000 dyads, 50000 events") << 500 << 5000 << 50000;
    QTest::newRow("300 actors, 100000 events") << 300 << 3000 << 100000;
}

} // namespace

class BenchScale : public QObject
{
    Q_OBJECT

private slots:
    void parse_data() { sizes(false); }
    void parse();
    void snapshot_data() { sizes(false); }
    void snapshot();
    void defaultSeries_data() { sizes(false); }
    void defaultSeries();
    void gexf_data() { sizes(true); }
    void gexf();
    void weightsCsv_data() { sizes(true); }
    void weightsCsv();
};

void BenchScale::parse()
{
    QFETCH(int, actors);
    QFETCH(int, dyads);
    QFETCH(int, events);
    const QByteArray json = ChronologyWriter::toJson(Bench::generatedChronology(actors, dyads, events));
    qInfo("%.1f MB", json.size() / 1e6);
    ChronologyReader::Result r;
    QBENCHMARK {
        r = ChronologyReader::readData(json, u"generated"_s);
    }
    QVERIFY(r.ok());
    QCOMPARE(r.chronology->events().size(), events);
}

void BenchScale::snapshot()
{
    QFETCH(int, actors);
    QFETCH(int, dyads);
    QFETCH(int, events);
    const WeightModel model(Bench::generatedChronology(actors, dyads, events));
    NetworkSnapshot snap;
    QBENCHMARK {
        snap = model.snapshotAt(QDate(2000, 1, 1));
    }
    QCOMPARE(snap.dyads.size(), dyads);
}

void BenchScale::defaultSeries()
{
    QFETCH(int, actors);
    QFETCH(int, dyads);
    QFETCH(int, events);
    const WeightModel model(Bench::generatedChronology(actors, dyads, events));
    const QList<SeriesSpec> specs = TimeSeries::defaultDyadSpecs() + TimeSeries::defaultMetricSpecs();
    QList<Series> series;
    QBENCHMARK {
        series = TimeSeries::compute(model, specs);
    }
    QCOMPARE(series.size(), 6);
    qInfo("%lld samples a series", qlonglong(series[0].points.size()));
}

void BenchScale::gexf()
{
    QFETCH(int, actors);
    QFETCH(int, dyads);
    QFETCH(int, events);
    const WeightModel model(Bench::generatedChronology(actors, dyads, events));
    qint64 bytes = 0;
    QBENCHMARK {
        CountingDevice out;
        QVERIFY(GexfExporter::write(model, {Language::En}, &out));
        bytes = out.written();
    }
    qInfo("%.1f MB written", bytes / 1e6);
}

void BenchScale::weightsCsv()
{
    QFETCH(int, actors);
    QFETCH(int, dyads);
    QFETCH(int, events);
    const WeightModel model(Bench::generatedChronology(actors, dyads, events));
    qint64 bytes = 0;
    QBENCHMARK {
        CountingDevice out;
        QVERIFY(WeightsCsvExporter::write(model, &out));
        bytes = out.written();
    }
    qInfo("%.1f MB written", bytes / 1e6);
}

QTEST_GUILESS_MAIN(BenchScale)
#include "bench_scale.moc"
