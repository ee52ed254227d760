// NodeItem: states as labelled rounded rectangles, mechanisms as labelled hexagons.
#include "nodeitem.h"

#include "palette.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace AllianceScope {

namespace {

constexpr int kNamePixels = 16;
constexpr int kMechanismPixels = 13;
constexpr int kCodePixels = 10;
constexpr qreal kMaxTextWidth = 130.0;
constexpr qreal kPadX = 10.0;
constexpr qreal kPadY = 6.0;

} // namespace

NodeItem::NodeItem(const Actor &actor, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_id(actor.id)
    , m_name(actor.name)
    , m_mechanism(!actor.isState())
{
    setZValue(m_mechanism ? 2.0 : 3.0);
    setAcceptHoverEvents(true);
    setLanguage(Language::En);
}

void NodeItem::setName(const LocalizedText &name, Language lang)
{
    m_name = name;
    setLanguage(lang);
}

void NodeItem::setLanguage(Language lang)
{
    QString label = m_name.in(lang);
    if (label.isEmpty())
        label = m_id;
    if (label == m_label && !m_rect.isNull())
        return;
    m_label = label;
    relayout();
}

void NodeItem::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    update();
}

void NodeItem::setEmphasized(bool emphasized)
{
    if (m_emphasized == emphasized)
        return;
    m_emphasized = emphasized;
    update();
}

NodeItem::Geometry NodeItem::geometryFor(const QString &id, const QString &label, bool mechanism)
{
    const QFontMetricsF nameMetrics(Palette::font(mechanism ? kMechanismPixels : kNamePixels, !mechanism));
    const int flags = Qt::AlignCenter | Qt::TextWordWrap;
    QRectF name = nameMetrics.boundingRect(QRectF(0, 0, kMaxTextWidth, 1000), flags, label);
    if (name.height() > nameMetrics.lineSpacing() * 1.5) {
        // Balance the lines (no orphaned last word or character): the narrowest width that
        // needs no more lines.
        qreal lo = name.width() / 3;
        qreal hi = name.width();
        for (int i = 0; i < 12; ++i) {
            const qreal mid = (lo + hi) / 2;
            const QRectF r = nameMetrics.boundingRect(QRectF(0, 0, mid, 1000), flags, label);
            if (r.height() <= name.height() + 0.5 && r.width() <= mid + 0.5)
                hi = mid;
            else
                lo = mid;
        }
        name = nameMetrics.boundingRect(QRectF(0, 0, std::ceil(hi) + 1, 1000), flags, label);
    }
    qreal w = name.width();
    qreal h = name.height();
    qreal codeH = 0;
    if (!mechanism) {
        const QFontMetricsF codeMetrics(Palette::font(kCodePixels));
        codeH = codeMetrics.height();
        w = std::max(w, codeMetrics.horizontalAdvance(id));
        h += codeH;
    }
    // Mechanisms are hexagons: the pointed ends need room beyond the text.
    const qreal padX = mechanism ? kPadX + h * 0.5 : kPadX;
    const qreal width = std::max(w + 2 * padX, mechanism ? 56.0 : 64.0);
    const qreal height = h + 2 * kPadY;
    Geometry g;
    g.rect = QRectF(-width / 2, -height / 2, width, height);
    g.nameRect = QRectF(-name.width() / 2 - 0.5, g.rect.top() + kPadY, name.width() + 1, name.height());
    g.codeRect = QRectF(-w / 2, g.nameRect.bottom(), w, codeH);
    return g;
}

QSizeF NodeItem::layoutBox(const QString &id, const QString &label, bool mechanism)
{
    // The drawn shape, its 2-point pen margin (boundingRect) and 2 points of air on each side.
    return geometryFor(id, label.isEmpty() ? id : label, mechanism).rect.size() + QSizeF(8, 8);
}

void NodeItem::relayout()
{
    prepareGeometryChange();
    const Geometry g = geometryFor(m_id, m_label, m_mechanism);
    m_rect = g.rect;
    m_nameRect = g.nameRect;
    m_codeRect = g.codeRect;
    update();
}

QPainterPath NodeItem::outline() const
{
    QPainterPath path;
    if (m_mechanism) {
        const qreal r = m_rect.height() / 2;
        const QRectF &b = m_rect;
        path.moveTo(b.left(), 0);
        path.lineTo(b.left() + r * 0.75, b.top());
        path.lineTo(b.right() - r * 0.75, b.top());
        path.lineTo(b.right(), 0);
        path.lineTo(b.right() - r * 0.75, b.bottom());
        path.lineTo(b.left() + r * 0.75, b.bottom());
        path.closeSubpath();
    } else {
        path.addRoundedRect(m_rect, 9, 9);
    }
    return path;
}

QRectF NodeItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

QPainterPath NodeItem::shape() const
{
    return outline();
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal alpha = m_active ? 1.0 : 0.45;
    painter->setOpacity(painter->opacity() * alpha);
    QPen border(m_mechanism ? Palette::mechanismBorder()
                            : (m_emphasized ? Palette::triangleBorder() : Palette::stateBorder()),
                m_emphasized ? 2.6 : 1.4);
    if (!m_active)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(m_mechanism ? Palette::mechanismFill() : Palette::stateFill());
    painter->drawPath(outline());

    painter->setPen(m_mechanism ? Palette::mechanismBorder().darker(160) : Palette::text());
    painter->setFont(Palette::font(m_mechanism ? kMechanismPixels : kNamePixels, !m_mechanism));
    painter->drawText(m_nameRect, Qt::AlignCenter | Qt::TextWordWrap, m_label);
    if (!m_mechanism) {
        painter->setPen(Palette::mutedText());
        painter->setFont(Palette::font(kCodePixels));
        painter->drawText(m_codeRect, Qt::AlignCenter, m_id);
    }
}

} // namespace AllianceScope
