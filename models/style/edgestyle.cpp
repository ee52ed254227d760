// EdgeStyle: width, dash, colour and visibility of a relation edge (see edgestyle.h).
#include "edgestyle.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>

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

EdgeStyle EdgeStyle::of(int tier, double weight)
{
    EdgeStyle style;
    style.width = widthFor(weight);
    style.dash = dashFor(tier);
    style.visible = visibleFor(tier, weight);
    style.color = colorFor(weight);
    return style;
}

double EdgeStyle::widthFor(double weight)
{
    const double w = std::min(std::abs(weight), kFullWeight) / kFullWeight;
    return kMinWidth + (kMaxWidth - kMinWidth) * w;
}

EdgeDash EdgeStyle::dashFor(int tier)
{
    if (tier >= 4)
        return EdgeDash::Solid;
    switch (tier) {
    case 3:
        return EdgeDash::LongDash;
    case 2:
        return EdgeDash::Dash;
    case 1:
        return EdgeDash::Dot;
    case 0:
        return EdgeDash::ShortDash;
    default:
        return EdgeDash::DashDot;
    }
}

bool EdgeStyle::visibleFor(int tier, double weight)
{
    return !(tier == 0 && std::abs(weight) < kHiddenBelow);
}

QColor EdgeStyle::colorFor(double weight)
{
    const double t = std::abs(weight) / kFullWeight;
    return weight >= 0 ? interpolate(kCooperation, t) : interpolate(kConflict, t);
}

QList<qreal> EdgeStyle::dashPattern(EdgeDash dash)
{
    return dashPattern(dash, kMinWidth);
}

QList<qreal> EdgeStyle::dashPattern(EdgeDash dash, qreal width)
{
    const qreal w = std::max<qreal>(width, 0.5);
    auto units = [w](std::initializer_list<qreal> points) {
        QList<qreal> out;
        out.reserve(qsizetype(points.size()));
        for (qreal v : points)
            out.append(std::max<qreal>(v / w, 0.01));
        return out;
    };
    switch (dash) {
    case EdgeDash::Solid:
        return {};
    case EdgeDash::LongDash:
        return units({std::max<qreal>(18, 3.5 * w), std::max<qreal>(5, 1.2 * w)});
    case EdgeDash::Dash:
        return units({std::max<qreal>(8, 1.6 * w), std::max<qreal>(5, 1.2 * w)});
    case EdgeDash::Dot: // round dots: a zero-length dash with a round cap
        return {0.01, std::max<qreal>(4.0 / w + 1.0, 2.0)};
    case EdgeDash::ShortDash:
        return units({std::max<qreal>(1.5, 0.35 * w), std::max<qreal>(4, 1.3 * w)});
    case EdgeDash::DashDot:
        return units({std::max<qreal>(12, 2.5 * w), std::max<qreal>(4, 1.2 * w),
                      std::max<qreal>(2, 0.4 * w), std::max<qreal>(4, 1.2 * w)});
    }
    return {};
}

Qt::PenCapStyle EdgeStyle::capStyle(EdgeDash dash)
{
    return dash == EdgeDash::Dot ? Qt::RoundCap : Qt::FlatCap;
}

QString EdgeStyle::dotStyle(EdgeDash dash)
{
    switch (dash) {
    case EdgeDash::Solid:
        return u"solid"_s;
    case EdgeDash::LongDash:
    case EdgeDash::Dash:
    case EdgeDash::DashDot:
        return u"dashed"_s;
    case EdgeDash::Dot:
    case EdgeDash::ShortDash:
        return u"dotted"_s;
    }
    return u"solid"_s;
}

} // namespace AllianceScope
