// Compare two dates: the difference view's edges, kinds and labels equal diffSnapshots for every
// dyad; the Document's comparison state; the window's Compare menu, dock table and side-by-side
// pane; and `--export OUT --compare D1` (the difference figure through FigureExporter).
#include "chronology/chronologyreader.h"
#include "compare/compareui.h"
#include "compare/differencepanel.h"
#include "compare/differencetablemodel.h"
#include "compare/sidebysidepane.h"
#include "export/figureexporter.h"
#include "graphview/alliancescene.h"
#include "graphview/compareoverlay.h"
#include "graphview/diffedgeitem.h"
#include "graphview/differencelegenditem.h"
#include "graphview/edgeitem.h"
#include "graphview/legenditem.h"
#include "graphview/nodeitem.h"
#include "mainwindow/mainwindow.h"
#include "session/document.h"
#include "session/layoutcontroller.h"
#include "style/edgestyle.h"
#include "weights/weightmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace AllianceScope;

namespace {

const QDate kFrom(2015, 12, 28);
const QDate kTo(2019, 8, 22);

Chronology bundled()
{
    const auto result = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    return *result.chronology;
}

bool drawn(const DyadChange &c)
{
    return c.kind() != DyadChange::Kind::Unchanged || EdgeStyle::visibleFor(c.tierTo, c.weightTo);
}

} // namespace

class TestCompareMode : public QObject
{
    Q_OBJECT

private slots:
    void sceneDrawsEveryChangeOfDiffSnapshots();
    void labelsSayTheChangeOfWeightAndTier();
    void differenceHidesTheSnapshotEdgesAndBack();
    void documentKeepsTheComparison();
    void windowComparesFromTheMenuAndTheTable();
    void sideBySideUsesTheSameLayout();
    void exportCompareWritesTheDifferenceFigure();
    void exportCompareRejectsABadDate();
};

void TestCompareMode::sceneDrawsEveryChangeOfDiffSnapshots()
{
    const WeightModel model(bundled());
    for (const Layer layer : {Layer::All, Layer::Security}) {
        const QList<DyadChange> changes = diffSnapshots(model.snapshotAt(kFrom), model.snapshotAt(kTo), layer);
        AllianceScene scene;
        scene.setChronology(model.chronology());
        scene.setLayer(layer);
        scene.setSnapshot(model.snapshotAt(kTo));
        scene.setDifference(changes, kFrom, kTo);
        QVERIFY(scene.isDifferenceShown());
        int shown = 0;
        for (const DyadChange &c : changes) {
            DiffEdgeItem *item = scene.compareOverlay()->diffItem(c.a, c.b);
            if (!drawn(c)) {
                QVERIFY(!item || !item->isVisible());
                continue;
            }
            QVERIFY2(item && item->isVisible(), qPrintable(c.a + u'-' + c.b));
            QCOMPARE(item->change(), c);
            QCOMPARE(item->change().kind(), c.kind());
            QCOMPARE(item->pen().color(), DiffEdgeItem::colorFor(c.kind()));
            ++shown;
        }
        QVERIFY2(shown >= 8, qPrintable(QString::number(shown)));
    }
}

