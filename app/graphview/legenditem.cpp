// LegendItem: the graph's key, laid out in four columns (see legenditem.h).
#include "legenditem.h"

#include "palette.h"
#include "style/edgestyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

} // namespace

LegendItem::LegendItem(QGraphicsItem *parent)
    : LegendBase(parent)
{
    relayout();
}

QStringList LegendItem::texts() const
{
    QStringList out = {tr("Edge weight |w|"), tr("Sign and strength"), tr("conflict"), tr("cooperation"),
                       tr("Institutional tier")};
    for (int tier : {4, 3, 2, 1, 0})
        out.append(Palette::tierName(tier));
    out.append(tr("hostile (adversary, armistice)"));
    out += {tr("Actors"), tr("State"), tr("Mechanism"), tr("Member"), tr("Partner or observer")};
    return out;
}

QSizeF LegendItem::walk(QPainter *p) const
{
    const QFont titleFont = Palette::font(kTitlePixels, true);
    const QFont textFont = Palette::font(kTextPixels);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF textMetrics(textFont);
    qreal x = kPad;
    qreal bottom = 0;

    auto title = [&](const QString &s, qreal left) {
        if (p) {
            p->setFont(titleFont);
            p->setPen(Palette::text());
            p->drawText(QRectF(left, kPad, 400, kRow), Qt::AlignLeft | Qt::AlignVCenter, s);
        }
        return titleMetrics.horizontalAdvance(s);
    };
    auto label = [&](const QString &s, qreal left, qreal y, Qt::Alignment align = Qt::AlignLeft) {
        if (p) {
            p->setFont(textFont);
            p->setPen(Palette::text());
            const qreal w = textMetrics.horizontalAdvance(s) + 2;
            QRectF r(left, y, w, kRow);
            if (align & Qt::AlignRight)
                r.moveRight(left);
            else if (align & Qt::AlignHCenter)
                r.moveCenter(QPointF(left, y + kRow / 2));
            p->drawText(r, Qt::AlignVCenter | align, s);
        }
        return textMetrics.horizontalAdvance(s);
    };

    // 1. Width scale.
    {
        qreal w = title(tr("Edge weight |w|"), x);
        int i = 0;
        for (double weight : {0.1, 0.25, 0.5, 1.0}) {
            QPen pen = Palette::edgePen(weight, 4);
            pen.setColor(EdgeStyle::colorFor(0.55));
            sampleLine(p, pen, x, row(i));
            w = std::max(w, kSampleWidth + 6 + label(QString::number(weight, 'g', 2), x + kSampleWidth + 6, row(i)));
            ++i;
        }
        bottom = std::max(bottom, row(i));
        x += w + kColumnGap;
    }
    // 2. Colour scale.
    {
        qreal w = title(tr("Sign and strength"), x);
        const qreal barWidth = std::max<qreal>(150, w);
        const qreal barTop = row(0) + 4;
        const qreal barHeight = 14;
        if (p) {
            const int steps = 60;
            for (int s = 0; s < steps; ++s) {
                const double weight = -1.0 + 2.0 * (s + 0.5) / steps;
                p->fillRect(QRectF(x + barWidth * s / steps, barTop, barWidth / steps + 0.6, barHeight),
                            EdgeStyle::colorFor(weight));
            }
            p->setPen(QPen(Palette::mutedText(), 0.8));
            p->setBrush(Qt::NoBrush);
            p->drawRect(QRectF(x, barTop, barWidth, barHeight));
        }
        const qreal ticks = barTop + barHeight;
        label(u"−1"_s, x, ticks, Qt::AlignLeft);
        label(u"0"_s, x + barWidth / 2, ticks, Qt::AlignHCenter);
        label(u"+1"_s, x + barWidth, ticks, Qt::AlignRight);
        const qreal words = ticks + kRow - 4;
        const qreal left = label(tr("conflict"), x, words, Qt::AlignLeft);
        const qreal right = label(tr("cooperation"), x + barWidth, words, Qt::AlignRight);
        w = std::max({w, barWidth, left + right + 12});
        bottom = std::max(bottom, words + kRow);
        x += w + kColumnGap;
    }
    // 3. Tiers.
    {
        qreal w = title(tr("Institutional tier"), x);
        int i = 0;
        for (int tier : {4, 3, 2, 1, 0, -1}) {
            const double weight = tier < 0 ? -0.45 : 0.45;
            sampleLine(p, Palette::edgePen(weight, tier), x, row(i));
            const QString prefix = tier < 0 ? u"< 0"_s : QString::number(tier);
            const QString text = prefix + u"  "_s + (tier < 0 ? tr("hostile (adversary, armistice)") : Palette::tierName(tier));
            w = std::max(w, kSampleWidth + 6 + label(text, x + kSampleWidth + 6, row(i)));
            ++i;
        }
        bottom = std::max(bottom, row(i));
        x += w + kColumnGap;
    }
    // 4. Actors.
    {
        qreal w = title(tr("Actors"), x);
        if (p) {
            const QRectF state(x + 8, row(0) + 3, kSampleWidth - 16, kRow - 6);
            p->setPen(QPen(Palette::stateBorder(), 1.4));
            p->setBrush(Palette::stateFill());
            p->drawRoundedRect(state, 5, 5);
            const QRectF m(x + 6, row(1) + 3, kSampleWidth - 12, kRow - 6);
            const qreal r = m.height() / 2;
            QPainterPath hex;
            hex.moveTo(m.left(), m.center().y());
            hex.lineTo(m.left() + r * 0.75, m.top());
            hex.lineTo(m.right() - r * 0.75, m.top());
            hex.lineTo(m.right(), m.center().y());
            hex.lineTo(m.right() - r * 0.75, m.bottom());
            hex.lineTo(m.left() + r * 0.75, m.bottom());
            hex.closeSubpath();
            p->setPen(QPen(Palette::mechanismBorder(), 1.4));
            p->setBrush(Palette::mechanismFill());
            p->drawPath(hex);
            p->setBrush(Qt::NoBrush);
        }
        sampleLine(p, QPen(Palette::membership(), Palette::kMembershipWidth, Qt::SolidLine, Qt::FlatCap), x, row(2));
        sampleLine(p, QPen(Palette::membership(), Palette::kMembershipWidth, Qt::DashLine, Qt::FlatCap), x, row(3));
        const qreal lx = x + kSampleWidth + 6;
        w = std::max({w, kSampleWidth + 6 + label(tr("State"), lx, row(0)),
                      kSampleWidth + 6 + label(tr("Mechanism"), lx, row(1)),
                      kSampleWidth + 6 + label(tr("Member"), lx, row(2)),
                      kSampleWidth + 6 + label(tr("Partner or observer"), lx, row(3))});
        bottom = std::max(bottom, row(4));
        x += w;
    }
    return QSizeF(x + kPad, bottom + kPad);
}

} // namespace AllianceScope
