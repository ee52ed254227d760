// Tests of AllianceScene and its items: pens follow the model's weights, absent edges and inactive
// memberships are hidden, labels follow the language, clicks emit signals, animations reach their
// end state, the figure rectangle holds every visible node, and the scene renders.
// Set ALLIANCESCOPE_RENDER_DIR to write the rendered figures there as PNG files.
#include "chronology/chronologyreader.h"
#include "graphview/alliancescene.h"
#include "graphview/edgeitem.h"
#include "graphview/graphview.h"
#include "session/layoutcontroller.h"
#include "session/layoutrunner.h"
#include "graphview/legenditem.h"
#include "graphview/membershipitem.h"
#include "graphview/nodeitem.h"
#include "graphview/palette.h"
#include "style/edgestyle.h"
#include "testchronology.h"
#include "weights/weightmodel.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace AllianceScope;
using namespace AllianceScope::TestChronology;
using namespace Qt::StringLiterals;

namespace {

Actor actor(const QString &id, const QString &zh, const QString &en, ActorKind kind = ActorKind::State)
{
    Actor a;
    a.id = id;
    a.kind = kind;
    a.name = {zh, en};
    return a;
}

Event makeEvent(const QString &id, const QDate &date, QList<Effect> effects)
{
    Event e;
    e.id = id;
    e.date = date;
    e.title = {id, id};
    e.summary = {id, id};
    e.category = u"meet"_s;
    e.effects = std::move(effects);
    e.source.section = u"1"_s;
    return e;
}

/// A small alliance history: two treaties, an armistice, Japan–ROK rising from consultation to
/// GSOMIA, a Japan–DPRK summit, and TCOG's lifetime.
Chronology smallChronology()
{
    Category meet;
    meet.id = u"meet"_s;
    meet.score = 4.0;
    meet.name = {u"会谈"_s, u"meeting"_s};
    const QList<Actor> actors = {actor(u"USA"_s, u"美国"_s, u"United States"_s),
                                 actor(u"JPN"_s, u"日本"_s, u"Japan"_s),
                                 actor(u"KOR"_s, u"韩国"_s, u"Republic of Korea"_s),
                                 actor(u"PRK"_s, u"朝鲜"_s, u"DPRK"_s),
                                 actor(u"TCOG"_s, u"三边协调与监督小组"_s, u"TCOG"_s, ActorKind::Mechanism)};
    QList<Event> events = {
        makeEvent(u"armistice"_s, QDate(1953, 7, 27), {dyad(u"KOR"_s, u"PRK"_s, Layer::Security, -8.0, -2)}),
        makeEvent(u"kor-treaty"_s, QDate(1953, 10, 1), {dyad(u"USA"_s, u"KOR"_s, Layer::Security, 8.0, 4)}),
        makeEvent(u"jpn-treaty"_s, QDate(1960, 1, 19), {dyad(u"USA"_s, u"JPN"_s, Layer::Security, 8.0, 4)}),
        makeEvent(u"normalisation"_s, QDate(1965, 6, 22), {dyad(u"JPN"_s, u"KOR"_s, Layer::Political, 6.0, 1)}),
        makeEvent(u"tcog"_s, QDate(1999, 4, 25),
              {membership(u"USA"_s, u"TCOG"_s, Effect::Action::Join),
               membership(u"JPN"_s, u"TCOG"_s, Effect::Action::Join),
               membership(u"KOR"_s, u"TCOG"_s, Effect::Action::Join, u"partner"_s)}),
        makeEvent(u"pyongyang"_s, QDate(2002, 9, 17), {dyad(u"JPN"_s, u"PRK"_s, Layer::Political, 5.0)}),
        makeEvent(u"tcog-end"_s, QDate(2004, 1, 1),
              {membership(u"USA"_s, u"TCOG"_s, Effect::Action::Leave),
               membership(u"JPN"_s, u"TCOG"_s, Effect::Action::Leave),
               membership(u"KOR"_s, u"TCOG"_s, Effect::Action::Leave)}),
        makeEvent(u"gsomia"_s, QDate(2016, 11, 23), {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 7.0, 2)}),
    };
    return Chronology({u"测试"_s, u"test"_s}, {}, actors, {meet}, events);
}

