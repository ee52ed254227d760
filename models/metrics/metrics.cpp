// Metrics of a network snapshot.
#include "metrics.h"

#include "weights/weightmodel.h"

#include <algorithm>
#include <cmath>

namespace AllianceScope::Metrics {

double maxWeight(const WeightParameters &parameters)
{
    return parameters.tierStep * 4 + parameters.lambda;
}

double density(const Chronology &chronology, const NetworkSnapshot &snapshot, Layer layer)
{
    QStringList states;
    for (const Actor &a : chronology.actors()) {
        if (a.isState())
            states.append(a.id);
    }
    const double pairs = double(states.size()) * double(states.size() - 1) / 2.0;
    if (pairs <= 0)
        return 0.0;
    int ties = 0;
    for (const DyadState &d : snapshot.dyads) {
        if (std::abs(d.at(layer).weight) >= kTieThreshold)
            ++ties;
    }
    return ties / pairs;
}

double degree(const NetworkSnapshot &snapshot, const QString &id, Layer layer)
{
    double sum = 0.0;
    for (const DyadState &d : snapshot.dyads) {
        if (d.a == id || d.b == id)
            sum += d.at(layer).weight;
    }
    return sum;
}

static std::array<double, 3> normalised(std::array<double, 3> e, double maxWeight)
{
    for (double &w : e)
        w = std::clamp(w / maxWeight, 0.0, 1.0);
    return e;
}

static std::array<double, 3> triangleWeights(const NetworkSnapshot &snapshot, Layer layer)
{
    const QStringList &t = triangle();
    return {snapshot.weight(t[0], t[1], layer), snapshot.weight(t[0], t[2], layer),
            snapshot.weight(t[1], t[2], layer)};
}

double triangleMinOf(std::array<double, 3> weights, double maxWeight)
{
    const auto e = normalised(weights, maxWeight);
    return *std::min_element(e.begin(), e.end());
}

double triangleGeomeanOf(std::array<double, 3> weights, double maxWeight)
{
    const auto e = normalised(weights, maxWeight);
    return std::cbrt(e[0] * e[1] * e[2]);
}

double triangleMin(const NetworkSnapshot &snapshot, Layer layer, double maxWeight)
{
    return triangleMinOf(triangleWeights(snapshot, layer), maxWeight);
}

double triangleGeomean(const NetworkSnapshot &snapshot, Layer layer, double maxWeight)
{
    return triangleGeomeanOf(triangleWeights(snapshot, layer), maxWeight);
}

QList<MetricValue> all(const Chronology &chronology, const NetworkSnapshot &snapshot, Layer layer,
                       const WeightParameters &parameters)
{
    const double wmax = maxWeight(parameters);
    QList<MetricValue> out = {
        {QStringLiteral("density"), layer, density(chronology, snapshot, layer)},
        {QStringLiteral("triangle_min"), layer, triangleMin(snapshot, layer, wmax)},
        {QStringLiteral("triangle_geomean"), layer, triangleGeomean(snapshot, layer, wmax)},
    };
    for (const Actor &a : chronology.actors()) {
        if (a.isState())
            out.append({QStringLiteral("degree:") + a.id, layer, degree(snapshot, a.id, layer)});
    }
    return out;
}

} // namespace AllianceScope::Metrics
