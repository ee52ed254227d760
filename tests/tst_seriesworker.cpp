// tst_seriesworker: the charts over large chronologies (issue 15). Series thinned to the plot's
// width keep each pixel column's lowest and highest value; the window's charts compute on a
// worker, slice by slice, giving exactly what one computation on the UI thread gives; a
// computation made stale by a layer change is cancelled and never shown.
#include "bench/generatedchronology.h"
#include "charts/chartrenderer.h"
#include "charts/seriescomputation.h"
#include "charts/seriesdecimation.h"
#include "charts/timechart.h"
#include "chronology/chronologyreader.h"
#include "session/document.h"
#include "weights/weightmodel.h"

#include <QLineSeries>
#include <QRandomGenerator>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

class TestSeriesWorker : public QObject
{
    Q_OBJECT

private slots:
    void decimationKeepsMinMaxPerColumn();
    void decimationLeavesSmallSeries();
    void eventMarksOnePerColumn();
    void rendererThinsLargeSeries();
    void bundledChartIsNotThinned();
    void workerGivesTheSameSeries();
    void staleComputationIsCancelled();
    void whatIfBaselineOnTheWorker();
    void smallChronologyStaysOnUiThread();
};

void TestSeriesWorker::decimationKeepsMinMaxPerColumn()
{
    QRandomGenerator rng(11);
    QList<QPointF> points;
    const int n = 50000;
    for (int i = 0; i < n; ++i)
        points.append({double(i), rng.bounded(2000.0) - 1000.0});
    const int columns = 300;
    const QList<QPointF> thin = SeriesDecimation::minMaxPerColumn(points, 0.0, double(n), columns);
    QVERIFY(thin.size() <= 4 * columns);
    QVERIFY(thin.size() >= 2 * columns);
    QCOMPARE(thin.first(), points.first());
    QCOMPARE(thin.last(), points.last());
    for (qsizetype i = 1; i < thin.size(); ++i)
        QVERIFY(thin[i].x() > thin[i - 1].x()); // in x order, none twice
    // Per column: the same lowest and highest value as the data, and only the data's points.
    const double width = double(n) / columns;
    for (int c = 0; c < columns; ++c) {
        double lo = 1e9, hi = -1e9, tlo = 1e9, thi = -1e9;
        for (const QPointF &p : points) {
            if (int(std::floor(p.x() / width)) == c) {
                lo = std::min(lo, p.y());
                hi = std::max(hi, p.y());
            }
        }
        for (const QPointF &p : thin) {
            if (int(std::floor(p.x() / width)) == c) {
                tlo = std::min(tlo, p.y());
                thi = std::max(thi, p.y());
                QCOMPARE(points[int(p.x())], p);
            }
        }
        QCOMPARE(tlo, lo);
        QCOMPARE(thi, hi);
    }
}

void TestSeriesWorker::decimationLeavesSmallSeries()
{
    QList<QPointF> points;
    for (int i = 0; i < 400; ++i)
        points.append({double(i), std::sin(i / 10.0)});
    QCOMPARE(SeriesDecimation::minMaxPerColumn(points, 0.0, 400.0, 100), points); // 4 per column
    QCOMPARE(SeriesDecimation::minMaxPerColumn(points, 0.0, 400.0, 0), points);
    QCOMPARE(SeriesDecimation::minMaxPerColumn(points, 5.0, 5.0, 10), points);
    QVERIFY(SeriesDecimation::minMaxPerColumn(points, 0.0, 400.0, 99).size() < points.size());
}

void TestSeriesWorker::eventMarksOnePerColumn()
{
    QList<QPointF> marks;
    for (int i = 0; i < 1000; ++i)
        marks.append({i * 0.1, 1.0});
    const QList<QPointF> thin = SeriesDecimation::onePerColumn(marks, 0.0, 100.0, 50);
    QCOMPARE(thin.size(), 50);
    QCOMPARE(thin.first(), marks.first());
    QCOMPARE(SeriesDecimation::onePerColumn(marks, 0.0, 100.0, 1000), marks);
}

