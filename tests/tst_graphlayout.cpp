// Tests of GraphLayouter (Graphviz behind models/layout/) and of layoutRequestFor().
#include "chronology/chronology.h"
#include "chronology/chronologyreader.h"
#include "layout/graphlayout.h"

#include <QFileInfo>
#include <QLineF>
#include <QThread>
#include <QtTest>

#include <clocale>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AllianceScope::LayoutMode)

namespace {

Actor state(const QString &id, const QString &zh, const QString &en, double lat, double lon)
{
    Actor a;
    a.id = id;
    a.kind = ActorKind::State;
    a.name = {zh, en};
    a.latitude = lat;
    a.longitude = lon;
    return a;
}

Actor mechanism(const QString &id, const QString &zh, const QString &en)
{
    Actor a;
    a.id = id;
    a.kind = ActorKind::Mechanism;
    a.name = {zh, en};
    return a;
}

Effect dyad(const QStringList &actors, bool among = false)
{
    Effect e;
    e.kind = Effect::Kind::Dyad;
    e.actors = actors;
    e.among = among;
    return e;
}

Effect membership(const QString &member, const QString &mech)
{
    Effect e;
    e.kind = Effect::Kind::Membership;
    e.member = member;
    e.mechanism = mech;
    return e;
}

Event event(const QString &id, const QDate &date, const QList<Effect> &effects)
{
    Event e;
    e.id = id;
    e.date = date;
    e.category = u"cooperate"_s;
    e.effects = effects;
    return e;
}

/// A small chronology shaped like the real one: six states, three mechanisms, and one
/// state (AUS) that only a mechanism connects.
Chronology handBuiltChronology()
{
    QList<Actor> actors = {
        state(u"USA"_s, u"美国"_s, u"United States"_s, 38.9, -77.0),
        state(u"JPN"_s, u"日本"_s, u"Japan"_s, 35.7, 139.7),
        state(u"KOR"_s, u"韩国"_s, u"South Korea"_s, 37.6, 127.0),
        state(u"PRK"_s, u"朝鲜"_s, u"North Korea"_s, 39.0, 125.8),
        state(u"CHN"_s, u"中国"_s, u"China"_s, 39.9, 116.4),
        state(u"RUS"_s, u"俄罗斯"_s, u"Russia"_s, 55.8, 37.6),
        state(u"AUS"_s, u"澳大利亚"_s, u"Australia"_s, -35.3, 149.1),
        mechanism(u"TCOG"_s, u"三边协调与监督小组"_s, u"TCOG"_s),
        mechanism(u"KEDO"_s, u"朝鲜半岛能源开发组织"_s, u"KEDO"_s),
        mechanism(u"SPT"_s, u"六方会谈"_s, u"Six-Party Talks"_s),
    };
    Category category;
    category.id = u"cooperate"_s;
    category.score = 5.0;
    QList<Event> events = {
        event(u"e1"_s, QDate(1994, 10, 21), {dyad({u"USA"_s, u"PRK"_s})}),
        event(u"e2"_s, QDate(1995, 3, 9),
              {membership(u"USA"_s, u"KEDO"_s), membership(u"JPN"_s, u"KEDO"_s),
               membership(u"KOR"_s, u"KEDO"_s), membership(u"AUS"_s, u"KEDO"_s)}),
        event(u"e3"_s, QDate(1999, 4, 25),
              {dyad({u"USA"_s, u"JPN"_s, u"KOR"_s}, true), membership(u"USA"_s, u"TCOG"_s),
               membership(u"JPN"_s, u"TCOG"_s), membership(u"KOR"_s, u"TCOG"_s)}),
        event(u"e4"_s, QDate(2003, 8, 27),
              {dyad({u"CHN"_s, u"PRK"_s}), dyad({u"RUS"_s, u"CHN"_s}), dyad({u"USA"_s, u"JPN"_s}),
               membership(u"USA"_s, u"SPT"_s), membership(u"JPN"_s, u"SPT"_s),
               membership(u"KOR"_s, u"SPT"_s), membership(u"PRK"_s, u"SPT"_s),
               membership(u"CHN"_s, u"SPT"_s), membership(u"RUS"_s, u"SPT"_s)}),
        event(u"e5"_s, QDate(2006, 10, 9), {dyad({u"JPN"_s, u"PRK"_s}), dyad({u"USA"_s, u"KOR"_s})}),
    };
    return Chronology({u"测试"_s, u"Test"_s}, {}, actors, {category}, events);
}

/// A request built by hand: two components, one node with an empty size.
LayoutRequest smallRequest(LayoutMode mode)
{
    LayoutRequest request;
    request.mode = mode;
    const QStringList ids = {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"M"_s, u"X"_s, u"Y"_s};
    for (const QString &id : ids) {
        LayoutNode node;
        node.id = id;
        node.label = u"节点 "_s + id;
        node.mechanism = id == u"M"_s;
        node.size = id == u"E"_s ? QSizeF() : estimatedNodeSize(node.label, node.mechanism);
        request.nodes.append(node);
    }
    auto edge = [&](const QString &a, const QString &b, double w, bool m = false) {
        LayoutEdge e;
        e.a = a;
        e.b = b;
        e.weight = w;
        e.membership = m;
        request.edges.append(e);
    };
    edge(u"A"_s, u"B"_s, 8.0);
    edge(u"B"_s, u"C"_s, 1.0);
    edge(u"C"_s, u"A"_s, -3.0);
    edge(u"C"_s, u"D"_s, 1.0);
    edge(u"D"_s, u"E"_s, 0.5);
    edge(u"A"_s, u"M"_s, 1.0, true);
    edge(u"B"_s, u"M"_s, 1.0, true);
    edge(u"X"_s, u"Y"_s, 2.0);
    return request;
}

bool finitePoint(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

QRectF boxAt(const LayoutNode &node, const QPointF &centre)
{
    const QSizeF s = node.box();
    return QRectF(centre - QPointF(s.width(), s.height()) / 2.0, s);
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private:
    /// Every property a finished layout must have; fails the current test otherwise.
    void checkLayout(const LayoutRequest &request, const GraphLayout &layout);
    /// The bundled chronology; nullopt (with the reader's errors in @p error) when it does not load.
    static std::optional<Chronology> bundledChronology(QString *error);

private slots:
    void modeNames();
    void nodeSizeEstimate();
    void separateBoxesKeepsFixedNodes();
    void requestFromChronology();
    void geographicRequest();
    void everyMode_data();
    void everyMode();
    void stableIsDeterministic();
    void circularIgnoresHistory();
    void pinnedNodesStay_data();
    void pinnedNodesStay();
    void anchoredStability();
    void invalidRequests();
    void emptyRequest();
    void concurrentLayouts();
    void hintsOrientTheLayout();
    void decimalCommaLocale();
};

void TestGraphLayout::checkLayout(const LayoutRequest &request, const GraphLayout &layout)
{
    QVERIFY2(layout.ok(), qPrintable(layout.error));
    QVERIFY2(layout.warnings.isEmpty(), qPrintable(layout.warnings.join(u'\n')));
    QCOMPARE(layout.positions.size(), request.nodes.size());
    const QRectF bounds = layout.bounds.adjusted(-1e-6, -1e-6, 1e-6, 1e-6); // rounding in united()
    QHash<QString, const LayoutNode *> nodes;
    for (const LayoutNode &node : request.nodes) {
        nodes.insert(node.id, &node);
        QVERIFY2(layout.positions.contains(node.id), qPrintable(node.id));
        const QPointF p = layout.positions.value(node.id);
        QVERIFY2(finitePoint(p), qPrintable(node.id));
        QVERIFY(bounds.contains(boxAt(node, p)));
    }
    const auto overlaps = overlappingNodes(request, layout);
    for (const auto &pair : overlaps)
        qWarning("overlap: %s and %s", qPrintable(pair.first), qPrintable(pair.second));
    QVERIFY(overlaps.isEmpty());
    // Nodes keep a gap, so the edge router never falls back to straight lines.
    QVERIFY(overlappingNodes(request, layout, GraphLayouter::nodeGap() - 0.5).isEmpty());

    QCOMPARE(layout.edgePaths.size(), request.edges.size());
    for (const LayoutEdge &edge : request.edges) {
        const QString key = GraphLayout::edgeKey(edge.a, edge.b);
        QCOMPARE(key, DyadKey::of(edge.a, edge.b).text());
        QVERIFY2(layout.edgePaths.contains(key), qPrintable(key));
        // Stored from the key's a to its b; edgePath() turns it to run from edge.a to edge.b.
        const QPainterPath stored = layout.edgePaths.value(key);
        const QPainterPath path = layout.edgePath(edge.a, edge.b);
        QCOMPARE(path.elementCount(), stored.elementCount());
        QCOMPARE(layout.edgePath(edge.b, edge.a).currentPosition(), QPointF(path.elementAt(0)));
        QVERIFY2(!path.isEmpty() && path.elementCount() >= 2, qPrintable(key));
        // Clipped at the node boxes: the path starts at a's border and ends at b's.
        const QRectF a = boxAt(*nodes.value(edge.a), layout.positions.value(edge.a)).adjusted(-3, -3, 3, 3);
        const QRectF b = boxAt(*nodes.value(edge.b), layout.positions.value(edge.b)).adjusted(-3, -3, 3, 3);
        const QPointF start = path.elementAt(0);
        const QPointF end = path.currentPosition();
        QVERIFY2(a.contains(start), qPrintable(u"%1 starts at %2,%3"_s.arg(key).arg(start.x()).arg(start.y())));
        QVERIFY2(b.contains(end), qPrintable(key));
        // (QRectF::contains(QRectF) is false for a straight horizontal or vertical path.)
        const QRectF extent = path.boundingRect();
        QVERIFY2(bounds.contains(extent.topLeft()) && bounds.contains(extent.bottomRight()), qPrintable(key));
    }
}

std::optional<Chronology> TestGraphLayout::bundledChronology(QString *error)
{
    const QString path = QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY);
    ChronologyReader::Result read = ChronologyReader::readFile(path);
    if (!read.ok()) {
        QStringList lines;
        for (const ReadError &e : std::as_const(read.errors))
            lines.append(e.toString());
        *error = lines.isEmpty() ? path + u": cannot be read"_s : lines.join(u'\n');
        return std::nullopt;
    }
    return read.chronology;
}

void TestGraphLayout::modeNames()
{
    for (LayoutMode mode : {LayoutMode::Stable, LayoutMode::Anchored, LayoutMode::Circular,
                            LayoutMode::Geographic})
        QCOMPARE(layoutModeFromName(layoutModeName(mode)), mode);
    QCOMPARE(layoutModeName(LayoutMode::Geographic), u"geographic"_s);
    QVERIFY(!layoutModeFromName(u"dot"_s));
    QVERIFY(!layoutModeFromName(QString()));
}

void TestGraphLayout::nodeSizeEstimate()
{
    // QTEST_GUILESS_MAIN: no QGuiApplication, so this is the estimate.
    const QSizeF latin = estimatedNodeSize(u"Japan"_s, false);
    const QSizeF cjk = estimatedNodeSize(u"日本国家"_s, false);
    QCOMPARE(latin.width(), 5 * 7.0 + 18.0);
    QCOMPARE(cjk.width(), 4 * 12.0 + 18.0);
    QVERIFY(latin.height() > 11.0);
    QVERIFY(estimatedNodeSize(u"KEDO"_s, true).width() > estimatedNodeSize(u"KEDO"_s, false).width());
    QVERIFY(estimatedNodeSize(QString(), false).width() >= 36.0);
}

void TestGraphLayout::separateBoxesKeepsFixedNodes()
{
    QList<QPointF> centres = {{0, 0}, {10, 5}, {10, 5}, {300, 0}};
    const QList<QSizeF> sizes(4, QSizeF(60, 20));
    const QList<bool> fixed = {true, false, false, false};
    QCOMPARE(separateBoxes(centres, sizes, fixed, 12.0), 0);
    QCOMPARE(centres[0], QPointF(0, 0));
    QCOMPARE(centres[3], QPointF(300, 0)); // was clear of everything
    for (int i = 0; i < 4; ++i) {
        for (int j = i + 1; j < 4; ++j) {
            const bool apart = std::abs(centres[i].x() - centres[j].x()) >= 72.0 - 1e-9
                || std::abs(centres[i].y() - centres[j].y()) >= 32.0 - 1e-9;
            QVERIFY2(apart, qPrintable(u"%1 %2"_s.arg(i).arg(j)));
        }
    }
    // Two fixed nodes on top of each other cannot be separated: reported.
    QList<QPointF> stuck = {{0, 0}, {1, 1}};
    QCOMPARE(separateBoxes(stuck, QList<QSizeF>(2, QSizeF(10, 10)), {true, true}, 0.0), 1);
    QCOMPARE(stuck[1], QPointF(1, 1));
}

void TestGraphLayout::requestFromChronology()
{
    const Chronology chronology = handBuiltChronology();
    const LayoutRequest request = layoutRequestFor(chronology, LayoutMode::Stable, Language::Zh);
    QCOMPARE(request.mode, LayoutMode::Stable);
    QCOMPARE(request.nodes.size(), chronology.actors().size());
    QCOMPARE(request.nodes[0].id, u"USA"_s);
    QCOMPARE(request.nodes[0].label, u"美国"_s);
    QCOMPARE(request.nodes[7].mechanism, true);
    QVERIFY(!request.nodes[0].pin);
    QCOMPARE(layoutRequestFor(chronology, LayoutMode::Stable, Language::En).nodes[1].label, u"Japan"_s);
    for (const LayoutNode &node : request.nodes)
        QVERIFY(node.size.width() >= 36.0 && node.size.height() > 11.0);

    QHash<DyadKey, LayoutEdge> edges;
    for (const LayoutEdge &edge : request.edges) {
        const DyadKey key = DyadKey::of(edge.a, edge.b);
        QVERIFY2(!edges.contains(key), qPrintable(key.text()));
        edges.insert(key, edge);
    }
    const auto edge = [&](const QString &a, const QString &b) { return edges.value(DyadKey::of(a, b)); };
    // Dyads: USA-PRK, USA-JPN (twice), USA-KOR (twice), JPN-KOR, CHN-PRK, CHN-RUS, JPN-PRK.
    // Memberships: 4 KEDO + 3 TCOG + 6 SPT.
    QCOMPARE(edges.size(), 7 + 13);
    QCOMPARE(edge(u"USA"_s, u"JPN"_s).weight, 2.0);
    QCOMPARE(edge(u"USA"_s, u"KOR"_s).weight, 2.0);
    QCOMPARE(edge(u"JPN"_s, u"KOR"_s).weight, 1.0);
    // Oriented by actor order, not effect order or id order.
    QCOMPARE(edge(u"USA"_s, u"JPN"_s).a, u"USA"_s);
    QCOMPARE(edge(u"CHN"_s, u"RUS"_s).weight, 1.0);
    QCOMPARE(edge(u"CHN"_s, u"RUS"_s).a, u"CHN"_s);
    QVERIFY(!edge(u"USA"_s, u"PRK"_s).membership);
    QVERIFY(edge(u"AUS"_s, u"KEDO"_s).membership);
    QVERIFY(edge(u"RUS"_s, u"SPT"_s).membership);
}

void TestGraphLayout::geographicRequest()
{
    const LayoutRequest request = layoutRequestFor(handBuiltChronology(), LayoutMode::Geographic, Language::En);
    QHash<QString, LayoutNode> nodes;
    for (const LayoutNode &node : request.nodes)
        nodes.insert(node.id, node);
    for (const LayoutNode &node : request.nodes) {
        QCOMPARE(node.pin.has_value(), !node.mechanism);
        if (node.pin) {
            QVERIFY(node.pin->x() > -60 && node.pin->x() < 960);
            QVERIFY(node.pin->y() > -60 && node.pin->y() < 660);
        }
    }
    // Pacific-centred: the US east of Japan, Japan east of Korea, China west of Korea,
    // Russia (Moscow) furthest west; north up.
    QVERIFY(nodes[u"USA"_s].pin->x() > nodes[u"JPN"_s].pin->x());
    QVERIFY(nodes[u"JPN"_s].pin->x() > nodes[u"KOR"_s].pin->x());
    QVERIFY(nodes[u"CHN"_s].pin->x() < nodes[u"KOR"_s].pin->x());
    QVERIFY(nodes[u"RUS"_s].pin->x() < nodes[u"CHN"_s].pin->x());
    QVERIFY(nodes[u"RUS"_s].pin->y() < nodes[u"JPN"_s].pin->y());
    QVERIFY(nodes[u"AUS"_s].pin->y() > nodes[u"JPN"_s].pin->y());
    // Seoul and Pyongyang are close: the pins are spread apart.
    GraphLayout pinsOnly;
    for (const LayoutNode &node : request.nodes) {
        if (node.pin)
            pinsOnly.positions.insert(node.id, *node.pin);
    }
    QVERIFY(overlappingNodes(request, pinsOnly, GraphLayouter::nodeGap()).isEmpty());
    // Mechanisms are seeded between their members.
    QVERIFY(nodes[u"TCOG"_s].initial.has_value());
}

void TestGraphLayout::everyMode_data()
{
    QTest::addColumn<LayoutMode>("mode");
    QTest::addColumn<int>("source"); // 0 small request, 1 hand-built chronology, 2/3 bundled zh/en
    const QList<std::pair<const char *, int>> sources = {
        {"small", 0}, {"chronology", 1}, {"bundled-zh", 2}, {"bundled-en", 3}};
    for (LayoutMode mode : {LayoutMode::Stable, LayoutMode::Anchored, LayoutMode::Circular,
                            LayoutMode::Geographic}) {
        for (const auto &[name, source] : sources)
            QTest::addRow("%s/%s", qPrintable(layoutModeName(mode)), name) << mode << source;
    }
}

void TestGraphLayout::everyMode()
{
    QFETCH(LayoutMode, mode);
    QFETCH(int, source);
    LayoutRequest request;
    if (source == 0) {
        request = smallRequest(mode);
    } else if (source == 1) {
        request = layoutRequestFor(handBuiltChronology(), mode, Language::Zh);
    } else {
        QString error;
        const std::optional<Chronology> chronology = bundledChronology(&error);
        QVERIFY2(chronology, qPrintable(error));
        request = layoutRequestFor(*chronology, mode, source == 2 ? Language::Zh : Language::En);
    }
    if (mode == LayoutMode::Anchored) {
        // Seeds from a stable layout, as the GUI does when it switches modes.
        LayoutRequest stable = request;
        stable.mode = LayoutMode::Stable;
        const GraphLayout previous = GraphLayouter::layout(stable);
        QVERIFY(previous.ok());
        for (LayoutNode &node : request.nodes)
            node.initial = previous.positions.value(node.id);
    }
    const GraphLayout layout = GraphLayouter::layout(request);
    checkLayout(request, layout);
    if (QTest::currentTestFailed())
        return;
    for (const LayoutNode &node : request.nodes) {
        if (node.pin)
            QVERIFY(QLineF(layout.positions.value(node.id), *node.pin).length() <= 0.5);
    }
}

void TestGraphLayout::stableIsDeterministic()
{
    for (const LayoutRequest &request : {smallRequest(LayoutMode::Stable),
                                         layoutRequestFor(handBuiltChronology(), LayoutMode::Stable, Language::En)}) {
        const GraphLayout first = GraphLayouter::layout(request);
        const GraphLayout circular = GraphLayouter::layout([&] {
            LayoutRequest r = request;
            r.mode = LayoutMode::Circular;
            return r;
        }());
        const GraphLayout second = GraphLayouter::layout(request);
        QVERIFY(first.ok() && circular.ok() && second.ok());
        QCOMPARE(second.positions, first.positions);
        QCOMPARE(second.bounds, first.bounds);
        QCOMPARE(second.edgePaths.keys(), first.edgePaths.keys());
        for (auto it = first.edgePaths.cbegin(); it != first.edgePaths.cend(); ++it)
            QVERIFY(second.edgePaths.value(it.key()) == it.value());
        // The layout is not degenerate: the nodes are spread out.
        QVERIFY(first.bounds.width() > 100 && first.bounds.height() > 50);
    }
}

void TestGraphLayout::circularIgnoresHistory()
{
    // circo caches per-graph state in statics keyed by the graph's address (Graphviz 2.42):
    // a layout must not depend on which graphs were laid out (and freed) before it.
    const LayoutRequest request = layoutRequestFor(handBuiltChronology(), LayoutMode::Circular, Language::En);
    const GraphLayout expected = GraphLayouter::layout(request);
    QVERIFY(expected.ok());
    for (LayoutMode mode : {LayoutMode::Circular, LayoutMode::Stable, LayoutMode::Geographic}) {
        for (int i = 0; i < 3; ++i) {
            QVERIFY(GraphLayouter::layout(smallRequest(mode)).ok());
            const GraphLayout again = GraphLayouter::layout(request);
            QCOMPARE(again.positions, expected.positions);
        }
    }
}

void TestGraphLayout::pinnedNodesStay_data()
{
    QTest::addColumn<LayoutMode>("mode");
    for (LayoutMode mode : {LayoutMode::Stable, LayoutMode::Anchored, LayoutMode::Circular,
                            LayoutMode::Geographic})
        QTest::newRow(qPrintable(layoutModeName(mode))) << mode;
}

void TestGraphLayout::pinnedNodesStay()
{
    QFETCH(LayoutMode, mode);
    LayoutRequest request = smallRequest(mode);
    // Far from where the engine would put them, and not round numbers.
    const QHash<QString, QPointF> pins = {{u"A"_s, {-412.25, 317.5}}, {u"D"_s, {233.75, -151.125}},
                                          {u"X"_s, {0.0, 0.0}}};
    for (LayoutNode &node : request.nodes) {
        if (pins.contains(node.id))
            node.pin = pins.value(node.id);
    }
    const GraphLayout layout = GraphLayouter::layout(request);
    checkLayout(request, layout);
    if (QTest::currentTestFailed())
        return;
    for (auto it = pins.cbegin(); it != pins.cend(); ++it) {
        const double drift = QLineF(layout.positions.value(it.key()), it.value()).length();
        QVERIFY2(drift <= 0.5, qPrintable(u"%1 moved by %2"_s.arg(it.key()).arg(drift)));
    }
}

void TestGraphLayout::anchoredStability()
{
    const LayoutRequest base = layoutRequestFor(handBuiltChronology(), LayoutMode::Stable, Language::En);
    const GraphLayout stable = GraphLayouter::layout(base);
    QVERIFY(stable.ok());

    // Seeds: the stable layout, stretched and shifted, as if from another graph.
    LayoutRequest request = base;
    request.mode = LayoutMode::Anchored;
    for (LayoutNode &node : request.nodes)
        node.initial = stable.positions.value(node.id) * 1.5 + QPointF(1000, -500);

    auto meanDistance = [&](const GraphLayout &layout) {
        double sum = 0;
        for (const LayoutNode &node : request.nodes)
            sum += QLineF(layout.positions.value(node.id), *node.initial).length();
        return sum / request.nodes.size();
    };

    request.stability = 1.0;
    const GraphLayout held = GraphLayouter::layout(request);
    checkLayout(request, held);
    QVERIFY(meanDistance(held) <= 0.5); // the seeds do not overlap: nothing moves

    request.stability = 0.5;
    const GraphLayout half = GraphLayouter::layout(request);
    checkLayout(request, half);

    request.stability = 0.0;
    const GraphLayout free = GraphLayouter::layout(request);
    checkLayout(request, free);

    QVERIFY(meanDistance(free) > 1.0);
    QVERIFY(meanDistance(half) < meanDistance(free));
    // Still near the seeds, not back at the origin.
    QVERIFY(QLineF(free.bounds.center(), held.bounds.center()).length() < 200.0);
}

void TestGraphLayout::invalidRequests()
{
    LayoutRequest request = smallRequest(LayoutMode::Stable);
    request.nodes.append(request.nodes.first());
    QVERIFY(GraphLayouter::layout(request).error.contains(u"duplicate"_s));

    request = smallRequest(LayoutMode::Stable);
    request.nodes[2].pin = QPointF(qQNaN(), 0);
    QVERIFY(!GraphLayouter::layout(request).ok());

    request = smallRequest(LayoutMode::Stable);
    LayoutEdge dangling;
    dangling.a = u"A"_s;
    dangling.b = u"nowhere"_s;
    request.edges.append(dangling);
    LayoutEdge loop;
    loop.a = loop.b = u"B"_s;
    request.edges.append(loop);
    const GraphLayout layout = GraphLayouter::layout(request);
    QVERIFY2(layout.ok(), qPrintable(layout.error));
    QCOMPARE(layout.warnings.size(), 2);
    QCOMPARE(layout.edgePaths.size(), request.edges.size() - 2);
    QVERIFY(!layout.edgePaths.contains(u"A|nowhere"_s));

    // Two pinned nodes on top of each other: laid out, but reported.
    request = smallRequest(LayoutMode::Geographic);
    request.nodes[0].pin = QPointF(10, 10);
    request.nodes[1].pin = QPointF(12, 10);
    const GraphLayout stuck = GraphLayouter::layout(request);
    QVERIFY2(stuck.ok(), qPrintable(stuck.error));
    QCOMPARE(stuck.warnings.size(), 1);
    QCOMPARE(stuck.positions.value(u"B"_s), QPointF(12, 10));
}

void TestGraphLayout::emptyRequest()
{
    const GraphLayout layout = GraphLayouter::layout(LayoutRequest());
    QVERIFY(layout.ok());
    QVERIFY(layout.positions.isEmpty());
    QVERIFY(layout.edgePaths.isEmpty());
}

void TestGraphLayout::concurrentLayouts()
{
    QList<LayoutRequest> requests;
    for (LayoutMode mode : {LayoutMode::Stable, LayoutMode::Circular, LayoutMode::Geographic})
        requests.append(layoutRequestFor(handBuiltChronology(), mode, Language::Zh));
    requests.append(smallRequest(LayoutMode::Stable));
    QList<GraphLayout> expected;
    for (const LayoutRequest &request : std::as_const(requests))
        expected.append(GraphLayouter::layout(request));

    constexpr int kThreads = 4;
    constexpr int kRounds = 5;
    std::vector<QList<GraphLayout>> results(kThreads);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            for (int round = 0; round < kRounds; ++round) {
                for (qsizetype i = 0; i < requests.size(); ++i)
                    results[t].append(GraphLayouter::layout(requests[(i + t) % requests.size()]));
            }
        }));
    }
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(QDeadlineTimer(120000)));
    for (int t = 0; t < kThreads; ++t) {
        QCOMPARE(results[t].size(), kRounds * requests.size());
        for (qsizetype k = 0; k < results[t].size(); ++k) {
            const GraphLayout &layout = results[t][k];
            const GraphLayout &want = expected[(k % requests.size() + t) % requests.size()];
            QVERIFY2(layout.ok(), qPrintable(layout.error));
            QVERIFY(layout.warnings.isEmpty());
            QCOMPARE(layout.positions, want.positions);
        }
    }
}

