// MeasureSeries: the measures of models/metrics/measures.h as named metrics — rows of
// `--metrics` and series TimeSeries can sample (docs/MODEL.md, "Measures").
#pragma once

#include "chronology/chronology.h"
#include "metrics.h"
#include "weights/networksnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace AllianceScope::MeasureSeries {

/**
 * The measure metrics a chronology offers, in `--metrics` order:
 * - `balance_share`: the share of balanced signed triads on the layer (1 when there is none);
 * - `balance_triads`: the number of signed triads on the layer (all three edges ties);
 * - `balance_triangle`: the USA–JPN–KOR triad on the layer: 1 balanced, −1 unbalanced, 0 when
 *   one of its edges is no tie;
 * - `similarity_s:A-B` and `similarity_kappa:A-B` for the triangle's three pairs: Signorino and
 *   Ritter's S and Cohen's κ of the two states' portfolios (tiers on `all` and memberships; the
 *   layer does not apply to them).
 * isName() also accepts similarity of any other two distinct states of the chronology.
 */
QStringList names(const Chronology &chronology);
/// True when @p name is a measure metric of @p chronology (see names()).
bool isName(const Chronology &chronology, const QString &name);
/// Whether @p name has the form of a measure metric (the ids are not checked).
bool hasMeasureForm(const QString &name);

/// The value of the measure @p name at @p snapshot on @p layer; nothing when @p name is not one.
std::optional<double> value(const QString &name, const Chronology &chronology,
                            const NetworkSnapshot &snapshot, Layer layer);

/// Every metric of names() at @p snapshot: the similarities with layer `all`, the rest on
/// @p layer (what `--metrics` appends to Metrics::all()).
QList<MetricValue> values(const Chronology &chronology, const NetworkSnapshot &snapshot,
                          Layer layer);

} // namespace AllianceScope::MeasureSeries
