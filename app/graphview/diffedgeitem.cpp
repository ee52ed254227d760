// DiffEdgeItem: a dyad's change between two dates (see diffedgeitem.h).
#include "diffedgeitem.h"

#include "palette.h"
#include "style/edgestyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

constexpr int kLabelPixels = 12;
constexpr qreal kLabelPadX = 4.0;
constexpr qreal kLabelPadY = 1.5;
constexpr qreal kHitWidth = 12.0;

QFont labelFont()
{
    return Palette::font(kLabelPixels, true);
}

} // namespace

DiffEdgeItem::DiffEdgeItem(const DyadChange &change, QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setZValue(1.5);
    setAcceptHoverEvents(true);
    setChange(change);
}

QColor DiffEdgeItem::colorFor(DyadChange::Kind kind)
{
    // ColorBrewer RdBu's ends (colour-blind safe), as the graph's sign: blue up, red down.
    switch (kind) {
    case DyadChange::Kind::Strengthened:
    case DyadChange::Kind::New: return QColor(0x21, 0x66, 0xac);
    case DyadChange::Kind::Weakened:
    case DyadChange::Kind::Gone: return QColor(0xb2, 0x18, 0x2b);
    case DyadChange::Kind::Unchanged: break;
    }
    return QColor(0xbd, 0xbd, 0xbd);
}

QPen DiffEdgeItem::penFor(DyadChange::Kind kind, double delta)
{
    const bool unchanged = kind == DyadChange::Kind::Unchanged;
    const qreal width = unchanged ? 1.2 : std::clamp(1.5 + 14.0 * std::abs(delta), 1.5, EdgeStyle::kMaxWidth);
    QPen pen(colorFor(kind), width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    if (kind == DyadChange::Kind::New)
        pen.setDashPattern(EdgeStyle::dashPattern(EdgeDash::LongDash, width));
    else if (kind == DyadChange::Kind::Gone) {
        pen.setDashPattern(EdgeStyle::dashPattern(EdgeDash::Dot, width));
        pen.setCapStyle(EdgeStyle::capStyle(EdgeDash::Dot));
    }
    return pen;
}

QString DiffEdgeItem::signedText(double value)
{
    const QString digits = QString::number(std::abs(value), 'f', 2);
    if (digits == u"0.00"_s)
        return u"±0.00"_s;
    return (value > 0 ? u"+"_s : u"−"_s) + digits;
}

QString DiffEdgeItem::labelFor(const DyadChange &change)
{
    QString text;
    switch (change.kind()) {
    case DyadChange::Kind::Unchanged: return {};
    case DyadChange::Kind::New: text = tr("new") + u' '; break;
    case DyadChange::Kind::Gone: text = tr("gone") + u' '; break;
    default: break;
    }
    text += signedText(change.delta());
    if (change.tierFrom != change.tierTo)
        text += u" · "_s + tr("tier %1→%2").arg(change.tierFrom).arg(change.tierTo);
    return text;
}

void DiffEdgeItem::setChange(const DyadChange &change)
{
    m_change = change;
    const DyadChange::Kind kind = change.kind();
    m_pen = penFor(kind, change.delta());
    m_label = labelFor(change);
    setZValue(kind == DyadChange::Kind::Unchanged ? 1.2 : 1.5 + std::min(1.0, std::abs(change.delta())) * 0.3);
    updateBounds();
    update();
}

void DiffEdgeItem::setPath(const QPainterPath &path)
{
    m_path = path;
    m_shape = QPainterPath();
    updateBounds();
}

void DiffEdgeItem::updateBounds()
{
    prepareGeometryChange();
    const qreal margin = EdgeStyle::kMaxWidth / 2 + 2;
    m_bounds = m_path.controlPointRect().adjusted(-margin, -margin, margin, margin);
    if (m_labelRect.isValid())
        m_bounds |= m_labelRect.adjusted(-1, -1, 1, 1);
}

QRectF DiffEdgeItem::labelRectAt(const QPointF &center) const
{
    const QFontMetricsF fm(labelFont());
    const QSizeF size(fm.horizontalAdvance(m_label) + 2 * kLabelPadX, fm.height() + 2 * kLabelPadY);
    return QRectF(center - QPointF(size.width() / 2, size.height() / 2), size);
}

void DiffEdgeItem::placeLabel(const QRectF &rect)
{
    m_labelRect = m_label.isEmpty() ? QRectF() : rect;
    updateBounds();
    update();
}

QRectF DiffEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath DiffEdgeItem::shape() const
{
    if (m_shape.isEmpty() && !m_path.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(std::max(kHitWidth, m_pen.widthF()));
        m_shape = stroker.createStroke(m_path);
        if (m_labelRect.isValid())
            m_shape.addRect(m_labelRect);
    }
    return m_shape;
}

void DiffEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(m_pen);
    painter->drawPath(m_path);
    if (!m_labelRect.isValid())
        return;
    QColor box = Qt::white;
    box.setAlphaF(0.88f);
    painter->setPen(QPen(colorFor(m_change.kind()), 1.0));
    painter->setBrush(box);
    painter->drawRoundedRect(m_labelRect, 3, 3);
    painter->setFont(labelFont());
    painter->setPen(colorFor(m_change.kind()).darker(120));
    painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
}

} // namespace AllianceScope