void TestCompareMode::labelsSayTheChangeOfWeightAndTier()
{
    const WeightModel model(bundled());
    const QList<DyadChange> changes = diffSnapshots(model.snapshotAt(kFrom), model.snapshotAt(kTo), Layer::All);
    AllianceScene scene;
    scene.setChronology(model.chronology());
    LayoutController layouts(AllianceScene::nodeSizer());
    layouts.setChronology(&model.chronology());
    scene.applyLayout(layouts.layoutFor(Language::En));
    scene.setSnapshot(model.snapshotAt(kTo));
    scene.setDifference(changes, kFrom, kTo);

    // JPN–KOR: the 2019 crisis weakens the edge, by the weights' difference.
    const auto jk = std::find_if(changes.cbegin(), changes.cend(),
                                 [](const DyadChange &c) { return c.a == u"JPN"_s && c.b == u"KOR"_s; });
    QVERIFY(jk != changes.cend());
    QCOMPARE(jk->kind(), DyadChange::Kind::Weakened);
    DiffEdgeItem *item = scene.compareOverlay()->diffItem(u"KOR"_s, u"JPN"_s);
    QVERIFY(item);
    QVERIFY(item->labelText().startsWith(DiffEdgeItem::signedText(jk->weightTo - jk->weightFrom)));
    QVERIFY(item->labelText().startsWith(u"−"_s));

    int tierLabels = 0, labelled = 0;
    for (const DyadChange &c : changes) {
        const DiffEdgeItem *d = scene.compareOverlay()->diffItem(c.a, c.b);
        if (!d || !d->isVisible())
            continue;
        QCOMPARE(d->labelText().isEmpty(), c.kind() == DyadChange::Kind::Unchanged);
        if (c.tierFrom != c.tierTo) {
            QVERIFY(d->labelText().contains(u"%1→%2"_s.arg(c.tierFrom).arg(c.tierTo)));
            ++tierLabels;
        }
        if (c.kind() == DyadChange::Kind::New)
            QVERIFY(d->labelText().startsWith(u"new "_s));
        labelled += d->isLabelShown() ? 1 : 0;
    }
    QVERIFY(tierLabels > 0);
    QVERIFY2(labelled >= 10, qPrintable(QString::number(labelled)));
    // No two shown labels overlap.
    QList<QRectF> rects;
    for (const DiffEdgeItem *d : scene.compareOverlay()->diffItems())
        if (d->isVisible() && d->isLabelShown())
            rects.append(d->labelRect());
    for (int i = 0; i < rects.size(); ++i)
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY(!rects[i].intersects(rects[j]));
    const QStringList legend = scene.compareOverlay()->legend()->texts();
    QVERIFY(legend.first().contains(u"2015-12-28"_s) && legend.first().contains(u"2019-08-22"_s));
    QVERIFY(scene.compareOverlay()->legend()->isVisible());
    QVERIFY(!scene.legendItem()->isVisible());
}

void TestCompareMode::differenceHidesTheSnapshotEdgesAndBack()
{
    const WeightModel model(bundled());
    AllianceScene scene;
    scene.setChronology(model.chronology());
    scene.setSnapshot(model.snapshotAt(kTo));
    EdgeItem *edge = scene.edgeItem(u"USA"_s, u"JPN"_s);
    QVERIFY(edge && edge->isVisible());
    scene.setDifference(diffSnapshots(model.snapshotAt(kFrom), model.snapshotAt(kTo), Layer::All), kFrom, kTo);
    QVERIFY(!edge->isVisible());
    scene.setSnapshot(model.snapshotAt(kFrom)); // a new snapshot never brings an edge back
    QVERIFY(!edge->isVisible());
    scene.clearDifference();
    QVERIFY(edge->isVisible());
    QVERIFY(!scene.compareOverlay()->diffItem(u"USA"_s, u"JPN"_s)->isVisible());
    QVERIFY(scene.legendItem()->isVisible());
}

void TestCompareMode::documentKeepsTheComparison()
{
    Document doc;
    doc.setChronology(bundled(), QString());
    doc.setDate(kTo);
    QSignalSpy spy(&doc, &Document::compareChanged);
    QCOMPARE(doc.compareMode(), Document::CompareMode::Off);
    doc.setCompareDate(kFrom);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(doc.compareMode(), Document::CompareMode::Difference);
    QCOMPARE(doc.compareSpan(), std::pair(kFrom, kTo));
    const QList<DyadChange> expected
        = diffSnapshots(doc.model().snapshotAt(kFrom), doc.model().snapshotAt(kTo), Layer::All);
    QCOMPARE(doc.difference(), expected);
    // A compared date after the current one: the difference still runs forward in time.
    doc.setDate(QDate(2010, 1, 1));
    QCOMPARE(doc.compareSpan(), std::pair(QDate(2010, 1, 1), kFrom));
    doc.setLayer(Layer::Economic);
    for (const DyadChange &c : doc.difference())
        QCOMPARE(c.layer, Layer::Economic);
    doc.setCompareMode(Document::CompareMode::Off);
    QCOMPARE(spy.count(), 2);
}

