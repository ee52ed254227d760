// PresentationController: presentation mode, the presenter view, the Stories dock and the
// transitions' settings for one MainWindow (see presentationcontroller.h).
#include "presentationcontroller.h"

#include "edit/editsession.h"
#include "edit/editui.h"

#include "graphview/alliancescene.h"
#include "export/exportprogressdialog.h"
#include "export/figureexporter.h"
#include "graphview/graphview.h"
#include "graphview/scenetransition.h"
#include "mainwindow/mainwindow.h"
#include "presentationwindow.h"
#include "presenterview.h"
#include "session/document.h"
#include "session/layoutcontroller.h"
#include "storiespanel.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

    /// The first sentence of @p text (Chinese or English); the whole text when it has one.
    QString firstSentence(const QString &text)
    {
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == u'。' || c == u'！' || c == u'？')
                return text.left(i + 1);
            if ((c == u'.' || c == u'!' || c == u'?') && (i + 1 == text.size() || text[i + 1] == u' ')
                && i > 2 && !text[i - 1].isUpper())
                return text.left(i + 1);
        }
        return text;
    }

    constexpr int kDurations[] = {300, 600, 1200};

} // namespace

PresentationController::PresentationController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_stories(new StoriesPanel(window->document(), window))
    , m_storiesDock(new QDockWidget(window))
    , m_transition(new SceneTransition(window->scene()))
{
    m_transition->loadSettings();
    window->scene()->setTransition(m_transition);

    m_storiesDock->setObjectName(u"storiesDock"_s);
    m_storiesDock->setWidget(m_stories);
    window->addDockWidget(Qt::RightDockWidgetArea, m_storiesDock);
    m_storiesDock->hide(); // F7 shows it
    m_stories->setViewCapture([this] { return captureView(); });

    connect(m_stories, &StoriesPanel::playRequested, this,
            [this](const QString &id, int step) { start(id, step); });
    connect(m_stories, &StoriesPanel::exportRequested, this, &PresentationController::exportStory);
    connect(m_stories, &StoriesPanel::storiesChanged, this, [this] {
        if (m_active && !m_storyId.isEmpty())
            showStep();
    });

    Document *doc = window->document();
    connect(doc, &Document::dateChanged, this, [this] { refresh(); });
    connect(doc, &Document::layerChanged, this, [this] { refresh(); });
    connect(doc, &Document::currentEventChanged, this, [this] { refresh(); });
    connect(doc, &Document::languageChanged, this, [this] {
        retranslate();
        refresh();
    });
    connect(doc, &Document::chronologyChanged, this, [this] {
        if (m_active && !story())
            m_storyId.clear();
        refresh();
    });
    AllianceScene *scene = window->scene();
    connect(scene, &AllianceScene::nodeClicked, this, [this](const QString &id) { m_focusNode = id; });
    connect(scene, &AllianceScene::edgeClicked, this, [this] { m_focusNode.clear(); });
    connect(scene, &AllianceScene::backgroundClicked, this, [this] { m_focusNode.clear(); });

    createActions();
    retranslate();
}

// The scene, created before this controller, is deleted before it; its transition (a child of the
// scene) goes with it, and the scene holds it by QPointer: nothing to undo here.
PresentationController::~PresentationController() = default;

