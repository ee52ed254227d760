// Benchmark of the window on large generated chronologies (issue 15): the whole process from
// exec to the first painted frame (ALLIANCESCOPE_QUIT_AFTER_FIRST_FRAME=1), and in process: the
// first paint, when the window answers again (the timeline is usable), the longest the UI thread
// was busy while the charts and the layout ran on workers, when the charts were complete, a layer
// switch and a half-life change (graph updated, first chart slice, charts complete), and how long
// Ctrl+Q takes while work runs in the background.
// Sizes up to 100 actors / 10,000 events by default; ALLIANCESCOPE_BENCH_LARGE=1 adds 300 and 500
// actors at 50,000 events and 500 actors at 100,000 events (the last needs the reader's 256 MiB
// limit). Generated files go to /tmp/alliancescope-bench/ (kept between runs, never committed).
// Run: QT_QPA_PLATFORM=offscreen ./build/tests/bench_window
#include "generatedchronology.h"
#include "charts/chartpanel.h"
#include "charts/seriescomputation.h"
#include "charts/timechart.h"
#include "chronology/chronologywriter.h"
#include "graphview/graphview.h"
#include "mainwindow/mainwindow.h"
#include "session/document.h"
#include "session/layoutcontroller.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

QString generatedFile(int actors, int dyads, int events)
{
    const QString dir = u"/tmp/alliancescope-bench"_s;
    QDir().mkpath(dir);
    const QString path = u"%1/generated-%2-%3-%4.json"_s.arg(dir).arg(actors).arg(dyads).arg(events);
    if (!QFileInfo::exists(path)) {
        QString error;
        if (!ChronologyWriter::writeFile(Bench::generatedChronology(actors, dyads, events), path, &error))
            qFatal("cannot write %s: %s", qPrintable(path), qPrintable(error));
    }
    return path;
}

void addSizes()
{
    QTest::addColumn<int>("actors");
    QTest::addColumn<int>("dyads");
    QTest::addColumn<int>("events");
    QTest::newRow("30 actors, 1,000 events") << 30 << 300 << 1000;
    QTest::newRow("100 actors, 10,000 events") << 100 << 1000 << 10000;
    if (qEnvironmentVariableIntValue("ALLIANCESCOPE_BENCH_LARGE") == 1) {
        QTest::newRow("300 actors, 50,000 events") << 300 << 3000 << 50000;
        QTest::newRow("500 actors / 5,000 dyads, 50,000 events") << 500 << 5000 << 50000;
        QTest::newRow("500 actors / 5,000 dyads, 100,000 events") << 500 << 5000 << 100000;
    }
}

// Notes the first paint of a widget.
class PaintWatch : public QObject
{
public:
    qint64 at = -1;
    const QElapsedTimer *clock = nullptr;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && at < 0)
            at = clock->elapsed();
        return QObject::eventFilter(watched, event);
    }
};

// While @p busy holds, the longest the UI thread spent in one turn of the event loop (handling
// what the workers delivered, painting), in ms: how long a key press could have waited.
qint64 worstStall(const std::function<bool()> &busy, qint64 limitMs)
{
    QElapsedTimer clock;
    clock.start();
    qint64 worst = 0;
    while (busy() && clock.elapsed() < limitMs) {
        QElapsedTimer turn;
        turn.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        worst = std::max(worst, turn.elapsed());
        QThread::msleep(1);
    }
    return worst;
}

bool chartsRunning(MainWindow &w)
{
    return w.chartPanel()->dyadChart()->computation()->isRunning()
        || w.chartPanel()->metricChart()->computation()->isRunning();
}

} // namespace

class BenchWindow : public QObject
{
    Q_OBJECT

private slots:
    void firstPaintWholeProcess_data() { addSizes(); }
    void firstPaintWholeProcess();
    void inProcess_data() { addSizes(); }
    void inProcess();
};

