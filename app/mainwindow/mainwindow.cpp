// MainWindow: the application's window.
#include "mainwindow.h"

#include "backgroundwork.h"

#include "help/guidedialog.h"

#include "charts/chartpanel.h"
#include "charts/timechart.h"
#include "compare/compareui.h"
#include "compare/whatifui.h"
#include "edit/editui.h"
#include "chronology/chronologyreader.h"
#include "session/document.h"
#include "edgehistorypanel.h"
#include "eventlistpanel.h"
#include "eventpanel.h"
#include "export/exportdialog.h"
#include "export/figureexporter.h"
#include "graphview/alliancescene.h"
#include "graphview/graphview.h"
#include "present/presentationcontroller.h"
#include "heatstrip/heatstripdock.h"
#include "import/importdialog.h"
#include "session/layoutcontroller.h"
#include "session/translation.h"
#include "timeline/timelinewidget.h"
#include "session/backgroundloader.h"
#include "windowactions.h"

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
    , m_eventList(new EventListPanel(m_document, this))
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

    m_sideSplitter->setObjectName(u"sideSplitter"_s);
    m_sideSplitter->addWidget(m_eventPanel);
    m_sideSplitter->addWidget(m_edgeHistory);
    m_sideSplitter->addWidget(m_eventList);
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

    // A normal (not permanent) widget: QStatusBar hides it while a message such as "Saving…" or
    // "Exported to …" shows. As a stretching permanent widget it left the messages no room, and
    // none of them could be seen.
    m_statusDate->setObjectName(u"statusDate"_s);
    statusBar()->addWidget(m_statusDate, 1);

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

    m_actions = new WindowActions(this, m_chartDock, m_sideSplitter);
    HeatStripDock::install(this, m_document); // every dyad over time (F6)
    ImportDialog::install(this, m_document);  // File → Import Events… / Import Alliance Tiers…

    // The graph follows the document; the scene's clicks select edges and nodes.
    connect(m_document, &Document::chronologyChanged, this, &MainWindow::onChronologyChanged);
    connect(m_document, &Document::dateChanged, this, &MainWindow::onDateChanged);
    connect(m_document, &Document::parametersChanged, this,
            [this] { m_scene->setSnapshot(m_document->snapshot(), false); });
    connect(m_document, &Document::currentEventChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::layerChanged, this, &MainWindow::onLayerChanged);
    connect(m_document, &Document::languageChanged, this, &MainWindow::onLanguageChanged);
    connect(m_document, &Document::selectionChanged, this, &MainWindow::onSelectionChanged);
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
        m_background->endLayout();
        statusBar()->showMessage(tr("The layout failed: %1").arg(error), 10000);
    });

    setUpBackgroundWork();
    setUpLoading();
    // Compare two dates (its controller follows the document after the slots above).
    m_compare = new CompareUi(m_document, m_scene, m_view, m_layouts, this);
    m_whatIf = new WhatIfUi(m_document, this);
    m_presentation = new PresentationController(this); // after the menus it adds to
    m_edit = new EditUi(this); // after Save and Save As, which it uses
    connect(m_document, &Document::saved, this, &MainWindow::retranslateUi); // the title

    m_scene->setLanguage(m_document->language());
    retranslateUi();
    resize(1600, 1000);
}

MainWindow::~MainWindow()
{
    Translation::setLanguage(Language::En);
}

QTableView *MainWindow::eventListView() const
{
    return m_eventList->view();
}

QLineEdit *MainWindow::eventFilterEdit() const
{
    return m_eventList->filterEdit();
}

