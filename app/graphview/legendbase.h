// LegendBase: what the graph's legends share — a key laid out and painted by one walk over its
// rows (walk(nullptr) measures it, walk(painter) draws it), the rows' metrics and the sample line
// drawn before each row's text. LegendItem and DifferenceLegendItem are the two walks.
#pragma once

#include <QGraphicsItem>

class QPen;

namespace AllianceScope {

class LegendBase : public QGraphicsItem
{
public:
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Re-reads the translated texts and resizes (call after the language or the content changed).
    void relayout();

protected:
    explicit LegendBase(QGraphicsItem *parent);

    /// Lays the legend out; paints it too when @p painter is set. Returns its size. A subclass's
    /// constructor calls relayout() once it can walk.
    virtual QSizeF walk(QPainter *painter) const = 0;

    static constexpr int kTitlePixels = 13;
    static constexpr int kTextPixels = 12;
    static constexpr qreal kSampleWidth = 46.0;
    static constexpr qreal kRow = 21.0;
    static constexpr qreal kColumnGap = 28.0;
    static constexpr qreal kPad = 10.0;

    /// The top of row @p i below a column's title.
    static qreal row(int i) { return kPad + kRow * (i + 1) + 4; }
    /// A sample line in @p pen at the start of the row at @p y (nothing without @p painter).
    static void sampleLine(QPainter *painter, const QPen &pen, qreal left, qreal y);

private:
    QRectF m_rect;
};

} // namespace AllianceScope
