// ChartRenderer: values over time as a QChart, drawn from values (see chartrenderer.h).
#include "chartrenderer.h"

#include "chartbands.h"
#include "seriesdecimation.h"

#include "weights/weightmodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

// Okabe & Ito (2008): a qualitative palette that colour-blind readers can tell apart.
// Blue, orange and bluish green are the triangle's three edges (and its three metrics).
const QList<QColor> &okabeIto()
{
    static const QList<QColor> colors = {
        QColor(0x00, 0x72, 0xB2), // blue
        QColor(0xE6, 0x9F, 0x00), // orange
        QColor(0x00, 0x9E, 0x73), // bluish green
        QColor(0xCC, 0x79, 0xA7), // reddish purple
        QColor(0x56, 0xB4, 0xE9), // sky blue
        QColor(0xD5, 0x5E, 0x00), // vermillion
        QColor(0x00, 0x00, 0x00), // black
        QColor(0xB8, 0xA9, 0x00), // yellow, darkened to be readable on white
    };
    return colors;
}

QFont chartFont(int pointSize, bool bold = false)
{
    QFont f;
    // Noto Sans CJK SC first: it has Latin glyphs too, and SVG files name only the first family.
    f.setFamilies({u"Noto Sans CJK SC"_s, u"Noto Sans"_s, u"DejaVu Sans"_s});
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
}

} // namespace

ChartRenderer::ChartRenderer(Mode mode)
    : m_mode(mode)
    , m_chart(new QChart)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(6, 6, 6, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(chartFont(9));
    m_chart->setTitleFont(chartFont(11, true));

    m_axisX = new QDateTimeAxis;
    m_axisX->setFormat(u"yyyy"_s);
    m_axisX->setTickCount(9);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_bands = new ChartBands(m_chart, m_axisX);
    QObject::connect(m_chart, &QChart::plotAreaChanged, m_chart, [this] {
        if (!hasData())
            return;
        if (plotColumns() != m_drawnColumns)
            drawSeries(); // thinned to the new width
        updateEvents();
    });
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(u"%.2f"_s);
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0.0);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    if (m_mode == Mode::Dyads) {
        m_axisTier = new QCategoryAxis;
        m_axisTier->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        m_axisTier->setGridLineVisible(false);
        m_chart->addAxis(m_axisTier, Qt::AlignRight);
    }
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsFont(chartFont(9));
        axis->setTitleFont(chartFont(9));
    }
    m_specs = m_mode == Mode::Dyads ? TimeSeries::defaultDyadSpecs() : TimeSeries::defaultMetricSpecs();
    rebuildSeries();
}

ChartRenderer::~ChartRenderer()
{
    // A view that shows the chart owns it; else it is ours (directly, or through m_scene).
    if (m_scene)
        m_scene.reset();
    else if (!m_chart->scene())
        delete m_chart;
}

bool ChartRenderer::hasData() const
{
    return m_model && !m_model->chronology().isEmpty();
}

void ChartRenderer::setModel(const WeightModel *model)
{
    m_model = model;
    m_bands->setChronology(model ? model->chronology() : Chronology());
    rebuildSeries();
}

void ChartRenderer::setBaselineModel(const WeightModel *baseline)
{
    if (baseline == m_baseline)
        return;
    m_baseline = baseline;
    rebuildSeries();
}

void ChartRenderer::setModels(const WeightModel *model, const WeightModel *baseline, bool now)
{
    const bool series = (baseline != nullptr) != (m_baseline != nullptr) || (model != nullptr) != (m_model != nullptr);
    m_model = model;
    m_baseline = baseline;
    m_staleSeries = m_staleSeries || series;
    m_stale = true;
    if (now)
        refreshIfStale();
}

void ChartRenderer::refreshIfStale()
{
    if (m_staleSeries)
        rebuildSeries(); // refreshes too
    else if (m_stale)
        refresh();
    m_stale = m_staleSeries = false;
}