void compareEdge(const EdgeItem *edge, const LayerState &s)
{
    QVERIFY(edge);
    QCOMPARE(edge->weight(), s.weight);
    QCOMPARE(edge->tier(), s.tier);
    QCOMPARE(edge->pen().widthF(), EdgeStyle::widthFor(s.weight));
    QCOMPARE(edge->pen().color(), EdgeStyle::colorFor(s.weight));
    QCOMPARE(edge->pen().dashPattern(), Palette::edgePen(s.weight, s.tier).dashPattern());
    QCOMPARE(edge->isVisible(), EdgeStyle::visibleFor(s.tier, s.weight));
    // The scene draws EdgeStyle, the rule the DOT exporter writes too.
    const EdgeStyle style = EdgeStyle::of(s.tier, s.weight);
    QCOMPARE(edge->pen().widthF(), style.width);
    QCOMPARE(edge->pen().color(), style.color);
    QCOMPARE(edge->pen().dashPattern(), style.pattern());
    QCOMPARE(edge->isVisible(), style.visible);
}

/// The request the application makes: nodes sized as the scene draws them.
LayoutRequest sizedRequest(const Chronology &chronology, LayoutMode mode, Language lang)
{
    LayoutController layouts(AllianceScene::nodeSizer());
    layouts.setChronology(&chronology);
    layouts.setMode(mode);
    return layouts.request(lang);
}

/// The scene over a chronology, laid out by Graphviz.
struct Fixture
{
    explicit Fixture(Chronology chronology)
        : model(std::move(chronology))
    {
        scene.setChronology(model.chronology());
        layout = GraphLayouter::layout(
            sizedRequest(model.chronology(), LayoutMode::Stable, Language::En));
        scene.applyLayout(layout);
    }

    WeightModel model;
    AllianceScene scene;
    GraphLayout layout;
};

QImage render(AllianceScene &scene, int width)
{
    const QRectF r = scene.figureRect();
    QImage image(QSize(width, int(width * r.height() / r.width())), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&p, QRectF(image.rect()), r);
    p.end();
    return image;
}

bool hasColour(const QImage &image, const QColor &c, int tolerance = 6)
{
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb px = line[x];
            if (std::abs(qRed(px) - c.red()) <= tolerance && std::abs(qGreen(px) - c.green()) <= tolerance
                && std::abs(qBlue(px) - c.blue()) <= tolerance)
                return true;
        }
    }
    return false;
}

/// A viewport point on @p edge where the edge is the topmost clickable item.
std::optional<QPoint> clickablePoint(const GraphView &view, const AllianceScene &scene, const EdgeItem *edge)
{
    for (int i = 1; i < 20; ++i) {
        const QPointF sp = edge->path().pointAtPercent(0.5 + (i % 2 ? 1 : -1) * 0.02 * (i / 2));
        const QPoint vp = view.mapFromScene(sp);
        for (QGraphicsItem *item : scene.items(view.mapToScene(vp))) {
            if (item->type() == NodeItem::Type)
                break;
            if (item == edge)
                return vp;
            if (item->type() == EdgeItem::Type)
                break;
        }
    }
    return std::nullopt;
}

} // namespace

class TestAllianceScene : public QObject
{
    Q_OBJECT

private slots:
    void layoutPlacesEveryNode();
    void reloadingReplacesEveryItem();
    void edgePensFollowTheModel();
    void absentEdgeIsHidden();
    void membershipsShowOnlyWhileActive();
    void languageRelabelsNodesAndLegend();
    void layerSwitchShowsThatLayer();
    void animationReachesTheEndState();
    void focusDimsAllButTheNeighbourhood();
    void clicksEmitSignals();
    void toolTipsNameTheActorsTiersAndDate();
    void figureRectHoldsEveryVisibleNode();
    void rendersTheEdges();
    void layoutRunnerReportsOnTheUiThread();
    void bundledChronologyAtCampDavid();
    void paletteDrawsEdgeStyle();
};

