// Benchmarks of TimeSeries: recomputing every default chart series after a half-life change
// (target: under 50 ms on the bundled chronology), and the parts of that cost.
// Run: ./build/tests/bench_series (numbers go in docs/PERFORMANCE.md).
#include "chronology/chronologyreader.h"
#include "metrics/timeseries.h"
#include "weights/weightmodel.h"

#include <QTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

class BenchSeries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleDates();
    void defaultSeries();
    void halfLifeChangeThenDefaultSeries();

private:
    std::optional<Chronology> m_chronology;
};

void BenchSeries::initTestCase()
{
    ChronologyReader::Result r = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY2(r.ok(), r.errors.isEmpty() ? "unreadable" : qPrintable(r.errors.first().toString()));
    m_chronology = std::move(r.chronology);
    const QList<QDate> dates = TimeSeries::sampleDates(*m_chronology);
    qInfo("%lld events, %lld samples a series", qlonglong(m_chronology->events().size()),
          qlonglong(dates.size()));
}

void BenchSeries::sampleDates()
{
    QList<QDate> dates;
    QBENCHMARK {
        dates = TimeSeries::sampleDates(*m_chronology);
    }
    QVERIFY(!dates.isEmpty());
}

void BenchSeries::defaultSeries()
{
    const WeightModel model(*m_chronology);
    const QList<SeriesSpec> specs = TimeSeries::defaultDyadSpecs() + TimeSeries::defaultMetricSpecs();
    QList<Series> series;
    QBENCHMARK {
        series = TimeSeries::compute(model, specs);
    }
    QCOMPARE(series.size(), 6);
}

// What the chart panel does when a half-life spin box changes: rebuild the model's index with
// the new parameters, then resample every default series.
void BenchSeries::halfLifeChangeThenDefaultSeries()
{
    WeightModel model(*m_chronology);
    const QList<SeriesSpec> specs = TimeSeries::defaultDyadSpecs() + TimeSeries::defaultMetricSpecs();
    WeightParameters p;
    double h = 500.0;
    QList<Series> series;
    QBENCHMARK {
        h = h >= 3000.0 ? 500.0 : h + 1.0;
        p.setHalfLife(Layer::Security, h);
        model.setParameters(p);
        series = TimeSeries::compute(model, specs);
    }
    QCOMPARE(series.size(), 6);
}

QTEST_GUILESS_MAIN(BenchSeries)
#include "bench_series.moc"
