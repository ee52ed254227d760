// TimeSeries: sampling dyad weights, tiers and metrics over a chronology's range.
#include "timeseries.h"

#include "measureseries.h"
#include "metrics.h"
#include "weights/weightmodel.h"


#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

constexpr double kMsecsPerDay = 86400000.0;
// Julian day of 1970-01-01.
constexpr qint64 kEpochJulianDay = 2440588;

enum class MetricKind { Density, TriangleMin, TriangleGeomean, Degree, Measure };

struct ParsedMetric
{
    MetricKind kind;
    QString id; // Degree: the state; Measure: the whole name (MeasureSeries)
};

std::optional<ParsedMetric> parseMetric(const QString &name)
{
    if (name == u"density"_s)
        return ParsedMetric{MetricKind::Density, {}};
    if (name == u"triangle_min"_s)
        return ParsedMetric{MetricKind::TriangleMin, {}};
    if (name == u"triangle_geomean"_s)
        return ParsedMetric{MetricKind::TriangleGeomean, {}};
    if (name.startsWith(u"degree:"_s) && name.size() > 7)
        return ParsedMetric{MetricKind::Degree, name.mid(7)};
    if (MeasureSeries::hasMeasureForm(name))
        return ParsedMetric{MetricKind::Measure, name};
    return std::nullopt;
}

double metricOf(const ParsedMetric &m, const Chronology &chronology, const NetworkSnapshot &snap,
                Layer layer, double maxWeight)
{
    switch (m.kind) {
    case MetricKind::Density:
        return Metrics::density(chronology, snap, layer);
    case MetricKind::TriangleMin:
        return Metrics::triangleMin(snap, layer, maxWeight);
    case MetricKind::TriangleGeomean:
        return Metrics::triangleGeomean(snap, layer, maxWeight);
    case MetricKind::Degree:
        return Metrics::degree(snap, m.id, layer);
    case MetricKind::Measure:
        return MeasureSeries::value(m.id, chronology, snap, layer).value_or(0.0);
    }
    return 0.0;
}

} // namespace

SeriesSpec SeriesSpec::dyad(const QString &a, const QString &b, Layer layer)
{
    SeriesSpec s;
    s.kind = Kind::DyadWeight;
    s.a = a;
    s.b = b;
    s.layer = layer;
    return s;
}

SeriesSpec SeriesSpec::metricSpec(const QString &name, Layer layer)
{
    SeriesSpec s;
    s.kind = Kind::Metric;
    s.metric = name;
    s.layer = layer;
    return s;
}

QString SeriesSpec::key() const
{
    return kind == Kind::DyadWeight ? a + u'-' + b : metric;
}

bool SeriesSpec::operator==(const SeriesSpec &o) const
{
    if (kind != o.kind || layer != o.layer)
        return false;
    if (kind == Kind::Metric)
        return metric == o.metric;
    return (a == o.a && b == o.b) || (a == o.b && b == o.a);
}

