// LegendBase: the legends' shared layout and painting (see legendbase.h).
#include "legendbase.h"

#include <QPainter>

namespace AllianceScope {

LegendBase::LegendBase(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setZValue(4.0);
}

void LegendBase::relayout()
{
    prepareGeometryChange();
    m_rect = QRectF(QPointF(0, 0), walk(nullptr));
    update();
}

QRectF LegendBase::boundingRect() const
{
    return m_rect;
}

void LegendBase::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    walk(painter);
}

void LegendBase::sampleLine(QPainter *painter, const QPen &pen, qreal left, qreal y)
{
    if (!painter)
        return;
    painter->setPen(pen);
    painter->drawLine(QPointF(left + 2, y + kRow / 2), QPointF(left + kSampleWidth - 2, y + kRow / 2));
}

} // namespace AllianceScope
