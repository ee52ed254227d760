// Tests of the triangle focus layout (LayoutMode::Focus) on the bundled chronology and of the
// scene's story highlights: the focus triangle is equilateral and dominates the figure, nothing
// else lies inside it, nodes do not overlap, positions are the same at every date, a story's own
// focus gives its own polygon, and highlights dim everything but what a step names.
#include "chronology/chronologyreader.h"
#include "graphview/alliancescene.h"
#include "graphview/edgeitem.h"
#include "graphview/membershipitem.h"
#include "graphview/nodeitem.h"
#include "session/layoutcontroller.h"
#include "weights/weightmodel.h"

#include <QLineF>
#include <QPolygonF>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(AllianceScope::Language)

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<WeightModel> bundledModel()
{
    auto r = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    if (!r.ok())
        qFatal("cannot read the bundled chronology");
    return std::make_unique<WeightModel>(std::move(*r.chronology));
}

QPolygonF polygonOf(const GraphLayout &layout, const QStringList &ids)
{
    QPolygonF polygon;
    for (const QString &id : ids)
        polygon.append(layout.positions.value(id));
    return polygon;
}

} // namespace

class TestFocusLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modeName();
    void triangleDominates_data();
    void triangleDominates();
    void storyFocusGivesItsPolygon();
    void sameAtEveryDate();
    void highlights();

private:
    std::unique_ptr<WeightModel> m_model;
};

void TestFocusLayout::initTestCase()
{
    m_model = bundledModel();
}

void TestFocusLayout::modeName()
{
    QCOMPARE(layoutModeName(LayoutMode::Focus), u"focus"_s);
    QCOMPARE(layoutModeFromName(u"focus"_s), std::optional<LayoutMode>(LayoutMode::Focus));
    QVERIFY(std::find(kLayoutModes.cbegin(), kLayoutModes.cend(), LayoutMode::Focus) != kLayoutModes.cend());
    QCOMPARE(LayoutHints::defaultFocus(), QStringList({u"USA"_s, u"JPN"_s, u"KOR"_s}));
}

void TestFocusLayout::triangleDominates_data()
{
    QTest::addColumn<Language>("lang");
    QTest::newRow("en") << Language::En;
    QTest::newRow("zh") << Language::Zh;
}

void TestFocusLayout::triangleDominates()
{
    QFETCH(Language, lang);
    LayoutController controller(AllianceScene::nodeSizer());
    controller.setChronology(&m_model->chronology());
    controller.setMode(LayoutMode::Focus);
    const LayoutRequest request = controller.request(lang);
    QCOMPARE(request.hints.focus, LayoutHints::defaultFocus());
    const GraphLayout layout = controller.layoutFor(lang);
    QVERIFY2(layout.ok(), qPrintable(layout.error));

    const QPolygonF triangle = polygonOf(layout, LayoutHints::defaultFocus());
    const double larger = std::max(layout.bounds.width(), layout.bounds.height());
    QList<double> sides;
    for (int k = 0; k < 3; ++k)
        sides.append(QLineF(triangle[k], triangle[(k + 1) % 3]).length());
    qInfo("triangle side %.0f pt; layout %.0f x %.0f pt (side = %.0f %% of the larger)", sides[0],
          layout.bounds.width(), layout.bounds.height(), 100.0 * sides[0] / larger);
    for (double side : sides) {
        QVERIFY2(side >= 0.4 * larger, qPrintable(u"side %1 of a layout %2 across"_s.arg(side).arg(larger)));
        QVERIFY(std::abs(side - sides[0]) < 0.5); // equilateral
    }
    // The United States above, Japan to the lower right, the ROK to the lower left.
    QVERIFY(triangle[0].y() < triangle[1].y() && triangle[0].y() < triangle[2].y());
    QVERIFY(triangle[1].x() > triangle[2].x());

    // No other node's box reaches into the triangle.
    for (const LayoutNode &node : request.nodes) {
        if (LayoutHints::defaultFocus().contains(node.id))
            continue;
        const QPointF c = layout.positions.value(node.id);
        const QRectF box(c - QPointF(node.box().width(), node.box().height()) / 2, node.box());
        QVERIFY2(!triangle.containsPoint(c, Qt::OddEvenFill), qPrintable(node.id));
        QVERIFY2(!triangle.intersects(QPolygonF(box)), qPrintable(node.id));
    }
    QVERIFY(overlappingNodes(request, layout).isEmpty());
    for (const QString &w : layout.warnings)
        QVERIFY2(!w.contains(u"focus polygon"_s), qPrintable(w));

    // Deterministic: laying out the same request again gives the same positions.
    const GraphLayout again = GraphLayouter::layout(request);
    QCOMPARE(again.positions, layout.positions);
}

