// TimeSeries: a dyad's weight and tier, or a metric, sampled over a chronology's range,
// for the charts and the --export-chart command (headless, Qt6::Core only).
#pragma once

#include "chronology/chronology.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace AllianceScope {

class WeightModel;

/// What one series measures.
struct SeriesSpec
{
    enum class Kind {
        DyadWeight, ///< the displayed weight of the dyad (a, b) on `layer`
        Metric      ///< a metric of the whole network on `layer` (see TimeSeries::isMetricName)
    };

    Kind kind = Kind::DyadWeight;
    QString a;      ///< DyadWeight: one state (order free)
    QString b;      ///< DyadWeight: the other state
    QString metric; ///< Metric: "density", "triangle_min", "triangle_geomean" or "degree:<ID>"
    Layer layer = Layer::All;

    static SeriesSpec dyad(const QString &a, const QString &b, Layer layer = Layer::All);
    static SeriesSpec metricSpec(const QString &name, Layer layer = Layer::All);
    /// "USA-JPN" for a dyad (the ids as given), the metric's name otherwise.
    QString key() const;
    bool operator==(const SeriesSpec &o) const;
    bool operator!=(const SeriesSpec &o) const { return !(*this == o); }
};

/// Which dates a series is sampled at.
struct SamplingOptions
{
    /// A regular sample every stepDays days from `from` on (0 or less: no regular samples).
    int stepDays = 30;
    /// Also sample the day before every event date and end date, so that jumps show as steps.
    bool dayBeforeEvents = true;
    QDate from; ///< first regular sample; invalid = the chronology's first date
    QDate to;   ///< last sample; invalid = the chronology's last date (events' ends included)
};

/// One sampled series. x is the date as milliseconds since the epoch of the day's midnight UTC
/// (TimeSeries::toX), which is what QDateTimeAxis plots; y is the value.
struct Series
{
    SeriesSpec spec;
    QList<QPointF> points;
    /// DyadWeight only: the institutional tier as an exact step function over the same range:
    /// at each change (x, old tier) is followed by (x, new tier).
    QList<QPointF> tierSteps;
};

namespace TimeSeries {

/// The x value of @p date: msecs since 1970-01-01T00:00Z of the date's midnight UTC.
double toX(const QDate &date);
/// The date whose day contains the x value (the inverse of toX, rounding down to the day).
QDate dateOfX(double x);

/**
 * The sample dates, sorted and without duplicates: every event's date and end date, the day
 * before each (when options.dayBeforeEvents), and from + k·stepDays up to `to`. Dates after
 * `to` are dropped; the day before the first event is kept (it shows the state before).
 */
QList<QDate> sampleDates(const Chronology &chronology, const SamplingOptions &options = {});

/// The metrics a chronology offers: density, triangle_min, triangle_geomean, degree:<ID> per state.
QStringList metricNames(const Chronology &chronology);
/// True when @p name is one of metricNames(chronology).
bool isMetricName(const Chronology &chronology, const QString &name);

/// The value a series has at one date (exactly, from the model, not interpolated).
double valueAt(const WeightModel &model, const SeriesSpec &spec, const QDate &date);

/**
 * Samples every spec at @p dates. Each kind of series reads only what it needs: a dyad or a
 * triangle its dyads (O(dates · log events)), a degree the actor's dyads, density the model's
 * tie counts (WeightModel::tieCounts, about O(effects · log dates)); never a whole snapshot
 * per date. The values are exactly those of a snapshot at each date.
 */
QList<Series> compute(const WeightModel &model, const QList<SeriesSpec> &specs,
                      const QList<QDate> &dates);
/// As above, at sampleDates(model.chronology(), options).
QList<Series> compute(const WeightModel &model, const QList<SeriesSpec> &specs,
                      const SamplingOptions &options = {});

/// The default series of the charts: the three triangle edges and the three triangle/density
/// metrics on @p layer.
QList<SeriesSpec> defaultDyadSpecs(Layer layer = Layer::All);
QList<SeriesSpec> defaultMetricSpecs(Layer layer = Layer::All);

} // namespace TimeSeries
} // namespace AllianceScope
