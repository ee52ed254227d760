// Tests of opening large chronologies in the background (issue 15): MainWindow::openFile reads
// and indexes a big file on a worker (BackgroundLoader) and ends with the same document as the
// synchronous path; Cancel keeps the chronology shown; a failing big file reports the same
// FILE:LINE:COL error; a half-life change on a large chronology is applied on a worker.
#include "bench/generatedchronology.h"
#include "chronology/chronologywriter.h"
#include "mainwindow/backgroundwork.h"
#include "mainwindow/mainwindow.h"
#include "session/backgroundloader.h"
#include "session/document.h"
#include "weights/weightmodel.h"

#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

// 20,000 events among 100 states (about 10 MB: over MainWindow's background threshold).
constexpr int kActors = 100;
constexpr int kDyads = 1000;
constexpr int kEvents = 20000;

bool sameSnapshot(const NetworkSnapshot &x, const NetworkSnapshot &y)
{
    if (x.date != y.date || x.dyads.size() != y.dyads.size() || x.memberships.size() != y.memberships.size())
        return false;
    for (qsizetype i = 0; i < x.dyads.size(); ++i) {
        const DyadState &a = x.dyads[i];
        const DyadState &b = y.dyads[i];
        if (a.a != b.a || a.b != b.b)
            return false;
        for (int l = 0; l < 4; ++l) {
            if (a.layers[l].weight != b.layers[l].weight || a.layers[l].tier != b.layers[l].tier)
                return false;
        }
    }
    return true;
}

QStringList eventIds(const Chronology &c)
{
    QStringList ids;
    for (const Event &e : c.events())
        ids.append(e.id);
    return ids;
}

} // namespace

class TestBackgroundLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backgroundEqualsSynchronous();
    void cancelKeepsThePreviousChronology();
    void failingBigFileReportsItsLocatedError();
    void smallFilesOpenAtOnce();
    void closingWhileLoadingDropsTheFile();
    void halfLifeRebuildsOnAWorker();
    void cancelledRebuildKeepsTheWeights();

private:
    QTemporaryDir m_dir;
    QString m_big;
};

void TestBackgroundLoad::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AllianceScope"_s);
    QCoreApplication::setApplicationName(u"tst_backgroundload"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_big = m_dir.filePath(u"big.json"_s);
    QString error;
    QVERIFY2(ChronologyWriter::writeFile(Bench::generatedChronology(kActors, kDyads, kEvents), m_big, &error),
             qPrintable(error));
    QVERIFY(QFileInfo(m_big).size() >= MainWindow::kBackgroundLoadBytes);
}

void TestBackgroundLoad::backgroundEqualsSynchronous()
{
    MainWindow sync;
    sync.setErrorBoxesEnabled(false);
    sync.setBackgroundLoadThreshold(std::numeric_limits<qint64>::max());
    QVERIFY2(sync.openFile(m_big), qPrintable(sync.lastError()));
    QVERIFY(!sync.isLoading());
    QCOMPARE(sync.document()->chronology().events().size(), kEvents);

    MainWindow window;
    window.setErrorBoxesEnabled(false);
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    QVERIFY(window.openFile(m_big));
    QVERIFY(window.isLoading());
    QVERIFY(!window.document()->hasChronology()); // nothing half-loaded meanwhile
    // The window says what it does: over the graph and in the status bar, with Cancel.
    auto *note = window.findChild<QLabel *>(u"loadingNote"_s);
    QVERIFY(note);
    QVERIFY(note->text().contains(u"big.json"_s));
    auto *work = window.findChild<BackgroundWork *>();
    QVERIFY(work);
    QVERIFY(work->isBusy());
    QVERIFY(work->text().contains(u"big.json"_s));

    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished[0][0].toString(), m_big);
    QCOMPARE(finished[0][1].toBool(), true);
    QVERIFY(!window.isLoading());
    QVERIFY(note->isHidden());
    QVERIFY(window.lastError().isEmpty());
    QCOMPARE(window.document()->path(), m_big);
    QCOMPARE(eventIds(window.document()->chronology()), eventIds(sync.document()->chronology()));
    QCOMPARE(window.document()->date(), sync.document()->date());
    QCOMPARE(window.document()->currentEventIndex(), sync.document()->currentEventIndex());
    for (const QDate &date : {QDate(1960, 3, 1), QDate(1999, 12, 31), QDate(2023, 6, 30)}) {
        window.document()->setDate(date);
        sync.document()->setDate(date);
        QVERIFY2(sameSnapshot(window.document()->snapshot(), sync.document()->snapshot()),
                 qPrintable(date.toString(Qt::ISODate)));
    }
}

void TestBackgroundLoad::cancelKeepsThePreviousChronology()
{
    MainWindow window;
    window.setErrorBoxesEnabled(false);
    const QString bundled = QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY);
    QVERIFY(window.openFile(bundled));
    const QStringList before = eventIds(window.document()->chronology());
    const QDate date = window.document()->date();
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    QSignalSpy changed(window.document(), &Document::chronologyChanged);
    QVERIFY(window.openFile(m_big));
    QVERIFY(window.isLoading());
    auto *work = window.findChild<BackgroundWork *>();
    QVERIFY(work);
    work->cancelButton()->click(); // the status bar's Cancel
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished[0][1].toBool(), false);
    QVERIFY(!window.isLoading());
    // The worker's result, whenever it comes, never reaches the document.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QTest::qWait(50);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(window.document()->path(), bundled);
    QCOMPARE(eventIds(window.document()->chronology()), before);
    QCOMPARE(window.document()->date(), date);
    QCOMPARE(finished.size(), 1);
}

