// LegendItem: the key of the alliance graph — edge width scale, colour scale, the dash pattern of
// each institutional tier, and the node shapes — in the current language. It is part of the scene,
// so exported figures carry it.
#pragma once

#include <QCoreApplication>
#include <QGraphicsItem>

namespace AllianceScope {

class LegendItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::LegendItem)

public:
    enum { Type = UserType + 4 };

    explicit LegendItem(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Re-reads the translated texts and resizes (call after the language changed).
    void relayout();
    /// The texts currently shown, in drawing order (for tests).
    QStringList texts() const;

private:
    /// Lays the legend out; paints it too when @p painter is set. Returns its size.
    QSizeF walk(QPainter *painter) const;

    QRectF m_rect;
};

} // namespace AllianceScope