void TestSeriesWorker::rendererThinsLargeSeries()
{
    const WeightModel model(Bench::generatedChronology(40, 300, 20000));
    ChartRenderer renderer(ChartRenderer::Mode::Metrics);
    renderer.setModel(&model);
    QImage image(800, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(0, 0, 800, 400));
    painter.end();
    const int plotWidth = int(std::ceil(renderer.chart()->plotArea().width()));
    QVERIFY(plotWidth > 100 && plotWidth < 800);
    const qsizetype samples = TimeSeries::sampleDates(model.chronology()).size();
    QVERIFY(samples > 4 * plotWidth);
    QCOMPARE(renderer.series().size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(renderer.series()[i].points.size(), samples); // all computed
        QVERIFY(renderer.valueSeries()[i]->count() <= 4 * plotWidth); // few drawn
        QVERIFY(renderer.valueSeries()[i]->count() >= plotWidth);
    }
    QVERIFY(renderer.eventSeries()->count() <= plotWidth);
    // The thinned line keeps the series' extremes.
    const QList<QPointF> all = renderer.series()[2].points;
    const QList<QPointF> drawn = renderer.valueSeries()[2]->points();
    const auto byY = [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); };
    QCOMPARE(std::max_element(drawn.begin(), drawn.end(), byY)->y(), std::max_element(all.begin(), all.end(), byY)->y());
    QCOMPARE(std::min_element(drawn.begin(), drawn.end(), byY)->y(), std::min_element(all.begin(), all.end(), byY)->y());
}

void TestSeriesWorker::bundledChartIsNotThinned()
{
    // The exported charts of the bundled chronology draw every sample, as before thinning.
    auto result = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY(result.chronology);
    const WeightModel model(*result.chronology);
    for (const auto mode : {ChartRenderer::Mode::Dyads, ChartRenderer::Mode::Metrics}) {
        ChartRenderer renderer(mode);
        renderer.setModel(&model);
        renderer.setTitleVisible(true);
        QImage image(1000, 550, QImage::Format_RGB32);
        QPainter painter(&image);
        renderer.render(&painter, QRectF(0, 0, 1000, 550)); // kChartLogicalWidth, as in figures
        painter.end();
        for (int i = 0; i < renderer.valueSeries().size(); ++i)
            QCOMPARE(renderer.valueSeries()[i]->points(), renderer.series()[i].points);
        QCOMPARE(renderer.eventSeries()->count(), model.chronology().events().size());
    }
}

void TestSeriesWorker::workerGivesTheSameSeries()
{
    Document doc;
    TimeChart chart(&doc, TimeChart::Mode::Dyads);
    chart.setWorkerThreshold(0);
    // Dyads with tiers that change often: the slices must join their tier steps exactly.
    doc.setChronology(Bench::generatedChronology(12, 40, 6000), QString());
    QList<SeriesSpec> dyads;
    for (const auto &[a, b] : doc.model().dyads().mid(0, 3))
        dyads.append(SeriesSpec::dyad(a, b));
    QSignalSpy ready(chart.computation(), &SeriesComputation::seriesReady);
    chart.setSpecs(dyads);
    QVERIFY(chart.computation()->isRunning());
    chart.computation()->waitForFinished();
    QVERIFY(ready.count() >= 2); // delivered in slices, then complete
    QCOMPARE(ready.last().at(1).toBool(), true);

    QList<SeriesSpec> specs = chart.specs();
    const QList<Series> expected = TimeSeries::compute(doc.model(), specs);
    const QList<Series> got = ready.last().at(0).value<QList<Series>>();
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(got[i].points, expected[i].points);
        QCOMPARE(got[i].tierSteps, expected[i].tierSteps);
        QVERIFY(got[i].tierSteps.size() > got[i].points.size()); // some tiers did change
    }
    QCOMPARE(chart.valueSeries()[0]->count() > 0, true);
}

