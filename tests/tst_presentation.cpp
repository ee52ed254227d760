// Tests of presentation mode (issue 9): the keys a clicker sends and what each does, the caption
// band's pixel sizes at 1920×1080, the pointer that hides, the presenter view's contents and the
// --present / --story start options.
#include "cli/startoptions.h"
#include "graphview/alliancescene.h"
#include "mainwindow/gui.h"
#include "mainwindow/mainwindow.h"
#include "present/captionband.h"
#include "present/presentationcontroller.h"
#include "present/presentationwindow.h"
#include "present/presenterview.h"
#include "present/storiespanel.h"
#include "session/document.h"

#include "graphview/graphview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QToolBar>
#include <QFontInfo>
#include <QFontMetrics>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTextStream>

#include <memory>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void f5EntersAndEscLeaves();
    void keysStepThroughEvents();
    void blackScreenAndScale();
    void keysStepThroughAStory();
    void bundledStoryInFocusLayout();
    void captionPixelSizesAt1080();
    void captionFollowsTheLanguage();
    void pointerHidesAfterTwoSeconds();
    void presenterViewContents();
    void presenterViewFromTheMenu();
    void startOptions();

private:
    PresentationWindow *audience() const { return m_window->presentation()->presentationWindow(); }
    /// A story of three steps added to the Stories panel from three views of the window.
    QString addStory();

    std::unique_ptr<MainWindow> m_window;
};

void TestPresentation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPresentation::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setErrorBoxesEnabled(false);
    QVERIFY(m_window->openFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)));
    m_window->setLanguage(Language::En);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPresentation::cleanup()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLayoutRunning(), 20000);
    m_window->setLanguage(Language::En);
    m_window.reset();
}

void TestPresentation::f5EntersAndEscLeaves()
{
    PresentationController *p = m_window->presentation();
    QVERIFY(!p->isActive());
    QAction *present = m_window->action(u"present"_s);
    QVERIFY(present);
    QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));
    present->trigger();
    QVERIFY(p->isActive());
    QVERIFY(audience());
    QVERIFY(audience()->isVisible());
    QVERIFY(audience()->isFullScreen());
    // Nothing but the graph and the band: no menus, toolbars, docks or status bar.
    QVERIFY(!audience()->findChild<QMenuBar *>());
    QVERIFY(!audience()->findChild<QToolBar *>());
    QVERIFY(!audience()->findChild<QDockWidget *>());
    QVERIFY(!audience()->findChild<QStatusBar *>());
    QCOMPARE(audience()->graphView()->scene(), static_cast<QGraphicsScene *>(m_window->scene()));
    // The band shows the current event.
    const Event &e = m_window->document()->chronology().events()[m_window->document()->currentEventIndex()];
    QCOMPARE(audience()->captionBand()->titleLabel()->text(), e.title.en);
    QCOMPARE(audience()->captionBand()->dateLabel()->text(), e.dateText());
    QVERIFY(audience()->captionBand()->sourceLabel()->text().contains(e.source.section));

    QPointer<PresentationWindow> shown = audience();
    QTest::keyClick(shown, Qt::Key_Escape);
    QVERIFY(!p->isActive());
    QTRY_VERIFY(!shown);
    // F5 again from the window enters again; F5 in presentation mode leaves.
    present->trigger();
    QVERIFY(p->isActive());
    QTest::keyClick(audience(), Qt::Key_F5);
    QVERIFY(!p->isActive());
}

