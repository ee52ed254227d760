// Palette: colours, pens, dash patterns and fonts of the alliance graph (see palette.h).
#include "palette.h"

#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

struct Stop
{
    double at;
    QRgb rgb;
};

// ColorBrewer RdBu (11 classes), the light middle classes replaced by a grey that stays
// visible on white.
constexpr std::array<Stop, 5> kCooperation = {{{0.0, 0xffb0b0b0},
                                               {0.15, 0xff92c5de},
                                               {0.4, 0xff4393c3},
                                               {0.7, 0xff2166ac},
                                               {1.0, 0xff053061}}};
constexpr std::array<Stop, 5> kConflict = {{{0.0, 0xffb0b0b0},
                                            {0.15, 0xfff4a582},
                                            {0.4, 0xffd6604d},
                                            {0.7, 0xffb2182b},
                                            {1.0, 0xff67001f}}};

QColor interpolate(const std::array<Stop, 5> &stops, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    for (std::size_t i = 1; i < stops.size(); ++i) {
        if (t <= stops[i].at) {
            const double f = (t - stops[i - 1].at) / (stops[i].at - stops[i - 1].at);
            const QRgb a = stops[i - 1].rgb;
            const QRgb b = stops[i].rgb;
            auto mix = [f](int x, int y) { return int(std::lround(x + (y - x) * f)); };
            return QColor(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b)));
        }
    }
    return QColor::fromRgb(stops.back().rgb);
}

} // namespace

qreal Palette::edgeWidth(double weight)
{
    const double w = std::min(std::abs(weight), kFullWeight) / kFullWeight;
    return kMinEdgeWidth + (kMaxEdgeWidth - kMinEdgeWidth) * w;
}

QColor Palette::edgeColor(double weight)
{
    const double t = std::abs(weight) / kFullWeight;
    return weight >= 0 ? interpolate(kCooperation, t) : interpolate(kConflict, t);
}

QList<qreal> Palette::dashPattern(int tier, qreal width)
{
    // Lengths are chosen in scene units so that thin and thick lines read alike, then divided
    // by the width (QPen measures dashes in pen widths).
    const qreal w = std::max<qreal>(width, 0.5);
    auto units = [w](std::initializer_list<qreal> px) {
        QList<qreal> out;
        out.reserve(int(px.size()));
        for (qreal v : px)
            out.append(std::max<qreal>(v / w, 0.01));
        return out;
    };
    if (tier >= 4)
        return {};
    if (tier == 3)
        return units({std::max<qreal>(18, 3.5 * w), std::max<qreal>(5, 1.2 * w)});
    if (tier == 2)
        return units({std::max<qreal>(8, 1.6 * w), std::max<qreal>(5, 1.2 * w)});
    if (tier == 1) // round dots: a zero-length dash with a round cap
        return {0.01, std::max<qreal>(4.0 / w + 1.0, 2.0)};
    if (tier == 0)
        return units({std::max<qreal>(1.5, 0.35 * w), std::max<qreal>(4, 1.3 * w)});
    // negative tiers: dash-dot
    return units({std::max<qreal>(12, 2.5 * w), std::max<qreal>(4, 1.2 * w), std::max<qreal>(2, 0.4 * w),
                  std::max<qreal>(4, 1.2 * w)});
}

QPen Palette::edgePen(double weight, int tier)
{
    const qreal width = edgeWidth(weight);
    QPen pen(edgeColor(weight), width, Qt::SolidLine, tier == 1 ? Qt::RoundCap : Qt::FlatCap,
             Qt::RoundJoin);
    const QList<qreal> dashes = dashPattern(tier, width);
    if (!dashes.isEmpty())
        pen.setDashPattern(dashes);
    return pen;
}

bool Palette::edgeHidden(double weight, int tier)
{
    return tier == 0 && std::abs(weight) < kHiddenWeight;
}

QString Palette::tierName(int tier)
{
    switch (tier) {
    case 4:
        return tr("mutual defence treaty");
    case 3:
        return tr("consultation commitment");
    case 2:
        return tr("functional agreement");
    case 1:
        return tr("regular consultation");
    case 0:
        return tr("no institutional tie");
    case -1:
        return tr("adversary");
    default:
        return tier < -1 ? tr("armistice (no peace treaty)") : tr("mutual defence treaty");
    }
}

QString Palette::layerTitle(int layer)
{
    switch (layer) {
    case 0:
        return tr("Security");
    case 1:
        return tr("Political");
    case 2:
        return tr("Economic");
    default:
        return tr("All layers");
    }
}

QColor Palette::background() { return QColor(0xff, 0xff, 0xff); }
QColor Palette::text() { return QColor(0x21, 0x21, 0x21); }
QColor Palette::mutedText() { return QColor(0x5f, 0x5f, 0x5f); }
QColor Palette::stateFill() { return QColor(0xfa, 0xfa, 0xfa); }
QColor Palette::stateBorder() { return QColor(0x4d, 0x4d, 0x4d); }
QColor Palette::triangleBorder() { return QColor(0x1a, 0x1a, 0x1a); }
QColor Palette::mechanismFill() { return QColor(0xef, 0xed, 0xf5); }
QColor Palette::mechanismBorder() { return QColor(0x6a, 0x51, 0xa3); }
QColor Palette::membership() { return QColor(0xb4, 0xb4, 0xb4); }
QColor Palette::selection() { return QColor(0xfe, 0xc4, 0x4f); }

QFont Palette::font(int pixelSize, bool bold)
{
    QFont f;
    f.setFamilies({u"Noto Sans CJK SC"_s, u"Noto Sans"_s, u"DejaVu Sans"_s, u"sans-serif"_s});
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace AllianceScope