void TestAllianceScene::layoutPlacesEveryNode()
{
    Fixture f(smallChronology());
    QVERIFY2(f.layout.ok(), qPrintable(f.layout.error));
    for (const Actor &a : f.model.chronology().actors()) {
        QVERIFY(f.scene.nodeItem(a.id));
        QCOMPARE(f.scene.nodeItem(a.id)->pos(), f.layout.positions.value(a.id));
    }
    // Nodes do not overlap one another.
    const QList<NodeItem *> nodes = {f.scene.nodeItem(u"USA"_s), f.scene.nodeItem(u"JPN"_s),
                                     f.scene.nodeItem(u"KOR"_s), f.scene.nodeItem(u"PRK"_s),
                                     f.scene.nodeItem(u"TCOG"_s)};
    for (int i = 0; i < nodes.size(); ++i)
        for (int j = i + 1; j < nodes.size(); ++j)
            QVERIFY2(!nodes[i]->sceneBoundingRect().intersects(nodes[j]->sceneBoundingRect()),
                     qPrintable(nodes[i]->id() + u" overlaps "_s + nodes[j]->id()));
}

void TestAllianceScene::reloadingReplacesEveryItem()
{
    Fixture f(smallChronology());
    f.scene.setSnapshot(f.model.snapshotAt(QDate(2017, 1, 1)), true);
    f.scene.setFocusNode(u"JPN"_s);
    f.scene.setSelectedEdge(u"JPN"_s, u"KOR"_s);
    auto count = [&f](int type) {
        const QList<QGraphicsItem *> all = f.scene.items();
        return std::count_if(all.cbegin(), all.cend(), [type](const QGraphicsItem *i) { return i->type() == type; });
    };
    QCOMPARE(count(NodeItem::Type), 5);
    QCOMPARE(count(EdgeItem::Type), 5);
    QCOMPARE(count(MembershipItem::Type), 3);
    QCOMPARE(count(LegendItem::Type), 1);

    // A second file: two states only.
    Chronology other({u"b"_s, u"b"_s}, {}, {actor(u"USA"_s, u"美国"_s, u"United States"_s),
                                            actor(u"GBR"_s, u"英国"_s, u"United Kingdom"_s)},
                     smallChronology().categories(),
                     {makeEvent(u"x"_s, QDate(1950, 1, 1), {dyad(u"USA"_s, u"GBR"_s, Layer::Economic, 5.0)})});
    const WeightModel model(other);
    f.scene.setChronology(model.chronology());
    f.scene.finishAnimations();
    f.scene.setSnapshot(model.snapshotAt(QDate(1950, 6, 1)));
    QCOMPARE(count(NodeItem::Type), 2);
    QCOMPARE(count(EdgeItem::Type), 1);
    QCOMPARE(count(MembershipItem::Type), 0);
    QVERIFY(!f.scene.nodeItem(u"JPN"_s));
    QVERIFY(f.scene.edgeItem(u"GBR"_s, u"USA"_s)->isVisible());
    QVERIFY(f.scene.figureRect().contains(f.scene.nodeItem(u"GBR"_s)->sceneBoundingRect()));
}

void TestAllianceScene::edgePensFollowTheModel()
{
    Fixture f(smallChronology());
    const QDate before(2010, 1, 1);
    const QDate after(2017, 1, 1);
    f.scene.setSnapshot(f.model.snapshotAt(before));
    const EdgeItem *edge = f.scene.edgeItem(u"KOR"_s, u"JPN"_s);
    const LayerState s1 = f.model.dyadAt(u"JPN"_s, u"KOR"_s, before).at(Layer::All);
    compareEdge(edge, s1);
    QCOMPARE(s1.tier, 1);

    f.scene.setSnapshot(f.model.snapshotAt(after));
    const LayerState s2 = f.model.dyadAt(u"JPN"_s, u"KOR"_s, after).at(Layer::All);
    compareEdge(edge, s2);
    QCOMPARE(s2.tier, 2);
    QVERIFY(edge->pen().widthF() > EdgeStyle::widthFor(s1.weight));
    QVERIFY(edge->pen().color() != EdgeStyle::colorFor(s1.weight));

    // A hostile dyad is drawn in the conflict colours, dash-dotted.
    const EdgeItem *war = f.scene.edgeItem(u"KOR"_s, u"PRK"_s);
    compareEdge(war, f.model.dyadAt(u"KOR"_s, u"PRK"_s, after).at(Layer::All));
    QVERIFY(war->weight() < 0);
    QVERIFY(war->pen().color().red() > war->pen().color().blue());
    QCOMPARE(war->pen().dashPattern().size(), 4);
    // A treaty is solid.
    QCOMPARE(f.scene.edgeItem(u"USA"_s, u"JPN"_s)->pen().style(), Qt::SolidLine);
}

