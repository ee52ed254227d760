// Metrics of a network snapshot: density, weighted degree, and the cohesion of the
// USA–JPN–KOR triangle (docs/MODEL.md, "Metrics").
#pragma once

#include "chronology/chronology.h"
#include "weights/networksnapshot.h"

#include <QList>
#include <QString>

#include <array>

namespace AllianceScope {

struct WeightParameters;

/// One named metric value, as the command line prints it (`metric,layer,value`).
struct MetricValue
{
    QString metric; ///< "density", "triangle_min", "triangle_geomean" or "degree:<ID>"
    Layer layer = Layer::All;
    double value = 0.0;
};

namespace Metrics {

/// |weight| at or above this counts as a tie for density.
inline constexpr double kTieThreshold = 0.05;
/// The triangle whose cohesion is measured.
inline const QStringList &triangle()
{
    static const QStringList t = {QStringLiteral("USA"), QStringLiteral("JPN"), QStringLiteral("KOR")};
    return t;
}

/// The largest weight the model can give (4 tiers and a saturated score): normalises edges.
double maxWeight(const WeightParameters &parameters);

/// Share of the state pairs with |weight| >= kTieThreshold on @p layer (0..1).
double density(const Chronology &chronology, const NetworkSnapshot &snapshot, Layer layer);
/// Sum of the signed weights of @p id's dyads on @p layer.
double degree(const NetworkSnapshot &snapshot, const QString &id, Layer layer);
/// The weakest of the triangle's three edges, normalised to 0..1 (negative clamps to 0).
double triangleMin(const NetworkSnapshot &snapshot, Layer layer, double maxWeight);
/// The geometric mean of the triangle's three normalised edges (0..1).
double triangleGeomean(const NetworkSnapshot &snapshot, Layer layer, double maxWeight);

/// triangleMin and triangleGeomean from the triangle's three weights (USA–JPN, USA–KOR,
/// JPN–KOR), for callers that have the weights without a snapshot.
double triangleMinOf(std::array<double, 3> weights, double maxWeight);
double triangleGeomeanOf(std::array<double, 3> weights, double maxWeight);

/// Every metric for @p layer, in the command line's order: density, triangle_min,
/// triangle_geomean, then degree:<ID> for every state in chronology order.
QList<MetricValue> all(const Chronology &chronology, const NetworkSnapshot &snapshot, Layer layer,
                       const WeightParameters &parameters);

} // namespace Metrics
} // namespace AllianceScope
