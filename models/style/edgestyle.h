// EdgeStyle: the one definition of how a relation edge is drawn from its tier and weight, shared
// by the graph scene, its legend and the DOT exporter, so that the screen, every figure and
// every exported graph show a relation alike.
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <Qt>

namespace AllianceScope {

/// The dash of an edge's line: it shows the institutional tier.
enum class EdgeDash {
    Solid,     ///< tier 4 and above: mutual defence treaty
    LongDash,  ///< tier 3: consultation commitment
    Dash,      ///< tier 2: functional agreement
    Dot,       ///< tier 1: regular consultation (round dots)
    ShortDash, ///< tier 0: no institutional tie (short, widely spaced dashes)
    DashDot    ///< negative tiers: adversary, armistice
};

/**
 * How an edge of a given tier and weight is drawn: width, dash, colour and whether at all.
 *
 * Lengths are in points (scene units at 1:1, Graphviz's penwidth unit). The weight's magnitude
 * sets width and colour depth (saturating at kFullWeight), its sign the hue, the tier the dash.
 */
struct EdgeStyle
{
    double width = kMinWidth;       ///< pen width, widthFor(weight)
    EdgeDash dash = EdgeDash::ShortDash;
    bool visible = false;           ///< false: no relation worth drawing (tier 0, |w| < kHiddenBelow)
    QColor color;                   ///< colorFor(weight)

    /// The complete style of an edge of @p tier and @p weight.
    static EdgeStyle of(int tier, double weight);

    /// 1 + 9·|w| points, |w| clamped to kFullWeight.
    static double widthFor(double weight);
    /// The dash of @p tier (see EdgeDash).
    static EdgeDash dashFor(int tier);
    /// Whether an edge of @p tier and @p weight is drawn at all.
    static bool visibleFor(int tier, double weight);
    /// Diverging, colour-blind-safe (ColorBrewer RdBu): grey near 0, blues for cooperation,
    /// reds for conflict, darker with strength.
    static QColor colorFor(double weight);

    /// The dash pattern for QPen::setDashPattern() of a pen kMinWidth wide; empty for Solid.
    static QList<qreal> dashPattern(EdgeDash dash);
    /**
     * The dash pattern for QPen::setDashPattern() of a pen @p width wide (QPen measures dashes
     * in pen widths): the lengths are chosen in points so that thin and thick lines read alike,
     * then divided by the width. Empty for Solid.
     */
    static QList<qreal> dashPattern(EdgeDash dash, qreal width);
    /// The pen cap that goes with the dash: round for Dot (a zero-length dash makes a round dot).
    static Qt::PenCapStyle capStyle(EdgeDash dash);
    /// The Graphviz `style` attribute closest to @p dash: "solid", "dashed" or "dotted"
    /// (Graphviz knows no long dash or dash-dot: LongDash and DashDot are "dashed", ShortDash "dotted").
    static QString dotStyle(EdgeDash dash);

    /// This style's dash pattern for its own width.
    QList<qreal> pattern() const { return dashPattern(dash, width); }

    bool operator==(const EdgeStyle &o) const
    {
        return width == o.width && dash == o.dash && visible == o.visible && color == o.color;
    }
    bool operator!=(const EdgeStyle &o) const { return !(*this == o); }

    /// Edges of tier 0 with |weight| below this are not drawn.
    static constexpr double kHiddenBelow = 0.02;
    /// |weight| at and above this draws at full width and full colour.
    static constexpr double kFullWeight = 1.0;
    /// The width at |weight| = 0 and at |weight| >= kFullWeight.
    static constexpr double kMinWidth = 1.0;
    static constexpr double kMaxWidth = 10.0;
};

} // namespace AllianceScope
