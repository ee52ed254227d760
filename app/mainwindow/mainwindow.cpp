// MainWindow: the application's window.
#include "mainwindow.h"

#include "charts/chartpanel.h"
#include "charts/timechart.h"
#include "chronology/chronologyreader.h"
#include "session/document.h"
#include "edgehistorypanel.h"
#include "eventpanel.h"
#include "export/exportdialog.h"
#include "export/figureexporter.h"
#include "graphview/alliancescene.h"
#include "graphview/graphview.h"
#include "session/layoutcontroller.h"
#include "session/translation.h"
#include "itemmodels/eventlistmodel.h"
#include "timeline/timelinewidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

    constexpr int kMaxErrorsInBox = 12;

    QString settingsGroup()
    {
        return u"mainwindow"_s;
    }

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_scene(new AllianceScene(this))
    , m_view(new GraphView(m_scene, this))
    , m_timeline(new TimelineWidget(m_document, this))
    , m_eventPanel(new EventPanel(m_document, this))
    , m_edgeHistory(new EdgeHistoryPanel(m_document, this))
    , m_events(new EventListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_eventList(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_eventListHeading(new QLabel(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_leftSplitter(new QSplitter(Qt::Vertical, this))
    , m_sideSplitter(new QSplitter(Qt::Vertical, this))
    , m_statusDate(new QLabel(this))
    , m_layouts(new LayoutController(AllianceScene::nodeSizer(), this))
    , m_chartPanel(new ChartPanel(m_document, this))
    , m_chartDock(new QDockWidget(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/alliancescope.svg"_s));
    m_view->setObjectName(u"graphView"_s);
    // The view fits the figure; panning is by dragging, so scroll bars would only take room.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The searchable event list.
    m_proxy->setSourceModel(m_events);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(EventListModel::SortRole);
    m_eventList->setObjectName(u"eventList"_s);
    m_eventList->setModel(m_proxy);
    m_eventList->setSortingEnabled(true);
    m_eventList->sortByColumn(EventListModel::Date, Qt::AscendingOrder);
    m_eventList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventList->setWordWrap(false);
    m_eventList->verticalHeader()->hide();
    // The title takes the room; category and source are narrow (their full text is a hover away).
    QHeaderView *header = m_eventList->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(EventListModel::Date, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EventListModel::Title, QHeaderView::Stretch);
    header->resizeSection(EventListModel::Category, 110);
    header->resizeSection(EventListModel::Source, 60);
    m_eventList->setTextElideMode(Qt::ElideRight);
    m_eventList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_filter->setObjectName(u"eventFilter"_s);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_eventList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncingList || !current.isValid())
                    return;
                const int index = current.data(EventListModel::EventIndexRole).toInt();
                m_document->setEventIndex(index);
            });

    QFont headingFont = m_eventListHeading->font();
    headingFont.setBold(true);
    m_eventListHeading->setFont(headingFont);
    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(6, 6, 6, 6);
    listLayout->addWidget(m_eventListHeading);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_eventList, 1);

    m_sideSplitter->setObjectName(u"sideSplitter"_s);
    m_sideSplitter->addWidget(m_eventPanel);
    m_sideSplitter->addWidget(m_edgeHistory);
    m_sideSplitter->addWidget(listBox);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 2);
    m_sideSplitter->setStretchFactor(2, 3);
    m_sideSplitter->setSizes({ 360, 300, 260 });

    m_leftSplitter->setObjectName(u"leftSplitter"_s);
    m_leftSplitter->addWidget(m_view);
    m_leftSplitter->addWidget(m_timeline);
    m_leftSplitter->setStretchFactor(0, 1);
    m_leftSplitter->setStretchFactor(1, 0);
    m_leftSplitter->setCollapsible(1, false);

    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_mainSplitter);
    m_mainSplitter->setSizes({ 1100, 480 });

    statusBar()->addPermanentWidget(m_statusDate, 1);

    // The charts: the whole story at once, in a dock under the graph; selecting an edge adds
    // its weight to the chart.
    m_chartDock->setObjectName(u"chartDock"_s);
    m_chartDock->setWidget(m_chartPanel);
    m_chartDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                             | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartDock);
    m_chartDock->hide(); // the graph gets the room by default; F8 shows the charts
    // Shown for the first time (no saved state), the charts take two fifths of the height.
    connect(m_chartDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_chartDockSized)
            return;
        m_chartDockSized = true;
        resizeDocks({m_chartDock}, {std::max(320, height() * 2 / 5)}, Qt::Vertical);
    });

    createActions();
    createMenus();
    createToolBar();

    // The graph follows the document; the scene's clicks select edges and nodes.
    connect(m_document, &Document::chronologyChanged, this, &MainWindow::onChronologyChanged);
    connect(m_document, &Document::dateChanged, this, &MainWindow::onDateChanged);
    connect(m_document, &Document::parametersChanged, this,
            [this] { m_scene->setSnapshot(m_document->snapshot(), false); });
    connect(m_document, &Document::currentEventChanged, this, &MainWindow::onCurrentEventChanged);
    connect(m_document, &Document::layerChanged, this, &MainWindow::onLayerChanged);
    connect(m_document, &Document::languageChanged, this, &MainWindow::onLanguageChanged);
    connect(m_scene, &AllianceScene::edgeClicked, this, &MainWindow::selectEdge);
    connect(m_scene, &AllianceScene::nodeClicked, this,
            [this](const QString &id) { m_scene->setFocusNode(id); });
    connect(m_scene, &AllianceScene::backgroundClicked, this, [this] {
        m_scene->setFocusNode(QString());
        selectEdge(QString(), QString());
    });
    connect(m_edgeHistory, &EdgeHistoryPanel::eventActivated, this,
            [this](int index) { m_document->setEventIndex(index); });
    connect(m_layouts, &LayoutController::layoutReady, this, &MainWindow::onLayoutReady);
    connect(m_layouts, &LayoutController::layoutFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The layout failed: %1").arg(error), 10000);
    });

    m_scene->setLanguage(m_document->language());
    m_events->setLanguage(m_document->language());
    retranslateUi();
    resize(1600, 1000);
}

