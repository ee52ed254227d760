// WindowActions: the main window's actions, menus and toolbar (see windowactions.h).
#include "windowactions.h"

#include "graphview/alliancescene.h"
#include "graphview/graphview.h"
#include "mainwindow.h"
#include "session/document.h"
#include "timeline/timelinewidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

#include <array>

using namespace Qt::StringLiterals;

namespace AllianceScope {

WindowActions::WindowActions(MainWindow *window, QDockWidget *chartDock, QWidget *sidePanel)
    : QObject(window)
    , m_window(window)
    , m_chartDock(chartDock)
    , m_sidePanel(sidePanel)
{
    createActions();
    createMenus();
    createToolBar();
}

void WindowActions::syncLayer(Layer layer)
{
    for (QAction *a : m_layerGroup->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(layer));
}

void WindowActions::syncLanguage(Language lang)
{
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(lang));
}

void WindowActions::syncLayoutMode(LayoutMode mode)
{
    for (QAction *a : m_layoutGroup->actions())
        a->setChecked(a->data().toString() == layoutModeName(mode));
}

void WindowActions::showToolBar(bool shown)
{
    m_toolBar->setVisible(shown);
    m_fullScreenAction->setChecked(m_window->isFullScreen());
}

void WindowActions::createActions()
{
    const auto make = [this](const QString &name, const QKeySequence &key = {}) {
        auto *a = new QAction(m_window);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        m_window->addAction(a); // shortcuts work in full screen, with the menu bar hidden
        return a;
    };
    m_openAction = make(u"open"_s, QKeySequence::Open);
    m_openAction->setIcon(m_window->style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_openAction, &QAction::triggered, m_window, &MainWindow::open);
    m_reloadAction = make(u"reload"_s, QKeySequence(Qt::Key_F5));
    m_reloadAction->setIcon(m_window->style()->standardIcon(QStyle::SP_BrowserReload));
    connect(m_reloadAction, &QAction::triggered, m_window, &MainWindow::reload);
    m_exportFigureAction = make(u"exportFigure"_s, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportFigureAction->setIcon(m_window->style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(m_exportFigureAction, &QAction::triggered, m_window, &MainWindow::exportFigure);
    m_exportChartAction = make(u"exportChart"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportChartAction, &QAction::triggered, m_window, &MainWindow::exportChart);
    m_copyFigureAction = make(u"copyFigure"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyFigureAction, &QAction::triggered, m_window, &MainWindow::copyFigure);
    m_chartsAction = m_chartDock->toggleViewAction();
    m_chartsAction->setObjectName(u"charts"_s);
    m_chartsAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_window->addAction(m_chartsAction);
    m_quitAction = make(u"quit"_s, QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, m_window, &QWidget::close);

    m_layerGroup = new QActionGroup(m_window);
    m_layerGroup->setExclusive(true);
    const std::array<std::pair<Layer, QString>, 4> layers
        = { { { Layer::All, u"layerAll"_s },
              { Layer::Security, u"layerSecurity"_s },
              { Layer::Political, u"layerPolitical"_s },
              { Layer::Economic, u"layerEconomic"_s } } };
    int key = Qt::Key_1;
    for (const auto &[layer, name] : layers) {
        QAction *a = make(name, QKeySequence(Qt::ALT | Qt::Key(key++)));
        a->setCheckable(true);
        a->setData(static_cast<int>(layer));
        a->setChecked(layer == Layer::All);
        m_layerGroup->addAction(a);
    }
    connect(m_layerGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { m_window->document()->setLayer(static_cast<Layer>(a->data().toInt())); });

    m_languageGroup = new QActionGroup(m_window);
    m_languageGroup->setExclusive(true);
    for (const Language lang : kLanguages) {
        QAction *a = make(u"language_"_s + languageCode(lang));
        a->setCheckable(true);
        a->setData(static_cast<int>(lang));
        a->setChecked(lang == m_window->document()->language());
        m_languageGroup->addAction(a);
    }
    // The language names are written in their own language, so they need no translation.
    m_languageGroup->actions()[0]->setText(u"中文"_s);
    m_languageGroup->actions()[1]->setText(u"English"_s);
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { m_window->setLanguage(static_cast<Language>(a->data().toInt())); });
    m_toggleLanguageAction = make(u"toggleLanguage"_s, QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_toggleLanguageAction, &QAction::triggered, this, [this] {
        m_window->setLanguage(m_window->document()->language() == Language::Zh ? Language::En : Language::Zh);
    });

    m_layoutGroup = new QActionGroup(m_window);
    m_layoutGroup->setExclusive(true);
    for (LayoutMode mode : kLayoutModes) {
        QAction *a = make(u"layout_"_s + layoutModeName(mode));
        a->setCheckable(true);
        a->setData(layoutModeName(mode));
        a->setChecked(mode == m_window->layoutMode());
        m_layoutGroup->addAction(a);
    }
    connect(m_layoutGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        if (const auto mode = layoutModeFromName(a->data().toString()))
            m_window->setLayoutMode(*mode);
    });

    m_zoomInAction = make(u"zoomIn"_s, QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, m_window->graphView(), &GraphView::zoomIn);
    m_zoomOutAction = make(u"zoomOut"_s, QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_window->graphView(), &GraphView::zoomOut);
    m_fitAction = make(u"fit"_s, QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fitAction, &QAction::triggered, m_window->graphView(), &GraphView::fitToWindow);
    m_fullScreenAction = make(u"fullScreen"_s, QKeySequence(Qt::Key_F11));
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::triggered, m_window, &MainWindow::toggleFullScreen);
    m_legendAction = make(u"legend"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
    connect(m_legendAction, &QAction::toggled, m_window->scene(), &AllianceScene::setLegendVisible);
    m_sidePanelAction = make(u"sidePanel"_s, QKeySequence(Qt::Key_F9));
    m_sidePanelAction->setCheckable(true);
    m_sidePanelAction->setChecked(true);
    connect(m_sidePanelAction, &QAction::toggled, m_sidePanel, &QWidget::setVisible);

    m_guideAction = make(u"guide"_s, QKeySequence(Qt::Key_F1));
    connect(m_guideAction, &QAction::triggered, m_window, &MainWindow::showGuide);
    m_aboutAction = make(u"about"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, m_window, &MainWindow::showAbout);
    m_aboutQtAction = make(u"aboutQt"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void WindowActions::createMenus()
{
    m_fileMenu = m_window->menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_reloadAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportFigureAction);
    m_fileMenu->addAction(m_exportChartAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = m_window->menuBar()->addMenu(QString());
    m_editMenu->setObjectName(u"editMenu"_s);
    m_editMenu->addAction(m_copyFigureAction);

    m_viewMenu = m_window->menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_layerMenu = m_viewMenu->addMenu(QString());
    m_layerMenu->addActions(m_layerGroup->actions());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(m_toggleLanguageAction);
    m_layoutMenu = m_viewMenu->addMenu(QString());
    m_layoutMenu->addActions(m_layoutGroup->actions());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_fitAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_legendAction);
    m_viewMenu->addAction(m_sidePanelAction);
    m_viewMenu->addAction(m_chartsAction);
    m_viewMenu->addAction(m_fullScreenAction);

    m_goMenu = m_window->menuBar()->addMenu(QString());
    m_goMenu->setObjectName(u"goMenu"_s);
    m_goMenu->addAction(m_window->timeline()->firstAction());
    m_goMenu->addAction(m_window->timeline()->previousAction());
    m_goMenu->addAction(m_window->timeline()->playAction());
    m_goMenu->addAction(m_window->timeline()->nextAction());
    m_goMenu->addAction(m_window->timeline()->lastAction());

    m_helpMenu = m_window->menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void WindowActions::createToolBar()
{
    m_toolBar = m_window->addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_exportFigureAction);
    m_toolBar->addSeparator();
    m_toolBar->addActions(m_layerGroup->actions());
    m_toolBar->addSeparator();
    m_toolBar->addActions(m_languageGroup->actions());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomOutAction);
    m_toolBar->addAction(m_zoomInAction);
    m_toolBar->addAction(m_fitAction);
    m_toolBar->addAction(m_fullScreenAction);
    m_toolBar->addAction(m_chartsAction);
}

