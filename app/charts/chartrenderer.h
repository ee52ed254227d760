// ChartRenderer: one chart of values over time (dyad weights with their tiers, or metrics) drawn
// from values: a WeightModel, the series, the date of the cursor, the layer and the language.
// It owns the QChart; TimeChart shows that chart interactively, figures and --export-chart draw
// it offscreen with render() (no view, no event loop).
#pragma once

#include "chronology/types.h"
#include "metrics/timeseries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>

#include <functional>
#include <memory>

class QCategoryAxis;
class QChart;
class QDateTimeAxis;
class QGraphicsScene;
class QLineSeries;
class QPainter;
class QScatterSeries;
class QValueAxis;

namespace AllianceScope {

class ChartBands;
class WeightModel;

class ChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::ChartRenderer)

public:
    enum class Mode {
        Dyads,  ///< the weight of dyads (solid) and their tiers (dashed, right axis)
        Metrics ///< network metrics
    };

    explicit ChartRenderer(Mode mode);
    ~ChartRenderer();
    ChartRenderer(const ChartRenderer &) = delete;
    ChartRenderer &operator=(const ChartRenderer &) = delete;

    Mode mode() const { return m_mode; }
    /// The chart; a view may show it (QChartView::setChart), and then owns it.
    QChart *chart() const { return m_chart; }

    /// The model drawn (not owned; nullptr: nothing). Rebuilds every series.
    void setModel(const WeightModel *model);
    /// What-if: the baseline's model (not owned), drawn as a dashed series under each series;
    /// nullptr: none.
    void setBaselineModel(const WeightModel *baseline);
    /**
     * What-if: the scenario's model and the baseline's (nullptr: none) at once. The series are
     * made again only when the baseline appears or goes; else only their points are resampled.
     * With @p now false nothing is computed until refreshIfStale() (a hidden chart).
     */
    void setModels(const WeightModel *model, const WeightModel *baseline, bool now = true);
    /// Computes what setModels(…, false) left for later.
    void refreshIfStale();
    const WeightModel *baselineModel() const { return m_baseline; }
    /// The series to show; their layer is ignored: the chart follows layer().
    void setSpecs(const QList<SeriesSpec> &specs);
    QList<SeriesSpec> specs() const { return m_specs; }
    void setLayer(Layer layer);
    Layer layer() const { return m_layer; }
    /// The language of the series names (the titles follow the installed translator).
    void setLanguage(Language lang);
    /// The date of the cursor line; invalid: no cursor.
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    /// Shows or hides the vertical line at date() (hidden in exported figures without a date).
    void setCursorVisible(bool visible);
    /// Shows a title above the plot (used in exported figures).
    void setTitleVisible(bool visible);

    /// Resamples every series (parameters, layer or chronology changed).
    void refresh();

    /**
     * Who computes the series: given the specs (on layer()) and whether the baseline's series are
     * wanted too (what-if: baselineModel() is set), a provider that returns true has taken the
     * request and hands both to applySeries() later, in parts if it likes (the window's charts
     * compute on a worker); false, or no provider: refresh() computes them now.
     */
    using SeriesProvider = std::function<bool(const QList<SeriesSpec> &specs, bool withBaseline)>;
    void setSeriesProvider(SeriesProvider provider) { m_provider = std::move(provider); }
    /**
     * Draws @p series (one per spec, in specs() order; a prefix of the sample dates is fine).
     * Each line gets at most four points per pixel column of the plot (first, lowest, highest,
     * last: SeriesDecimation::minMaxPerColumn), so 100,000 events draw as fast as 1,000.
     * What-if: @p baseline holds the baseline's series over the same dates (drawn dashed).
     */
    void applySeries(const QList<Series> &series, const QList<Series> &baseline = {});
    /// The series as computed, before thinning to the plot's width.
    const QList<Series> &series() const { return m_series; }
    /// Series names, axis titles and the title in the current language and translation.
    void retranslate();

    /**
     * Draws the chart into @p target of @p painter, laid out at @p logicalSize (fonts and lines
     * keep their size there; empty: target's size) and scaled to fit. The chart must not be
     * shown by a view.
     */
    void render(QPainter *painter, const QRectF &target, const QSizeF &logicalSize = {});

    /// The fixed qualitative (Okabe–Ito, colour-blind safe) colour of a series.
    QColor colorOf(const SeriesSpec &spec) const;
    /// The series' display name in the current language.
    QString nameOf(const SeriesSpec &spec) const;

    QList<QLineSeries *> valueSeries() const { return m_valueSeries; }
    QList<QLineSeries *> tierSeries() const { return m_tierSeries; }
    /// The baseline's series, one per spec (empty without a baseline model).
    QList<QLineSeries *> baselineSeries() const { return m_baselineSeries; }
    QLineSeries *cursorSeries() const { return m_cursor; }
    QScatterSeries *eventSeries() const { return m_events; }
    /// The government bands along the bottom of the plot (a child item of the chart).
    ChartBands *bands() const { return m_bands; }

private:
    void rebuildSeries();
    void updateCursor();
    void updateAxes(double lo, double hi);
    void updateEvents();
    void drawSeries();
    int plotColumns() const;
    QString actorLabel(const QString &id) const;
    /// The display name of a measure metric (balance_*, similarity_*), empty for any other.
    QString measureName(const QString &metric) const;
    bool hasData() const;

    Mode m_mode;
    const WeightModel *m_model = nullptr;
    const WeightModel *m_baseline = nullptr;
    QList<SeriesSpec> m_specs;
    Layer m_layer = Layer::All;
    Language m_language = Language::En;
    QDate m_date;
    QChart *m_chart = nullptr;
    std::unique_ptr<QGraphicsScene> m_scene; // holds the chart while rendering offscreen
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QCategoryAxis *m_axisTier = nullptr; ///< tier k at the height of base(k) = tierStep·k
    QList<QLineSeries *> m_valueSeries;
    QList<QLineSeries *> m_tierSeries;
    QList<QLineSeries *> m_baselineSeries;
    QLineSeries *m_cursor = nullptr;
    QScatterSeries *m_events = nullptr;
    ChartBands *m_bands = nullptr;
    bool m_stale = false;        // setModels(…, false): the points are not the models'
    bool m_staleSeries = false;  // … and the series are not the models' either
    SeriesProvider m_provider;
    QList<Series> m_series; // as computed; the QLineSeries hold them thinned to m_drawnColumns
    QList<Series> m_baselineData; // what-if: the baseline's, as computed (drawn dashed)
    int m_drawnColumns = 0;
    bool m_cursorVisible = true;
    bool m_titleVisible = false;
};

} // namespace AllianceScope