MainWindow::~MainWindow()
{
    Translation::setLanguage(u"en"_s);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

bool MainWindow::isLayoutRunning() const
{
    return m_layouts->isRunning();
}

LayoutMode MainWindow::layoutMode() const
{
    return m_layouts->mode();
}

// --- actions and menus ---------------------------------------------------------------------

void MainWindow::createActions()
{
    const auto make = [this](const QString &name, const QKeySequence &key = {}) {
        auto *a = new QAction(this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        addAction(a); // shortcuts work in full screen, with the menu bar hidden
        return a;
    };
    m_openAction = make(u"open"_s, QKeySequence::Open);
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);
    m_reloadAction = make(u"reload"_s, QKeySequence(Qt::Key_F5));
    m_reloadAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);
    m_exportFigureAction = make(u"exportFigure"_s, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportFigureAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(m_exportFigureAction, &QAction::triggered, this, &MainWindow::exportFigure);
    m_exportChartAction = make(u"exportChart"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportChartAction, &QAction::triggered, this, &MainWindow::exportChart);
    m_copyFigureAction = make(u"copyFigure"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyFigureAction, &QAction::triggered, this, &MainWindow::copyFigure);
    m_chartsAction = m_chartDock->toggleViewAction();
    m_chartsAction->setObjectName(u"charts"_s);
    m_chartsAction->setShortcut(QKeySequence(Qt::Key_F8));
    addAction(m_chartsAction);
    m_quitAction = make(u"quit"_s, QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_layerGroup = new QActionGroup(this);
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
            [this](QAction *a) { m_document->setLayer(static_cast<Layer>(a->data().toInt())); });

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &lang : { u"zh"_s, u"en"_s }) {
        QAction *a = make(u"language_"_s + lang);
        a->setCheckable(true);
        a->setData(lang);
        a->setChecked(lang == m_document->language());
        m_languageGroup->addAction(a);
    }
    // The language names are written in their own language, so they need no translation.
    m_languageGroup->actions()[0]->setText(u"中文"_s);
    m_languageGroup->actions()[1]->setText(u"English"_s);
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { setLanguage(a->data().toString()); });
    m_toggleLanguageAction = make(u"toggleLanguage"_s, QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_toggleLanguageAction, &QAction::triggered, this, [this] {
        setLanguage(m_document->language() == QLatin1String("zh") ? u"en"_s : u"zh"_s);
    });

    m_layoutGroup = new QActionGroup(this);
    m_layoutGroup->setExclusive(true);
    for (LayoutMode mode : { LayoutMode::Stable, LayoutMode::Anchored, LayoutMode::Circular,
                             LayoutMode::Geographic }) {
        QAction *a = make(u"layout_"_s + layoutModeName(mode));
        a->setCheckable(true);
        a->setData(layoutModeName(mode));
        a->setChecked(mode == m_layouts->mode());
        m_layoutGroup->addAction(a);
    }
    connect(m_layoutGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        if (const auto mode = layoutModeFromName(a->data().toString()))
            setLayoutMode(*mode);
    });

    m_zoomInAction = make(u"zoomIn"_s, QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, m_view, &GraphView::zoomIn);
    m_zoomOutAction = make(u"zoomOut"_s, QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &GraphView::zoomOut);
    m_fitAction = make(u"fit"_s, QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fitAction, &QAction::triggered, m_view, &GraphView::fitToWindow);
    m_fullScreenAction = make(u"fullScreen"_s, QKeySequence(Qt::Key_F11));
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::triggered, this, &MainWindow::toggleFullScreen);
    m_legendAction = make(u"legend"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
    connect(m_legendAction, &QAction::toggled, m_scene, &AllianceScene::setLegendVisible);
    m_sidePanelAction = make(u"sidePanel"_s, QKeySequence(Qt::Key_F9));
    m_sidePanelAction->setCheckable(true);
    m_sidePanelAction->setChecked(true);
    connect(m_sidePanelAction, &QAction::toggled, m_sideSplitter, &QWidget::setVisible);

    m_aboutAction = make(u"about"_s, QKeySequence(Qt::Key_F1));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = make(u"aboutQt"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_reloadAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportFigureAction);
    m_fileMenu->addAction(m_exportChartAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(u"editMenu"_s);
    m_editMenu->addAction(m_copyFigureAction);

    m_viewMenu = menuBar()->addMenu(QString());
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

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->setObjectName(u"goMenu"_s);
    m_goMenu->addAction(m_timeline->firstAction());
    m_goMenu->addAction(m_timeline->previousAction());
    m_goMenu->addAction(m_timeline->playAction());
    m_goMenu->addAction(m_timeline->nextAction());
    m_goMenu->addAction(m_timeline->lastAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
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

void MainWindow::retranslateUi()
{
    setWindowTitle(m_document->hasChronology()
                       ? tr("AllianceScope — %1")
                             .arg(m_document->chronology().title().in(m_document->language()))
                       : tr("AllianceScope"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_chartDock->setWindowTitle(tr("Charts"));
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
    set(m_zoomInAction, tr("Zoom &In"), tr("Enlarge the graph (Ctrl++)"));
    set(m_zoomOutAction, tr("Zoom &Out"), tr("Shrink the graph (Ctrl+-)"));
    set(m_fitAction, tr("&Fit to Window"), tr("Fit the whole graph into the window (Ctrl+0)"));
    set(m_fullScreenAction, tr("F&ull Screen"),
        tr("Show the window on the whole screen, for teaching (F11)"));
    set(m_legendAction, tr("Show &Legend"), tr("Show or hide the legend of the graph"));
    set(m_sidePanelAction, tr("Show Side &Panel"),
        tr("Show or hide the event details, the edge history and the event list (F9)"));
    set(m_aboutAction, tr("&About AllianceScope"),
        tr("The application's version and the source of its data"));
    set(m_aboutQtAction, tr("About &Qt"), tr("The version of Qt in use"));

    m_eventListHeading->setText(tr("All events"));
    m_filter->setPlaceholderText(tr("Filter events…"));
    m_filter->setToolTip(tr("Show only the events whose date, title, category or source "
                            "contains this text"));
    m_eventList->setToolTip(tr("Every event of the chronology; choose one to go to its date"));
    m_view->setToolTip(QString()); // the scene gives per-item tooltips
    m_statusDate->setToolTip(tr("The current date and event"));
    updateStatus();
}

void MainWindow::selectEdge(const QString &a, const QString &b)
{
    m_scene->setSelectedEdge(a, b);
    m_edgeHistory->setEdge(a, b);
    if (!a.isEmpty() && !b.isEmpty())
        m_chartPanel->addDyad(a, b);
}

// --- files ---------------------------------------------------------------------------------

bool MainWindow::openFile(const QString &path, QString *errorMessage)
{
    const ChronologyReader::Result result = ChronologyReader::readFile(path);
    if (!result.ok()) {
        QStringList lines;
        for (const ReadError &e : result.errors)
            lines.append(e.toString());
        const QString shown = lines.mid(0, kMaxErrorsInBox).join(u'\n')
            + (lines.size() > kMaxErrorsInBox ? u"\n"_s
                       + tr("… and %n more error(s)", nullptr, int(lines.size() - kMaxErrorsInBox))
                                              : QString());
        const QString intro = m_document->hasChronology()
            ? tr("“%1” could not be opened. The chronology shown is unchanged.")
                  .arg(QFileInfo(path).fileName())
            : tr("“%1” could not be opened.").arg(QFileInfo(path).fileName());
        m_lastError = intro + u"\n\n"_s + lines.join(u'\n');
        if (errorMessage)
            *errorMessage = m_lastError;
        reportError(tr("Cannot open chronology"), intro + u"\n\n"_s + shown, lines.join(u'\n'));
        return false;
    }
    m_lastError.clear();
    if (errorMessage)
        errorMessage->clear();
    if (!path.startsWith(u':'))
        m_lastDirectory = QFileInfo(path).absolutePath();
    m_document->setChronology(*result.chronology, path);
    return true;
}

void MainWindow::reportError(const QString &title, const QString &text, const QString &details)
{
    statusBar()->showMessage(title, 10000);
    if (!m_errorBoxes)
        return;
    if (m_errorBox)
        m_errorBox->deleteLater();
    // Window-modal and shown with open(): the box never blocks the caller (nor a test).
    m_errorBox = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    m_errorBox->setObjectName(u"errorBox"_s);
    m_errorBox->setDetailedText(details);
    m_errorBox->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox->open();
}

void MainWindow::open()
{
    const QString dir = m_lastDirectory.isEmpty()
        ? QSettings().value(settingsGroup() + u"/lastDirectory"_s).toString()
        : m_lastDirectory;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Chronology"), dir,
                                                      tr("Chronologies (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (openFile(path)) {
        QSettings settings;
        settings.setValue(settingsGroup() + u"/lastFile"_s, path);
        settings.setValue(settingsGroup() + u"/lastDirectory"_s, QFileInfo(path).absolutePath());
    }
}

void MainWindow::reload()
{
    if (!m_document->hasChronology())
        return;
    // Keep the date across the reload.
    const QDate date = m_document->date();
    const int index = m_document->currentEventIndex();
    if (openFile(m_document->path())) {
        const QList<Event> &events = m_document->chronology().events();
        if (index >= 0 && index < events.size() && events[index].date == date)
            m_document->setEventIndex(index);
        else
            m_document->setDate(date);
    }
}

void MainWindow::showAbout()
{
    const QString lang = m_document->language();
    QString source = m_document->chronology().source().in(lang);
    if (source.isEmpty())
        source = tr("(the loaded chronology names no source)");
    const QString text = u"<h3>"_s
        + tr("AllianceScope %1").arg(QStringLiteral(ALLIANCESCOPE_VERSION)) + u"</h3><p>"_s
        + tr("The alliance network of the United States, Japan and the Republic of Korea over "
             "time, from the end of the Second World War to the 2023 Camp David summit.")
        + u"</p><p><b>"_s + tr("Data") + u"</b>: "_s
        + m_document->chronology().title().in(lang).toHtmlEscaped() + u"<br/><b>"_s + tr("Source")
        + u"</b>: "_s + source.toHtmlEscaped() + u"</p><p>"_s
        + tr("Event titles and summaries are written in our own words; each event cites the "
             "paper's section and footnote.")
        + u"</p><p>"_s + tr("Built with Qt %1 and Graphviz.").arg(QString::fromLatin1(qVersion()))
        + u"</p>"_s;
    auto *box = new QMessageBox(QMessageBox::Information, tr("About AllianceScope"), text,
                                QMessageBox::Ok, this);
    box->setObjectName(u"aboutBox"_s);
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// --- figures out ---------------------------------------------------------------------------

void MainWindow::exportFigure()
{
    if (!m_document->hasChronology())
        return;
    // The chart is drawn from values, so it can go into any figure.
    ExportDialog dialog(m_document->date(), true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto exporter = makeFigureExporter();
    if (ExportDialog::run(this, *exporter, dialog, m_document->date()))
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(dialog.path())),
                                 8000);
}

std::unique_ptr<FigureExporter> MainWindow::makeFigureExporter() const
{
    // The window's layouts; the chart of the Charts panel's current tab, at each figure's date.
    const TimeChart *chart = m_chartPanel->currentChart();
    return FigureExporter::create(m_document->model(), m_layouts, {chart->mode(), chart->specs()});
}

void MainWindow::exportChart()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), m_lastDirectory, tr("SVG (*.svg);;PNG (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_chartPanel->exportCurrentChart(path, 0, &error)) {
        reportError(tr("Cannot export the chart"), error, QString());
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::copyFigure()
{
    if (!m_document->hasChronology())
        return;
    FigureOptions options;
    options.language = m_document->language();
    options.layer = m_document->layer();
    options.caption = true;
    QGuiApplication::clipboard()->setImage(makeFigureExporter()->renderImage(m_document->date(), options));
    statusBar()->showMessage(tr("The figure is on the clipboard"), 5000);
}

// --- following the document ----------------------------------------------------------------

void MainWindow::onChronologyChanged()
{
    m_layouts->setChronology(&m_document->chronology());
    m_scene->setChronology(m_document->chronology());
    m_scene->setLayer(m_document->layer());
    m_scene->setLanguage(m_document->language());
    m_events->setChronology(m_document->chronology());
    m_edgeHistory->clear();
    m_layout = LayoutController::provisionalLayout(m_document->chronology()); // the scene shows it
    if (m_view->isAutoFit())
        m_view->fitToWindow();
    m_scene->setSnapshot(m_document->snapshot(), false);
    requestLayout();
    retranslateUi();
    selectEventInList(m_document->currentEventIndex());
}

void MainWindow::onDateChanged()
{
    // Steps between events animate; scrubbing with the mouse follows the cursor directly.
    m_scene->setSnapshot(m_document->snapshot(), !m_timeline->isScrubbing() && isVisible());
    updateStatus();
}

void MainWindow::onCurrentEventChanged(int index)
{
    selectEventInList(index);
    updateStatus();
}

void MainWindow::onLayerChanged()
{
    m_scene->setLayer(m_document->layer());
    const int layer = static_cast<int>(m_document->layer());
    for (QAction *a : m_layerGroup->actions())
        a->setChecked(a->data().toInt() == layer);
}

void MainWindow::onLanguageChanged()
{
    const QString lang = m_document->language();
    m_scene->setLanguage(lang);
    m_events->setLanguage(lang);
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == lang);
    retranslateUi();
    requestLayout(); // the labels, and so the node sizes, changed
}

void MainWindow::setLanguage(const QString &lang)
{
    if (lang != QLatin1String("zh") && lang != QLatin1String("en"))
        return;
    // The translator first, so that the widgets' retranslateUi() already sees the new strings.
    Translation::setLanguage(lang);
    m_document->setLanguage(lang);
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == lang);
}

void MainWindow::setLayoutMode(LayoutMode mode)
{
    for (QAction *a : m_layoutGroup->actions())
        a->setChecked(a->data().toString() == layoutModeName(mode));
    if (mode == m_layouts->mode())
        return;
    m_layouts->setMode(mode);
    requestLayout();
}

void MainWindow::requestLayout()
{
    if (!m_document->hasChronology())
        return;
    statusBar()->showMessage(tr("Laying out the graph…"));
    m_layouts->requestLayout(m_document->language());
}

void MainWindow::onLayoutReady(const QString &lang, const GraphLayout &layout)
{
    statusBar()->clearMessage();
    if (lang != m_document->language())
        return; // superseded by a language switch; that layout is on its way
    m_layout = layout;
    m_scene->applyLayout(layout, isVisible());
    if (m_view->isAutoFit())
        m_view->fitToWindow();
    emit layoutApplied();
}

void MainWindow::selectEventInList(int index)
{
    // Mirror the current event in the list without feeding the selection back.
    m_syncingList = true;
    const QModelIndex source = m_events->index(index, EventListModel::Date);
    const QModelIndex proxy = m_proxy->mapFromSource(source);
    if (proxy.isValid()) {
        m_eventList->selectionModel()->setCurrentIndex(
            proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_eventList->scrollTo(proxy);
    } else {
        m_eventList->selectionModel()->clearSelection();
    }
    m_syncingList = false;
}

void MainWindow::updateStatus()
{
    const QList<Event> &events = m_document->chronology().events();
    const int i = m_document->currentEventIndex();
    const QString date = m_document->date().toString(Qt::ISODate);
    if (i >= 0 && i < events.size()) {
        const Event &e = events[i];
        m_statusDate->setText(tr("%1 — %2 (event %3 of %4)")
                                  .arg(e.date == m_document->date() ? e.dateText() : date,
                                       e.title.in(m_document->language()))
                                  .arg(i + 1)
                                  .arg(events.size()));
    } else {
        m_statusDate->setText(date);
    }
}

// --- window --------------------------------------------------------------------------------

void MainWindow::toggleFullScreen()
{
    if (isFullScreen()) {
        showNormal();
        menuBar()->show();
        m_toolBar->show();
    } else {
        showFullScreen();
        // The class sees the graph and the timeline; F11 or Esc-free toggling brings them back.
        m_toolBar->hide();
    }
    m_fullScreenAction->setChecked(isFullScreen());
    m_view->fitToWindow();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    m_chartDockSized = restoreState(settings.value(u"state"_s).toByteArray());
    m_mainSplitter->restoreState(settings.value(u"mainSplitter"_s).toByteArray());
    m_leftSplitter->restoreState(settings.value(u"leftSplitter"_s).toByteArray());
    m_sideSplitter->restoreState(settings.value(u"sideSplitter"_s).toByteArray());
    if (const auto layer = layerFromName(settings.value(u"layer"_s).toString()))
        m_document->setLayer(*layer);
    QString lang = settings.value(u"language"_s).toString();
    if (lang.isEmpty())
        lang = QLocale().language() == QLocale::Chinese ? u"zh"_s : u"en"_s;
    setLanguage(lang);
    if (const auto mode = layoutModeFromName(settings.value(u"layoutMode"_s).toString()))
        setLayoutMode(*mode);
    m_timeline->setSecondsPerEvent(settings.value(u"secondsPerEvent"_s, 2.0).toDouble());
    m_legendAction->setChecked(settings.value(u"legend"_s, true).toBool());
    m_sidePanelAction->setChecked(settings.value(u"sidePanel"_s, true).toBool());
    m_lastDirectory = settings.value(u"lastDirectory"_s).toString();
    settings.endGroup();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"mainSplitter"_s, m_mainSplitter->saveState());
    settings.setValue(u"leftSplitter"_s, m_leftSplitter->saveState());
    settings.setValue(u"sideSplitter"_s, m_sideSplitter->saveState());
    settings.setValue(u"layer"_s, layerName(m_document->layer()));
    settings.setValue(u"language"_s, m_document->language());
    settings.setValue(u"layoutMode"_s, layoutModeName(m_layouts->mode()));
    settings.setValue(u"secondsPerEvent"_s, m_timeline->secondsPerEvent());
    settings.setValue(u"legend"_s, m_legendAction->isChecked());
    settings.setValue(u"sidePanel"_s, m_sidePanelAction->isChecked());
    if (!m_lastDirectory.isEmpty())
        settings.setValue(u"lastDirectory"_s, m_lastDirectory);
    if (m_document->hasChronology() && !m_document->path().startsWith(u':'))
        settings.setValue(u"lastFile"_s, m_document->path());
    settings.endGroup();
}

} // namespace AllianceScope