void TestAllianceScene::absentEdgeIsHidden()
{
    Fixture f(smallChronology());
    f.scene.setSnapshot(f.model.snapshotAt(QDate(2001, 1, 1)));
    const EdgeItem *edge = f.scene.edgeItem(u"JPN"_s, u"PRK"_s);
    QVERIFY(edge);
    QVERIFY(!edge->isVisible());
    f.scene.setSnapshot(f.model.snapshotAt(QDate(2002, 10, 1)));
    QVERIFY(edge->isVisible());
    compareEdge(edge, f.model.dyadAt(u"JPN"_s, u"PRK"_s, QDate(2002, 10, 1)).at(Layer::All));
    // Before the Korean War's armistice nothing is drawn at all.
    f.scene.setSnapshot(f.model.snapshotAt(QDate(1950, 1, 1)));
    QVERIFY(!f.scene.edgeItem(u"KOR"_s, u"PRK"_s)->isVisible());
    QVERIFY(!f.scene.edgeItem(u"USA"_s, u"JPN"_s)->isVisible());
}

void TestAllianceScene::membershipsShowOnlyWhileActive()
{
    Fixture f(smallChronology());
    MembershipItem *usa = f.scene.membershipItem(u"USA"_s, u"TCOG"_s);
    MembershipItem *kor = f.scene.membershipItem(u"KOR"_s, u"TCOG"_s);
    QVERIFY(usa && kor);
    f.scene.setSnapshot(f.model.snapshotAt(QDate(1998, 1, 1)));
    QVERIFY(!usa->isVisible());
    QVERIFY(!f.scene.nodeItem(u"TCOG"_s)->isActive());
    f.scene.setSnapshot(f.model.snapshotAt(QDate(2000, 1, 1)));
    QVERIFY(usa->isVisible());
    QVERIFY(kor->isVisible());
    QVERIFY(!usa->isDashed());
    QVERIFY(kor->isDashed()); // a partner
    QVERIFY(f.scene.nodeItem(u"TCOG"_s)->isActive());
    QCOMPARE(usa->line().p2(), f.scene.nodeItem(u"TCOG"_s)->pos());
    f.scene.setSnapshot(f.model.snapshotAt(QDate(2005, 1, 1)));
    QVERIFY(!usa->isVisible());
    QVERIFY(!kor->isVisible());
}

void TestAllianceScene::languageRelabelsNodesAndLegend()
{
    Fixture f(smallChronology());
    QCOMPARE(f.scene.language(), Language::En);
    QCOMPARE(f.scene.nodeItem(u"JPN"_s)->label(), u"Japan"_s);
    const QRectF legendBefore = f.scene.legendItem()->boundingRect();
    f.scene.setLanguage(Language::Zh);
    QCOMPARE(f.scene.language(), Language::Zh);
    QCOMPARE(f.scene.nodeItem(u"JPN"_s)->label(), u"日本"_s);
    QCOMPARE(f.scene.nodeItem(u"TCOG"_s)->label(), u"三边协调与监督小组"_s);
    QVERIFY(!f.scene.legendItem()->boundingRect().isEmpty());
    QCOMPARE(f.scene.legendItem()->boundingRect().size(), legendBefore.size()); // no translator loaded
    f.scene.setLanguage(Language::En);
    QCOMPARE(f.scene.nodeItem(u"KOR"_s)->label(), u"Republic of Korea"_s);
}

void TestAllianceScene::layerSwitchShowsThatLayer()
{
    Fixture f(smallChronology());
    const QDate d(2017, 1, 1);
    f.scene.setSnapshot(f.model.snapshotAt(d));
    f.scene.setLayer(Layer::Political);
    QCOMPARE(f.scene.layer(), Layer::Political);
    compareEdge(f.scene.edgeItem(u"JPN"_s, u"KOR"_s), f.model.dyadAt(u"JPN"_s, u"KOR"_s, d).at(Layer::Political));
    // The treaty is a security tie only.
    QVERIFY(!f.scene.edgeItem(u"USA"_s, u"JPN"_s)->isVisible());
    f.scene.setLayer(Layer::Security);
    compareEdge(f.scene.edgeItem(u"USA"_s, u"JPN"_s), f.model.dyadAt(u"USA"_s, u"JPN"_s, d).at(Layer::Security));
}

