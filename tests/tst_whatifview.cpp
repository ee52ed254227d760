// What-if in the window: applyScenarioInPlace keeps event indices and gives applyScenario's
// weights (every event of the bundled file switched off in turn); unticking an event in the list
// changes the scene's edges exactly as applyScenario predicts, in one frame's time; ghost edges
// carry the baseline's weights; the charts draw a dashed baseline; categories and effect
// overrides; back to the baseline.
#include "charts/chartpanel.h"
#include "charts/timechart.h"
#include "chronology/chronologyreader.h"
#include "chronology/scenarioinplace.h"
#include "compare/whatifui.h"
#include "graphview/alliancescene.h"
#include "graphview/compareoverlay.h"
#include "graphview/edgeitem.h"
#include "graphview/ghostedgeitem.h"
#include "itemmodels/eventlistmodel.h"
#include "mainwindow/eventpanel.h"
#include "mainwindow/mainwindow.h"
#include "metrics/timeseries.h"
#include "session/document.h"
#include "style/edgestyle.h"
#include "weights/weightmodel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace AllianceScope;

namespace {

const QString kGsomia = u"2016-11-gsomia-signed"_s;
const QDate kAfter(2017, 6, 30);

Chronology bundled()
{
    return *ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)).chronology;
}

// Every dyad and layer of two snapshots agree to rounding.
bool sameWeights(const NetworkSnapshot &x, const NetworkSnapshot &y, QString *why)
{
    for (const DyadState &d : x.dyads) {
        const DyadState *e = y.dyad(d.a, d.b);
        for (const Layer l : kViewLayers) {
            const LayerState s = d.at(l);
            const LayerState t = e ? e->at(l) : LayerState{};
            if (s.tier != t.tier || std::abs(s.weight - t.weight) > 1e-12) {
                *why = d.a + u'-' + d.b + u' ' + layerName(l);
                return false;
            }
        }
    }
    return true;
}

// Unticks @p id in the window's event list, as a click on its check box does.
void untick(MainWindow &w, const QString &id)
{
    QSortFilterProxyModel *proxy = w.eventProxyModel();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex i = proxy->index(r, EventListModel::Date);
        if (i.data(EventListModel::EventIdRole).toString() == id) {
            QVERIFY(i.flags() & Qt::ItemIsUserCheckable);
            QCOMPARE(i.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
            QVERIFY(proxy->setData(i, Qt::Unchecked, Qt::CheckStateRole));
            return;
        }
    }
    QFAIL("no such event");
}

} // namespace

class TestWhatIfView : public QObject
{
    Q_OBJECT

private slots:
    void inPlaceEqualsApplyScenarioForEveryEvent();
    void untickingAnEventChangesTheSceneAsApplyScenarioPredicts();
    void ghostEdgesCarryTheBaseline();
    void chartsDrawADashedBaseline();
    void categoryAndEffectOverride();
    void resetToBaselineRemovesTheGhosts();
    void savedScenarioRoundTripsAndLoads();
};

void TestWhatIfView::inPlaceEqualsApplyScenarioForEveryEvent()
{
    const Chronology c = bundled();
    const QList<QDate> dates = {QDate(1999, 12, 31), QDate(2016, 12, 31), QDate(2019, 12, 31), QDate(2023, 8, 31)};
    for (const Event &e : c.events()) {
        Scenario s;
        s.withoutEvents = {e.id};
        const Chronology inPlace = applyScenarioInPlace(c, s);
        QCOMPARE(inPlace.events().size(), c.events().size());
        for (qsizetype i = 0; i < c.events().size(); ++i)
            QCOMPARE(inPlace.events()[i].id, c.events()[i].id);
        const WeightModel a(inPlace);
        const WeightModel b(applyScenario(c, s));
        for (const QDate &d : dates) {
            QString why;
            QVERIFY2(sameWeights(a.snapshotAt(d), b.snapshotAt(d), &why), qPrintable(e.id + u": "_s + why));
            QVERIFY2(sameWeights(b.snapshotAt(d), a.snapshotAt(d), &why), qPrintable(e.id + u": "_s + why));
        }
    }
}

