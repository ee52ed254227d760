// DiffEdgeItem: one dyad of the difference view — its change between two dates drawn along the
// dyad's route: colour and line by the kind of change (strengthened, weakened, new, gone), width
// by |Δ weight|, and a label with Δ weight and any change of tier.
#pragma once

#include "weights/networkdiff.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPen>

namespace AllianceScope {

class DiffEdgeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::DiffEdgeItem)

public:
    enum { Type = UserType + 31 };

    explicit DiffEdgeItem(const DyadChange &change, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const DyadChange &change() const { return m_change; }
    void setChange(const DyadChange &change);
    /// The route, from a's centre to b's centre (scene coordinates).
    void setPath(const QPainterPath &path);
    const QPainterPath &path() const { return m_path; }
    const QPen &pen() const { return m_pen; }

    /// The label's text: "+0.12", "new +0.35", "−0.08 · tier 2→0"; empty for an unchanged dyad.
    QString labelText() const { return m_label; }
    /// The label's rectangle centred on @p center (scene coordinates), as it would be drawn.
    QRectF labelRectAt(const QPointF &center) const;
    /// Shows the label centred at @p center; an invalid rectangle hides it.
    void placeLabel(const QRectF &rect);
    bool isLabelShown() const { return m_labelRect.isValid(); }
    QRectF labelRect() const { return m_labelRect; }

    /// How a change of @p kind by @p delta is drawn (also the legend's samples).
    static QPen penFor(DyadChange::Kind kind, double delta);
    static QColor colorFor(DyadChange::Kind kind);
    /// The label text of @p change (see labelText()).
    static QString labelFor(const DyadChange &change);
    /// "+0.12" / "−0.12" with a real minus sign.
    static QString signedText(double value);

private:
    void updateBounds();

    DyadChange m_change;
    QPainterPath m_path;
    QPen m_pen;
    QString m_label;
    QRectF m_labelRect;
    QRectF m_bounds;
    mutable QPainterPath m_shape;
};

} // namespace AllianceScope