void PresentationController::createActions()
{
    const auto make = [this](const QString &name, const QKeySequence &key = {}) {
        auto *a = new QAction(m_window);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        m_window->addAction(a); // shortcuts work with the menu bar hidden
        return a;
    };
    m_presentAction = make(u"present"_s, QKeySequence(Qt::Key_F5));
    connect(m_presentAction, &QAction::triggered, this, &PresentationController::toggle);
    m_presenterAction = make(u"presenterView"_s);
    connect(m_presenterAction, &QAction::triggered, this, &PresentationController::showPresenterView);
    m_reduceMotionAction = make(u"reduceMotion"_s);
    m_reduceMotionAction->setCheckable(true);
    m_reduceMotionAction->setChecked(m_transition->reducedMotion());
    connect(m_reduceMotionAction, &QAction::toggled, this, [this](bool on) {
        m_transition->setReducedMotion(on);
        m_transition->saveSettings();
    });
    m_durationGroup = new QActionGroup(this);
    for (int ms : kDurations) {
        QAction *a = make(u"transition%1"_s.arg(ms));
        a->setCheckable(true);
        a->setData(ms);
        a->setChecked(ms == m_transition->duration());
        m_durationGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, ms] {
            m_transition->setDuration(ms);
            m_transition->saveSettings();
        });
    }
    QAction *storiesToggle = m_storiesDock->toggleViewAction();
    storiesToggle->setObjectName(u"storiesPanel"_s);
    storiesToggle->setShortcut(QKeySequence(Qt::Key_F7));
    m_window->addAction(storiesToggle);

    m_saveAction = make(u"save"_s, QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &PresentationController::save);
    m_saveAsAction = make(u"saveAs"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAsAction, &QAction::triggered, this, &PresentationController::saveAs);

    QMenuBar *bar = m_window->menuBar();
    if (auto *file = bar->findChild<QMenu *>(u"fileMenu"_s)) {
        QAction *before = m_window->action(u"exportFigure"_s);
        file->insertAction(before, m_saveAction);
        file->insertAction(before, m_saveAsAction);
        file->insertSeparator(before);
    }
    m_menu = new QMenu(m_window);
    m_menu->setObjectName(u"presentMenu"_s);
    m_menu->addAction(m_presentAction);
    m_menu->addAction(m_presenterAction);
    m_menu->addAction(storiesToggle);
    m_menu->addSeparator();
    m_menu->addAction(m_reduceMotionAction);
    m_durationMenu = m_menu->addMenu(QString());
    m_durationMenu->addActions(m_durationGroup->actions());
    auto *help = bar->findChild<QMenu *>(u"helpMenu"_s);
    if (help)
        bar->insertMenu(help->menuAction(), m_menu);
    else
        bar->addMenu(m_menu);
}

void PresentationController::retranslate()
{
    m_menu->setTitle(tr("&Present"));
    m_presentAction->setText(m_active ? tr("Leave Presentation") : tr("Start &Presentation"));
    m_presentAction->setToolTip(tr("Full screen for a classroom: the graph and large captions; "
                                   "PageDown/PageUp step, B blacks out, Esc leaves"));
    m_presenterAction->setText(tr("P&resenter View"));
    m_presenterAction->setToolTip(tr("Speaker notes, the next step and a clock (on the second "
                                     "screen while presenting)"));
    m_storiesDock->setWindowTitle(tr("Stories"));
    m_storiesDock->toggleViewAction()->setText(tr("&Stories Panel"));
    m_reduceMotionAction->setText(tr("&Reduce Motion"));
    m_reduceMotionAction->setToolTip(tr("Changes between dates without animation"));
    m_durationMenu->setTitle(tr("&Transition Speed"));
    const QStringList names = {tr("Quick (0.3 s)"), tr("Normal (0.6 s)"), tr("Slow (1.2 s)")};
    const QList<QAction *> actions = m_durationGroup->actions();
    for (int i = 0; i < actions.size() && i < names.size(); ++i)
        actions[i]->setText(names[i]);
    m_saveAction->setText(tr("&Save"));
    m_saveAction->setToolTip(tr("Save the chronology with its stories"));
    m_saveAsAction->setText(tr("Save &As…"));
}

PresentationWindow *PresentationController::presentationWindow() const
{
    return m_audience;
}

PresenterView *PresentationController::presenterView() const
{
    return m_presenter;
}

const Story *PresentationController::story() const
{
    if (m_storyId.isEmpty())
        return nullptr;
    for (const Story &s : m_stories->stories())
        if (s.id == m_storyId)
            return &s;
    return nullptr;
}

