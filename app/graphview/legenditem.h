// LegendItem: the key of the alliance graph — edge width scale, colour scale, the dash pattern of
// each institutional tier, and the node shapes — in the current language. It is part of the scene,
// so exported figures carry it.
#pragma once

#include "legendbase.h"

#include <QCoreApplication>

namespace AllianceScope {

class LegendItem : public LegendBase
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::LegendItem)

public:
    enum { Type = UserType + 4 };

    explicit LegendItem(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }

    /// The texts currently shown, in drawing order (for tests).
    QStringList texts() const;

private:
    QSizeF walk(QPainter *painter) const override;

};

} // namespace AllianceScope
