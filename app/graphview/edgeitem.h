// EdgeItem: one state–state dyad of the alliance graph. Its pen encodes the displayed weight
// (width ∝ |w|, diverging colour by sign and strength) and the institutional tier (dash pattern).
// Weight changes only repaint: the bounding rectangle allows for the widest pen, so an update never
// changes the item's geometry.
#pragma once

#include "chronology/dyadkey.h"

#include <QGraphicsItem>
#include <QPen>

namespace AllianceScope {

class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(const QString &a, const QString &b, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &a() const { return m_a; }
    const QString &b() const { return m_b; }
    /// "A|B" with A < B.
    DyadKey key() const;

    /// The route of the edge, from a's centre to b's centre (scene coordinates).
    void setPath(const QPainterPath &path);
    const QPainterPath &path() const { return m_path; }

    /// Shows @p weight at @p tier: pen, colour, dashes and visibility. Cheap: no geometry change.
    void setState(double weight, int tier);
    double weight() const { return m_weight; }
    int tier() const { return m_tier; }
    const QPen &pen() const { return m_pen; }
    /// Whether the current weight and tier are drawn at all (EdgeStyle::visible).
    bool isShown() const { return m_shown; }

    void setSelectedEdge(bool selected);
    bool isSelectedEdge() const { return m_selected; }

    /// Hides the edge whatever its state (the difference view draws the dyad instead).
    void setSuppressed(bool suppressed);
    bool isSuppressed() const { return m_suppressed; }

private:
    QString m_a;
    QString m_b;
    QPainterPath m_path;
    QRectF m_bounds;
    mutable QPainterPath m_shape; // the hit area, computed on demand
    QPen m_pen;
    double m_weight = 0.0;
    int m_tier = 0;
    bool m_shown = false;
    bool m_selected = false;
    bool m_suppressed = false;
};

} // namespace AllianceScope