QScreen *PresentationController::audienceScreen() const
{
    QScreen *own = m_window->screen();
    for (QScreen *s : QGuiApplication::screens())
        if (s != own)
            return s; // with a projector: the window stays with the presenter
    return own ? own : QGuiApplication::primaryScreen();
}

bool PresentationController::start(const QString &storyId, int step)
{
    if (m_active)
        stop();
    m_storyId = storyId;
    const bool found = storyId.isEmpty() || story();
    if (!story())
        m_storyId.clear();
    m_step = story() ? std::clamp(step, 0, int(story()->steps.size()) - 1) : 0;

    // The triangle at the centre, where the layout mode exists.
    m_modeBefore = m_window->layoutMode();
    m_window->setLayoutMode(LayoutMode::Focus);
    m_window->scene()->setLegendVisible(false); // the room goes to the graph

    m_audience = new PresentationWindow(m_window->scene(), m_window);
    connect(m_audience, &PresentationWindow::nextRequested, this, &PresentationController::next);
    connect(m_audience, &PresentationWindow::previousRequested, this, &PresentationController::previous);
    connect(m_audience, &PresentationWindow::firstRequested, this, &PresentationController::first);
    connect(m_audience, &PresentationWindow::lastRequested, this, &PresentationController::last);
    connect(m_audience, &PresentationWindow::leaveRequested, this, &PresentationController::stop);
    QScreen *screen = audienceScreen();
    if (screen) {
        m_audience->setScreen(screen);
        m_audience->setGeometry(screen->geometry());
        m_audience->setScreenHeight(screen->geometry().height());
    }
    m_audience->showFullScreen();
    m_audience->activateWindow();
    m_audience->setFocus();
    m_active = true;
    if (QGuiApplication::screens().size() > 1)
        showPresenterView();
    else if (m_presenter)
        m_presenter->restartClock();
    retranslate();
    if (story())
        showStep();
    else
        refresh();
    m_audience->graphView()->fitToWindow();
    emit activeChanged(true);
    return found;
}

void PresentationController::stop()
{
    if (!m_active)
        return;
    m_active = false;
    // Called from the window's own key handler: delete it later.
    if (m_audience) {
        m_audience->hide();
        m_audience->deleteLater();
    }
    if (m_presenter && QGuiApplication::screens().size() > 1) {
        m_presenter->hide();
        m_presenter->deleteLater();
    }
    m_window->scene()->clearHighlights();
    const QAction *legend = m_window->action(u"legend"_s);
    m_window->scene()->setLegendVisible(!legend || legend->isChecked());
    setFocusActors({});
    if (m_modeBefore)
        m_window->setLayoutMode(*m_modeBefore);
    m_modeBefore.reset();
    m_storyId.clear();
    m_window->activateWindow();
    retranslate();
    emit activeChanged(false);
}

void PresentationController::toggle()
{
    if (m_active)
        stop();
    else
        start(m_stories->isVisible() ? m_stories->currentStoryId() : QString(),
              std::max(0, m_stories->currentStep()));
}

void PresentationController::next()
{
    if (const Story *s = story()) {
        if (m_step + 1 < s->steps.size()) {
            ++m_step;
            showStep();
        }
        return;
    }
    Document *doc = m_window->document();
    if (doc->currentEventIndex() + 1 < doc->chronology().events().size())
        doc->setEventIndex(doc->currentEventIndex() + 1);
}

void PresentationController::previous()
{
    if (story()) {
        if (m_step > 0) {
            --m_step;
            showStep();
        }
        return;
    }
    Document *doc = m_window->document();
    if (doc->currentEventIndex() > 0)
        doc->setEventIndex(doc->currentEventIndex() - 1);
}

void PresentationController::first()
{
    if (story()) {
        m_step = 0;
        showStep();
        return;
    }
    if (!m_window->document()->chronology().events().isEmpty())
        m_window->document()->setEventIndex(0);
}

