// MembershipItem: the thin grey link between a state and a mechanism it belongs to, shown only
// while the membership is active; dashed for partners and observers.
#pragma once

#include <QGraphicsItem>
#include <QPen>

namespace AllianceScope {

class MembershipItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    MembershipItem(const QString &member, const QString &mechanism, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &member() const { return m_member; }
    const QString &mechanism() const { return m_mechanism; }

    /// From the member's centre to the mechanism's centre (scene coordinates).
    void setLine(const QLineF &line);
    QLineF line() const { return m_line; }
    /// "member", "partner" or "observer": partners and observers are dashed.
    void setRole(const QString &role);
    const QString &role() const { return m_role; }
    /// Whether the pen is dashed (a partner or an observer).
    bool isDashed() const;
    /// The pen the link is drawn with (dashed for partners and observers).
    QPen pen() const;

private:
    QString m_member;
    QString m_mechanism;
    QString m_role;
    QLineF m_line;
};

} // namespace AllianceScope
