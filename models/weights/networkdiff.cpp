// NetworkDiff: the change of every dyad's weight and tier between two snapshots.
#include "networkdiff.h"

#include "metrics/metrics.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace AllianceScope {

DyadChange::Kind DyadChange::kind() const
{
    const bool tieBefore = std::abs(weightFrom) >= Metrics::kTieThreshold || tierFrom != 0;
    const bool tieAfter = std::abs(weightTo) >= Metrics::kTieThreshold || tierTo != 0;
    if (!tieBefore && tieAfter)
        return Kind::New;
    if (tieBefore && !tieAfter)
        return Kind::Gone;
    if (tierTo > tierFrom)
        return Kind::Strengthened;
    if (tierTo < tierFrom)
        return Kind::Weakened;
    if (std::abs(delta()) < kChangeThreshold)
        return Kind::Unchanged;
    return delta() > 0 ? Kind::Strengthened : Kind::Weakened;
}

bool DyadChange::operator==(const DyadChange &o) const
{
    return a == o.a && b == o.b && layer == o.layer && tierFrom == o.tierFrom
        && tierTo == o.tierTo && weightFrom == o.weightFrom && weightTo == o.weightTo;
}

QList<DyadChange> diffSnapshots(const NetworkSnapshot &from, const NetworkSnapshot &to,
                                std::optional<Layer> layer)
{
    // Both snapshots list their dyads sorted by (a, b); a map joins them.
    std::map<std::pair<QString, QString>, std::pair<const DyadState *, const DyadState *>> dyads;
    for (const DyadState &d : from.dyads)
        dyads[{d.a, d.b}].first = &d;
    for (const DyadState &d : to.dyads)
        dyads[{d.a, d.b}].second = &d;

    QList<DyadChange> out;
    for (const auto &[key, states] : dyads) {
        for (const Layer l : kViewLayers) {
            if (layer && *layer != l)
                continue;
            DyadChange c;
            c.a = key.first;
            c.b = key.second;
            c.layer = l;
            if (states.first) {
                c.tierFrom = states.first->at(l).tier;
                c.weightFrom = states.first->at(l).weight;
            }
            if (states.second) {
                c.tierTo = states.second->at(l).tier;
                c.weightTo = states.second->at(l).weight;
            }
            out.append(c);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const DyadChange &x, const DyadChange &y) {
        return std::abs(x.delta()) > std::abs(y.delta());
    });
    return out;
}

} // namespace AllianceScope
