// GhostEdgeItem: the baseline of a what-if, drawn under a dyad's edge — a faint dashed line as
// wide as the baseline's weight, shown where the scenario changed the dyad, so the change reads
// against what the chronology as loaded gives.
#pragma once

#include <QGraphicsItem>
#include <QPen>

namespace AllianceScope {

class GhostEdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 32 };

    GhostEdgeItem(const QString &a, const QString &b, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &a() const { return m_a; }
    const QString &b() const { return m_b; }
    void setPath(const QPainterPath &path);
    const QPainterPath &path() const { return m_path; }
    /// The baseline's weight and tier on the shown layer.
    void setBaseline(double weight, int tier);
    double weight() const { return m_weight; }
    int tier() const { return m_tier; }
    const QPen &pen() const { return m_pen; }

    /// The pen of a ghost of @p weight: grey, faint, dashed, EdgeStyle's width.
    static QPen penFor(double weight);

private:
    QString m_a;
    QString m_b;
    QPainterPath m_path;
    QRectF m_bounds;
    QPen m_pen;
    double m_weight = 0.0;
    int m_tier = 0;
};

} // namespace AllianceScope