void PresentationController::last()
{
    if (const Story *s = story()) {
        m_step = int(s->steps.size()) - 1;
        showStep();
        return;
    }
    const int n = int(m_window->document()->chronology().events().size());
    if (n > 0)
        m_window->document()->setEventIndex(n - 1);
}

void PresentationController::showStep()
{
    const Story *s = story();
    if (!s || s->steps.isEmpty())
        return refresh();
    m_step = std::clamp(m_step, 0, int(s->steps.size()) - 1);
    const StoryStep step = s->steps[m_step];
    Document *doc = m_window->document();
    doc->setLayer(step.layer);
    const QList<Event> &events = doc->chronology().events();
    int index = -1;
    for (int i = 0; i < events.size() && !step.event.isEmpty(); ++i)
        if (events[i].id == step.event)
            index = i;
    if (index >= 0 && events[index].date == step.date)
        doc->setEventIndex(index); // that event, also among others of the same day
    else
        doc->setDate(step.date);
    m_window->scene()->setHighlights(step.highlightEdges, step.highlightActors);
    setFocusActors(step.focus);
    m_stories->setCurrentStory(s->id);
    m_stories->setCurrentStep(m_step);
    refresh();
}

Slide PresentationController::currentSlide() const
{
    Slide slide;
    const Document *doc = m_window->document();
    const Language lang = doc->language();
    const QList<Event> &events = doc->chronology().events();
    if (const Story *s = story(); s && m_step < s->steps.size()) {
        const StoryStep &step = s->steps[m_step];
        slide.date = step.date.toString(Qt::ISODate);
        for (const Event &e : events)
            if (!step.event.isEmpty() && e.id == step.event && e.date == step.date)
                slide.date = e.dateText();
        slide.title = step.caption.in(lang);
        QStringList source;
        if (!step.section.isEmpty())
            source.append(tr("The paper, section %1").arg(step.section));
        source.append(s->title.in(lang));
        slide.source = source.join(u"  ·  "_s);
        slide.notes = step.notes.in(lang);
        if (m_step + 1 < s->steps.size())
            slide.next = s->steps[m_step + 1].caption.in(lang);
        slide.position = m_step + 1;
        slide.count = int(s->steps.size());
        return slide;
    }
    const int i = doc->currentEventIndex();
    slide.date = doc->date().toString(Qt::ISODate);
    slide.count = int(events.size());
    if (i < 0 || i >= events.size()) {
        slide.title = tr("Before the first event");
        if (!events.isEmpty())
            slide.next = events.first().title.in(lang);
        return slide;
    }
    const Event &e = events[i];
    if (e.date == doc->date())
        slide.date = e.dateText();
    slide.title = e.title.in(lang);
    slide.summary = firstSentence(e.summary.in(lang));
    QStringList source;
    if (!e.source.section.isEmpty())
        source.append(tr("The paper, section %1").arg(e.source.section));
    if (!e.source.footnote.isEmpty())
        source.append(e.source.footnote);
    if (!e.source.document.isEmpty())
        source.append(e.source.document);
    if (e.context && !e.source.note.isEmpty())
        source.append(e.source.note);
    slide.source = source.join(u"  ·  "_s);
    slide.notes = e.summary.in(lang);
    if (i + 1 < events.size())
        slide.next = events[i + 1].title.in(lang);
    slide.position = i + 1;
    return slide;
}

StoryStep PresentationController::captureView() const
{
    const Document *doc = m_window->document();
    StoryStep step;
    step.date = doc->date();
    step.layer = doc->layer();
    const QList<Event> &events = doc->chronology().events();
    const int i = doc->currentEventIndex();
    if (i >= 0 && i < events.size() && events[i].date == step.date) {
        step.event = events[i].id;
        step.caption = events[i].title;
        step.section = events[i].source.section;
    }
    if (const Story *s = story(); s && m_step < s->steps.size())
        step.focus = s->steps[m_step].focus;
    if (const auto edge = doc->selectedEdge())
        step.highlightEdges.append(*edge);
    if (!m_focusNode.isEmpty())
        step.highlightActors.append(m_focusNode);
    return step;
}