void TestCompareMode::windowComparesFromTheMenuAndTheTable()
{
    MainWindow w;
    w.setErrorBoxesEnabled(false);
    QVERIFY(w.openFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)));
    Document *doc = w.document();
    doc->setDate(kTo);
    QAction *compare = w.action(u"compareWith"_s);
    QVERIFY(compare);
    QCOMPARE(compare->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    doc->setCompareDate(kFrom);
    QVERIFY(w.scene()->isDifferenceShown());
    QVERIFY(w.compareUi()->dock()->isVisibleTo(&w));

    DifferencePanel *panel = w.compareUi()->panel();
    QAbstractItemModelTester tester(panel->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = panel->tableModel()->rowCount();
    QVERIFY(rows > 10);
    // Sorted by Δ weight ascending: the first row is the largest fall.
    panel->view()->sortByColumn(DifferenceTableModel::Delta, Qt::AscendingOrder);
    const QModelIndex first = panel->proxyModel()->index(0, DifferenceTableModel::Delta);
    double lowest = 1e9;
    for (const DyadChange &c : panel->tableModel()->changes())
        lowest = std::min(lowest, c.delta());
    QCOMPARE(first.data(DifferenceTableModel::SortRole).toDouble(), lowest);
    // Choosing the row selects its edge.
    panel->view()->setCurrentIndex(first);
    const auto selected = doc->selectedEdge();
    QVERIFY(selected);
    QCOMPARE(selected->a, first.data(DifferenceTableModel::ARole).toString());
    QCOMPARE(selected->b, first.data(DifferenceTableModel::BRole).toString());

    // Moving the current date redraws the difference.
    doc->setDate(QDate(2023, 8, 18));
    const auto [from, to] = doc->compareSpan();
    QCOMPARE(to, QDate(2023, 8, 18));
    const QList<DyadChange> now = diffSnapshots(doc->model().snapshotAt(from), doc->model().snapshotAt(to), Layer::All);
    for (const DyadChange &c : now) {
        const DiffEdgeItem *d = w.scene()->compareOverlay()->diffItem(c.a, c.b);
        if (drawn(c)) {
            QVERIFY(d && d->isVisible());
            QCOMPARE(d->change(), c);
        }
    }
    w.action(u"stopComparing"_s)->trigger();
    QVERIFY(!w.scene()->isDifferenceShown());
}

void TestCompareMode::sideBySideUsesTheSameLayout()
{
    MainWindow w;
    w.setErrorBoxesEnabled(false);
    QVERIFY(w.openFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)));
    w.show();
    QSignalSpy laid(&w, &MainWindow::layoutApplied);
    QVERIFY(laid.count() > 0 || laid.wait(60000));
    Document *doc = w.document();
    doc->setDate(kTo);
    doc->setCompareDate(kFrom);
    w.action(u"sideBySide"_s)->trigger();
    QCOMPARE(doc->compareMode(), Document::CompareMode::SideBySide);
    SideBySidePane *pane = w.compareUi()->sideBySidePane();
    QVERIFY(pane->isVisible());
    QVERIFY(!w.scene()->isDifferenceShown());
    QVERIFY(pane->headingText().contains(u"2015-12-28"_s));
    AllianceScene *other = pane->scene();
    w.scene()->finishAnimations();
    other->finishAnimations();
    QCOMPARE(other->snapshot().date, kFrom);
    for (const QString &id : {u"USA"_s, u"JPN"_s, u"KOR"_s, u"CHN"_s})
        QCOMPARE(other->nodeItem(id)->pos(), w.scene()->nodeItem(id)->pos());
}

void TestCompareMode::exportCompareWritesTheDifferenceFigure()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"diff.svg"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // works without a display server
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ALLIANCESCOPE_EXECUTABLE),
            {u"--export"_s, out, u"--date"_s, u"2019-08-22"_s, u"--compare"_s, u"2015-12-28"_s,
             QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(f.readAll());
    QVERIFY(svg.contains(u"Change from 2015-12-28 to 2019-08-22"_s));
    QVERIFY(svg.contains(u"strengthened (weight or tier up)"_s));
    QVERIFY(svg.contains(u"tie gone"_s));

    // The same labels as the scene of a FigureExporter with the same options.
    const WeightModel model(bundled());
    const auto exporter = FigureExporter::create(model);
    FigureOptions options;
    options.compareWith = kFrom;
    QVERIFY(!exporter->renderImage(kTo, options).isNull());
    int checked = 0;
    for (const DiffEdgeItem *d : exporter->scene()->compareOverlay()->diffItems()) {
        if (!d->isVisible() || !d->isLabelShown())
            continue;
        QVERIFY2(svg.contains(d->labelText().toHtmlEscaped()), qPrintable(d->labelText()));
        ++checked;
    }
    QVERIFY(checked > 5);
    // Without --compare the figure has the graph's legend, not the difference's.
    options.compareWith = QDate();
    exporter->renderImage(kTo, options);
    QVERIFY(!exporter->scene()->isDifferenceShown());
}

void TestCompareMode::exportCompareRejectsABadDate()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"bad.svg"_s);
    QProcess p;
    p.start(QStringLiteral(ALLIANCESCOPE_EXECUTABLE),
            {u"--export"_s, out, u"--date"_s, u"2019-08-22"_s, u"--compare"_s, u"2015-13-40"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"--compare"_s));
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(TestCompareMode)
#include "tst_comparemode.moc"