void TestGraphLayout::hintsOrientTheLayout()
{
    LayoutRequest request = layoutRequestFor(handBuiltChronology(), LayoutMode::Stable, Language::En);
    const GraphLayout plain = GraphLayouter::layout(request);
    QVERIFY2(plain.ok(), qPrintable(plain.error));

    request.hints.east = u"USA"_s;
    request.hints.west = u"JPN"_s;
    const GraphLayout pacific = GraphLayouter::layout(request);
    QVERIFY2(pacific.ok(), qPrintable(pacific.error));
    QVERIFY(pacific.positions.value(u"USA"_s).x() > pacific.positions.value(u"JPN"_s).x());

    std::swap(request.hints.east, request.hints.west);
    const GraphLayout swapped = GraphLayouter::layout(request);
    QVERIFY2(swapped.ok(), qPrintable(swapped.error));
    QVERIFY(swapped.positions.value(u"JPN"_s).x() > swapped.positions.value(u"USA"_s).x());
    // One of the two is the unhinted layout: the hint only mirrors, it does not re-lay out.
    QVERIFY(plain.positions == pacific.positions || plain.positions == swapped.positions);
    QVERIFY(pacific.positions != swapped.positions);

    // Ids the request does not have are ignored.
    request.hints = {u"nowhere"_s, u"JPN"_s, {}};
    QCOMPARE(GraphLayouter::layout(request).positions, plain.positions);

    // Focus: edges between focus nodes get the room of edges between hubs; still a sound layout.
    request.hints = {u"USA"_s, u"JPN"_s, {u"USA"_s, u"JPN"_s, u"KOR"_s}};
    const GraphLayout focus = GraphLayouter::layout(request);
    checkLayout(request, focus);
    QVERIFY(focus.positions.value(u"USA"_s).x() > focus.positions.value(u"JPN"_s).x());
}

