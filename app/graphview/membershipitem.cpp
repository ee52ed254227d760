// MembershipItem: a state's link to a mechanism (see membershipitem.h).
#include "membershipitem.h"

#include "palette.h"

#include <QPainter>

namespace AllianceScope {

MembershipItem::MembershipItem(const QString &member, const QString &mechanism, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_member(member)
    , m_mechanism(mechanism)
    , m_role(QStringLiteral("member"))
{
    setZValue(0.5);
    setVisible(false);
}

void MembershipItem::setLine(const QLineF &line)
{
    if (line == m_line)
        return;
    prepareGeometryChange();
    m_line = line;
}

void MembershipItem::setRole(const QString &role)
{
    const QString r = role.isEmpty() ? QStringLiteral("member") : role;
    if (r == m_role)
        return;
    m_role = r;
    update();
}

bool MembershipItem::isDashed() const
{
    return m_role != QLatin1String("member");
}

QPen MembershipItem::pen() const
{
    return QPen(Palette::membership(), Palette::kMembershipWidth, isDashed() ? Qt::DashLine : Qt::SolidLine,
                Qt::FlatCap);
}

QRectF MembershipItem::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-2, -2, 2, 2);
}

QPainterPath MembershipItem::shape() const
{
    QPainterPath p;
    p.moveTo(m_line.p1());
    p.lineTo(m_line.p2());
    return p;
}

void MembershipItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen());
    painter->drawLine(m_line);
}

} // namespace AllianceScope
