// Palette: colours, pens, dash patterns and fonts of the alliance graph (see palette.h).
#include "palette.h"

#include "style/edgestyle.h"

#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

QPen Palette::edgePen(const EdgeStyle &style)
{
    QPen pen(style.color, style.width, Qt::SolidLine, EdgeStyle::capStyle(style.dash), Qt::RoundJoin);
    const QList<qreal> dashes = style.pattern();
    if (!dashes.isEmpty())
        pen.setDashPattern(dashes);
    return pen;
}

QPen Palette::edgePen(double weight, int tier)
{
    return edgePen(EdgeStyle::of(tier, weight));
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

QColor Palette::orientation(const QString &orientation)
{
    if (orientation == QLatin1String("progressive"))
        return QColor(0xf1, 0xa3, 0x40);
    if (orientation == QLatin1String("conservative"))
        return QColor(0x99, 0x8e, 0xc3);
    return QColor(0xd9, 0xd9, 0xd9);
}

QString Palette::orientationName(const QString &orientation)
{
    if (orientation == QLatin1String("progressive"))
        return tr("progressive");
    if (orientation == QLatin1String("conservative"))
        return tr("conservative");
    return tr("centrist");
}

QStringList Palette::orientations()
{
    return {QStringLiteral("progressive"), QStringLiteral("conservative"), QStringLiteral("centrist")};
}

} // namespace AllianceScope