void TestAllianceScene::animationReachesTheEndState()
{
    Fixture f(smallChronology());
    const QDate d1(2010, 1, 1);
    const QDate d2(2017, 1, 1);
    const EdgeItem *edge = f.scene.edgeItem(u"JPN"_s, u"KOR"_s);
    const LayerState s1 = f.model.dyadAt(u"JPN"_s, u"KOR"_s, d1).at(Layer::All);
    const LayerState s2 = f.model.dyadAt(u"JPN"_s, u"KOR"_s, d2).at(Layer::All);

    f.scene.setSnapshot(f.model.snapshotAt(d1), false);
    f.scene.setSnapshot(f.model.snapshotAt(d2), true);
    QCOMPARE(edge->weight(), s1.weight); // not yet moved
    QCOMPARE(f.scene.snapshot().date, d2);
    f.scene.finishAnimations();
    compareEdge(edge, s2);

    // Left alone, the animation ends at the target by itself.
    f.scene.setSnapshot(f.model.snapshotAt(d1), true);
    QCOMPARE(edge->weight(), s2.weight);
    QTRY_COMPARE_WITH_TIMEOUT(edge->weight(), s1.weight, 5000);
    compareEdge(edge, s1);
}

void TestAllianceScene::focusDimsAllButTheNeighbourhood()
{
    Fixture f(smallChronology());
    f.scene.setSnapshot(f.model.snapshotAt(QDate(2000, 1, 1)));
    f.scene.setFocusNode(u"JPN"_s);
    QCOMPARE(f.scene.nodeItem(u"JPN"_s)->opacity(), 1.0);
    QCOMPARE(f.scene.nodeItem(u"USA"_s)->opacity(), 1.0);
    QCOMPARE(f.scene.nodeItem(u"TCOG"_s)->opacity(), 1.0); // a mechanism Japan belongs to
    QCOMPARE(f.scene.nodeItem(u"PRK"_s)->opacity(), 0.25);
    QCOMPARE(f.scene.edgeItem(u"KOR"_s, u"PRK"_s)->opacity(), 0.25);
    QCOMPARE(f.scene.edgeItem(u"USA"_s, u"JPN"_s)->opacity(), 1.0);
    f.scene.setFocusNode({});
    QCOMPARE(f.scene.nodeItem(u"PRK"_s)->opacity(), 1.0);

    f.scene.setSelectedEdge(u"KOR"_s, u"JPN"_s);
    QVERIFY(f.scene.edgeItem(u"JPN"_s, u"KOR"_s)->isSelectedEdge());
    f.scene.setSelectedEdge({}, {});
    QVERIFY(!f.scene.edgeItem(u"JPN"_s, u"KOR"_s)->isSelectedEdge());
}

void TestAllianceScene::clicksEmitSignals()
{
    Fixture f(smallChronology());
    f.scene.setSnapshot(f.model.snapshotAt(QDate(2017, 1, 1)));
    GraphView view(&f.scene);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToWindow();

    const QString dir = qEnvironmentVariable("ALLIANCESCOPE_RENDER_DIR");
    if (!dir.isEmpty())
        QVERIFY(view.grab().save(dir + u"/graphview.png"_s));

    QSignalSpy nodes(&f.scene, &AllianceScene::nodeClicked);
    QSignalSpy edges(&f.scene, &AllianceScene::edgeClicked);
    QSignalSpy background(&f.scene, &AllianceScene::backgroundClicked);

    const NodeItem *jpn = f.scene.nodeItem(u"JPN"_s);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(jpn->scenePos()));
    QCOMPARE(nodes.size(), 1);
    QCOMPARE(nodes.at(0).at(0).toString(), u"JPN"_s);
    QCOMPARE(f.scene.nodeItem(u"PRK"_s)->opacity(), 0.25);

    const EdgeItem *edge = f.scene.edgeItem(u"JPN"_s, u"KOR"_s);
    const auto point = clickablePoint(view, f.scene, edge);
    QVERIFY(point);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, *point);
    QCOMPARE(edges.size(), 1);
    QCOMPARE(edges.at(0).at(0).toString(), u"JPN"_s);
    QCOMPARE(edges.at(0).at(1).toString(), u"KOR"_s);
    QVERIFY(edge->isSelectedEdge());
    QCOMPARE(f.scene.nodeItem(u"PRK"_s)->opacity(), 1.0);

    // A corner of the window is background.
    QVERIFY(f.scene.items(view.mapToScene(QPoint(3, 3))).isEmpty());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(3, 3));
    QCOMPARE(background.size(), 1);
    QVERIFY(!edge->isSelectedEdge());
    QCOMPARE(nodes.size(), 1);
    QCOMPARE(edges.size(), 1);

    // Zooming stops the automatic fit; Ctrl+0 resumes it.
    const qreal fitted = view.zoom();
    view.zoomIn();
    QVERIFY(view.zoom() > fitted);
    QVERIFY(!view.isAutoFit());
    QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
    QVERIFY(view.isAutoFit());
    QVERIFY(qAbs(view.zoom() - fitted) < 1e-6);

    // The wheel zooms around the cursor: the scene point under it stays put.
    const QPoint at = view.mapFromScene(f.scene.nodeItem(u"KOR"_s)->scenePos());
    const QPointF before = view.mapToScene(at);
    QWheelEvent wheel(QPointF(at), QPointF(view.viewport()->mapToGlobal(at)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &wheel);
    QVERIFY(view.zoom() > fitted * 1.2);
    QVERIFY(!view.isAutoFit());
    QVERIFY2(QLineF(view.mapToScene(at), before).length() < 2.0,
             qPrintable(QString::number(QLineF(view.mapToScene(at), before).length())));
}