void TestSeriesWorker::staleComputationIsCancelled()
{
    Document doc;
    TimeChart chart(&doc, TimeChart::Mode::Metrics);
    chart.setWorkerThreshold(0);
    doc.setChronology(Bench::generatedChronology(60, 900, 30000), QString());
    QVERIFY(chart.computation()->isRunning());
    QFuture<SeriesComputation::Slice> stale = chart.computation()->future();
    const int generation = chart.computation()->generation();
    QSignalSpy ready(chart.computation(), &SeriesComputation::seriesReady);
    QSignalSpy finished(chart.computation(), &SeriesComputation::finished);

    doc.setLayer(Layer::Security); // makes the running computation stale
    QVERIFY(stale.isCanceled());
    QCOMPARE(chart.computation()->generation(), generation + 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true); // the stale one, cancelled
    chart.computation()->waitForFinished();
    stale.waitForFinished(); // it stops at the end of its slice
    qsizetype staleDates = 0;
    for (int i = 0; i < stale.resultCount(); ++i)
        staleDates += stale.resultAt(i).series.value(0).points.size();
    QVERIFY(staleDates < TimeSeries::sampleDates(doc.chronology()).size()); // it stopped early

    // Everything shown is the security layer's.
    QVERIFY(ready.count() >= 1);
    for (const QList<QVariant> &args : std::as_const(ready)) {
        for (const Series &s : args.at(0).value<QList<Series>>())
            QCOMPARE(s.spec.layer, Layer::Security);
    }
    QCOMPARE(ready.last().at(1).toBool(), true);
    QList<SeriesSpec> specs = chart.specs();
    for (SeriesSpec &s : specs)
        s.layer = Layer::Security;
    const QList<Series> expected = TimeSeries::compute(doc.model(), specs);
    const QList<Series> got = ready.last().at(0).value<QList<Series>>();
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(got[i].points, expected[i].points);
}

void TestSeriesWorker::whatIfBaselineOnTheWorker()
{
    Document doc;
    TimeChart chart(&doc, TimeChart::Mode::Metrics);
    chart.setWorkerThreshold(0);
    chart.resize(800, 400);
    chart.show(); // a hidden chart leaves a what-if's series for when it is shown
    doc.setChronology(Bench::generatedChronology(12, 40, 4000), QString());
    chart.computation()->waitForFinished();
    QVERIFY(chart.baselineSeries().isEmpty());
    QSignalSpy ready(chart.computation(), &SeriesComputation::seriesReady);

    // A what-if: the scenario's series and the baseline's dashed ones both come from the worker;
    // refresh() computes neither on the UI thread.
    Scenario scenario;
    for (qsizetype i = 0; i < doc.chronology().events().size(); i += 3)
        scenario.withoutEvents.append(doc.chronology().events()[i].id);
    doc.setScenario(scenario);
    QVERIFY(doc.isWhatIf());
    QVERIFY(chart.computation()->isRunning());
    QCOMPARE(chart.baselineSeries().size(), chart.specs().size());
    for (QLineSeries *s : chart.baselineSeries())
        QCOMPARE(s->count(), 0); // nothing yet: the worker computes it
    chart.computation()->waitForFinished();

    QList<SeriesSpec> specs = chart.specs();
    for (SeriesSpec &s : specs)
        s.layer = doc.layer();
    const QList<Series> expected = TimeSeries::compute(doc.baselineModel(), specs);
    const QList<Series> scenarioSeries = TimeSeries::compute(doc.model(), specs);
    const QList<Series> &got = chart.computation()->baselineSeries();
    QCOMPARE(got.size(), expected.size());
    QVERIFY(!ready.isEmpty());
    QCOMPARE(ready.last().at(1).toBool(), true);
    const QList<Series> shown = ready.last().at(0).value<QList<Series>>();
    bool anyDiffers = false;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        // The baseline over the scenario's sample dates, as one computation gives it.
        QCOMPARE(got[i].points, expected[i].points);
        QCOMPARE(shown[i].points, scenarioSeries[i].points);
        QVERIFY(chart.baselineSeries()[i]->count() > 0);
        anyDiffers = anyDiffers || expected[i].points != scenarioSeries[i].points;
    }
    QVERIFY(anyDiffers);

    doc.resetScenario(); // the dashed series go
    chart.computation()->waitForFinished();
    QVERIFY(chart.baselineSeries().isEmpty());
    QVERIFY(chart.computation()->baselineSeries().isEmpty());
}

void TestSeriesWorker::smallChronologyStaysOnUiThread()
{
    auto result = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY(result.chronology);
    Document doc;
    TimeChart chart(&doc, TimeChart::Mode::Dyads);
    doc.setChronology(*result.chronology, QString());
    QVERIFY(!chart.computation()->isRunning());
    QVERIFY(chart.valueSeries()[0]->count() > 100); // there at once
}

QTEST_MAIN(TestSeriesWorker)
#include "tst_seriesworker.moc"