void PresentationController::setFocusActors(const QStringList &focus)
{
    LayoutController *layouts = m_window->layoutController();
    if (layouts->focus() == (focus.isEmpty() ? LayoutHints::defaultFocus() : focus))
        return;
    layouts->setFocus(focus);
    if (layouts->mode() == LayoutMode::Focus && m_window->document()->hasChronology())
        layouts->requestLayout(m_window->document()->language());
}

void PresentationController::exportStory(const QString &storyId)
{
    const Story *found = nullptr;
    for (const Story &s : m_stories->stories())
        if (s.id == storyId)
            found = &s;
    if (!found || found->steps.isEmpty())
        return;
    const Story story = *found;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Story"), story.id + u".pdf"_s,
        tr("PDF handout (*.pdf);;PNG frames, one per step (*.png);;SVG frames, one per step (*.svg)"));
    if (path.isEmpty())
        return;
    // A .pdf is one handout; PNG/SVG frames go into a directory named after the file.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool pdf = suffix != u"png"_s && suffix != u"svg"_s;
    const QString target = pdf ? (suffix == u"pdf"_s ? path : path + u".pdf"_s)
                               : QFileInfo(path).absolutePath() + u'/' + QFileInfo(path).completeBaseName();
    FigureOptions options;
    options.language = m_window->document()->language();
    const auto exporter = m_window->makeFigureExporter();
    ExportProgressDialog progress(tr("Exporting the story"), m_window);
    const FigureExporter::Status status = exporter->exportStory(
        target, story, options, suffix == u"svg"_s ? FigureFormat::Svg : FigureFormat::Png,
        progress.callback());
    if (status == FigureExporter::Status::Failed) {
        QMessageBox::critical(m_window, tr("Export Story"), exporter->errorString());
        return;
    }
    if (status == FigureExporter::Status::Ok)
        m_window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void PresentationController::refresh()
{
    if (!m_audience && !m_presenter)
        return;
    const Slide slide = currentSlide();
    if (m_audience)
        m_audience->setSlide(slide);
    if (m_presenter)
        m_presenter->setSlide(slide);
}

void PresentationController::showPresenterView()
{
    if (!m_presenter) {
        m_presenter = new PresenterView(m_window);
        QScreen *audience = m_audience ? m_audience->screen() : nullptr;
        for (QScreen *s : QGuiApplication::screens()) {
            if (s != audience) {
                m_presenter->setScreen(s);
                m_presenter->move(s->availableGeometry().topLeft());
                break;
            }
        }
    }
    m_presenter->restartClock();
    m_presenter->show();
    m_presenter->raise();
    refresh();
}

bool PresentationController::save()
{
    const QString path = m_window->document()->path();
    if (path.isEmpty() || path.startsWith(u':'))
        return saveAs();
    QString error;
    if (!m_stories->saveTo(path, &error)) {
        QMessageBox::warning(m_window, tr("Cannot save"), error);
        return false;
    }
    showSaved(path);
    return true;
}

void PresentationController::showSaved(const QString &path)
{
    // A save on a worker tells its end itself (EditUi: "Saving…", then "Saved").
    if (!m_window->editUi()->session()->isSaving())
        m_window->statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
}

bool PresentationController::saveAs()
{
    const QString current = m_window->document()->path();
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Chronology"), current.startsWith(u':') ? QString() : current,
        tr("Chronologies (*.json)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_stories->saveTo(path, &error)) {
        QMessageBox::warning(m_window, tr("Cannot save"), error);
        return false;
    }
    // The saved file becomes the document's (saveTo() told it), with its history of edits.
    showSaved(path);
    return true;
}

} // namespace AllianceScope
