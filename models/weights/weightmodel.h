// WeightModel: tiers, decayed relations scores and displayed weights of every dyad, at any date.
#pragma once

#include "chronology/chronology.h"
#include "networksnapshot.h"

#include <QHash>
#include <QList>

#include <array>
#include <memory>
#include <vector>

namespace AllianceScope {

/// The parameters of the weight model (docs/MODEL.md explains each and its default).
struct WeightParameters
{
    /// Half-life H of the relations score per layer, in days (security, political, economic).
    std::array<double, 3> halfLifeDays = {1095.0, 730.0, 1460.0};
    /// Score scale k per layer in tanh(S/k) (security, political, economic), calibrated on the
    /// bundled chronology so that its densest dyads stay below their tier's ceiling.
    std::array<double, 3> scale = {25.0, 22.0, 15.0};
    double tierStep = 0.15;   ///< base(tier) = tierStep · tier
    double lambda = 0.4;      ///< the band the score moves the weight in around base(tier)
    double floor = 0.05;      ///< a tier >= 2 never draws below this (a tier <= −2 above −floor)

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
 * O(dyads · log(effects per dyad)) and never replays history. The index does not depend on
 * the parameters: changing a half-life only recomputes the decayed sums of the score pulses
 * (one pass over them: about 1 ms at 100,000 events), other parameters recompute nothing.
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
    /**
     * Takes the parameters and the index of @p built, a model of the same chronology (a copy of
     * chronology()) built elsewhere, e.g. on a worker thread with new half-lives: the result
     * equals setParameters(built.parameters()) without the rebuild, and chronology() (and every
     * reference to it) stays. @p built is left without an index.
     */
    void adoptIndex(WeightModel &&built);
    /**
     * A model of the same chronology and parameters that shares this one's index (the
     * chronology is shared implicitly): cheap, unlike a new WeightModel(chronology()). The copy
     * may then be given new parameters on another thread (setParameters(), then adoptIndex()
     * back) while this model is used or destroyed.
     */
    std::unique_ptr<WeightModel> sharingIndex() const;

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

    // Queries by dyad index for series over many dates (TimeSeries): no strings are copied.
    /// The index of the dyad (a, b) in dyadKeys() (either order), or -1 when it is never touched.
    int dyadIndex(const QString &a, const QString &b) const;
    /// The indices (in dyadKeys() order) of the dyads that have @p id as one side.
    QList<int> dyadsOf(const QString &id) const;
    /// Every layer of dyad @p index (0 <= index < dyadKeys().size()) at @p date, as snapshotAt().
    std::array<LayerState, 4> layersAt(int index, const QDate &date) const;
    /// The memberships active at @p date, as snapshotAt() gives them.
    QList<MembershipState> membershipsAt(const QDate &date) const;
    /// The state of dyad @p index on @p layer at @p date, exactly as snapshotAt() gives it;
    /// index -1 is a dyad never touched (tier 0, score 0).
    LayerState layerStateAt(int index, const QDate &date, Layer layer) const;
    /**
     * For each of @p dates (sorted ascending), how many dyads have |weight| >= @p threshold on
     * @p layer (what Metrics::density counts), equal to counting every snapshot. Cost: about
     * O(effects · log dates) evaluations instead of O(dates · dyads): between two dates where a
     * dyad's index changes, each layer's weight is monotone, so a run of dates is settled by
     * bounds at its ends and split only where the count may change.
     */
    std::vector<int> tieCounts(Layer layer, const QList<QDate> &dates, double threshold) const;

    /// The weight of one layer from its tier and score, with these parameters.
    double weightOf(int tier, double score, Layer layer) const;
    /// The weight from a tier and a relations term u = tanh(S/k) in [−1, 1] (the band rule).
    double weightOfTerm(int tier, double term) const;

private:
    struct DyadIndex;
    struct MembershipIndex;
    struct Index;
    WeightModel(const WeightModel &other, int); // sharingIndex()
    void rebuild();
    /// m_pulseAcc for m_parameters' half-lives.
    void decay();
    void fill(const DyadIndex &index, const QDate &date, DyadState &out) const;
    void fillLayers(const DyadIndex &index, qint64 day, std::array<LayerState, 4> &out) const;
    /// The weight of dyad @p index on @p layer at @p day (tieCounts' evaluation), and the
    /// per-layer tiers and relations terms it came from.
    struct Terms;
    void termsAt(const DyadIndex &index, qint64 day, Terms &out) const;
    double weightFromTerms(const Terms &t, Layer layer) const;
    void countTies(const DyadIndex &index, Layer layer, const std::vector<qint64> &days,
                   double threshold, std::vector<int> &diff) const;

    Chronology m_chronology;
    WeightParameters m_parameters;
    std::shared_ptr<const Index> m_index; // of m_chronology, independent of the parameters
    // The decayed running sums of every dyad's and layer's score pulses with m_parameters'
    // half-lives (LayerIndex::accOffset says where each one's are).
    std::vector<double> m_pulseAcc;
};

/// Days between two dates as a double (b − a).
double daysBetween(const QDate &a, const QDate &b);

} // namespace AllianceScope