void TestFocusLayout::storyFocusGivesItsPolygon()
{
    LayoutController controller(AllianceScene::nodeSizer());
    controller.setChronology(&m_model->chronology());
    controller.setMode(LayoutMode::Focus);
    const QStringList four = {u"USA"_s, u"JPN"_s, u"AUS"_s, u"IND"_s}; // the Quad
    controller.setFocus(four);
    QCOMPARE(controller.focus(), four);
    const GraphLayout layout = controller.layoutFor(Language::En);
    QVERIFY2(layout.ok(), qPrintable(layout.error));
    const QPolygonF square = polygonOf(layout, four);
    const double side = QLineF(square[0], square[1]).length();
    for (int k = 0; k < 4; ++k)
        QVERIFY(std::abs(QLineF(square[k], square[(k + 1) % 4]).length() - side) < 0.5);
    QVERIFY(std::abs(QLineF(square[0], square[2]).length() - side * std::sqrt(2.0)) < 0.5);
    for (auto it = layout.positions.cbegin(); it != layout.positions.cend(); ++it) {
        if (!four.contains(it.key()))
            QVERIFY2(!square.containsPoint(it.value(), Qt::OddEvenFill), qPrintable(it.key()));
    }
    // Back to the default: the triangle again (the layouts of the other focus are forgotten).
    controller.setFocus({});
    const GraphLayout triangle = controller.layoutFor(Language::En);
    QVERIFY(triangle.positions.value(u"KOR"_s) != layout.positions.value(u"KOR"_s)
            || triangle.positions.value(u"AUS"_s) != layout.positions.value(u"AUS"_s));
}

void TestFocusLayout::sameAtEveryDate()
{
    LayoutController controller(AllianceScene::nodeSizer());
    controller.setChronology(&m_model->chronology());
    controller.setMode(LayoutMode::Focus);
    AllianceScene scene;
    scene.setChronology(m_model->chronology());
    scene.applyLayout(controller.layoutFor(Language::En), false);
    const auto positions = [&] {
        QHash<QString, QPointF> out;
        for (const Actor &a : m_model->chronology().actors())
            out.insert(a.id, scene.nodeItem(a.id)->pos());
        return out;
    };
    scene.setSnapshot(m_model->snapshotAt(QDate(1999, 4, 24)));
    scene.applyLayout(controller.layoutFor(Language::En), false);
    const QHash<QString, QPointF> early = positions();
    scene.setSnapshot(m_model->snapshotAt(QDate(2023, 8, 18)));
    scene.applyLayout(controller.layoutFor(Language::En), false);
    QCOMPARE(positions(), early);
    QVERIFY(early.value(u"USA"_s) != early.value(u"JPN"_s));
}

void TestFocusLayout::highlights()
{
    AllianceScene scene;
    scene.setChronology(m_model->chronology());
    scene.setSnapshot(m_model->snapshotAt(QDate(2023, 8, 18)));
    const DyadKey jk = DyadKey::of(u"JPN"_s, u"KOR"_s);
    QVERIFY(!scene.hasHighlights());
    QCOMPARE(scene.nodeItem(u"USA"_s)->opacity(), 1.0);

    scene.setHighlights({jk}, {u"USJPKR"_s});
    QVERIFY(scene.hasHighlights());
    QCOMPARE(scene.nodeItem(u"JPN"_s)->opacity(), 1.0);    // an end of the edge
    QCOMPARE(scene.nodeItem(u"KOR"_s)->opacity(), 1.0);
    QCOMPARE(scene.nodeItem(u"USJPKR"_s)->opacity(), 1.0); // named
    QVERIFY(scene.nodeItem(u"USA"_s)->opacity() < 1.0);    // dimmed
    QVERIFY(scene.nodeItem(u"CHN"_s)->opacity() < 1.0);
    QCOMPARE(scene.edgeItem(u"JPN"_s, u"KOR"_s)->opacity(), 1.0);
    QVERIFY(scene.edgeItem(u"USA"_s, u"JPN"_s)->opacity() < 1.0);
    QVERIFY(scene.isHighlighted(u"KOR"_s, u"JPN"_s));
    QVERIFY(!scene.isHighlighted(u"USA"_s, u"KOR"_s));
    // The listed mechanism's membership links stay.
    QCOMPARE(scene.membershipItem(u"USA"_s, u"USJPKR"_s)->opacity(), 1.0);

    // A new date keeps the highlights.
    scene.setSnapshot(m_model->snapshotAt(QDate(2019, 8, 22)));
    QVERIFY(scene.nodeItem(u"USA"_s)->opacity() < 1.0);
    QCOMPARE(scene.edgeItem(u"JPN"_s, u"KOR"_s)->opacity(), 1.0);

    // A clicked node takes precedence; when it is let go the highlights return.
    scene.setFocusNode(u"USA"_s);
    QCOMPARE(scene.nodeItem(u"USA"_s)->opacity(), 1.0);
    scene.setFocusNode({});
    QVERIFY(scene.nodeItem(u"USA"_s)->opacity() < 1.0);

    // Actors alone: the edges between two of them stay.
    scene.setHighlights({}, {u"USA"_s, u"JPN"_s});
    QCOMPARE(scene.edgeItem(u"USA"_s, u"JPN"_s)->opacity(), 1.0);
    QVERIFY(scene.edgeItem(u"JPN"_s, u"KOR"_s)->opacity() < 1.0);

    scene.clearHighlights();
    QVERIFY(!scene.hasHighlights());
    QCOMPARE(scene.nodeItem(u"USA"_s)->opacity(), 1.0);
    QCOMPARE(scene.edgeItem(u"USA"_s, u"JPN"_s)->opacity(), 1.0);
}

QTEST_MAIN(TestFocusLayout)
#include "tst_focuslayout.moc"