void TestWhatIfView::untickingAnEventChangesTheSceneAsApplyScenarioPredicts()
{
    MainWindow w;
    w.setErrorBoxesEnabled(false);
    QVERIFY(w.openFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)));
    Document *doc = w.document();
    doc->setDate(kAfter);
    w.scene()->finishAnimations();
    const double before = w.scene()->edgeItem(u"JPN"_s, u"KOR"_s)->weight();

    QElapsedTimer timer;
    timer.start();
    untick(w, kGsomia);
    const qint64 ms = timer.elapsed();
    qInfo("untick → scene, edge history and charts updated: %lld ms", ms);

    QVERIFY(doc->isWhatIf());
    QCOMPARE(doc->scenario().withoutEvents, QStringList{kGsomia});
    Scenario s;
    s.withoutEvents = {kGsomia};
    const NetworkSnapshot expected = WeightModel(applyScenario(doc->chronology(), s)).snapshotAt(kAfter);
    int checked = 0;
    for (const DyadState &d : expected.dyads) {
        const LayerState st = d.at(doc->layer());
        EdgeItem *edge = w.scene()->edgeItem(d.a, d.b);
        QVERIFY(edge);
        QCOMPARE(edge->weight(), st.weight);
        QCOMPARE(edge->tier(), st.tier);
        ++checked;
    }
    QVERIFY(checked > 20);
    QVERIFY(w.scene()->edgeItem(u"JPN"_s, u"KOR"_s)->weight() < before); // no GSOMIA, a weaker tie
    // The list shows it switched off.
    const QModelIndex row = w.eventProxyModel()->match(w.eventProxyModel()->index(0, 0), EventListModel::EventIdRole,
                                                       kGsomia, 1, Qt::MatchExactly).value(0);
    QVERIFY(row.isValid());
    QCOMPARE(row.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(row.data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(w.whatIfUi()->statusLabel()->isVisibleTo(&w));
}

void TestWhatIfView::ghostEdgesCarryTheBaseline()
{
    MainWindow w;
    w.setErrorBoxesEnabled(false);
    QVERIFY(w.openFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)));
    Document *doc = w.document();
    doc->setDate(kAfter);
    QVERIFY(w.scene()->compareOverlay()->ghostItems().isEmpty()
            || std::none_of(w.scene()->compareOverlay()->ghostItems().cbegin(),
                            w.scene()->compareOverlay()->ghostItems().cend(),
                            [](const GhostEdgeItem *g) { return g->isVisible(); }));
    doc->setEventEnabled(kGsomia, false);
    const NetworkSnapshot base = doc->baselineModel().snapshotAt(kAfter);
    const NetworkSnapshot now = doc->model().snapshotAt(kAfter);
    int ghosts = 0;
    for (const DyadState &d : base.dyads) {
        const LayerState b = d.at(Layer::All);
        const DyadState *n = now.dyad(d.a, d.b);
        const LayerState c = n ? n->at(Layer::All) : LayerState{};
        const bool differs = b.tier != c.tier || std::abs(b.weight - c.weight) >= kChangeThreshold;
        GhostEdgeItem *g = w.scene()->compareOverlay()->ghostItem(d.a, d.b);
        if (differs && EdgeStyle::visibleFor(b.tier, b.weight)) {
            QVERIFY2(g && g->isVisible(), qPrintable(d.a + u'-' + d.b));
            QCOMPARE(g->weight(), b.weight);
            QCOMPARE(g->tier(), b.tier);
            QCOMPARE(g->pen().style(), Qt::CustomDashLine);
            ++ghosts;
        } else {
            QVERIFY(!g || !g->isVisible());
        }
    }
    QVERIFY(ghosts >= 1);
    QVERIFY(w.scene()->compareOverlay()->ghostItem(u"JPN"_s, u"KOR"_s)->isVisible());
    // The ghosts follow the date.
    doc->setDate(QDate(2023, 8, 31));
    const LayerState later = doc->baselineModel().dyadAt(u"JPN"_s, u"KOR"_s, QDate(2023, 8, 31)).at(Layer::All);
    GhostEdgeItem *jk = w.scene()->compareOverlay()->ghostItem(u"JPN"_s, u"KOR"_s);
    if (jk->isVisible())
        QCOMPARE(jk->weight(), later.weight);
}

