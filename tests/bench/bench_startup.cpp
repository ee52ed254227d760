// Benchmark of the GUI's start-up: the whole process, from exec to the first painted frame of
// the graph (ALLIANCESCOPE_QUIT_AFTER_FIRST_FRAME=1 makes it quit there), on the bundled
// chronology, offscreen. Target: under 0.5 s. Also reports the peak resident memory of such
// a run (target: under 150 MB). Also the whole process of a data command through
// alliancescope-data (Qt Core only) against alliancescope. Numbers go in docs/PERFORMANCE.md.
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

class BenchStartup : public QObject
{
    Q_OBJECT

private slots:
    void firstFrame();
    void dataCommand();
};

void BenchStartup::firstFrame()
{
    QTemporaryDir home; // fresh settings, as on a first start
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"ALLIANCESCOPE_QUIT_AFTER_FIRST_FRAME"_s, u"1"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.path());
    QList<qint64> times;
    for (int run = 0; run < 5; ++run) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(ALLIANCESCOPE_EXECUTABLE), {});
        QVERIFY(p.waitForFinished(30000));
        times.append(timer.elapsed());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }
    std::sort(times.begin(), times.end());
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage); // the largest child's peak, in KiB
    qInfo("first painted frame, whole process (5 runs): median %lld ms (min %lld); peak RSS %ld MiB;"
          " targets < 500 ms, < 150 MB",
          times[2], times[0], usage.ru_maxrss / 1024);
    QVERIFY(times[2] > 0);
}

void BenchStartup::dataCommand()
{
    const QStringList args = {u"--weights"_s, u"--date"_s, u"2023-08-18"_s};
    const QStringList programs = {QStringLiteral(ALLIANCESCOPE_DATA_EXECUTABLE), QStringLiteral(ALLIANCESCOPE_EXECUTABLE)};
    QList<qint64> times[2];
    QByteArray outputs[2];
    // In turn, so that a change of the machine's speed hits both alike.
    for (int run = 0; run < 15; ++run) {
        for (int i = 0; i < 2; ++i) {
            QProcess p;
            QElapsedTimer timer;
            timer.start();
            p.start(programs[i], args);
            QVERIFY(p.waitForFinished(30000));
            times[i].append(timer.elapsed());
            QCOMPARE(p.exitCode(), 0);
            outputs[i] = p.readAllStandardOutput();
        }
    }
    QCOMPARE(outputs[0], outputs[1]);
    for (auto &t : times)
        std::sort(t.begin(), t.end());
    qInfo("--weights --date 2023-08-18, whole process (15 runs each): alliancescope-data median %lld ms"
          " (min %lld), alliancescope median %lld ms (min %lld)",
          times[0][7], times[0][0], times[1][7], times[1][0]);
    QVERIFY(times[0][7] > 0);
}

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