void ChartRenderer::setSpecs(const QList<SeriesSpec> &specs)
{
    if (specs == m_specs)
        return;
    m_specs = specs;
    rebuildSeries();
}

void ChartRenderer::setLayer(Layer layer)
{
    if (layer == m_layer)
        return;
    m_layer = layer;
    refresh();
    retranslate();
}

void ChartRenderer::setLanguage(Language lang)
{
    m_language = lang;
    retranslate();
}

void ChartRenderer::setDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    updateCursor();
}

void ChartRenderer::setCursorVisible(bool visible)
{
    m_cursorVisible = visible;
    updateCursor();
}

void ChartRenderer::setTitleVisible(bool visible)
{
    m_titleVisible = visible;
    retranslate();
}

QColor ChartRenderer::colorOf(const SeriesSpec &spec) const
{
    const QList<QColor> &c = okabeIto();
    if (spec.kind == SeriesSpec::Kind::Metric) {
        if (spec.metric == u"triangle_min"_s)
            return c[0];
        if (spec.metric == u"density"_s)
            return c[1];
        if (spec.metric == u"triangle_geomean"_s)
            return c[2];
        const int i = m_model ? int(TimeSeries::metricNames(m_model->chronology()).indexOf(spec.metric)) : 0;
        return c[3 + std::max(0, i) % 5];
    }
    const QList<SeriesSpec> triangle = TimeSeries::defaultDyadSpecs(spec.layer);
    for (int i = 0; i < 3; ++i) {
        if (triangle[i] == spec)
            return c[i];
    }
    int index = 0;
    if (m_model) {
        const auto dyads = m_model->dyads();
        const auto lo = std::min(spec.a, spec.b), hi = std::max(spec.a, spec.b);
        index = std::max(0, int(dyads.indexOf(std::pair<QString, QString>(lo, hi))));
    }
    return c[3 + index % 5];
}

QString ChartRenderer::actorLabel(const QString &id) const
{
    if (!m_model)
        return id;
    const Actor *a = m_model->chronology().actor(id);
    if (!a)
        return id;
    // English names ("Democratic People's Republic of Korea") crowd a legend: English uses the
    // ISO codes analysts read at a glance, Chinese the (short) names.
    const QString name = a->name.zh;
    return m_language != Language::Zh || name.isEmpty() ? id : name;
}

QString ChartRenderer::nameOf(const SeriesSpec &spec) const
{
    if (spec.kind == SeriesSpec::Kind::DyadWeight)
        return actorLabel(spec.a) + u'–' + actorLabel(spec.b);
    if (spec.metric == u"triangle_min"_s)
        return tr("Triangle: weakest link");
    if (spec.metric == u"triangle_geomean"_s)
        return tr("Triangle: geometric mean");
    if (spec.metric == u"density"_s)
        return tr("Density");
    if (spec.metric.startsWith(u"degree:"_s))
        return tr("Weighted degree: %1").arg(actorLabel(spec.metric.mid(7)));
    const QString measure = measureName(spec.metric);
    return measure.isEmpty() ? spec.metric : measure;
}

QString ChartRenderer::measureName(const QString &metric) const
{
    // The measures of issue 10 (docs/MODEL.md, "Measures"): structural balance and
    // alliance-portfolio similarity, named as --metrics names them.
    if (metric == u"balance_share"_s)
        return tr("Structural balance: share of balanced triads");
    if (metric == u"balance_triads"_s)
        return tr("Signed triads");
    if (metric == u"balance_triangle"_s)
        return tr("Triangle balanced (1 yes, −1 no, 0 not all ties)");
    for (const auto &[prefix, text] : {std::pair(u"similarity_s:"_s, tr("Similarity S: %1–%2")),
                                       std::pair(u"similarity_kappa:"_s, tr("Similarity κ: %1–%2"))}) {
        if (!metric.startsWith(prefix))
            continue;
        const QStringList ids = metric.mid(prefix.size()).split(u'-');
        if (ids.size() == 2)
            return text.arg(actorLabel(ids[0]), actorLabel(ids[1]));
    }
    return {};
}