void TestPresentation::keysStepThroughEvents()
{
    Document *doc = m_window->document();
    doc->setEventIndex(10);
    PresentationController *p = m_window->presentation();
    p->start();
    PresentationWindow *w = audience();
    const int last = int(doc->chronology().events().size()) - 1;
    const auto title = [&] { return w->captionBand()->titleLabel()->text(); };

    QTest::keyClick(w, Qt::Key_PageDown);
    QCOMPARE(doc->currentEventIndex(), 11);
    QCOMPARE(title(), doc->chronology().events()[11].title.en);
    QTest::keyClick(w, Qt::Key_Right);
    QCOMPARE(doc->currentEventIndex(), 12);
    QTest::keyClick(w, Qt::Key_Space);
    QCOMPARE(doc->currentEventIndex(), 13);
    QTest::keyClick(w, Qt::Key_PageUp);
    QCOMPARE(doc->currentEventIndex(), 12);
    QTest::keyClick(w, Qt::Key_Left);
    QCOMPARE(doc->currentEventIndex(), 11);
    QCOMPARE(title(), doc->chronology().events()[11].title.en);
    QTest::keyClick(w, Qt::Key_Home);
    QCOMPARE(doc->currentEventIndex(), 0);
    QTest::keyClick(w, Qt::Key_PageUp); // nothing before the first
    QCOMPARE(doc->currentEventIndex(), 0);
    QTest::keyClick(w, Qt::Key_End);
    QCOMPARE(doc->currentEventIndex(), last);
    QTest::keyClick(w, Qt::Key_PageDown); // nothing after the last
    QCOMPARE(doc->currentEventIndex(), last);
    QCOMPARE(title(), doc->chronology().events()[last].title.en);
    // The summary is one sentence of the event's summary.
    const QString summary = w->captionBand()->summaryLabel()->text();
    QVERIFY(!summary.isEmpty());
    QVERIFY(doc->chronology().events()[last].summary.en.startsWith(summary));
    p->stop();
}

