// Palette: the colours, pens, dash patterns and fonts of the alliance graph, in one place, so that
// the scene, its legend, the tests and every exported figure agree on how a weight is drawn.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPen>
#include <QString>
#include <QStringList>

namespace AllianceScope {

struct EdgeStyle;

class Palette
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::Palette)

public:
    /// Pen width of a state–mechanism membership link.
    static constexpr qreal kMembershipWidth = 1.0;

    /// The pen that draws @p style (width, colour, dash and cap all from EdgeStyle, the rule the
    /// DOT exporter follows too).
    static QPen edgePen(const EdgeStyle &style);
    /// The pen of an edge of @p weight and @p tier: edgePen(EdgeStyle::of(tier, weight)).
    static QPen edgePen(double weight, int tier);

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
    /// The colour of a government's orientation ("progressive", "conservative", "centrist"):
    /// ColorBrewer PuOr (colour-blind safe), apart from the edges' red–blue. The timeline's
    /// bands and the charts' bands use it alike.
    static QColor orientation(const QString &orientation);
    /// The orientation's name in the interface language.
    static QString orientationName(const QString &orientation);
    /// The orientations in the order a legend lists them.
    static QStringList orientations();

    /// A sans-serif font that renders Chinese (Noto Sans CJK SC first), @p pixelSize pixels high.
    static QFont font(int pixelSize, bool bold = false);
};

} // namespace AllianceScope
