// WindowActions: the main window's actions (with their shortcuts), menus and toolbar, and their
// texts. Actions are children of the window (MainWindow::action() finds them by object name) and
// are added to it, so their shortcuts work in full screen with the menu bar hidden.
#pragma once

#include "chronology/types.h"
#include "layout/graphlayout.h"

#include <QCoreApplication>
#include <QObject>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QToolBar;
class QWidget;

namespace AllianceScope {

class MainWindow;

class WindowActions : public QObject
{
    Q_OBJECT

public:
    /// Creates every action, menu and the toolbar of @p window; @p chartDock gives the Charts
    /// toggle, @p sidePanel is what Show Side Panel shows and hides.
    WindowActions(MainWindow *window, QDockWidget *chartDock, QWidget *sidePanel);

    /// Texts and tooltips in the current translation.
    void retranslate();
    /// Checks the action of the current layer, language, layout mode.
    void syncLayer(Layer layer);
    void syncLanguage(Language lang);
    void syncLayoutMode(LayoutMode mode);
    /// Shows or hides the toolbar (full screen) and checks Full Screen to match the window.
    void showToolBar(bool shown);

    QAction *legend() const { return m_legendAction; }
    QAction *sidePanel() const { return m_sidePanelAction; }

private:
    void createActions();
    void createMenus();
    void createToolBar();

    MainWindow *m_window;
    QDockWidget *m_chartDock;
    QWidget *m_sidePanel;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_layerMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_layoutMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_exportFigureAction = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_copyFigureAction = nullptr;
    QAction *m_chartsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QActionGroup *m_layerGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QActionGroup *m_layoutGroup = nullptr;
    QAction *m_toggleLanguageAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_legendAction = nullptr;
    QAction *m_sidePanelAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace AllianceScope
