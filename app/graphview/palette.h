// Palette: the colours, pens, dash patterns and fonts of the alliance graph, in one place, so that
// the scene, its legend, the tests and every exported figure agree on how a weight is drawn.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPen>
#include <QString>

namespace AllianceScope {

class Palette
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::Palette)

public:
    /// |weight| at and above this draws at full width and full colour.
    static constexpr double kFullWeight = 1.0;
    /// Pen width at |weight| = 0 and at |weight| >= kFullWeight (scene units = points at 1:1).
    static constexpr qreal kMinEdgeWidth = 1.0;
    static constexpr qreal kMaxEdgeWidth = 10.0;
    /// Edges of tier 0 with |weight| below this are not drawn.
    static constexpr double kHiddenWeight = 0.02;
    /// Pen width of a state–mechanism membership link.
    static constexpr qreal kMembershipWidth = 1.0;

    /// 1 + 9·|w| px, |w| clamped to kFullWeight.
    static qreal edgeWidth(double weight);
    /// Diverging, colour-blind-safe (ColorBrewer RdBu): grey near 0, blues for cooperation,
    /// reds for conflict, darker with strength.
    static QColor edgeColor(double weight);
    /// The dash pattern of @p tier for a pen of @p width, in units of the pen width (Qt's
    /// convention); empty for a solid line (tier 4).
    static QList<qreal> dashPattern(int tier, qreal width);
    /// The complete pen of an edge.
    static QPen edgePen(double weight, int tier);
    /// Whether an edge of this weight and tier is hidden (no relation to show).
    static bool edgeHidden(double weight, int tier);

    /// The translated name of an institutional tier (-2..4).
    static QString tierName(int tier);
    /// The translated name of a layer index (0 security, 1 political, 2 economic, 3 all).
    static QString layerTitle(int layer);

    static QColor background();
    static QColor text();
    static QColor mutedText();
    static QColor stateFill();
    static QColor stateBorder();
    static QColor triangleBorder();
    static QColor mechanismFill();
    static QColor mechanismBorder();
    static QColor membership();
    static QColor selection();

    /// A sans-serif font that renders Chinese (Noto Sans CJK SC first), @p pixelSize pixels high.
    static QFont font(int pixelSize, bool bold = false);
};

} // namespace AllianceScope