void TestAllianceScene::toolTipsNameTheActorsTiersAndDate()
{
    Fixture f(smallChronology());
    f.scene.setSnapshot(f.model.snapshotAt(QDate(2017, 1, 1)));
    const QString node = f.scene.toolTipAt(f.scene.nodeItem(u"JPN"_s)->scenePos());
    QVERIFY2(node.contains(u"Japan"_s), qPrintable(node));
    QVERIFY2(node.contains(u"Weighted degree"_s), qPrintable(node));
    QVERIFY2(node.contains(u"2017-01-01"_s), qPrintable(node));

    const EdgeItem *edge = f.scene.edgeItem(u"JPN"_s, u"KOR"_s);
    const QString text = f.scene.toolTipAt(edge->path().pointAtPercent(0.5));
    if (!text.contains(u"Republic of Korea"_s))
        QSKIP("the middle of the edge is covered by another item in this layout");
    QVERIFY2(text.contains(u"Japan"_s), qPrintable(text));
    QVERIFY2(text.contains(Palette::tierName(2)), qPrintable(text));
    QVERIFY2(text.contains(Palette::layerTitle(int(Layer::Economic))), qPrintable(text));
    QVERIFY2(text.contains(u"2017-01-01"_s), qPrintable(text));
    QVERIFY(f.scene.toolTipAt(f.scene.figureRect().topLeft()).isEmpty());
}

void TestAllianceScene::figureRectHoldsEveryVisibleNode()
{
    Fixture f(smallChronology());
    f.scene.setSnapshot(f.model.snapshotAt(QDate(2000, 1, 1)));
    const QRectF figure = f.scene.figureRect();
    for (const Actor &a : f.model.chronology().actors())
        QVERIFY(figure.contains(f.scene.nodeItem(a.id)->sceneBoundingRect()));
    QVERIFY(figure.contains(f.scene.legendItem()->sceneBoundingRect()));
    // The legend sits at the bottom left, below every node.
    const QRectF legend = f.scene.legendItem()->sceneBoundingRect();
    for (const Actor &a : f.model.chronology().actors())
        QVERIFY(f.scene.nodeItem(a.id)->sceneBoundingRect().bottom() < legend.top());
    f.scene.setLegendVisible(false);
    QVERIFY(f.scene.figureRect().height() < figure.height());
}

void TestAllianceScene::rendersTheEdges()
{
    Fixture f(smallChronology());
    f.scene.setSnapshot(f.model.snapshotAt(QDate(2017, 1, 1)));
    f.scene.setLegendVisible(false); // the legend draws every colour itself
    const QImage image = render(f.scene, 1000);
    const EdgeItem *treaty = f.scene.edgeItem(u"USA"_s, u"JPN"_s);
    QVERIFY(hasColour(image, treaty->pen().color()));
    QVERIFY(hasColour(image, f.scene.edgeItem(u"KOR"_s, u"PRK"_s)->pen().color()));
    QVERIFY(!hasColour(image, QColor(0, 255, 0), 40));
}