void ChartRenderer::rebuildSeries()
{
    m_staleSeries = false;
    m_chart->removeAllSeries();
    m_valueSeries.clear();
    m_tierSeries.clear();
    m_baselineSeries.clear();

    // What-if: the baseline first, so that the scenario's lines are drawn over it.
    if (m_baseline) {
        for (const SeriesSpec &spec : std::as_const(m_specs)) {
            auto *line = new QLineSeries;
            QColor color = colorOf(spec);
            color.setAlpha(150);
            QPen pen(color, 1.6, Qt::CustomDashLine, Qt::FlatCap);
            pen.setDashPattern({5.0, 3.0});
            line->setPen(pen);
            m_chart->addSeries(line);
            line->attachAxis(m_axisX);
            line->attachAxis(m_axisY);
            m_baselineSeries.append(line);
        }
    }

    for (const SeriesSpec &spec : std::as_const(m_specs)) {
        auto *line = new QLineSeries;
        QPen pen(colorOf(spec), 2.2);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        line->setPen(pen);
        m_chart->addSeries(line);
        line->attachAxis(m_axisX);
        line->attachAxis(m_axisY);
        m_valueSeries.append(line);
    }
    if (m_mode == Mode::Dyads) {
        for (const SeriesSpec &spec : std::as_const(m_specs)) {
            auto *tier = new QLineSeries;
            QColor color = colorOf(spec);
            color.setAlpha(170);
            tier->setPen(QPen(color, 1.4, Qt::DashLine));
            m_chart->addSeries(tier);
            tier->attachAxis(m_axisX);
            tier->attachAxis(m_axisY); // in weight units: base(tier), labelled by m_axisTier
            hideFromLegend(m_chart, tier);
            m_tierSeries.append(tier);
        }
    }

    m_events = new QScatterSeries;
    m_events->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_events->setMarkerSize(5.0);
    m_events->setColor(QColor(0x55, 0x55, 0x55, 150));
    m_events->setBorderColor(Qt::transparent);
    m_chart->addSeries(m_events);
    m_events->attachAxis(m_axisX);
    m_events->attachAxis(m_axisY);

    m_cursor = new QLineSeries;
    m_cursor->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5));
    m_chart->addSeries(m_cursor);
    m_cursor->attachAxis(m_axisX);
    m_cursor->attachAxis(m_axisY);
    hideFromLegend(m_chart, m_cursor);

    refresh();
    retranslate();
}

void ChartRenderer::refresh()
{
    m_stale = false;
    if (!hasData()) {
        m_series.clear();
        m_baselineData.clear();
        for (QLineSeries *s : std::as_const(m_valueSeries))
            s->clear();
        for (QLineSeries *s : std::as_const(m_tierSeries))
            s->clear();
        for (QLineSeries *s : std::as_const(m_baselineSeries))
            s->clear();
        m_events->clear();
        m_cursor->clear();
        return;
    }
    QList<SeriesSpec> specs = m_specs;
    for (SeriesSpec &s : specs)
        s.layer = m_layer;
    // What-if: the baseline's series (dashed) come with the scenario's, from the same provider.
    if (m_provider && m_provider(specs, m_baseline != nullptr))
        return; // applySeries() follows
    applySeries(TimeSeries::compute(*m_model, specs),
                m_baseline ? TimeSeries::compute(*m_baseline, specs) : QList<Series>());
}

