// NetworkDiff: what changed between two snapshots, dyad by dyad and layer by layer — the table
// behind the difference view and the command line's --diff.
#pragma once

#include "networksnapshot.h"

#include <QList>
#include <QString>

#include <optional>

namespace AllianceScope {

/// One dyad's layer at two dates.
struct DyadChange
{
    enum class Kind {
        Unchanged,    ///< same tier, |Δweight| below the change threshold
        New,          ///< no tie before (|w| < tie threshold), a tie after
        Gone,         ///< a tie before, none after
        Strengthened, ///< weight or tier up
        Weakened      ///< weight or tier down
    };

    QString a; ///< a < b
    QString b;
    Layer layer = Layer::All;
    int tierFrom = 0;
    int tierTo = 0;
    double weightFrom = 0.0;
    double weightTo = 0.0;

    double delta() const { return weightTo - weightFrom; }
    Kind kind() const;
    bool operator==(const DyadChange &o) const;
};

/// Weight changes smaller than this are "unchanged" (below what an edge's width can show).
inline constexpr double kChangeThreshold = 0.005;

/**
 * Every dyad of either snapshot on @p layer (every view layer when absent), as (from, to)
 * pairs, sorted by |delta| descending, then by (a, b, layer). A dyad missing from one snapshot
 * counts as tier 0, weight 0 there.
 */
QList<DyadChange> diffSnapshots(const NetworkSnapshot &from, const NetworkSnapshot &to,
                                std::optional<Layer> layer = std::nullopt);

} // namespace AllianceScope
