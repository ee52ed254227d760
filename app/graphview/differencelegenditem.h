// DifferenceLegendItem: the key of the difference view — the two dates, the colour and line of
// each kind of change, the width scale of |Δ weight| and what a label says — in the current
// language. It takes the graph legend's place while the difference is shown, in figures too.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QGraphicsItem>

namespace AllianceScope {

class DifferenceLegendItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::DifferenceLegendItem)

public:
    enum { Type = UserType + 33 };

    explicit DifferenceLegendItem(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// The dates compared (from the earlier to the later); relayouts.
    void setDates(const QDate &from, const QDate &to);
    /// Re-reads the translated texts and resizes.
    void relayout();
    /// The texts shown, in drawing order (for tests).
    QStringList texts() const;

private:
    QSizeF walk(QPainter *painter) const;

    QDate m_from;
    QDate m_to;
    QRectF m_rect;
};

} // namespace AllianceScope
