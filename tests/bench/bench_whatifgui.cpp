// What-if in the window: the time from switching an event off (or on) to every view updated —
// the scene with its ghost edges, the edge history, the event list and panel, the charts with
// their dashed baseline — on the bundled data (target: under 50 ms), and its parts.
#include "chronology/chronologyreader.h"
#include "chronology/scenarioinplace.h"
#include "charts/chartpanel.h"
#include "mainwindow/mainwindow.h"
#include "metrics/timeseries.h"
#include "session/document.h"
#include "weights/weightmodel.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace AllianceScope;

class BenchWhatIfGui : public QObject
{
    Q_OBJECT

private slots:
    void scenarioModel();
    void chartSeries();
    void toggleEventInWindow();
    void toggleEventInWindowWithCharts();
};

void BenchWhatIfGui::scenarioModel()
{
    const Chronology c = *ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)).chronology;
    Scenario s;
    s.withoutEvents = {u"2016-11-gsomia-signed"_s};
    QBENCHMARK {
        const WeightModel model(applyScenarioInPlace(c, s));
        QVERIFY(!model.dyadKeys().isEmpty());
    }
}

void BenchWhatIfGui::chartSeries()
{
    const WeightModel model(*ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)).chronology);
    QBENCHMARK {
        const QList<Series> s = TimeSeries::compute(model, TimeSeries::defaultDyadSpecs());
        const QList<Series> m = TimeSeries::compute(model, TimeSeries::defaultMetricSpecs());
        QVERIFY(!s.isEmpty() && !m.isEmpty());
    }
}

void BenchWhatIfGui::toggleEventInWindow()
{
    MainWindow w;
    w.setErrorBoxesEnabled(false);
    QVERIFY(w.openFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)));
    w.document()->setDate(QDate(2017, 6, 30));
    bool off = true;
    QBENCHMARK {
        w.document()->setEventEnabled(u"2016-11-gsomia-signed"_s, !off);
        off = !off;
    }
}

void BenchWhatIfGui::toggleEventInWindowWithCharts()
{
    MainWindow w;
    w.setErrorBoxesEnabled(false);
    QVERIFY(w.openFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)));
    w.show();
    w.action(u"charts"_s)->trigger();
    QTRY_VERIFY(w.chartPanel()->isVisible());
    w.document()->setDate(QDate(2017, 6, 30));
    // Already in a what-if (the baseline series exist): a second event toggled, as an analyst does.
    w.document()->setEventEnabled(u"2019-08-gsomia-non-renewal"_s, false);
    bool off = true;
    QBENCHMARK {
        w.document()->setEventEnabled(u"2016-11-gsomia-signed"_s, !off);
        off = !off;
    }
}

QTEST_MAIN(BenchWhatIfGui)
#include "bench_whatifgui.moc"