namespace TimeSeries {

double toX(const QDate &date)
{
    return double(date.toJulianDay() - kEpochJulianDay) * kMsecsPerDay;
}

QDate dateOfX(double x)
{
    return QDate::fromJulianDay(qint64(std::floor(x / kMsecsPerDay)) + kEpochJulianDay);
}

QList<QDate> sampleDates(const Chronology &chronology, const SamplingOptions &options)
{
    if (chronology.isEmpty())
        return {};
    const QDate from = options.from.isValid() ? options.from : chronology.firstDate();
    const QDate to = options.to.isValid() ? options.to : chronology.lastDate();

    std::vector<qint64> days;
    days.reserve(std::size_t(chronology.events().size()) * 4 + 64);
    auto add = [&](const QDate &d) {
        if (d.isValid() && d <= to)
            days.push_back(d.toJulianDay());
    };
    for (const Event &e : chronology.events()) {
        add(e.date);
        if (options.dayBeforeEvents)
            add(e.date.addDays(-1));
        if (e.end) {
            add(*e.end);
            if (options.dayBeforeEvents)
                add(e.end->addDays(-1));
        }
    }
    if (options.stepDays > 0) {
        for (qint64 d = from.toJulianDay(); d <= to.toJulianDay(); d += options.stepDays)
            days.push_back(d);
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());

    QList<QDate> out;
    out.reserve(qsizetype(days.size()));
    for (qint64 d : days)
        out.append(QDate::fromJulianDay(d));
    return out;
}

QStringList metricNames(const Chronology &chronology)
{
    QStringList names = {u"density"_s, u"triangle_min"_s, u"triangle_geomean"_s};
    for (const Actor &a : chronology.actors()) {
        if (a.isState())
            names.append(u"degree:"_s + a.id);
    }
    return names + MeasureSeries::names(chronology);
}

bool isMetricName(const Chronology &chronology, const QString &name)
{
    const auto m = parseMetric(name);
    if (!m)
        return false;
    if (m->kind == MetricKind::Measure)
        return MeasureSeries::isName(chronology, name);
    if (m->kind != MetricKind::Degree)
        return true;
    const Actor *a = chronology.actor(m->id);
    return a && a->isState();
}

double valueAt(const WeightModel &model, const SeriesSpec &spec, const QDate &date)
{
    if (spec.kind == SeriesSpec::Kind::DyadWeight)
        return model.dyadAt(spec.a, spec.b, date).at(spec.layer).weight;
    const auto m = parseMetric(spec.metric);
    if (!m)
        return 0.0;
    return metricOf(*m, model.chronology(), model.snapshotAt(date), spec.layer,
                    Metrics::maxWeight(model.parameters()));
}

QList<Series> compute(const WeightModel &model, const QList<SeriesSpec> &specs,
                      const QList<QDate> &dates)
{
    QList<Series> out;
    out.reserve(specs.size());
    std::vector<std::optional<ParsedMetric>> parsed;
    bool anyMetric = false;
    for (const SeriesSpec &s : specs) {
        Series series;
        series.spec = s;
        series.points.reserve(dates.size());
        out.append(std::move(series));
        parsed.push_back(s.kind == SeriesSpec::Kind::Metric ? parseMetric(s.metric) : std::nullopt);
        anyMetric = anyMetric || s.kind == SeriesSpec::Kind::Metric;
    }

    const double wmax = Metrics::maxWeight(model.parameters());
    std::vector<int> lastTier(std::size_t(specs.size()), 0);
    for (qsizetype di = 0; di < dates.size(); ++di) {
        const QDate &date = dates[di];
        const double x = toX(date);
        NetworkSnapshot snap;
        if (anyMetric)
            snap = model.snapshotAt(date);
        for (qsizetype si = 0; si < specs.size(); ++si) {
            const SeriesSpec &spec = specs[si];
            Series &series = out[si];
            if (spec.kind == SeriesSpec::Kind::DyadWeight) {
                const LayerState s = model.dyadAt(spec.a, spec.b, date).at(spec.layer);
                series.points.append({x, s.weight});
                int &last = lastTier[std::size_t(si)];
                if (di > 0 && s.tier != last)
                    series.tierSteps.append({x, double(last)});
                series.tierSteps.append({x, double(s.tier)});
                last = s.tier;
            } else {
                const auto &m = parsed[std::size_t(si)];
                series.points.append(
                    {x, m ? metricOf(*m, model.chronology(), snap, spec.layer, wmax) : 0.0});
            }
        }
    }
    return out;
}

QList<Series> compute(const WeightModel &model, const QList<SeriesSpec> &specs,
                      const SamplingOptions &options)
{
    return compute(model, specs, sampleDates(model.chronology(), options));
}

QList<SeriesSpec> defaultDyadSpecs(Layer layer)
{
    const QStringList &t = Metrics::triangle();
    return {SeriesSpec::dyad(t[0], t[1], layer), SeriesSpec::dyad(t[0], t[2], layer),
            SeriesSpec::dyad(t[1], t[2], layer)};
}

QList<SeriesSpec> defaultMetricSpecs(Layer layer)
{
    return {SeriesSpec::metricSpec(u"triangle_min"_s, layer),
            SeriesSpec::metricSpec(u"triangle_geomean"_s, layer),
            SeriesSpec::metricSpec(u"density"_s, layer)};
}

} // namespace TimeSeries
} // namespace AllianceScope