void TestGraphLayout::decimalCommaLocale()
{
    // Graphviz parses and prints numbers with the C library, which honours LC_NUMERIC: under a
    // decimal-comma locale "0.75" would read as 0 unless the engine switches to "C" for its
    // thread. It must, without changing the process's locale (the UI thread reads it).
    QList<LayoutRequest> requests;
    for (LayoutMode mode : {LayoutMode::Stable, LayoutMode::Circular, LayoutMode::Geographic})
        requests.append(layoutRequestFor(handBuiltChronology(), mode, Language::Zh));
    requests.append(smallRequest(LayoutMode::Anchored));

    const QByteArray saved = std::setlocale(LC_NUMERIC, nullptr);
    QVERIFY(std::setlocale(LC_NUMERIC, "C"));
    QList<GraphLayout> inC;
    for (const LayoutRequest &request : std::as_const(requests))
        inC.append(GraphLayouter::layout(request));

    const char *set = std::setlocale(LC_NUMERIC, "de_DE.UTF-8");
    const QByteArray german = set ? QByteArray(set) : QByteArray(); // setlocale's buffer is reused
    if (german.isEmpty()) {
        std::setlocale(LC_NUMERIC, saved.constData());
        QFAIL("the de_DE.UTF-8 locale is not installed: run scripts/install-deps.sh");
    }
    const auto printsComma = [] {
        char text[16];
        std::snprintf(text, sizeof text, "%.1f", 0.5);
        return QByteArray(text) == "0,5";
    };
    QVERIFY(printsComma());

    QList<GraphLayout> inGerman;
    for (const LayoutRequest &request : std::as_const(requests))
        inGerman.append(GraphLayouter::layout(request));
    const bool stillComma = printsComma(); // the engine restored the thread's locale
    // And on a worker thread, as the window runs it.
    QList<GraphLayout> onWorker;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        for (const LayoutRequest &request : std::as_const(requests))
            onWorker.append(GraphLayouter::layout(request));
    }));
    worker->start();
    // Meanwhile the process's locale stays as it is: Graphviz's own setlocale("C") around
    // each layout is pinned off (GraphLayouter::prepare()).
    bool switched = false;
    while (!worker->isFinished())
        switched = switched || german != std::setlocale(LC_NUMERIC, nullptr);
    const bool finished = worker->wait(QDeadlineTimer(120000));
    const QByteArray during = std::setlocale(LC_NUMERIC, nullptr);
    std::setlocale(LC_NUMERIC, saved.constData());

    QVERIFY(stillComma);
    QVERIFY(finished);
    QVERIFY(!switched);
    QCOMPARE(during, german); // the process's locale was never switched
    QCOMPARE(inGerman.size(), inC.size());
    QCOMPARE(onWorker.size(), inC.size());
    for (qsizetype i = 0; i < inC.size(); ++i) {
        for (const GraphLayout *layout : {&inGerman[i], &onWorker[i]}) {
            QVERIFY2(layout->ok(), qPrintable(layout->error));
            QVERIFY2(inC[i].ok(), qPrintable(inC[i].error));
            QCOMPARE(layout->positions, inC[i].positions);
            QCOMPARE(layout->bounds, inC[i].bounds);
            QCOMPARE(layout->edgePaths.keys(), inC[i].edgePaths.keys());
            for (auto it = inC[i].edgePaths.cbegin(); it != inC[i].edgePaths.cend(); ++it)
                QVERIFY2(layout->edgePaths.value(it.key()) == it.value(), qPrintable(it.key()));
        }
        // Not degenerate: sizes parsed as 0 would pile the nodes up.
        QVERIFY(inC[i].bounds.width() > 100);
    }
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