void WindowActions::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_layerMenu->setTitle(tr("&Layer"));
    m_languageMenu->setTitle(tr("Lan&guage"));
    m_layoutMenu->setTitle(tr("Layout &Mode"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));

    const auto set = [](QAction *a, const QString &text, const QString &tip) {
        a->setText(text);
        a->setToolTip(tip);
        a->setStatusTip(tip);
    };
    set(m_openAction, tr("&Open…"), tr("Open a chronology file (JSON, format 1)"));
    set(m_reloadAction, tr("&Reload"), tr("Read the current chronology file again"));
    set(m_quitAction, tr("&Quit"), tr("Quit AllianceScope"));
    set(m_exportFigureAction, tr("&Export Figure…"),
        tr("Save the graph (and the chart) as PNG, SVG, PDF, a frame per event or a GIF (Ctrl+E)"));
    set(m_exportChartAction, tr("Export &Chart…"),
        tr("Save the chart shown in the Charts panel as SVG or PNG (Ctrl+Shift+E)"));
    set(m_copyFigureAction, tr("&Copy Figure"),
        tr("Copy the figure at the current date to the clipboard (Ctrl+Shift+C)"));
    set(m_chartsAction, tr("&Charts"),
        tr("Show or hide the weights and metrics over time (F8)"));
    const QList<QAction *> layers = m_layerGroup->actions();
    set(layers[0], tr("All"), tr("Show the combined weight of all layers (Alt+1)"));
    set(layers[1], tr("Security"), tr("Show the security layer only (Alt+2)"));
    set(layers[2], tr("Political"), tr("Show the political layer only (Alt+3)"));
    set(layers[3], tr("Economic"), tr("Show the economic layer only (Alt+4)"));
    const QList<QAction *> languages = m_languageGroup->actions();
    languages[0]->setToolTip(tr("Show the interface and the data in Chinese"));
    languages[1]->setToolTip(tr("Show the interface and the data in English"));
    set(m_toggleLanguageAction, tr("&Switch Language"),
        tr("Switch between Chinese and English (Ctrl+L)"));
    const QList<QAction *> modes = m_layoutGroup->actions();
    set(modes[0], tr("&Stable"),
        tr("One force-directed layout of every date: nodes keep their "
           "places while the weights change"));
    set(modes[1], tr("&Anchored"), tr("Lay out again, starting from the current positions"));
    set(modes[2], tr("&Circular"), tr("Place the actors on circles"));
    set(modes[3], tr("&Geographic"),
        tr("Pin the states near their capitals on a map of the "
           "Pacific"));
    set(modes[4], tr("&Triangle Focus"),
        tr("The United States, Japan and the ROK as a large triangle in the centre, the others "
           "around it"));
    set(m_zoomInAction, tr("Zoom &In"), tr("Enlarge the graph (Ctrl++)"));
    set(m_zoomOutAction, tr("Zoom &Out"), tr("Shrink the graph (Ctrl+-)"));
    set(m_fitAction, tr("&Fit to Window"), tr("Fit the whole graph into the window (Ctrl+0)"));
    set(m_fullScreenAction, tr("F&ull Screen"),
        tr("Show the window on the whole screen, for teaching (F11)"));
    set(m_legendAction, tr("Show &Legend"), tr("Show or hide the legend of the graph"));
    set(m_sidePanelAction, tr("Show Side &Panel"),
        tr("Show or hide the event details, the edge history and the event list (F9)"));
    set(m_guideAction, tr("&Guide"),
        tr("The keys, the model in two paragraphs and where to read more (F1)"));
    set(m_aboutAction, tr("&About AllianceScope"),
        tr("The application's version and the source of its data"));
    set(m_aboutQtAction, tr("About &Qt"), tr("The version of Qt in use"));

}

} // namespace AllianceScope