void TestAllianceScene::layoutRunnerReportsOnTheUiThread()
{
    const Chronology c = smallChronology();
    AllianceScene scene;
    scene.setChronology(c);
    LayoutRunner runner;
    QSignalSpy done(&runner, &LayoutRunner::finished);
    const LayoutRequest request = sizedRequest(c, LayoutMode::Circular, Language::En);
    runner.run(request);
    QVERIFY(runner.isRunning());
    runner.run(sizedRequest(c, LayoutMode::Stable, Language::En)); // supersedes
    runner.waitForFinished();
    QVERIFY(!runner.isRunning());
    QCOMPARE(done.size(), 1);
    const auto layout = done.at(0).at(0).value<GraphLayout>();
    QVERIFY2(layout.ok(), qPrintable(layout.error));
    QCOMPARE(layout.positions.size(), c.actors().size());
    scene.applyLayout(layout, true);
    scene.finishAnimations();
    QCOMPARE(scene.nodeItem(u"JPN"_s)->pos(), layout.positions.value(u"JPN"_s));
}

void TestAllianceScene::paletteDrawsEdgeStyle()
{
    for (int tier = -2; tier <= 5; ++tier) {
        for (double w : {-1.5, -0.6, -0.019, 0.0, 0.01, 0.02, 0.3, 0.99, 1.0, 4.0}) {
            const EdgeStyle style = EdgeStyle::of(tier, w);
            const QPen pen = Palette::edgePen(w, tier);
            QCOMPARE(pen.widthF(), style.width);
            QCOMPARE(pen.color(), style.color);
            QCOMPARE(pen.dashPattern(), style.pattern());
            QCOMPARE(pen.capStyle(), EdgeStyle::capStyle(style.dash));
            QCOMPARE(EdgeStyle::visibleFor(tier, w), style.visible);
        }
    }
}

void TestAllianceScene::bundledChronologyAtCampDavid()
{
    auto result = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY2(result.ok(), qPrintable(result.errors.isEmpty() ? u"no chronology"_s : result.errors.first().toString()));
    Fixture f(std::move(*result.chronology));
    QVERIFY2(f.layout.ok(), qPrintable(f.layout.error));
    const QDate campDavid(2023, 8, 31);
    f.scene.setSnapshot(f.model.snapshotAt(campDavid));
    for (const auto &[a, b] : {std::pair{u"USA"_s, u"JPN"_s}, {u"USA"_s, u"KOR"_s}, {u"JPN"_s, u"KOR"_s}}) {
        const EdgeItem *e = f.scene.edgeItem(a, b);
        QVERIFY(e && e->isVisible());
        QVERIFY(e->weight() > 0);
    }
    // No two nodes overlap, in either language.
    for (const Language lang : {Language::En, Language::Zh}) {
        f.scene.setLanguage(lang);
        f.scene.applyLayout(GraphLayouter::layout(sizedRequest(f.model.chronology(), LayoutMode::Stable, lang)));
        const QList<QGraphicsItem *> all = f.scene.items();
        QList<const NodeItem *> nodes;
        for (const QGraphicsItem *item : all)
            if (item->type() == NodeItem::Type)
                nodes.append(static_cast<const NodeItem *>(item));
        for (int i = 0; i < nodes.size(); ++i)
            for (int j = i + 1; j < nodes.size(); ++j)
                QVERIFY2(!nodes[i]->sceneBoundingRect().intersects(nodes[j]->sceneBoundingRect()),
                         qPrintable(languageCode(lang) + u": "_s + nodes[i]->id() + u" overlaps "_s + nodes[j]->id()));
        const QImage image = render(f.scene, 1800);
        QVERIFY(hasColour(image, f.scene.edgeItem(u"USA"_s, u"JPN"_s)->pen().color()));
        const QString dir = qEnvironmentVariable("ALLIANCESCOPE_RENDER_DIR");
        if (!dir.isEmpty())
            QVERIFY(image.save(dir + u"/scene-2023-08-31-"_s + languageCode(lang) + u".png"_s));
    }
}

QTEST_MAIN(TestAllianceScene)
#include "tst_alliancescene.moc"