void TestWhatIfView::chartsDrawADashedBaseline()
{
    MainWindow w;
    w.setErrorBoxesEnabled(false);
    QVERIFY(w.openFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)));
    Document *doc = w.document();
    TimeChart *chart = w.chartPanel()->currentChart();
    QVERIFY(chart->baselineSeries().isEmpty());
    // Hidden, the chart computes nothing until it is shown.
    doc->setEventEnabled(kGsomia, false);
    QVERIFY(chart->baselineSeries().isEmpty());
    w.show();
    w.action(u"charts"_s)->trigger();
    QTRY_VERIFY(chart->isVisible());
    const QList<QLineSeries *> base = chart->baselineSeries();
    QCOMPARE(base.size(), chart->specs().size());
    QList<SeriesSpec> specs = chart->specs();
    for (SeriesSpec &s : specs)
        s.layer = doc->layer();
    const QList<Series> expected = TimeSeries::compute(doc->baselineModel(), specs);
    const QList<Series> scenario = TimeSeries::compute(doc->model(), specs);
    bool anyDiffers = false;
    for (qsizetype i = 0; i < base.size(); ++i) {
        QCOMPARE(base[i]->pen().style(), Qt::CustomDashLine);
        QCOMPARE(base[i]->points(), expected[i].points);
        QCOMPARE(chart->valueSeries()[i]->points(), scenario[i].points);
        anyDiffers = anyDiffers || expected[i].points != scenario[i].points;
    }
    QVERIFY(anyDiffers);
    doc->resetScenario(); // shown: at once
    QVERIFY(chart->baselineSeries().isEmpty());
}

void TestWhatIfView::categoryAndEffectOverride()
{
    MainWindow w;
    w.setErrorBoxesEnabled(false);
    QVERIFY(w.openFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)));
    Document *doc = w.document();
    doc->setDate(kAfter);
    const QString category = doc->chronology().events().first().category;
    QAction *off = w.whatIfUi()->categoryMenu()->findChild<QAction *>(u"switchOff_"_s + category);
    QVERIFY(off);
    off->trigger();
    QCOMPARE(doc->scenario().withoutCategories, QStringList{category});
    Scenario s;
    s.withoutCategories = {category};
    QString why;
    const NetworkSnapshot expected = WeightModel(applyScenario(doc->chronology(), s)).snapshotAt(kAfter);
    for (const DyadState &d : expected.dyads)
        QCOMPARE(w.scene()->edgeItem(d.a, d.b)->weight(), d.at(doc->layer()).weight);
    doc->resetScenario();

    // One effect's tier and score changed.
    const QList<Event> &events = doc->chronology().events();
    const int gi = int(std::find_if(events.cbegin(), events.cend(), [](const Event &e) { return e.id == kGsomia; })
                       - events.cbegin());
    QVERIFY(gi < events.size());
    EffectOverride o;
    o.event = kGsomia;
    o.effect = 0;
    o.score = -5.0;
    o.tier = 0;
    doc->setEffectOverride(o);
    s = Scenario();
    s.overrides = {o};
    const NetworkSnapshot changed = WeightModel(applyScenario(doc->chronology(), s)).snapshotAt(kAfter);
    for (const DyadState &d : changed.dyads)
        QCOMPARE(w.scene()->edgeItem(d.a, d.b)->weight(), d.at(doc->layer()).weight);
    // The event panel shows the changed effect in bold.
    doc->setEventIndex(gi);
    const QStandardItemModel *effects = w.eventPanel()->effectsModel();
    QVERIFY(effects->rowCount() > 0);
    QVERIFY(effects->item(0, 0)->font().bold());
    // Removing the override (no score, no tier) is the baseline again.
    o.score.reset();
    o.tier.reset();
    doc->setEffectOverride(o);
    QVERIFY(!doc->isWhatIf());
}

