// WeightModel: tiers, decayed relations scores and displayed weights of every dyad, at any date.
#pragma once

#include "chronology/chronology.h"
#include "networksnapshot.h"

#include <QHash>
#include <QList>

#include <array>
#include <memory>

namespace AllianceScope {

/// The parameters of the weight model (docs/MODEL.md explains each and its default).
struct WeightParameters
{
    /// Half-life H of the relations score per layer, in days (security, political, economic).
    std::array<double, 3> halfLifeDays = {1095.0, 730.0, 1460.0};
    double tierStep = 0.15;   ///< base(tier) = tierStep · tier
    double lambda = 0.4;      ///< weight of the relations score
    double saturation = 10.0; ///< k in tanh(S/k)

    static constexpr double kMinHalfLife = 1.0;
    static constexpr double kMaxHalfLife = 36500.0;

    double halfLife(Layer layer) const { return halfLifeDays[static_cast<int>(layer)]; }
    void setHalfLife(Layer layer, double days) { halfLifeDays[static_cast<int>(layer)] = days; }
    bool operator==(const WeightParameters &o) const;
};

/**
 * The weight model over one chronology.
 *
 * Construction indexes every effect per dyad and layer by date; snapshotAt() then costs
 * O(dyads · log(effects per dyad)) and never replays history. Changing a parameter
 * rebuilds the index (linear in the number of effects).
 *
 * Thread-safety: const member functions may be called from several threads at once.
 */
class WeightModel
{
public:
    explicit WeightModel(Chronology chronology, WeightParameters parameters = {});
    ~WeightModel();
    WeightModel(const WeightModel &) = delete;
    WeightModel &operator=(const WeightModel &) = delete;

    const Chronology &chronology() const { return m_chronology; }
    const WeightParameters &parameters() const { return m_parameters; }
    void setParameters(const WeightParameters &parameters);

    /// Every dyad and the active memberships at @p date.
    NetworkSnapshot snapshotAt(const QDate &date) const;
    /// One dyad at @p date (a and b in either order); all zero when the dyad is never touched.
    DyadState dyadAt(const QString &a, const QString &b, const QDate &date) const;

    /// The dyads the chronology touches (every dyad of every Effect::dyads()), sorted: the one
    /// source of the set of dyads.
    QList<DyadKey> dyadKeys() const;
    /// dyadKeys() as (a, b) pairs with a < b, sorted.
    QList<std::pair<QString, QString>> dyads() const;

    /// The events that moved the dyad (a, b) (in date order): for an edge's history panel.
    QList<int> eventsTouching(const QString &a, const QString &b) const;

    /// The combined weight from a tier and a score, with these parameters.
    double weightOf(int tier, double score) const;

private:
    struct DyadIndex;
    struct MembershipIndex;
    void rebuild();
    void fill(const DyadIndex &index, const QDate &date, DyadState &out) const;

    Chronology m_chronology;
    WeightParameters m_parameters;
    std::vector<DyadIndex> m_dyads;               // sorted by (a, b)
    QHash<DyadKey, int> m_dyadLookup;             // → index into m_dyads
    std::vector<MembershipIndex> m_memberships;   // sorted by (member, mechanism)
};

/// Days between two dates as a double (b − a).
double daysBetween(const QDate &a, const QDate &b);

} // namespace AllianceScope
