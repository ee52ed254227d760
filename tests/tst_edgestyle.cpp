// Tests of EdgeStyle: the one rule for an edge's width, dash, colour and visibility that the
// scene, the legend and the DOT exporter share.
#include "style/edgestyle.h"

#include <QTest>

#include <cmath>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

class TestEdgeStyle : public QObject
{
    Q_OBJECT

private slots:
    void widthGrowsWithWeight();
    void dashPerTier();
    void hiddenOnlyWithoutTieAndWeight();
    void dashPatterns();
    void dotStyles();
    void colours();
    void ofCombinesTheParts();
};

void TestEdgeStyle::widthGrowsWithWeight()
{
    QCOMPARE(EdgeStyle::widthFor(0.0), 1.0);
    QCOMPARE(EdgeStyle::widthFor(0.5), 5.5);
    QCOMPARE(EdgeStyle::widthFor(-0.5), 5.5); // the sign is the colour, not the width
    QCOMPARE(EdgeStyle::widthFor(1.0), 10.0);
    QCOMPARE(EdgeStyle::widthFor(3.0), 10.0); // saturates at kFullWeight
    for (double w = 0.0; w < 1.0; w += 0.05)
        QVERIFY(EdgeStyle::widthFor(w + 0.05) > EdgeStyle::widthFor(w));
}

void TestEdgeStyle::dashPerTier()
{
    QCOMPARE(EdgeStyle::dashFor(4), EdgeDash::Solid);
    QCOMPARE(EdgeStyle::dashFor(5), EdgeDash::Solid);
    QCOMPARE(EdgeStyle::dashFor(3), EdgeDash::LongDash);
    QCOMPARE(EdgeStyle::dashFor(2), EdgeDash::Dash);
    QCOMPARE(EdgeStyle::dashFor(1), EdgeDash::Dot);
    QCOMPARE(EdgeStyle::dashFor(0), EdgeDash::ShortDash);
    QCOMPARE(EdgeStyle::dashFor(-1), EdgeDash::DashDot);
    QCOMPARE(EdgeStyle::dashFor(-2), EdgeDash::DashDot);
}

void TestEdgeStyle::hiddenOnlyWithoutTieAndWeight()
{
    QVERIFY(!EdgeStyle::visibleFor(0, 0.0));
    QVERIFY(!EdgeStyle::visibleFor(0, 0.0199));
    QVERIFY(!EdgeStyle::visibleFor(0, -0.0199));
    QVERIFY(EdgeStyle::visibleFor(0, EdgeStyle::kHiddenBelow));
    QVERIFY(EdgeStyle::visibleFor(0, -0.03));
    // Any institutional tie is drawn, however weak the relation.
    for (int tier : {-2, -1, 1, 2, 3, 4})
        QVERIFY(EdgeStyle::visibleFor(tier, 0.0));
}

