// DifferenceLegendItem: the key of the difference view — the two dates, the colour and line of
// each kind of change, the width scale of |Δ weight| and what a label says — in the current
// language. It takes the graph legend's place while the difference is shown, in figures too.
#pragma once

#include "legendbase.h"

#include <QCoreApplication>
#include <QDate>

namespace AllianceScope {

class DifferenceLegendItem : public LegendBase
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::DifferenceLegendItem)

public:
    enum { Type = UserType + 33 };

    explicit DifferenceLegendItem(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }

    /// The dates compared (from the earlier to the later); relayouts.
    void setDates(const QDate &from, const QDate &to);
    /// The texts shown, in drawing order (for tests).
    QStringList texts() const;

private:
    QSizeF walk(QPainter *painter) const override;

    QDate m_from;
    QDate m_to;
};

} // namespace AllianceScope