QSortFilterProxyModel *MainWindow::eventProxyModel() const
{
    return m_eventList->proxyModel();
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

void MainWindow::retranslateUi()
{
    // The file's name with the modified mark ([*], setWindowModified()), then the title.
    const QString file = m_document->path().isEmpty() ? tr("Untitled")
                                                      : QFileInfo(m_document->path()).fileName();
    setWindowTitle(m_document->hasChronology()
                       ? tr("%1[*] — AllianceScope — %2")
                             .arg(file, m_document->chronology().title().in(m_document->language()))
                       : tr("AllianceScope"));
    m_chartDock->setWindowTitle(tr("Charts"));
    m_actions->retranslate();
    m_compare->retranslate();
    m_whatIf->retranslate();
    if (m_edit)
        m_edit->retranslate();

    m_view->setToolTip(QString()); // the scene gives per-item tooltips
    m_statusDate->setToolTip(tr("The current date and event"));
    updateStatus();
}

void MainWindow::selectEdge(const QString &a, const QString &b)
{
    m_document->setSelectedEdge(a, b);
}

void MainWindow::onSelectionChanged(const QString &a, const QString &b)
{
    m_scene->setSelectedEdge(a, b);
    m_edgeHistory->setEdge(a, b);
    if (!a.isEmpty() && !b.isEmpty())
        m_chartPanel->addDyad(a, b);
}

// --- files ---------------------------------------------------------------------------------

bool MainWindow::openFile(const QString &path, QString *errorMessage)
{
    if (openInBackground(path, errorMessage))
        return true;
    cancelLoading(); // a file opened at once supersedes one still loading
    const ChronologyReader::Result result = ChronologyReader::readFile(path);
    if (!result.ok()) {
        reportLoadErrors(path, result.errors, errorMessage);
        return false;
    }
    if (errorMessage)
        errorMessage->clear();
    showLoaded(path);
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
    if (!m_edit->maybeSave())
        return;
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
    if (!m_document->hasChronology() || !m_edit->maybeSave())
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
    const Language lang = m_document->language();
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
        + u"<br/>"_s + tr("Licence: MIT (Expat). Copyright 2026 The AllianceScope developers.")
        + u"</p>"_s;
    auto *box = new QMessageBox(QMessageBox::Information, tr("About AllianceScope"), text,
                                QMessageBox::Ok, this);
    box->setObjectName(u"aboutBox"_s);
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showGuide()
{
    if (!m_guide) {
        m_guide = new GuideDialog(m_document->language(), this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
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

// --- work in the background ----------------------------------------------------------------

void MainWindow::setUpBackgroundWork()
{
    // Progress and Cancel of what runs on workers: the charts' series and the Graphviz layout.
    m_background = new BackgroundWork;
    statusBar()->addPermanentWidget(m_background);
    m_background->watch(m_chartPanel->dyadChart()->computation());
    m_background->watch(m_chartPanel->metricChart()->computation());
}

// --- opening files in the background (issue 15) ---------------------------------------------

void MainWindow::setUpLoading()
{
    m_loader = new BackgroundLoader(this);
    connect(m_loader, &BackgroundLoader::progressed, this,
            [this](int done, int total) { m_background->setProgress(m_loader, done, total); });
    connect(m_loader, &BackgroundLoader::loaded, this,
            [this](const std::shared_ptr<BackgroundLoader::Outcome> &outcome) {
                m_background->endTask(m_loader);
                showLoadingNote(QString());
                showLoaded(outcome->path);
                m_document->setChronology(std::move(outcome->model), outcome->path);
                emit loadFinished(outcome->path, true);
            });
    connect(m_loader, &BackgroundLoader::failed, this,
            [this](const std::shared_ptr<BackgroundLoader::Outcome> &outcome) {
                m_background->endTask(m_loader);
                showLoadingNote(QString());
                reportLoadErrors(outcome->path, outcome->errors, nullptr);
                emit loadFinished(outcome->path, false);
            });
    // The document's weights rebuilt on a worker after a half-life change (large chronologies).
    connect(m_document, &Document::rebuildStarted, this, [this] {
        m_background->beginTask(m_document, tr("Updating the weights…"),
                                [this] { m_document->cancelRebuild(); });
    });
    connect(m_document, &Document::rebuildFinished, this, [this] { m_background->endTask(m_document); });
}

bool MainWindow::openInBackground(const QString &path, QString *errorMessage)
{
    const QFileInfo info(path);
    if (path.startsWith(u':') || !info.isFile() || info.size() < m_backgroundLoadBytes)
        return false;
    cancelLoading();
    if (errorMessage)
        errorMessage->clear();
    m_loader->start(path, m_document->parameters());
    m_background->beginTask(m_loader, tr("Loading %1…").arg(info.fileName()), [this] { cancelLoading(); });
    m_background->setProgress(m_loader, 0, BackgroundLoader::kStages);
    if (!m_document->hasChronology())
        showLoadingNote(info.fileName());
    return true;
}

bool MainWindow::isLoading() const
{
    return m_loader->isRunning();
}

void MainWindow::cancelLoading()
{
    if (!m_loader->isRunning())
        return;
    const QString path = m_loader->path();
    m_loader->cancel();
    m_background->endTask(m_loader);
    showLoadingNote(QString());
    statusBar()->showMessage(m_document->hasChronology()
                                 ? tr("Opening “%1” was cancelled; the chronology shown is unchanged.")
                                       .arg(QFileInfo(path).fileName())
                                 : tr("Opening “%1” was cancelled.").arg(QFileInfo(path).fileName()),
                             10000);
    emit loadFinished(path, false);
}

void MainWindow::showLoadingNote(const QString &fileName)
{
    // Over the empty graph while the first file loads: the window is painted at once.
    if (!m_loadingNote) {
        // At the top, on its own background: the empty scene still draws its legend.
        m_loadingNote = new QLabel(m_view->viewport());
        m_loadingNote->setObjectName(u"loadingNote"_s);
        m_loadingNote->setAlignment(Qt::AlignCenter);
        m_loadingNote->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_loadingNote->setAutoFillBackground(true);
        m_loadingNote->setMargin(12);
        QFont font = m_loadingNote->font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        m_loadingNote->setFont(font);
        auto *layout = new QVBoxLayout(m_view->viewport());
        layout->addWidget(m_loadingNote, 0, Qt::AlignTop | Qt::AlignHCenter);
    }
    m_loadingNote->setText(fileName.isEmpty() ? QString() : tr("Loading %1…").arg(fileName));
    m_loadingNote->setVisible(!fileName.isEmpty());
}

void MainWindow::reportLoadErrors(const QString &path, const QList<ReadError> &errors,
                                  QString *errorMessage)
{
    QStringList lines;
    for (const ReadError &e : errors)
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
}

void MainWindow::showLoaded(const QString &path)
{
    m_lastError.clear();
    if (!path.startsWith(u':'))
        m_lastDirectory = QFileInfo(path).absolutePath();
}

// --- following the document ----------------------------------------------------------------

void MainWindow::onChronologyChanged()
{
    if (m_document->isEditing() && followEdit())
        return;
    m_layouts->setChronology(&m_document->chronology());
    m_scene->setChronology(m_document->chronology());
    m_scene->setLayer(m_document->layer());
    m_scene->setLanguage(m_document->language());
    m_edgeHistory->clear();
    m_layout = LayoutController::provisionalLayout(m_document->chronology()); // the scene shows it
    if (m_view->isAutoFit())
        m_view->fitToWindow();
    m_scene->setSnapshot(m_document->snapshot(), false);
    requestLayout();
    retranslateUi();
}

bool MainWindow::followEdit()
{
    // Rebuilding every item of a large graph took most of an edit's time (issue 11).
    if (!m_scene->followEdit(m_document->chronology()))
        return false;
    // A layout is kept when the edit left its input as it was (a title, a summary, a source).
    const bool kept = m_layouts->followEdit(&m_document->chronology(), m_document->language());
    m_edgeHistory->clear();
    m_scene->setSnapshot(m_document->snapshot(), false);
    if (!kept)
        requestLayout();
    return true;
}

void MainWindow::onDateChanged()
{
    // Steps between events animate; scrubbing with the mouse follows the cursor directly.
    m_scene->setSnapshot(m_document->snapshot(), !m_timeline->isScrubbing() && isVisible());
    updateStatus();
}

void MainWindow::onLayerChanged()
{
    m_scene->setLayer(m_document->layer());
    m_actions->syncLayer(m_document->layer());
}

void MainWindow::onLanguageChanged()
{
    const Language lang = m_document->language();
    m_scene->setLanguage(lang);
    if (m_guide)
        m_guide->setLanguage(lang);
    m_actions->syncLanguage(lang);
    retranslateUi();
    requestLayout(); // the labels, and so the node sizes, changed
}

void MainWindow::setLanguage(Language lang)
{
    // The translator first, so that the widgets' retranslateUi() already sees the new strings.
    Translation::setLanguage(lang);
    m_document->setLanguage(lang);
    m_actions->syncLanguage(lang);
}

void MainWindow::setLayoutMode(LayoutMode mode)
{
    m_actions->syncLayoutMode(mode);
    if (mode == m_layouts->mode())
        return;
    m_layouts->setMode(mode);
    requestLayout();
}

void MainWindow::requestLayout()
{
    if (!m_document->hasChronology())
        return;
    m_layoutCancelled = false;
    m_background->beginLayout([this] { m_layoutCancelled = true; });
    m_layouts->requestLayout(m_document->language());
}

void MainWindow::onLayoutReady(Language lang, const GraphLayout &layout)
{
    if (lang != m_document->language())
        return; // superseded by a language switch; that layout is on its way
    m_background->endLayout();
    if (m_layoutCancelled)
        return; // the user keeps the provisional ring
    m_layout = layout;
    m_scene->applyLayout(layout, isVisible());
    if (m_view->isAutoFit())
        m_view->fitToWindow();
    emit layoutApplied();
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
        m_actions->showToolBar(true);
    } else {
        showFullScreen();
        // The class sees the graph and the timeline; F11 or Esc-free toggling brings them back.
        m_actions->showToolBar(false);
    }
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
    if (m_edit && !m_edit->maybeSave()) { // Save, Discard or Cancel the unsaved edits
        event->ignore();
        return;
    }
    // A file still loading is dropped quietly (no "cancelled" note, no start-up fallback).
    m_loader->cancel();
    m_background->endTask(m_loader);
    m_background->cancelAll(); // quitting never waits for the charts (at most for one slice)
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
    // A language saved by an older version or by hand that is neither code: the system's.
    const Language system = QLocale().language() == QLocale::Chinese ? Language::Zh : Language::En;
    setLanguage(languageFromCode(settings.value(u"language"_s).toString()).value_or(system));
    if (const auto mode = layoutModeFromName(settings.value(u"layoutMode"_s).toString()))
        setLayoutMode(*mode);
    m_timeline->setSecondsPerEvent(settings.value(u"secondsPerEvent"_s, 2.0).toDouble());
    m_actions->legend()->setChecked(settings.value(u"legend"_s, true).toBool());
    m_actions->sidePanel()->setChecked(settings.value(u"sidePanel"_s, true).toBool());
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
    settings.setValue(u"language"_s, languageCode(m_document->language()));
    settings.setValue(u"layoutMode"_s, layoutModeName(m_layouts->mode()));
    settings.setValue(u"secondsPerEvent"_s, m_timeline->secondsPerEvent());
    settings.setValue(u"legend"_s, m_actions->legend()->isChecked());
    settings.setValue(u"sidePanel"_s, m_actions->sidePanel()->isChecked());
    if (!m_lastDirectory.isEmpty())
        settings.setValue(u"lastDirectory"_s, m_lastDirectory);
    if (m_document->hasChronology() && !m_document->path().startsWith(u':'))
        settings.setValue(u"lastFile"_s, m_document->path());
    settings.endGroup();
}

} // namespace AllianceScope
