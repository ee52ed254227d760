// MainWindow: the application's window — the graph over the timeline, the current event, the
// selected edge's history and the searchable event list beside it; menus for files, views,
// languages and layouts; settings restored at start.
#pragma once

#include "layout/graphlayout.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QMessageBox;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolBar;

namespace AllianceScope {

class BackgroundWork;
class BackgroundLoader;
struct ReadError;
class GuideDialog;

class AllianceScene;
class ChartPanel;
class CompareUi;
class WhatIfUi;
class Document;
class EdgeHistoryPanel;
class EditUi;
class EventListPanel;
class EventPanel;
class FigureExporter;
class GraphView;
class LayoutController;
class PresentationController;
class TimelineWidget;
class WindowActions;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Reads and shows the chronology at @p path. On failure the loaded chronology stays, an
     * error box lists every FILE:LINE:COL error (unless error boxes are off), and the message
     * is returned in @p errorMessage. @return whether the file was loaded.
     *
     * A file of backgroundLoadThreshold() bytes or more is read and indexed on a worker
     * (BackgroundLoader) while the window stays usable: openFile() then returns true at once
     * (the load started), and loadFinished() tells how it ended; errors are reported as above
     * (lastError(), the error box) when it fails.
     */
    bool openFile(const QString &path, QString *errorMessage = nullptr);
    /// Files from this size on are opened in the background (about 4,000 generated events).
    static constexpr qint64 kBackgroundLoadBytes = 2 * 1024 * 1024;
    qint64 backgroundLoadThreshold() const { return m_backgroundLoadBytes; }
    /// Tests: open smaller files in the background too, or big ones at once (a huge value).
    void setBackgroundLoadThreshold(qint64 bytes) { m_backgroundLoadBytes = bytes; }
    /// Whether a file is being opened in the background.
    bool isLoading() const;
    /// Cancels the file being opened in the background: the chronology shown stays.
    void cancelLoading();
    /// Whether failures show a (window-modal, non-blocking) message box; tests turn it off.
    void setErrorBoxesEnabled(bool enabled) { m_errorBoxes = enabled; }
    /// The last error message shown or returned (empty after a successful load).
    QString lastError() const { return m_lastError; }

    /// Installs the UI translator, relabels the graph and lays it out again.
    void setLanguage(AllianceScope::Language lang);
    void setLayoutMode(LayoutMode mode);
    LayoutMode layoutMode() const;

    /// Restores (and saves) window geometry, splitters, layer, language, layout mode and speed.
    void restoreSettings();
    void saveSettings() const;

    Document *document() const { return m_document; }
    AllianceScene *scene() const { return m_scene; }
    GraphView *graphView() const { return m_view; }
    TimelineWidget *timeline() const { return m_timeline; }
    ChartPanel *chartPanel() const { return m_chartPanel; }
    EventPanel *eventPanel() const { return m_eventPanel; }
    EdgeHistoryPanel *edgeHistoryPanel() const { return m_edgeHistory; }
    QTableView *eventListView() const;
    QLineEdit *eventFilterEdit() const;
    QSortFilterProxyModel *eventProxyModel() const;
    /// True while a layout computes off the UI thread.
    bool isLayoutRunning() const;
    /// The layout last applied to the scene (provisional until the first Graphviz result).
    const GraphLayout &currentLayout() const { return m_layout; }
    LayoutController *layoutController() const { return m_layouts; }
    /// Presentation mode, the presenter view and the Stories panel.
    PresentationController *presentation() const { return m_presentation; }
    /// Compare two dates: the menu, the Differences dock, the side-by-side pane.
    CompareUi *compareUi() const { return m_compare; }
    /// What-if: the menu (baseline, categories, scenarios) and the status note.
    WhatIfUi *whatIfUi() const { return m_whatIf; }
    /// Editing (issue 11): undo/redo, the event editor, New, recent files, autosave, recovery.
    EditUi *editUi() const { return m_edit; }
    QAction *action(const QString &objectName) const;
    /// The exporter behind Export Figure and Copy Figure: the window's layouts, the chart of the
    /// Charts panel's current tab drawn at each figure's date.
    std::unique_ptr<FigureExporter> makeFigureExporter() const;

public slots:
    /// Selects the edge (a, b) in the graph and shows its history; empty ids clear.
    void selectEdge(const QString &a, const QString &b);
    void open();
    void reload();
    void showAbout();
    /// Help → Guide (F1): the in-app guide in the current language, non-modal.
    void showGuide();
    void toggleFullScreen();
    /// File → Export Figure…: the dialog, then the export with a progress dialog.
    void exportFigure();
    /// File → Export Chart…: the current chart tab to SVG or PNG.
    void exportChart();
    /// Edit → Copy Figure: the figure at the current date, as on screen, to the clipboard.
    void copyFigure();

signals:
    /// A Graphviz layout was applied to the scene.
    void layoutApplied();
    /// A file opened in the background was shown (@p ok), or failed or was cancelled.
    void loadFinished(const QString &path, bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void reportError(const QString &title, const QString &text, const QString &details);

    void onChronologyChanged();
    /// An edit of the chronology with the same actors: the scene keeps its items and layout
    /// (new dyads added) and the layout is asked for again; @return false when it cannot.
    bool followEdit();
    void onDateChanged();
    void onLayerChanged();
    void onLanguageChanged();
    void onSelectionChanged(const QString &a, const QString &b);
    void requestLayout();
    void onLayoutReady(Language lang, const GraphLayout &layout);
    void updateStatus();
    void setUpBackgroundWork();
    // Opening files (the synchronous path and the background one share the reporting).
    bool openInBackground(const QString &path, QString *errorMessage);
    void reportLoadErrors(const QString &path, const QList<ReadError> &errors, QString *errorMessage);
    void showLoaded(const QString &path);
    void setUpLoading();
    void showLoadingNote(const QString &path);

    Document *m_document;
    AllianceScene *m_scene;
    GraphView *m_view;
    TimelineWidget *m_timeline;
    EventPanel *m_eventPanel;
    EdgeHistoryPanel *m_edgeHistory;
    EventListPanel *m_eventList;
    QSplitter *m_mainSplitter;
    QSplitter *m_leftSplitter;
    QSplitter *m_sideSplitter;
    QLabel *m_statusDate;
    LayoutController *m_layouts;
    ChartPanel *m_chartPanel;
    QDockWidget *m_chartDock;
    GraphLayout m_layout;
    bool m_errorBoxes = true;
    bool m_chartDockSized = false; ///< the charts dock has its size (first shown, or restored)
    QString m_lastError;
    QString m_lastDirectory;
    QPointer<QMessageBox> m_errorBox;
    QPointer<GuideDialog> m_guide;

    WindowActions *m_actions = nullptr;
    PresentationController *m_presentation = nullptr;
    BackgroundWork *m_background = nullptr; ///< progress and Cancel of the workers, in the status bar
    bool m_layoutCancelled = false;         ///< the running layout is not wanted any more
    CompareUi *m_compare = nullptr;
    WhatIfUi *m_whatIf = nullptr;
    EditUi *m_edit = nullptr;
    BackgroundLoader *m_loader = nullptr; ///< opens large files on a worker
    QLabel *m_loadingNote = nullptr;      ///< "Loading FILE…" over the graph while it runs
    qint64 m_backgroundLoadBytes = kBackgroundLoadBytes;
};

} // namespace AllianceScope