void BenchWindow::firstPaintWholeProcess()
{
    QFETCH(int, actors);
    QFETCH(int, dyads);
    QFETCH(int, events);
    const QString file = generatedFile(actors, dyads, events);
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"ALLIANCESCOPE_QUIT_AFTER_FIRST_FRAME"_s, u"1"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.path());
    QList<qint64> times;
    for (int run = 0; run < 3; ++run) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(ALLIANCESCOPE_EXECUTABLE), {file});
        QVERIFY(p.waitForFinished(600000));
        times.append(timer.elapsed());
        QCOMPARE(p.exitCode(), 0);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(!err.contains("error"), err.constData()); // the file itself was shown
    }
    std::sort(times.begin(), times.end());
    qInfo("%d actors, %d dyads, %d events: first painted frame, whole process (3 runs): median %lld ms (min %lld);"
          " target < 2000 ms", actors, dyads, events, times[1], times[0]);
}

void BenchWindow::inProcess()
{
    QFETCH(int, actors);
    QFETCH(int, dyads);
    QFETCH(int, events);
    const QString file = generatedFile(actors, dyads, events);
    QElapsedTimer clock;
    clock.start();
    MainWindow window;
    window.setErrorBoxesEnabled(false);
    PaintWatch paint;
    paint.clock = &clock;
    window.graphView()->viewport()->installEventFilter(&paint);
    if (QAction *charts = window.findChild<QAction *>(u"charts"_s); charts && !charts->isChecked())
        charts->trigger(); // the charts shown, as an analyst would have them
    QVERIFY2(window.openFile(file), qPrintable(window.lastError()));
    const qint64 opened = clock.elapsed();
    window.show();
    while (paint.at < 0 && clock.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    // Usable: the event loop answers a timer again.
    bool answered = false;
    QTimer::singleShot(0, &window, [&] { answered = true; });
    while (!answered)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 usable = clock.elapsed();
    const qint64 stall = worstStall([&] { return chartsRunning(window) || window.layoutController()->isRunning(); },
                                    600000);
    const qint64 complete = clock.elapsed();

    // A layer switch: the graph at once, the charts in slices.
    Document *doc = window.document();
    QList<qint64> slice;
    QElapsedTimer t;
    auto firstSlice = [&](SeriesComputation *c) {
        QObject::connect(c, &SeriesComputation::seriesReady, &window, [&](const QList<Series> &, bool) {
            if (slice.isEmpty())
                slice.append(t.elapsed());
        });
    };
    firstSlice(window.chartPanel()->dyadChart()->computation());
    firstSlice(window.chartPanel()->metricChart()->computation());
    t.start();
    doc->setLayer(Layer::Security);
    const qint64 layerGraph = t.elapsed();
    const qint64 layerStall = worstStall([&] { return chartsRunning(window); }, 600000);
    const qint64 layerCharts = t.elapsed();
    const qint64 layerFirst = slice.value(0, -1);

    slice.clear();
    WeightParameters p = doc->parameters();
    p.setHalfLife(Layer::Security, p.halfLife(Layer::Security) * 1.5);
    t.restart();
    doc->setParameters(p);
    const qint64 halfLifeGraph = t.elapsed();
    worstStall([&] { return chartsRunning(window); }, 600000);
    const qint64 halfLifeCharts = t.elapsed();
    const qint64 halfLifeFirst = slice.value(0, -1);

    // Ctrl+Q while the charts compute (after another layer switch).
    doc->setLayer(Layer::Economic);
    QAction *quit = window.findChild<QAction *>(u"quit"_s);
    QVERIFY(quit);
    t.restart();
    quit->trigger();
    QThreadPool::globalInstance()->waitForDone(); // what QApplication's exit waits for
    const qint64 quitMs = t.elapsed();

    qInfo("%d actors, %d dyads, %d events (in process, charts shown): file read and model %lld ms; first paint %lld ms;"
          " usable %lld ms; UI thread busy at most %lld ms at a time while the charts and layout ran; all done %lld ms",
          actors, dyads, events, opened, paint.at, usable, stall, complete);
    qInfo("  layer switch: graph %lld ms, first chart slice %lld ms, charts complete %lld ms (UI busy at most %lld ms);"
          " half-life: graph %lld ms, first slice %lld ms, charts %lld ms; Ctrl+Q with charts running: %lld ms",
          layerGraph, layerFirst, layerCharts, layerStall, halfLifeGraph, halfLifeFirst, halfLifeCharts, quitMs);
    QVERIFY(paint.at > 0);
}

QTEST_MAIN(BenchWindow)
#include "bench_window.moc"