void TestPresentation::blackScreenAndScale()
{
    PresentationController *p = m_window->presentation();
    p->start();
    PresentationWindow *w = audience();
    const int index = m_window->document()->currentEventIndex();
    QVERIFY(!w->isBlackedOut());
    QTest::keyClick(w, Qt::Key_B);
    QVERIFY(w->isBlackedOut());
    QCOMPARE(m_window->document()->currentEventIndex(), index); // B does not step
    QTest::keyClick(w, Qt::Key_B);
    QVERIFY(!w->isBlackedOut());

    CaptionBand *band = w->captionBand();
    const int date = QFontInfo(band->dateLabel()->font()).pixelSize();
    const int body = QFontInfo(band->summaryLabel()->font()).pixelSize();
    const qreal zoom = w->graphView()->transform().m11();
    QTest::keyClick(w, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(w->scale() > 1.05);
    QVERIFY(QFontInfo(band->dateLabel()->font()).pixelSize() > date);
    QVERIFY(QFontInfo(band->summaryLabel()->font()).pixelSize() > body);
    QVERIFY(w->graphView()->transform().m11() > zoom * 1.05); // the graph scales with the text
    QTest::keyClick(w, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(w, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(w->scale() < 0.95);
    QVERIFY(QFontInfo(band->dateLabel()->font()).pixelSize() < date);
    QTest::keyClick(w, Qt::Key_Minus); // without Ctrl: nothing
    QVERIFY(w->scale() > 0.8);
    p->stop();
}

QString TestPresentation::addStory()
{
    Document *doc = m_window->document();
    StoriesPanel *panel = m_window->presentation()->storiesPanel();
    panel->newStory();
    for (const QDate &d : {QDate(1965, 6, 22), QDate(2016, 11, 23), QDate(2023, 8, 18)}) {
        doc->setDate(d);
        panel->addCurrentView();
    }
    return panel->currentStoryId();
}

void TestPresentation::keysStepThroughAStory()
{
    const QString id = addStory();
    StoriesPanel *panel = m_window->presentation()->storiesPanel();
    QCOMPARE(panel->currentStory()->steps.size(), 3);
    StoryStep second = panel->currentStory()->steps[1];
    second.caption = {u"日韩签署军事情报保护协定。"_s, u"Japan and the ROK sign GSOMIA."_s};
    second.notes = {u"先问学生：为什么是2016年？"_s, u"Ask the class: why 2016?"_s};
    second.section = u"3.2"_s;
    second.layer = Layer::Security;
    panel->setStep(1, second);

    Document *doc = m_window->document();
    PresentationController *p = m_window->presentation();
    QVERIFY(p->start(id, 0));
    PresentationWindow *w = audience();
    QCOMPARE(p->stepIndex(), 0);
    QCOMPARE(doc->date(), QDate(1965, 6, 22));
    QTest::keyClick(w, Qt::Key_PageDown);
    QCOMPARE(p->stepIndex(), 1);
    QCOMPARE(doc->date(), QDate(2016, 11, 23));
    QCOMPARE(doc->layer(), Layer::Security);
    QCOMPARE(w->captionBand()->titleLabel()->text(), u"Japan and the ROK sign GSOMIA."_s);
    QVERIFY(w->captionBand()->sourceLabel()->text().contains(u"3.2"_s));
    QVERIFY(w->captionBand()->summaryLabel()->isHidden());
    QTest::keyClick(w, Qt::Key_Space);
    QCOMPARE(p->stepIndex(), 2);
    QCOMPARE(doc->date(), QDate(2023, 8, 18));
    QTest::keyClick(w, Qt::Key_Right); // the last step stays
    QCOMPARE(p->stepIndex(), 2);
    QTest::keyClick(w, Qt::Key_Home);
    QCOMPARE(p->stepIndex(), 0);
    QTest::keyClick(w, Qt::Key_End);
    QCOMPARE(p->stepIndex(), 2);
    QTest::keyClick(w, Qt::Key_Left);
    QCOMPARE(p->stepIndex(), 1);
    QCOMPARE(p->currentSlide().notes, u"Ask the class: why 2016?"_s);
    // In Chinese, the step's Chinese caption.
    m_window->setLanguage(Language::Zh);
    QCOMPARE(w->captionBand()->titleLabel()->text(), u"日韩签署军事情报保护协定。"_s);
    QCOMPARE(p->currentSlide().notes, u"先问学生：为什么是2016年？"_s);
    QTest::keyClick(w, Qt::Key_Escape);
    QVERIFY(!p->isActive());
    // Play from the panel starts at the selected step.
    m_window->presentation()->storiesDock()->show();
    panel->setCurrentStep(2);
    QTest::mouseClick(panel->button(u"playStory"_s), Qt::LeftButton);
    QVERIFY(p->isActive());
    QCOMPARE(p->stepIndex(), 2);
    p->stop();
}

void TestPresentation::bundledStoryInFocusLayout()
{
    PresentationController *p = m_window->presentation();
    const LayoutMode before = m_window->layoutMode();
    QVERIFY(before != LayoutMode::Focus);
    QVERIFY(p->start(u"paper-argument"_s));
    QCOMPARE(m_window->layoutMode(), LayoutMode::Focus); // the triangle in the centre
    const Story *story = p->story();
    QVERIFY(story);
    QVERIFY(story->steps.size() >= 8);
    for (int i = 0; i < story->steps.size(); ++i) {
        const StoryStep &step = story->steps[i];
        QCOMPARE(p->stepIndex(), i);
        QCOMPARE(m_window->document()->date(), step.date);
        QCOMPARE(audience()->captionBand()->titleLabel()->text(), step.caption.en);
        // The step's highlights are drawn emphasised.
        for (const DyadKey &k : step.highlightEdges)
            QVERIFY(m_window->scene()->isHighlighted(k.a, k.b));
        QTest::keyClick(audience(), Qt::Key_PageDown);
    }
    QCOMPARE(p->stepIndex(), int(story->steps.size()) - 1);
    p->stop();
    QCOMPARE(m_window->layoutMode(), before);
    QVERIFY(!m_window->scene()->hasHighlights());
}

void TestPresentation::captionPixelSizesAt1080()
{
    CaptionBand band;
    band.setScreenHeight(1080);
    band.resize(1920, 300);
    band.setSlide({u"2023-08-18"_s, u"Camp David summit"_s, u"The three leaders meet."_s,
                   u"The paper, section 4"_s, {}, {}, 1, 1});
    band.show();
    // The date at least 48 px, all body text at least 28 px, measured from the labels' fonts.
    const QFontMetrics date(band.dateLabel()->font());
    QVERIFY2(QFontInfo(band.dateLabel()->font()).pixelSize() >= 48,
             qPrintable(QString::number(QFontInfo(band.dateLabel()->font()).pixelSize())));
    QVERIFY2(date.capHeight() >= 48 * 0.6, qPrintable(QString::number(date.capHeight())));
    QVERIFY(band.dateLabel()->sizeHint().height() >= date.height());
    for (QLabel *body : {band.titleLabel(), band.summaryLabel(), band.sourceLabel()}) {
        const int px = QFontInfo(body->font()).pixelSize();
        QVERIFY2(px >= 28, qPrintable(body->objectName() + u": "_s + QString::number(px)));
        QVERIFY(QFontMetrics(body->font()).height() >= 28);
    }
    // Proportional to the screen: a 2160 px screen doubles them, 720 px shrinks them.
    band.setScreenHeight(2160);
    QVERIFY(QFontInfo(band.dateLabel()->font()).pixelSize() >= 96);
    band.setScreenHeight(720);
    QVERIFY(QFontInfo(band.sourceLabel()->font()).pixelSize() < 28);

    // The window in presentation mode sizes the band from its screen's height.
    PresentationController *p = m_window->presentation();
    p->start();
    const int screenHeight = audience()->screen()->geometry().height();
    QCOMPARE(audience()->captionBand()->screenHeight(), std::max(240, screenHeight));
    QCOMPARE(QFontInfo(audience()->captionBand()->dateLabel()->font()).pixelSize(),
             audience()->captionBand()->pixelSize(CaptionBand::kDatePx));
    p->stop();
}

void TestPresentation::captionFollowsTheLanguage()
{
    Document *doc = m_window->document();
    doc->setDate(QDate(2019, 8, 22));
    PresentationController *p = m_window->presentation();
    p->start();
    const Event &e = doc->chronology().events()[doc->currentEventIndex()];
    QCOMPARE(audience()->captionBand()->titleLabel()->text(), e.title.en);
    m_window->setLanguage(Language::Zh);
    QCOMPARE(audience()->captionBand()->titleLabel()->text(), e.title.zh);
    QVERIFY(audience()->captionBand()->sourceLabel()->text().contains(u"论文"_s));
    QVERIFY(audience()->captionBand()->summaryLabel()->text().endsWith(u"。"_s));
    p->stop();
}

void TestPresentation::pointerHidesAfterTwoSeconds()
{
    PresentationController *p = m_window->presentation();
    p->start();
    PresentationWindow *w = audience();
    QVERIFY(!w->isPointerHidden());
    QTest::qWait(1500);
    QVERIFY(!w->isPointerHidden()); // not before two seconds
    QTRY_VERIFY_WITH_TIMEOUT(w->isPointerHidden(), 2000);
    QCOMPARE(w->cursor().shape(), Qt::BlankCursor);
    QTest::mouseMove(w, QPoint(100, 100));
    QMouseEvent move(QEvent::MouseMove, QPointF(120, 120), QPointF(120, 120), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &move);
    QVERIFY(!w->isPointerHidden());
    QVERIFY(w->cursor().shape() != Qt::BlankCursor);
    p->stop();
}

void TestPresentation::presenterViewContents()
{
    PresenterView view;
    Slide slide;
    slide.date = u"2016-11-23"_s;
    slide.title = u"Japan and the ROK sign GSOMIA."_s;
    slide.notes = u"Ask the class: why 2016?"_s;
    slide.next = u"The ROK does not renew GSOMIA."_s;
    slide.position = 4;
    slide.count = 10;
    view.setSlide(slide);
    view.show();
    QVERIFY(view.currentLabel()->text().contains(slide.title));
    QVERIFY(view.currentLabel()->text().contains(slide.date));
    QCOMPARE(view.notesView()->toPlainText(), slide.notes);
    QCOMPARE(view.nextLabel()->text(), slide.next);
    QCOMPARE(view.positionLabel()->text(), u"4 of 10"_s);
    // A clock (HH:mm) and the elapsed time from zero.
    QVERIFY(QRegularExpression(u"^\\d\\d:\\d\\d$"_s).match(view.clockLabel()->text()).hasMatch());
    QCOMPARE(view.elapsedLabel()->text(), u"00:00"_s);
    QCOMPARE(PresenterView::formatElapsed(75'000), u"01:15"_s);
    QCOMPARE(PresenterView::formatElapsed(3'725'000), u"1:02:05"_s);
    // The last step: nothing next; no notes: the summary stands in.
    slide.next.clear();
    slide.notes.clear();
    slide.summary = u"The summary."_s;
    view.setSlide(slide);
    QCOMPARE(view.nextLabel()->text(), u"(the end)"_s);
    QCOMPARE(view.notesView()->toPlainText(), u"The summary."_s);
}

void TestPresentation::presenterViewFromTheMenu()
{
    // With one screen, the menu opens it to rehearse; it follows the presentation.
    QAction *action = m_window->action(u"presenterView"_s);
    QVERIFY(action);
    action->trigger();
    PresenterView *view = m_window->presentation()->presenterView();
    QVERIFY(view && view->isVisible());
    Document *doc = m_window->document();
    doc->setEventIndex(5);
    PresentationController *p = m_window->presentation();
    p->start();
    QCOMPARE(view->currentLabel()->text(), doc->chronology().events()[5].dateText() + u" — "_s
                                              + doc->chronology().events()[5].title.en);
    QTest::keyClick(audience(), Qt::Key_PageDown);
    QCOMPARE(view->nextLabel()->text(), doc->chronology().events()[7].title.en);
    QCOMPARE(view->positionLabel()->text(),
             u"7 of %1"_s.arg(doc->chronology().events().size()));
    p->stop();
}

void TestPresentation::startOptions()
{
    QString message;
    QTextStream err(&message);
    const auto present = StartOptions::parse({u"--present"_s}, err);
    QVERIFY(present);
    QVERIFY(present->present);
    QVERIFY(present->story.isEmpty());
    const auto story = StartOptions::parse({u"--story"_s, u"paper"_s, u"--lang"_s, u"zh"_s}, err);
    QVERIFY(story);
    QVERIFY(story->present);
    QCOMPARE(story->story, u"paper"_s);
    QVERIFY(!StartOptions::parse({u"--present"_s, u"--width"_s, u"10"_s}, err));
    QVERIFY(message.contains(u"--present"_s));

    startPresentation(*m_window, *present);
    QVERIFY(m_window->presentation()->isActive());
    QVERIFY(!m_window->presentation()->story());
    m_window->presentation()->stop();
    // An unknown story: the events are presented.
    startPresentation(*m_window, *story);
    QVERIFY(m_window->presentation()->isActive());
    QVERIFY(!m_window->presentation()->story());
    m_window->presentation()->stop();
    // The bundled story by its id.
    const auto bundled = StartOptions::parse({u"--story"_s, u"paper-argument"_s}, err);
    QVERIFY(bundled);
    startPresentation(*m_window, *bundled);
    QVERIFY(m_window->presentation()->story());
    QCOMPARE(m_window->presentation()->story()->id, u"paper-argument"_s);
    QCOMPARE(m_window->presentation()->stepIndex(), 0);
    m_window->presentation()->stop();
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
