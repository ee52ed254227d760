// NetworkSnapshot: every dyad's tier, score and weight, and the active memberships, at one date.
#pragma once

#include "chronology/types.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace AllianceScope {

/// The state of one layer of one dyad at one date.
struct LayerState
{
    int tier = 0;        ///< institutional tier (step function), -2..4
    double score = 0.0;  ///< decayed relations score S(t)
    double weight = 0.0; ///< displayed weight W = base(tier) + λ·tanh(S/k), signed
};

/// One pair of states; `a < b` alphabetically.
struct DyadState
{
    QString a;
    QString b;
    std::array<LayerState, 4> layers; ///< indexed by int(Layer): security, political, economic, all

    const LayerState &at(Layer layer) const { return layers[static_cast<int>(layer)]; }
    LayerState &at(Layer layer) { return layers[static_cast<int>(layer)]; }
};

/// A state's link to a mechanism at one date.
struct MembershipState
{
    QString member;
    QString mechanism;
    QString role; ///< "member", "partner" or "observer"
    QDate since;
};

/**
 * A plain value: what the network looks like at one date. Views draw it and hold
 * no model state of their own.
 */
struct NetworkSnapshot
{
    QDate date;
    QList<DyadState> dyads;             ///< every dyad the chronology ever touches, sorted by (a, b)
    QList<MembershipState> memberships; ///< the memberships active at `date`, sorted

    /// The dyad of @p x and @p y in either order, or nullptr.
    const DyadState *dyad(const QString &x, const QString &y) const;
    /// The weight of the dyad on @p layer, 0 when the dyad is unknown.
    double weight(const QString &x, const QString &y, Layer layer = Layer::All) const;
    int tier(const QString &x, const QString &y, Layer layer = Layer::All) const;
    bool isMember(const QString &member, const QString &mechanism) const;
};

} // namespace AllianceScope
