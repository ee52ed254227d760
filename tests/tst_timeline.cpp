// Tests of TimelineWidget and its TimelineTrack: stepping between events (also between events of
// the same day), first/last, the date at its precision, play with a speed, ticks that are clicked,
// scrubbing with the mouse, and the keyboard shortcuts.
#include "chronology/chronologyreader.h"
#include "session/document.h"
#include "timeline/timelinetrack.h"
#include "timeline/timelinewidget.h"

#include <QAction>
#include <QMainWindow>
#include <QSignalSpy>
#include <QFile>
#include <QTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

/// The small chronology the window tests share (tests/data/window-fixture.json).
QByteArray fixtureData()
{
    QFile file(QStringLiteral(ALLIANCESCOPE_TEST_DATA "/window-fixture.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Chronology fixture()
{
    const ChronologyReader::Result r = ChronologyReader::readData(fixtureData(), u"fixture.json"_s);
    return r.ok() ? *r.chronology : Chronology();
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsAtTheLastEvent();
    void stepsThroughEveryEvent();
    void firstAndLast();
    void showsDateAtPrecision();
    void playsAndStops();
    void speedSnapsToChoices();
    void clickOnTickGoesToEvent();
    void dragScrubsLive();
    void keyboardShortcuts();
    void followsLanguage();

private:
    Document *m_document = nullptr;
    QMainWindow *m_window = nullptr;
    TimelineWidget *m_timeline = nullptr;
};

void TestTimeline::init()
{
    m_document = new Document;
    m_window = new QMainWindow;
    m_timeline = new TimelineWidget(m_document, m_window);
    m_window->setCentralWidget(m_timeline);
    m_window->resize(900, 140);
    m_document->setChronology(fixture(), u"fixture.json"_s);
    QCOMPARE(m_document->chronology().events().size(), 6);
}

void TestTimeline::cleanup()
{
    delete m_window;
    delete m_document;
}

void TestTimeline::startsAtTheLastEvent()
{
    QCOMPARE(m_document->currentEventIndex(), 5);
    QCOMPARE(m_timeline->titleText(), u"Camp David Principles"_s);
    QCOMPARE(m_timeline->track()->firstDate(), QDate(1965, 1, 1));
    QCOMPARE(m_timeline->track()->lastDate(), QDate(2023, 12, 31));
}

void TestTimeline::stepsThroughEveryEvent()
{
    m_timeline->goFirst();
    QSignalSpy stepped(m_timeline, &TimelineWidget::eventStepped);
    for (int i = 1; i < 6; ++i) {
        m_timeline->stepNext();
        QCOMPARE(m_document->currentEventIndex(), i);
        QCOMPARE(m_document->date(), m_document->chronology().events()[i].date);
    }
    QCOMPARE(stepped.size(), 5);
    // Event 4 and 5 share a day: the steps still tell them apart.
    m_timeline->stepPrevious();
    QCOMPARE(m_document->currentEventIndex(), 4);
    QCOMPARE(m_timeline->titleText(), u"Camp David summit"_s);
    m_timeline->stepPrevious();
    QCOMPARE(m_document->currentEventIndex(), 3);
    // At the ends, a step goes nowhere.
    m_timeline->goLast();
    m_timeline->stepNext();
    QCOMPARE(m_document->currentEventIndex(), 5);
    m_timeline->goFirst();
    m_timeline->stepPrevious();
    QCOMPARE(m_document->currentEventIndex(), 0);
}

void TestTimeline::firstAndLast()
{
    m_timeline->goFirst();
    QCOMPARE(m_document->currentEventIndex(), 0);
    QCOMPARE(m_document->date(), QDate(1965, 6, 22));
    m_timeline->goLast();
    QCOMPARE(m_document->currentEventIndex(), 5);
    QCOMPARE(m_document->date(), QDate(2023, 8, 18));
}

void TestTimeline::showsDateAtPrecision()
{
    m_document->setEventIndex(1);
    QCOMPARE(m_timeline->dateText(), u"1999-04"_s);
    QCOMPARE(m_timeline->titleText(), u"TCOG is set up"_s);
    m_document->setEventIndex(2);
    QCOMPARE(m_timeline->dateText(), u"2016-11-23"_s);
    // Between events: the exact date, and the last event before it.
    m_document->setDate(QDate(2018, 3, 1));
    QCOMPARE(m_document->currentEventIndex(), 2);
    QCOMPARE(m_timeline->dateText(), u"2018-03-01"_s);
    QCOMPARE(m_timeline->titleText(), u"Japan and the ROK sign GSOMIA"_s);
    // "Previous" from between events goes to the event shown.
    m_timeline->stepPrevious();
    QCOMPARE(m_document->currentEventIndex(), 2);
    QCOMPARE(m_document->date(), QDate(2016, 11, 23));
}

void TestTimeline::playsAndStops()
{
    m_timeline->setSecondsPerEvent(0.5);
    QSignalSpy playing(m_timeline, &TimelineWidget::playingChanged);
    // Playing from the last event starts again at the first.
    m_timeline->setPlaying(true);
    QVERIFY(m_timeline->isPlaying());
    QCOMPARE(m_document->currentEventIndex(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_document->currentEventIndex(), 1, 2000);
    m_timeline->togglePlaying();
    QVERIFY(!m_timeline->isPlaying());
    QTest::qWait(700);
    QCOMPARE(m_document->currentEventIndex(), 1);
    QCOMPARE(playing.size(), 2);
    // Play stops by itself at the last event.
    m_document->setEventIndex(4);
    m_timeline->setPlaying(true);
    QTRY_VERIFY_WITH_TIMEOUT(!m_timeline->isPlaying(), 3000);
    QCOMPARE(m_document->currentEventIndex(), 5);
}

void TestTimeline::speedSnapsToChoices()
{
    QSignalSpy changed(m_timeline, &TimelineWidget::secondsPerEventChanged);
    m_timeline->setSecondsPerEvent(1.1);
    QCOMPARE(m_timeline->secondsPerEvent(), 1.0);
    m_timeline->setSecondsPerEvent(100.0);
    QCOMPARE(m_timeline->secondsPerEvent(), 4.0);
    QCOMPARE(changed.size(), 2);
}

void TestTimeline::clickOnTickGoesToEvent()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    TimelineTrack *track = m_timeline->track();
    const int x = int(std::lround(track->xForDate(QDate(2016, 11, 23))));
    QCOMPARE(track->eventAt(x), 2);
    QTest::mouseClick(track, Qt::LeftButton, {}, QPoint(x, 16));
    QCOMPARE(m_document->currentEventIndex(), 2);
    QCOMPARE(m_document->date(), QDate(2016, 11, 23));
    // Coincident ticks: the later event (the one the date shows) wins.
    const int camp = int(std::lround(track->xForDate(QDate(2023, 8, 18))));
    QCOMPARE(track->eventAt(camp), 5);
}

void TestTimeline::dragScrubsLive()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    TimelineTrack *track = m_timeline->track();
    // Between 1965 and 1999 there is no tick: a press there starts scrubbing.
    const int from = int(track->xForDate(QDate(1980, 1, 1)));
    const int to = int(track->xForDate(QDate(2010, 1, 1)));
    QVERIFY(track->eventAt(from) < 0);
    QSignalSpy dates(m_document, &Document::dateChanged);
    QTest::mousePress(track, Qt::LeftButton, {}, QPoint(from, 16));
    QVERIFY(m_timeline->isScrubbing());
    QVERIFY(std::abs(m_document->date().year() - 1980) <= 1);
    QCOMPARE(m_document->currentEventIndex(), 0);
    QMouseEvent move(QEvent::MouseMove, QPointF(to, 16), track->mapToGlobal(QPointF(to, 16)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(track, &move);
    QVERIFY(std::abs(m_document->date().year() - 2010) <= 1);
    QCOMPARE(m_document->currentEventIndex(), 1);
    QTest::mouseRelease(track, Qt::LeftButton, {}, QPoint(to, 16));
    QVERIFY(!m_timeline->isScrubbing());
    QCOMPARE(dates.size(), 2);
}

void TestTimeline::keyboardShortcuts()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_document->setEventIndex(2);
    QTest::keyClick(m_window, Qt::Key_Right);
    QCOMPARE(m_document->currentEventIndex(), 3);
    QTest::keyClick(m_window, Qt::Key_Left);
    QTest::keyClick(m_window, Qt::Key_Left);
    QCOMPARE(m_document->currentEventIndex(), 1);
    QTest::keyClick(m_window, Qt::Key_End);
    QCOMPARE(m_document->currentEventIndex(), 5);
    QTest::keyClick(m_window, Qt::Key_Home);
    QCOMPARE(m_document->currentEventIndex(), 0);
    QTest::keyClick(m_window, Qt::Key_Space);
    QVERIFY(m_timeline->isPlaying());
    QTest::keyClick(m_window, Qt::Key_Space);
    QVERIFY(!m_timeline->isPlaying());
}

void TestTimeline::followsLanguage()
{
    m_document->setEventIndex(4);
    m_document->setLanguage(Language::Zh);
    QCOMPARE(m_timeline->titleText(), u"戴维营峰会"_s);
    m_document->setLanguage(Language::En);
    QCOMPARE(m_timeline->titleText(), u"Camp David summit"_s);
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
