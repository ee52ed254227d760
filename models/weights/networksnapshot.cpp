// NetworkSnapshot look-ups.
#include "networksnapshot.h"

#include <algorithm>

namespace AllianceScope {

const DyadState *NetworkSnapshot::dyad(const QString &x, const QString &y) const
{
    const QString &a = x < y ? x : y;
    const QString &b = x < y ? y : x;
    const auto it = std::lower_bound(dyads.cbegin(), dyads.cend(), std::make_pair(a, b),
                                     [](const DyadState &d, const std::pair<QString, QString> &k) {
                                         return d.a != k.first ? d.a < k.first : d.b < k.second;
                                     });
    return it != dyads.cend() && it->a == a && it->b == b ? &*it : nullptr;
}

double NetworkSnapshot::weight(const QString &x, const QString &y, Layer layer) const
{
    const DyadState *d = dyad(x, y);
    return d ? d->at(layer).weight : 0.0;
}

int NetworkSnapshot::tier(const QString &x, const QString &y, Layer layer) const
{
    const DyadState *d = dyad(x, y);
    return d ? d->at(layer).tier : 0;
}

bool NetworkSnapshot::isMember(const QString &member, const QString &mechanism) const
{
    return std::any_of(memberships.cbegin(), memberships.cend(), [&](const MembershipState &m) {
        return m.member == member && m.mechanism == mechanism;
    });
}

} // namespace AllianceScope
