// Tests of MainWindow (offscreen): keyboard stepping and the event panel, the graph's JPN–KOR pen
// against the weight model, the event list driving the slider, the language switch, a failed Open
// that keeps the loaded chronology, the edge history, and the settings round trip.
#include "help/guidedialog.h"
#include "testsupport.h"

#include <QTextBrowser>
#include "charts/chartpanel.h"
#include "charts/timechart.h"
#include "chartcursor.h"
#include "chronology/chronologyreader.h"
#include "export/figureexporter.h"
#include "graphview/alliancescene.h"
#include "graphview/edgeitem.h"
#include "graphview/nodeitem.h"
#include "graphview/palette.h"
#include "session/document.h"
#include "mainwindow/edgehistorypanel.h"
#include "mainwindow/eventpanel.h"
#include "mainwindow/mainwindow.h"
#include "itemmodels/eventlistmodel.h"
#include "timeline/timelinewidget.h"
#include "weights/weightmodel.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineSeries>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace AllianceScope;
using namespace AllianceScope::TestSupport;
using namespace Qt::StringLiterals;

namespace {

/// The small chronology the window tests share (tests/data/window-fixture.json).
QByteArray fixtureData()
{
    QFile file(QStringLiteral(ALLIANCESCOPE_TEST_DATA "/window-fixture.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensAtTheLastEvent();
    void arrowKeysStepAndPanelFollows();
    void homeAndEnd();
    void edgePenFollowsTheModel();
    void eventListMovesTheSlider();
    void filterNarrowsTheList();
    void languageSwitchRelabels();
    void failedOpenKeepsChronology();
    void failedOpenShowsErrorBox();
    void edgeClickShowsHistory();
    void layerActionsAreExclusive();
    void settingsRoundTrip();
    void aboutNamesTheSource();
    void guideOpensInTheWindowsLanguage();
    void selectedEdgeJoinsTheCharts();
    void chartsToggleWithF8();
    void secondFileReplacesTheFirst();
    void copyFigurePutsTheFigureOnTheClipboard();
    void commandLineFigureHasTheWindowsPositions();
    void exportedFramesChartFollowsEachFrame();
    void selectionLivesInTheDocument();

private:
    QTemporaryDir m_dir;
    QString m_fixturePath;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AllianceScope"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_fixturePath = m_dir.filePath(u"fixture.json"_s);
    QVERIFY(writeFile(m_fixturePath, fixtureData()));
}

void TestMainWindow::init()
{
    m_window = new MainWindow;
    m_window->setErrorBoxesEnabled(false);
    QVERIFY(m_window->openFile(m_fixturePath));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    // The layout runs off the UI thread; wait for it.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLayoutRunning(), 10000);
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::opensAtTheLastEvent()
{
    Document *doc = m_window->document();
    QCOMPARE(doc->chronology().events().size(), 6);
    QCOMPARE(doc->currentEventIndex(), 5);
    QCOMPARE(m_window->eventPanel()->titleText(), u"Camp David Principles"_s);
    QVERIFY(m_window->windowTitle().contains(u"Test chronology"_s));
    // The Graphviz layout replaced the provisional circle.
    QVERIFY(m_window->currentLayout().positions.contains(u"JPN"_s));
    QVERIFY(m_window->scene()->nodeItem(u"JPN"_s));
}

void TestMainWindow::arrowKeysStepAndPanelFollows()
{
    Document *doc = m_window->document();
    QTest::keyClick(m_window, Qt::Key_Left);
    QCOMPARE(doc->currentEventIndex(), 4);
    QCOMPARE(m_window->eventPanel()->titleText(), u"Camp David summit"_s);
    QTest::keyClick(m_window, Qt::Key_Left);
    QCOMPARE(doc->currentEventIndex(), 3);
    QCOMPARE(doc->date(), QDate(2019, 8, 22));
    QCOMPARE(m_window->eventPanel()->dateText(), u"2019-08-22"_s);
    QCOMPARE(m_window->eventPanel()->titleText(), u"The ROK announces it will end GSOMIA"_s);
    // Its one effect: JPN–KOR, security, a negative score.
    const QStandardItemModel *effects = m_window->eventPanel()->effectsModel();
    QCOMPARE(effects->rowCount(), 1);
    QCOMPARE(effects->item(0, EventPanel::TargetColumn)->text(), u"Japan – Republic of Korea"_s);
    QCOMPARE(effects->item(0, EventPanel::ScoreColumn)->text(), u"−6.0"_s);
    QTest::keyClick(m_window, Qt::Key_Left);
    QCOMPARE(doc->currentEventIndex(), 2);
    QVERIFY(m_window->eventPanel()->citationText().contains(u"§3"_s));
    QVERIFY(m_window->eventPanel()->citationText().contains(u"[5] Writer 2017"_s));
    QVERIFY(m_window->eventPanel()->citationText().contains(u"GSOMIA, 2016-11-23"_s));
    QTest::keyClick(m_window, Qt::Key_Right);
    QCOMPARE(doc->currentEventIndex(), 3);
    // Month precision.
    doc->setEventIndex(1);
    QCOMPARE(m_window->eventPanel()->dateText(), u"1999-04"_s);
    QCOMPARE(m_window->eventPanel()->effectsModel()->rowCount(), 4);
}

void TestMainWindow::homeAndEnd()
{
    Document *doc = m_window->document();
    QTest::keyClick(m_window, Qt::Key_Home);
    QCOMPARE(doc->currentEventIndex(), 0);
    QCOMPARE(m_window->eventPanel()->titleText(), u"Japan and the ROK normalise relations"_s);
    QVERIFY(m_window->findChild<QWidget *>(u"eventContext"_s)->isVisibleTo(m_window));
    QTest::keyClick(m_window, Qt::Key_End);
    QCOMPARE(doc->currentEventIndex(), 5);
    QVERIFY(!m_window->findChild<QWidget *>(u"eventContext"_s)->isVisibleTo(m_window));
}

void TestMainWindow::edgePenFollowsTheModel()
{
    Document *doc = m_window->document();
    AllianceScene *scene = m_window->scene();
    EdgeItem *edge = scene->edgeItem(u"JPN"_s, u"KOR"_s);
    QVERIFY(edge);

    const auto moveTo = [&](const QDate &date) {
        doc->setDate(date);
        scene->finishAnimations();
        return doc->model().dyadAt(u"JPN"_s, u"KOR"_s, date).at(Layer::All);
    };
    const LayerState gsomia = moveTo(QDate(2016, 12, 1));
    QCOMPARE(edge->weight(), gsomia.weight);
    QCOMPARE(edge->tier(), gsomia.tier);
    QCOMPARE(edge->pen(), Palette::edgePen(gsomia.weight, gsomia.tier));
    const QPen afterGsomia = edge->pen();
    const LayerState termination = moveTo(QDate(2019, 9, 1));
    QCOMPARE(edge->weight(), termination.weight);
    QCOMPARE(edge->tier(), termination.tier);
    QCOMPARE(edge->pen(), Palette::edgePen(termination.weight, termination.tier));
    const QPen afterTermination = edge->pen();
    QVERIFY(afterGsomia != afterTermination);
    QVERIFY(doc->model().dyadAt(u"JPN"_s, u"KOR"_s, QDate(2016, 12, 1)).at(Layer::All).weight
            > doc->model().dyadAt(u"JPN"_s, u"KOR"_s, QDate(2019, 9, 1)).at(Layer::All).weight);

    // A layer switch shows that layer's weight.
    m_window->action(u"layerSecurity"_s)->trigger();
    QCOMPARE(doc->layer(), Layer::Security);
    scene->finishAnimations();
    const LayerState sec = doc->model().dyadAt(u"JPN"_s, u"KOR"_s, QDate(2019, 9, 1)).at(Layer::Security);
    QCOMPARE(edge->weight(), sec.weight);
    QCOMPARE(edge->pen(), Palette::edgePen(sec.weight, sec.tier));
}

void TestMainWindow::eventListMovesTheSlider()
{
    Document *doc = m_window->document();
    QTableView *list = m_window->eventListView();
    QSortFilterProxyModel *proxy = m_window->eventProxyModel();
    QCOMPARE(proxy->rowCount(), 6);
    // The list shows the current event.
    QCOMPARE(list->currentIndex().data(EventListModel::EventIndexRole).toInt(), 5);
    // Choosing a row moves the document and the slider.
    const QModelIndex row2 = proxy->index(2, EventListModel::Title);
    QCOMPARE(row2.data(EventListModel::EventIndexRole).toInt(), 2);
    list->selectionModel()->setCurrentIndex(row2, QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
    QCOMPARE(doc->currentEventIndex(), 2);
    QCOMPARE(doc->date(), QDate(2016, 11, 23));
    QCOMPARE(m_window->timeline()->dateText(), u"2016-11-23"_s);
    // And a click does too.
    const QRect rect = list->visualRect(proxy->index(1, EventListModel::Title));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(doc->currentEventIndex(), 1);
    QCOMPARE(m_window->timeline()->titleText(), u"TCOG is set up"_s);
}

void TestMainWindow::filterNarrowsTheList()
{
    QTest::keyClicks(m_window->eventFilterEdit(), u"camp david"_s);
    QCOMPARE(m_window->eventProxyModel()->rowCount(), 2);
    m_window->eventFilterEdit()->clear();
    QCOMPARE(m_window->eventProxyModel()->rowCount(), 6);
}

void TestMainWindow::languageSwitchRelabels()
{
    NodeItem *japan = m_window->scene()->nodeItem(u"JPN"_s);
    QVERIFY(japan);
    QCOMPARE(japan->label(), u"Japan"_s);
    QMenu *view = m_window->findChild<QMenu *>(u"viewMenu"_s);
    QVERIFY(view);
    QCOMPARE(view->title(), u"&View"_s);

    m_window->action(u"language_zh"_s)->trigger();
    QCOMPARE(m_window->document()->language(), Language::Zh);
    QCOMPARE(japan->label(), u"日本"_s);
    QCOMPARE(view->title(), u"视图(&V)"_s);
    QCOMPARE(m_window->action(u"open"_s)->text(), u"打开(&O)…"_s);
    QCOMPARE(m_window->eventPanel()->titleText(), u"戴维营原则"_s);
    QCOMPARE(m_window->eventProxyModel()->headerData(0, Qt::Horizontal).toString(), u"日期"_s);
    QVERIFY(m_window->action(u"language_zh"_s)->isChecked());
    // The new labels are laid out again.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLayoutRunning(), 10000);

    m_window->action(u"toggleLanguage"_s)->trigger();
    QCOMPARE(m_window->document()->language(), Language::En);
    QCOMPARE(japan->label(), u"Japan"_s);
    QCOMPARE(view->title(), u"&View"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLayoutRunning(), 10000);
}

void TestMainWindow::failedOpenKeepsChronology()
{
    Document *doc = m_window->document();
    doc->setEventIndex(2);
    // A missing comma on line 3: a syntax error with a position.
    const QString bad = m_dir.filePath(u"bad.json"_s);
    QVERIFY(writeFile(bad, "{\n  \"format\": 1\n  \"title\": {\"zh\": \"x\", \"en\": \"x\"}\n}\n"));
    QString message;
    QVERIFY(!m_window->openFile(bad, &message));
    QVERIFY2(message.contains(bad + u":3:"_s), qPrintable(message));
    QVERIFY(message.contains(u"error"_s));
    QCOMPARE(m_window->lastError(), message);
    // Nothing changed.
    QCOMPARE(doc->path(), m_fixturePath);
    QCOMPARE(doc->chronology().events().size(), 6);
    QCOMPARE(doc->currentEventIndex(), 2);
    QVERIFY(m_window->scene()->edgeItem(u"JPN"_s, u"KOR"_s));

    // A semantic error is reported with its position too.
    QByteArray data = fixtureData();
    data.replace("\"precision\": \"month\"", "\"precision\": \"week\"");
    QVERIFY(writeFile(bad, data));
    QVERIFY(!m_window->openFile(bad, &message));
    QVERIFY2(message.contains(QRegularExpression(QRegularExpression::escape(bad) + u":\\d+:\\d+: error: "_s)),
             qPrintable(message));
    QCOMPARE(doc->path(), m_fixturePath);

    // A missing file.
    QVERIFY(!m_window->openFile(m_dir.filePath(u"missing.json"_s), &message));
    QVERIFY(message.contains(u"missing.json"_s));
    QCOMPARE(doc->chronology().events().size(), 6);
}

void TestMainWindow::failedOpenShowsErrorBox()
{
    m_window->setErrorBoxesEnabled(true);
    const QString bad = m_dir.filePath(u"bad2.json"_s);
    QVERIFY(writeFile(bad, "{\n  \"format\": 2,\n"));
    QVERIFY(!m_window->openFile(bad));
    // The box is window-modal and open()ed: the call above returned without blocking.
    auto *box = m_window->findChild<QMessageBox *>(u"errorBox"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(bad + u":"_s));
    QVERIFY(box->text().contains(u"unchanged"_s));
    QVERIFY(box->detailedText().contains(u"error"_s));
    box->accept();
    QCOMPARE(m_window->document()->path(), m_fixturePath);
}

void TestMainWindow::edgeClickShowsHistory()
{
    AllianceScene *scene = m_window->scene();
    emit scene->edgeClicked(u"KOR"_s, u"JPN"_s);
    EdgeHistoryPanel *history = m_window->edgeHistoryPanel();
    QCOMPARE(history->edgeA(), u"JPN"_s);
    QCOMPARE(history->edgeB(), u"KOR"_s);
    QVERIFY(history->headingText().contains(u"Japan – Republic of Korea"_s));
    // Every effect on the dyad, in date order: 1965, 1999 (among), 2016, 2019, 2023, 2023.
    const QStandardItemModel *rows = history->historyModel();
    const QList<int> touching = m_window->document()->model().eventsTouching(u"JPN"_s, u"KOR"_s);
    QCOMPARE(touching, (QList<int>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(rows->rowCount(), 6);
    QCOMPARE(rows->item(2, EdgeHistoryPanel::DateColumn)->text(), u"2016-11-23"_s);
    QVERIFY(rows->item(2, EdgeHistoryPanel::TierColumn)->text().contains(u"2"_s));
    QCOMPARE(rows->item(3, EdgeHistoryPanel::ScoreColumn)->text(), u"−6.0"_s);
    QVERIFY(scene->edgeItem(u"JPN"_s, u"KOR"_s)->isSelectedEdge());
    // Activating a row goes to its event.
    emit history->eventActivated(2);
    QCOMPARE(m_window->document()->currentEventIndex(), 2);
    emit scene->backgroundClicked();
    QVERIFY(history->edgeA().isEmpty());
    QVERIFY(!scene->edgeItem(u"JPN"_s, u"KOR"_s)->isSelectedEdge());
}

void TestMainWindow::layerActionsAreExclusive()
{
    QTest::keyClick(m_window, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(m_window->document()->layer(), Layer::Political);
    QVERIFY(m_window->action(u"layerPolitical"_s)->isChecked());
    QVERIFY(!m_window->action(u"layerAll"_s)->isChecked());
    QCOMPARE(m_window->scene()->layer(), Layer::Political);
    QTest::keyClick(m_window, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(m_window->document()->layer(), Layer::All);
    QVERIFY(!m_window->action(u"layerPolitical"_s)->isChecked());
}

void TestMainWindow::settingsRoundTrip()
{
    m_window->document()->setLayer(Layer::Economic);
    m_window->setLayoutMode(LayoutMode::Circular);
    m_window->timeline()->setSecondsPerEvent(1.0);
    m_window->saveSettings();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLayoutRunning(), 10000);

    MainWindow other;
    other.restoreSettings();
    QCOMPARE(other.document()->layer(), Layer::Economic);
    QCOMPARE(other.layoutMode(), LayoutMode::Circular);
    QCOMPARE(other.timeline()->secondsPerEvent(), 1.0);
    QCOMPARE(other.document()->language(), Language::En);
    QVERIFY(other.action(u"layout_circular"_s)->isChecked());
    QSettings().clear();
}

void TestMainWindow::aboutNamesTheSource()
{
    m_window->action(u"about"_s)->trigger();
    auto *box = m_window->findChild<QMessageBox *>(u"aboutBox"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"A test paper"_s));
    QVERIFY(box->text().contains(QStringLiteral(ALLIANCESCOPE_VERSION)));
    QVERIFY(box->text().contains(u"MIT"_s)); // the licence
    box->accept();
}

void TestMainWindow::guideOpensInTheWindowsLanguage()
{
    QAction *guide = m_window->action(u"guide"_s);
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1));
    guide->trigger();
    auto *dialog = m_window->findChild<GuideDialog *>(u"guideDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->language(), Language::En);
    // A second F1 raises the same dialog; switching the language switches the guide.
    guide->trigger();
    QCOMPARE(m_window->findChildren<GuideDialog *>().size(), 1);
    m_window->setLanguage(Language::Zh);
    QCOMPARE(dialog->language(), Language::Zh);
    QVERIFY(dialog->browser()->toPlainText().contains(u"同盟透视使用指南"_s));
    m_window->setLanguage(Language::En);
    dialog->close();
}

void TestMainWindow::selectedEdgeJoinsTheCharts()
{
    ChartPanel *charts = m_window->chartPanel();
    QVERIFY(charts);
    const auto pair = std::make_pair(u"JPN"_s, u"USA"_s);
    charts->setDyads({});
    QVERIFY(!charts->dyads().contains(pair));
    emit m_window->scene()->edgeClicked(u"USA"_s, u"JPN"_s);
    QVERIFY(charts->dyads().contains(pair));
}

void TestMainWindow::chartsToggleWithF8()
{
    QAction *charts = m_window->action(u"charts"_s);
    QVERIFY(charts);
    const bool before = charts->isChecked();
    QTest::keyClick(m_window, Qt::Key_F8);
    QCOMPARE(charts->isChecked(), !before);
    QCOMPARE(m_window->chartPanel()->isVisibleTo(m_window), !before);
    QTest::keyClick(m_window, Qt::Key_F8);
    QCOMPARE(charts->isChecked(), before);
}

void TestMainWindow::secondFileReplacesTheFirst()
{
    // Charts shown and in Chinese: opening another file renames and redraws their series, which
    // must not read the first file's model (it is gone by then).
    m_window->action(u"language_zh"_s)->trigger();
    if (!m_window->action(u"charts"_s)->isChecked())
        m_window->action(u"charts"_s)->trigger();
    QVERIFY(m_window->chartPanel()->isVisibleTo(m_window));
    QByteArray second = fixtureData();
    second.replace("Test chronology", "Second chronology");
    second.replace("测试年表", "第二年表");
    const QString path = m_dir.filePath(u"second.json"_s);
    QVERIFY(writeFile(path, second));
    QString message;
    QVERIFY2(m_window->openFile(path, &message), qPrintable(message));
    QVERIFY2(m_window->windowTitle().contains(u"第二年表"_s), qPrintable(m_window->windowTitle()));
    QCOMPARE(m_window->document()->path(), path);
    const QList<QLineSeries *> series = m_window->chartPanel()->dyadChart()->valueSeries();
    QVERIFY(!series.isEmpty());
    QVERIFY(!series.first()->points().isEmpty());
    QVERIFY2(series.first()->name().contains(u"日本"_s) || series.first()->name().contains(u"美国"_s),
             qPrintable(series.first()->name()));
    m_window->action(u"language_en"_s)->trigger();
}

void TestMainWindow::copyFigurePutsTheFigureOnTheClipboard()
{
    QGuiApplication::clipboard()->clear();
    QVERIFY(QGuiApplication::clipboard()->image().isNull());
    m_window->action(u"copyFigure"_s)->trigger();
    const QImage image = QGuiApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400);
    // Not blank: some pixel differs from the white background.
    bool inked = false;
    for (int y = 0; y < image.height() && !inked; y += 3) {
        for (int x = 0; x < image.width() && !inked; x += 3)
            inked = (image.pixel(x, y) & 0xffffff) != 0xffffff;
    }
    QVERIFY(inked);
}

void TestMainWindow::commandLineFigureHasTheWindowsPositions()
{
    // The command line's exporter (no window, a layout controller of its own) places every node
    // exactly where the window does, in either language.
    for (const Language lang : {Language::En, Language::Zh}) {
        m_window->setLanguage(lang);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLayoutRunning(), 10000);
        QTRY_VERIFY(m_window->layoutController()->hasLayout(lang));
        m_window->scene()->finishAnimations();
        QTest::qWait(700); // the move animation of a new layout (2 × 300 ms)
        const auto exporter = FigureExporter::create(m_window->document()->model());
        FigureOptions options;
        options.language = lang;
        QVERIFY(!exporter->renderImage(m_window->document()->date(), options).isNull());
        const QList<Actor> &actors = m_window->document()->chronology().actors();
        QVERIFY(!actors.isEmpty());
        for (const Actor &a : actors) {
            const QPointF onScreen = m_window->scene()->nodeItem(a.id)->pos();
            const QPointF inFigure = exporter->scene()->nodeItem(a.id)->pos();
            QVERIFY2(onScreen == inFigure,
                     qPrintable(languageCode(lang) + u" "_s + a.id + u": window "_s + QString::number(onScreen.x()) + u","_s
                                + QString::number(onScreen.y()) + u", figure "_s + QString::number(inFigure.x())
                                + u","_s + QString::number(inFigure.y())));
        }
    }
}

void TestMainWindow::exportedFramesChartFollowsEachFrame()
{
    // Export Figure's exporter: graph and chart, one frame per event; the chart's cursor of each
    // frame stands at that frame's date (not at the window's).
    const auto exporter = m_window->makeFigureExporter();
    FigureOptions options;
    options.content = FigureOptions::Content::Both;
    options.width = 800;
    const QString dir = m_dir.filePath(u"window-frames"_s);
    QCOMPARE(exporter->exportFrames(dir, FigureFormat::Png, options), FigureExporter::Status::Ok);
    const QStringList frames = QDir(dir).entryList(QDir::Files, QDir::Name);
    QCOMPARE(frames.size(), 6);
    // The second frame (1999; the first, 1965, has its cursor on the date axis' own line).
    const QImage first(QDir(dir).filePath(frames[1]));
    const QImage last(QDir(dir).filePath(frames.last()));
    QCOMPARE(first.size(), last.size());
    const int chartH = int(options.width * 0.45);
    const QRect chart(0, first.height() - chartH + 2, first.width(), chartH - 4);
    QVERIFY(first.copy(chart) != last.copy(chart));
    const QList<int> a = TestSupport::darkVerticalLines(first, chart);
    const QList<int> b = TestSupport::darkVerticalLines(last, chart);
    const QList<int> onlyFirst = TestSupport::columnsOnlyIn(a, b), onlyLast = TestSupport::columnsOnlyIn(b, a);
    QVERIFY2(!onlyFirst.isEmpty() && !onlyLast.isEmpty(), "each frame has a cursor of its own");
    QVERIFY(onlyFirst.last() < onlyLast.first()); // 1999 lies left of 2023
    // The graph above is the same layout in both frames: only weights differ, the figure size not.
    QCOMPARE(first.width(), options.width);
}

void TestMainWindow::selectionLivesInTheDocument()
{
    Document *doc = m_window->document();
    QVERIFY(!doc->selectedEdge());
    QSignalSpy changed(doc, &Document::selectionChanged);
    m_window->selectEdge(u"KOR"_s, u"JPN"_s);
    QCOMPARE(doc->selectedEdge(), std::optional<DyadKey>(DyadKey::of(u"JPN"_s, u"KOR"_s)));
    QCOMPARE(changed.size(), 1);
    // Views follow the document: a selection made there reaches the scene and the history.
    m_window->selectEdge(QString(), QString());
    const EdgeItem *edge = m_window->scene()->edgeItem(u"JPN"_s, u"KOR"_s);
    QVERIFY(edge);
    QVERIFY(!edge->isSelectedEdge());
    doc->setSelectedEdge(u"JPN"_s, u"KOR"_s);
    QVERIFY(edge->isSelectedEdge());
    doc->setSelectedEdge(QString(), QString());
    QVERIFY(!doc->selectedEdge());
    QVERIFY(!edge->isSelectedEdge());
    QCOMPARE(changed.size(), 4);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
