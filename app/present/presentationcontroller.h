// PresentationController: presentation mode (F5) for the main window — the audience's
// full-screen PresentationWindow, the PresenterView on a second screen, playing a story step by
// step or the chronology event by event; the Present menu, the Stories dock, File → Save / Save
// As of the stories, and the staged transitions of the window's scene with their settings.
#pragma once

#include "chronology/story.h"
#include "layout/graphlayout.h"
#include "slide.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QScreen;

namespace AllianceScope {

class MainWindow;
class PresentationWindow;
class PresenterView;
class SceneTransition;
class StoriesPanel;

class PresentationController : public QObject
{
    Q_OBJECT

public:
    explicit PresentationController(MainWindow *window);
    ~PresentationController() override;

    bool isActive() const { return m_active; }
    /**
     * Enters presentation mode: the story @p storyId from step @p step, or (empty id) the
     * chronology from the current event. @return false when there is no such story (the
     * presentation then shows the events).
     */
    bool start(const QString &storyId = QString(), int step = 0);
    void stop();
    void toggle();

    /// Next / previous story step when a story plays, else next / previous event.
    void next();
    void previous();
    void first();
    void last();

    /// The story playing (nullptr: events), and its step.
    const Story *story() const;
    int stepIndex() const { return m_step; }
    /// What the caption band and presenter view show now.
    Slide currentSlide() const;
    /// The story step of the current view (what "Add current view as step" adds).
    StoryStep captureView() const;

    /// Opens the presenter view (also with one screen, to rehearse).
    void showPresenterView();

    PresentationWindow *presentationWindow() const;
    PresenterView *presenterView() const;
    StoriesPanel *storiesPanel() const { return m_stories; }
    QDockWidget *storiesDock() const { return m_storiesDock; }
    SceneTransition *transition() const { return m_transition; }
    /// File → Save (Save As when the chronology is bundled) and Save As. A large chronology is
    /// saved on a worker (EditSession::startSave()): true then means it started.
    bool save();
    bool saveAs();

signals:
    void activeChanged(bool active);

private:
    void createActions();
    void retranslate();
    void refresh();
    void showStep();
    QScreen *audienceScreen() const;
    /// The focus of the triangle layout (a story step's; empty: the triangle), laid out anew.
    void setFocusActors(const QStringList &focus);
    /// Export Story…: a PDF handout or PNG/SVG frames of the story, with a progress dialog.
    void exportStory(const QString &storyId);
    /// "Saved FILE" in the status bar, unless the save goes on on a worker.
    void showSaved(const QString &path);

    MainWindow *m_window;
    StoriesPanel *m_stories;
    QDockWidget *m_storiesDock;
    SceneTransition *m_transition;
    QPointer<PresentationWindow> m_audience;
    QPointer<PresenterView> m_presenter;
    bool m_active = false;
    QString m_storyId; ///< the story playing; empty: events
    int m_step = 0;
    std::optional<LayoutMode> m_modeBefore;
    QString m_focusNode; ///< the node last clicked in the scene (its highlight)

    QMenu *m_menu = nullptr;
    QAction *m_presentAction = nullptr;
    QAction *m_presenterAction = nullptr;
    QAction *m_reduceMotionAction = nullptr;
    QMenu *m_durationMenu = nullptr;
    QActionGroup *m_durationGroup = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
};

} // namespace AllianceScope