void TestEdgeStyle::dashPatterns()
{
    QVERIFY(EdgeStyle::dashPattern(EdgeDash::Solid).isEmpty());
    QVERIFY(EdgeStyle::dashPattern(EdgeDash::Solid, 7.0).isEmpty());
    // In pen widths: at width 1 the lengths are the points themselves.
    QCOMPARE(EdgeStyle::dashPattern(EdgeDash::LongDash), (QList<qreal>{18.0, 5.0}));
    QCOMPARE(EdgeStyle::dashPattern(EdgeDash::Dash), (QList<qreal>{8.0, 5.0}));
    QCOMPARE(EdgeStyle::dashPattern(EdgeDash::ShortDash), (QList<qreal>{1.5, 4.0}));
    QCOMPARE(EdgeStyle::dashPattern(EdgeDash::DashDot), (QList<qreal>{12.0, 4.0, 2.0, 4.0}));
    QCOMPARE(EdgeStyle::dashPattern(EdgeDash::Dot), (QList<qreal>{0.01, 5.0}));
    // Wider pens: the dashes stay about as long in points (so fewer pen widths).
    const QList<qreal> wide = EdgeStyle::dashPattern(EdgeDash::LongDash, 4.0);
    QCOMPARE(wide, (QList<qreal>{18.0 / 4.0, 5.0 / 4.0}));
    QCOMPARE(EdgeStyle::dashPattern(EdgeDash::LongDash, 10.0), (QList<qreal>{3.5, 1.2}));
    // Every pattern is distinct, so every tier can be told apart.
    const QList<EdgeDash> all = {EdgeDash::Solid, EdgeDash::LongDash, EdgeDash::Dash, EdgeDash::Dot,
                                 EdgeDash::ShortDash, EdgeDash::DashDot};
    for (qsizetype i = 0; i < all.size(); ++i)
        for (qsizetype j = i + 1; j < all.size(); ++j)
            QVERIFY(EdgeStyle::dashPattern(all[i], 3.0) != EdgeStyle::dashPattern(all[j], 3.0));
    QCOMPARE(EdgeStyle::capStyle(EdgeDash::Dot), Qt::RoundCap);
    QCOMPARE(EdgeStyle::capStyle(EdgeDash::LongDash), Qt::FlatCap);
    const EdgeStyle s = EdgeStyle::of(3, 0.4);
    QCOMPARE(s.pattern(), EdgeStyle::dashPattern(EdgeDash::LongDash, s.width));
}

void TestEdgeStyle::dotStyles()
{
    QCOMPARE(EdgeStyle::dotStyle(EdgeDash::Solid), u"solid"_s);
    QCOMPARE(EdgeStyle::dotStyle(EdgeDash::LongDash), u"dashed"_s); // tier 3 is dashed, not solid
    QCOMPARE(EdgeStyle::dotStyle(EdgeDash::Dash), u"dashed"_s);
    QCOMPARE(EdgeStyle::dotStyle(EdgeDash::DashDot), u"dashed"_s);
    QCOMPARE(EdgeStyle::dotStyle(EdgeDash::Dot), u"dotted"_s);
    QCOMPARE(EdgeStyle::dotStyle(EdgeDash::ShortDash), u"dotted"_s);
}

void TestEdgeStyle::colours()
{
    QCOMPARE(EdgeStyle::colorFor(0.0), QColor(0xb0, 0xb0, 0xb0));
    QCOMPARE(EdgeStyle::colorFor(1.0), QColor(0x05, 0x30, 0x61));
    QCOMPARE(EdgeStyle::colorFor(-1.0), QColor(0x67, 0x00, 0x1f));
    QCOMPARE(EdgeStyle::colorFor(0.7), QColor(0x21, 0x66, 0xac));
    QCOMPARE(EdgeStyle::colorFor(-0.7), QColor(0xb2, 0x18, 0x2b));
    QCOMPARE(EdgeStyle::colorFor(5.0), EdgeStyle::colorFor(1.0));
    // Cooperation blue, conflict red.
    QVERIFY(EdgeStyle::colorFor(0.5).blue() > EdgeStyle::colorFor(0.5).red());
    QVERIFY(EdgeStyle::colorFor(-0.5).red() > EdgeStyle::colorFor(-0.5).blue());
}

void TestEdgeStyle::ofCombinesTheParts()
{
    for (int tier = -2; tier <= 4; ++tier) {
        for (double w : {-1.2, -0.3, -0.01, 0.0, 0.015, 0.02, 0.25, 0.9, 2.0}) {
            const EdgeStyle s = EdgeStyle::of(tier, w);
            QCOMPARE(s.width, EdgeStyle::widthFor(w));
            QCOMPARE(s.dash, EdgeStyle::dashFor(tier));
            QCOMPARE(s.visible, EdgeStyle::visibleFor(tier, w));
            QCOMPARE(s.color, EdgeStyle::colorFor(w));
        }
    }
    QVERIFY(EdgeStyle::of(3, 0.5) != EdgeStyle::of(2, 0.5));
    QVERIFY(EdgeStyle::of(3, 0.5) == EdgeStyle::of(3, 0.5));
}

QTEST_GUILESS_MAIN(TestEdgeStyle)
#include "tst_edgestyle.moc"
