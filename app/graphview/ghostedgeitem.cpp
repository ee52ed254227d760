// GhostEdgeItem: a what-if's baseline edge (see ghostedgeitem.h).
#include "ghostedgeitem.h"

#include "style/edgestyle.h"

#include <QPainter>

namespace AllianceScope {

GhostEdgeItem::GhostEdgeItem(const QString &a, const QString &b, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_a(a < b ? a : b)
    , m_b(a < b ? b : a)
    , m_pen(penFor(0.0))
{
    setZValue(0.6); // under every edge, above the membership links
    setVisible(false);
}

QPen GhostEdgeItem::penFor(double weight)
{
    const qreal width = EdgeStyle::widthFor(weight) + 2.0; // a rim around an edge of equal weight
    QColor grey(0x52, 0x52, 0x52);
    grey.setAlphaF(0.42f);
    QPen pen(grey, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    pen.setDashPattern({6.0 / width * 2.0, 4.0 / width * 2.0});
    return pen;
}

void GhostEdgeItem::setPath(const QPainterPath &path)
{
    prepareGeometryChange();
    m_path = path;
    const qreal margin = EdgeStyle::kMaxWidth / 2 + 3;
    m_bounds = path.controlPointRect().adjusted(-margin, -margin, margin, margin);
}

void GhostEdgeItem::setBaseline(double weight, int tier)
{
    m_weight = weight;
    m_tier = tier;
    m_pen = penFor(weight);
    update();
}

QRectF GhostEdgeItem::boundingRect() const
{
    return m_bounds;
}

void GhostEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(m_pen);
    painter->drawPath(m_path);
}

} // namespace AllianceScope