void TestBackgroundLoad::failingBigFileReportsItsLocatedError()
{
    // The big file with a stray character at the start of its last event's "date" line.
    QFile in(m_big);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray data = in.readAll();
    const qsizetype at = data.lastIndexOf("\"date\"");
    QVERIFY(at > 0);
    data.insert(at, '@');
    const int line = int(data.left(at).count('\n')) + 1;
    const QString broken = m_dir.filePath(u"broken.json"_s);
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(data);
    out.close();

    MainWindow sync;
    sync.setErrorBoxesEnabled(false);
    sync.setBackgroundLoadThreshold(std::numeric_limits<qint64>::max());
    QString syncError;
    QVERIFY(!sync.openFile(broken, &syncError));

    MainWindow window;
    window.setErrorBoxesEnabled(false);
    QVERIFY(window.openFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)));
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    QVERIFY(window.openFile(broken));
    QVERIFY(window.isLoading());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished[0][1].toBool(), false);
    QVERIFY(window.lastError().contains(u"broken.json:%1:"_s.arg(line)));
    QVERIFY(QRegularExpression(u"broken\\.json:\\d+:\\d+: error: "_s).match(window.lastError()).hasMatch());
    // Word for word what the synchronous path says, but this window still has its chronology.
    QCOMPARE(window.lastError().section(u"\n\n"_s, 1), syncError.section(u"\n\n"_s, 1));
    QVERIFY(window.lastError().contains(u"The chronology shown is unchanged"_s));
    QCOMPARE(window.document()->path(), QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
}

void TestBackgroundLoad::smallFilesOpenAtOnce()
{
    MainWindow window;
    window.setErrorBoxesEnabled(false);
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    QVERIFY(window.openFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)));
    QVERIFY(!window.isLoading());
    QVERIFY(window.document()->hasChronology());
    QCOMPARE(finished.size(), 0);
}

void TestBackgroundLoad::closingWhileLoadingDropsTheFile()
{
    MainWindow window;
    window.setErrorBoxesEnabled(false);
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    QSignalSpy changed(window.document(), &Document::chronologyChanged);
    QVERIFY(window.openFile(m_big));
    QVERIFY(window.isLoading());
    window.close(); // Ctrl+Q: nothing waits for the reader, nothing falls back to another file
    QVERIFY(!window.isLoading());
    QCOMPARE(finished.size(), 0);
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!window.document()->hasChronology());
}

void TestBackgroundLoad::halfLifeRebuildsOnAWorker()
{
    Document doc;
    doc.setChronology(Bench::generatedChronology(kActors, kDyads, kEvents), u"generated"_s);
    doc.setDate(QDate(2000, 1, 1));
    const NetworkSnapshot before = doc.snapshot();
    WeightParameters p = doc.parameters();
    p.setHalfLife(Layer::Security, p.halfLife(Layer::Security) * 3);
    QSignalSpy changed(&doc, &Document::parametersChanged);
    QSignalSpy started(&doc, &Document::rebuildStarted);
    doc.setParameters(p);
    QCOMPARE(started.size(), 1);
    QVERIFY(doc.isRebuilding());
    QCOMPARE(doc.parameters(), p);
    // The graph keeps the old weights until the new index is in place.
    QVERIFY(sameSnapshot(doc.snapshot(), before));
    QVERIFY(changed.wait(120000));
    QVERIFY(!doc.isRebuilding());
    QCOMPARE(doc.model().parameters(), p);
    const WeightModel reference(doc.chronology(), p);
    const NetworkSnapshot after = doc.snapshot();
    QVERIFY(sameSnapshot(after, reference.snapshotAt(QDate(2000, 1, 1))));
    QVERIFY(!sameSnapshot(after, before)); // the half-life did change something
}

void TestBackgroundLoad::cancelledRebuildKeepsTheWeights()
{
    Document doc;
    doc.setChronology(Bench::generatedChronology(kActors, kDyads, kEvents), u"generated"_s);
    const WeightParameters old = doc.parameters();
    const NetworkSnapshot before = doc.snapshot();
    WeightParameters p = old;
    p.setHalfLife(Layer::Economic, p.halfLife(Layer::Economic) / 2);
    QSignalSpy changed(&doc, &Document::parametersChanged);
    QSignalSpy finished(&doc, &Document::rebuildFinished);
    doc.setParameters(p);
    QVERIFY(doc.isRebuilding());
    doc.cancelRebuild();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished[0][0].toBool(), false);
    QCOMPARE(doc.parameters(), old);
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(doc.model().parameters(), old);
    QVERIFY(sameSnapshot(doc.snapshot(), before));
}

QTEST_MAIN(TestBackgroundLoad)
#include "tst_backgroundload.moc"