void TestWhatIfView::resetToBaselineRemovesTheGhosts()
{
    MainWindow w;
    w.setErrorBoxesEnabled(false);
    QVERIFY(w.openFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)));
    Document *doc = w.document();
    doc->setDate(kAfter);
    doc->setEventEnabled(kGsomia, false);
    QVERIFY(w.scene()->compareOverlay()->hasBaseline());
    QAction *reset = w.action(u"resetScenario"_s);
    QVERIFY(reset && reset->isEnabled());
    QCOMPARE(reset->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    reset->trigger();
    QVERIFY(!doc->isWhatIf());
    QVERIFY(!w.scene()->compareOverlay()->hasBaseline());
    for (const GhostEdgeItem *g : w.scene()->compareOverlay()->ghostItems())
        QVERIFY(!g->isVisible());
    const NetworkSnapshot base = doc->baselineModel().snapshotAt(kAfter);
    for (const DyadState &d : base.dyads)
        QCOMPARE(w.scene()->edgeItem(d.a, d.b)->weight(), d.at(doc->layer()).weight);
}

void TestWhatIfView::savedScenarioRoundTripsAndLoads()
{
    MainWindow w;
    w.setErrorBoxesEnabled(false);
    QVERIFY(w.openFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)));
    Document *doc = w.document();
    const int bundledScenarios = int(doc->scenarios().size());
    QVERIFY(bundledScenarios > 0); // the file's own, in the Load Scenario menu
    QCOMPARE(int(w.whatIfUi()->scenarioMenu()->actions().size()), bundledScenarios);

    doc->setEventEnabled(kGsomia, false);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"saved.alliance.json"_s);
    QString error;
    QVERIFY2(w.whatIfUi()->saveScenario(u"gsomia-2016-only"_s, u"No GSOMIA"_s, u"What if it was never signed"_s, path, &error),
             qPrintable(error));
    const auto read = ChronologyReader::readFile(path);
    QVERIFY(read.ok());
    const Scenario *saved = read.chronology->scenario(u"gsomia-2016-only"_s);
    QVERIFY(saved);
    QCOMPARE(saved->name, u"No GSOMIA"_s);
    QCOMPARE(saved->note, u"What if it was never signed"_s);
    QCOMPARE(saved->withoutEvents, QStringList{kGsomia});
    QCOMPARE(int(read.chronology->scenarios().size()), bundledScenarios + 1);
    QCOMPARE(read.chronology->events().size(), doc->chronology().events().size()); // nothing else lost

    // Loaded again from the menu.
    doc->resetScenario();
    QAction *load = w.whatIfUi()->scenarioMenu()->findChild<QAction *>(u"loadScenario_gsomia-2016-only"_s);
    QVERIFY(load);
    load->trigger();
    QCOMPARE(doc->scenario().withoutEvents, QStringList{kGsomia});
    QCOMPARE(doc->scenario().name, u"No GSOMIA"_s);
    // A file that cannot be written: an error, and nothing changes.
    doc->resetScenario();
    QVERIFY(!w.whatIfUi()->saveScenario(u"x"_s, u"X"_s, QString(), dir.filePath(u"missing/dir/c.json"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(doc->scenario().isBaseline());
    QCOMPARE(int(doc->scenarios().size()), bundledScenarios + 1);
}

QTEST_MAIN(TestWhatIfView)
#include "tst_whatifview.moc"
