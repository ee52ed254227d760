// EdgeItem: a weighted, tiered dyad drawn along its layout route (see edgeitem.h).
#include "edgeitem.h"

#include "palette.h"
#include "style/edgestyle.h"

#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>

namespace AllianceScope {

namespace {

constexpr qreal kHalo = 8.0;       // extra width of the selection halo
constexpr qreal kHitWidth = 12.0;  // the minimum width that a click or hover hits

/// Stronger institutions are drawn above weaker ones; the selected edge above all.
qreal zFor(int tier, bool selected)
{
    return selected ? 1.9 : 1.0 + 0.05 * std::max(tier, 0);
}

} // namespace

EdgeItem::EdgeItem(const QString &a, const QString &b, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_a(a < b ? a : b)
    , m_b(a < b ? b : a)
    , m_pen(Palette::edgePen(0.0, 0))
{
    setZValue(1.0);
    setAcceptHoverEvents(true);
    setVisible(false);
}

DyadKey EdgeItem::key() const
{
    return DyadKey::of(m_a, m_b);
}

void EdgeItem::setPath(const QPainterPath &path)
{
    prepareGeometryChange();
    m_path = path;
    const qreal margin = (EdgeStyle::kMaxWidth + kHalo) / 2 + 2;
    m_bounds = path.controlPointRect().adjusted(-margin, -margin, margin, margin);
    m_shape = QPainterPath();
}

void EdgeItem::setState(double weight, int tier)
{
    const EdgeStyle style = EdgeStyle::of(tier, weight);
    const bool shown = style.visible;
    if (tier != m_tier && !m_selected)
        setZValue(zFor(tier, false));
    if (weight != m_weight || tier != m_tier) {
        m_weight = weight;
        m_tier = tier;
        m_pen = Palette::edgePen(style);
        if (shown)
            update();
    }
    if (shown != m_shown) {
        m_shown = shown;
        setVisible(shown && !m_suppressed);
    }
}

void EdgeItem::setSuppressed(bool suppressed)
{
    m_suppressed = suppressed;
    setVisible(m_shown && !m_suppressed);
}

void EdgeItem::setSelectedEdge(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    setZValue(zFor(m_tier, selected));
    update();
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty() && !m_path.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(qMax(kHitWidth, EdgeStyle::kMaxWidth));
        stroker.setCapStyle(Qt::FlatCap);
        m_shape = stroker.createStroke(m_path);
    }
    return m_shape;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    if (m_selected) {
        QColor halo = Palette::selection();
        halo.setAlphaF(0.75f);
        painter->setPen(QPen(halo, m_pen.widthF() + kHalo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(m_path);
    }
    painter->setPen(m_pen);
    painter->drawPath(m_path);
}

} // namespace AllianceScope