void ChartRenderer::applySeries(const QList<Series> &series, const QList<Series> &baseline)
{
    if (!hasData() || series.size() != m_valueSeries.size())
        return;
    m_series = series;
    m_baselineData = m_baseline ? baseline : QList<Series>();
    double lo = 0.0, hi = 0.1;
    const double step = m_model->parameters().tierStep;
    for (const Series &s : std::as_const(m_baselineData)) {
        for (const QPointF &p : s.points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    for (const Series &s : series) {
        for (const QPointF &p : s.points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
        // The tier drawn at base(tier) = tierStep·tier on the weight axis: the floor that the
        // weight decays towards.
        if (m_mode == Mode::Dyads) {
            for (const QPointF &p : s.tierSteps)
                lo = std::min(lo, p.y() * step);
        }
    }
    updateAxes(lo, hi);
    drawSeries();
    updateEvents();
    updateCursor();
}

int ChartRenderer::plotColumns() const
{
    // Before the chart is laid out, as a wide figure would be.
    const int width = int(std::ceil(m_chart->plotArea().width()));
    return width > 0 ? width : 2000;
}

void ChartRenderer::drawSeries()
{
    m_drawnColumns = plotColumns();
    const double xMin = double(m_axisX->min().toMSecsSinceEpoch());
    const double xMax = double(m_axisX->max().toMSecsSinceEpoch());
    const double step = m_model ? m_model->parameters().tierStep : 0.0;
    for (qsizetype i = 0; i < m_baselineData.size() && i < m_baselineSeries.size(); ++i)
        m_baselineSeries[i]->replace(SeriesDecimation::minMaxPerColumn(m_baselineData[i].points, xMin, xMax, m_drawnColumns));
    for (qsizetype i = 0; i < m_series.size() && i < m_valueSeries.size(); ++i) {
        m_valueSeries[i]->replace(SeriesDecimation::minMaxPerColumn(m_series[i].points, xMin, xMax, m_drawnColumns));
        if (m_mode == Mode::Dyads && i < m_tierSeries.size()) {
            QList<QPointF> tiers = m_series[i].tierSteps;
            for (QPointF &p : tiers)
                p.setY(p.y() * step);
            m_tierSeries[i]->replace(SeriesDecimation::minMaxPerColumn(tiers, xMin, xMax, m_drawnColumns));
        }
    }
}

void ChartRenderer::updateAxes(double lo, double hi)
{
    // Values: round ticks, room below the data for the events' marks.
    const double span = std::max(hi - lo, 1e-9);
    lo -= span * 0.07;
    hi += span * 0.02;
    double step = 1.0;
    for (double s : {0.05, 0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0}) {
        step = s;
        if ((hi - lo) / s <= 8.0)
            break;
    }
    const double yMin = std::floor(lo / step) * step, yMax = std::ceil(hi / step) * step;
    m_axisY->setTickInterval(step);
    m_axisY->setLabelFormat(step < 1.0 ? u"%.2f"_s : u"%.0f"_s);
    m_axisY->setRange(yMin, yMax);

    if (m_axisTier) {
        const double tierStep = m_model->parameters().tierStep;
        for (const QString &label : m_axisTier->categoriesLabels())
            m_axisTier->remove(label);
        m_axisTier->setRange(yMin / tierStep, yMax / tierStep);
        m_axisTier->setStartValue(yMin / tierStep);
        for (int t = -2; t <= 4; ++t) {
            if (t >= yMin / tierStep && t <= yMax / tierStep)
                m_axisTier->append(QString::number(t), t);
        }
    }

    // Dates: ticks on round years (1, 2, 5, 10, 20, 25 or 50 apart), a day into the year so that
    // the unequal lengths of years never push a tick back into the previous year.
    const Chronology &c = m_model->chronology();
    const int first = c.firstDate().year(), last = c.lastDate().year();
    int yearStep = 1;
    for (int s : {1, 2, 5, 10, 20, 25, 50, 100}) {
        yearStep = s;
        if ((last - first + 1) / s <= 9)
            break;
    }
    const int align = yearStep >= 10 ? yearStep / 2 : yearStep;
    int start = int(std::floor(double(first) / align)) * align;
    int ticks = 1;
    while (start + (ticks - 1) * yearStep <= last)
        ++ticks;
    m_axisX->setTickCount(ticks);
    m_axisX->setRange(QDateTime(QDate(start, 1, 2), QTime(0, 0), Qt::UTC),
                      QDateTime(QDate(start + (ticks - 1) * yearStep, 1, 2), QTime(0, 0), Qt::UTC));
}

void ChartRenderer::updateEvents()
{
    // Just above the government bands, which run along the bottom of the plot: their height is
    // fixed in pixels, so the markers' value depends on the plot's height.
    const double plotHeight = m_chart->plotArea().height();
    const double above = m_bands->stripsHeight() + 6.0;
    const double fraction = plotHeight > 0 ? std::clamp(above / plotHeight, 0.025, 0.3) : 0.09;
    const double y = m_axisY->min() + (m_axisY->max() - m_axisY->min()) * fraction;
    QList<QPointF> points;
    const QList<Event> &events = m_model->chronology().events();
    points.reserve(events.size());
    for (const Event &e : events)
        points.append({TimeSeries::toX(e.date), y});
    // One mark per pixel column when the events outnumber the columns (100,000 events).
    m_events->replace(SeriesDecimation::onePerColumn(points, double(m_axisX->min().toMSecsSinceEpoch()),
                                                     double(m_axisX->max().toMSecsSinceEpoch()),
                                                     plotColumns()));
}

void ChartRenderer::updateCursor()
{
    if (!m_cursorVisible || !m_date.isValid() || !hasData()) {
        m_cursor->clear();
        return;
    }
    const double x = TimeSeries::toX(m_date);
    m_cursor->replace({QPointF(x, m_axisY->min()), QPointF(x, m_axisY->max())});
}

void ChartRenderer::retranslate()
{
    for (qsizetype i = 0; i < m_specs.size() && i < m_valueSeries.size(); ++i)
        m_valueSeries[i]->setName(nameOf(m_specs[i]));
    for (qsizetype i = 0; i < m_specs.size() && i < m_baselineSeries.size(); ++i)
        m_baselineSeries[i]->setName(tr("%1 (baseline)").arg(nameOf(m_specs[i])));
    for (qsizetype i = 0; i < m_specs.size() && i < m_tierSeries.size(); ++i)
        m_tierSeries[i]->setName(tr("Tier of %1").arg(nameOf(m_specs[i])));
    m_events->setName(tr("Events"));
    m_cursor->setName(tr("Current date"));
    m_axisX->setTitleText(tr("Date"));
    if (m_mode == Mode::Dyads) {
        m_axisY->setTitleText(tr("Weight (solid)"));
        m_axisTier->setTitleText(tr("Tier (dashed)"));
    } else {
        m_axisY->setTitleText(tr("Value"));
    }
    if (!m_titleVisible) {
        m_chart->setTitle(QString());
        return;
    }
    QString layerText;
    switch (m_layer) {
    case Layer::Security: layerText = tr("security layer"); break;
    case Layer::Political: layerText = tr("political layer"); break;
    case Layer::Economic: layerText = tr("economic layer"); break;
    case Layer::All: layerText = tr("all layers"); break;
    }
    m_chart->setTitle(m_mode == Mode::Dyads ? tr("Weight of the dyads over time (%1)").arg(layerText)
                                            : tr("Network metrics over time (%1)").arg(layerText));
}

void ChartRenderer::render(QPainter *painter, const QRectF &target, const QSizeF &logicalSize)
{
    Q_ASSERT(!m_chart->scene() || m_scene); // a view's chart is drawn by the view
    if (!m_scene) {
        m_scene = std::make_unique<QGraphicsScene>();
        m_scene->addItem(m_chart);
    }
    const QSizeF size = logicalSize.isEmpty() ? target.size() : logicalSize;
    m_chart->setGeometry(QRectF(QPointF(0, 0), size));
    m_chart->layout()->activate(); // lays the axes and the plot out now, not on the next event
    m_scene->setSceneRect(QRectF(QPointF(0, 0), size));
    m_scene->render(painter, target, QRectF(QPointF(0, 0), size), Qt::KeepAspectRatio);
}

} // namespace AllianceScope
