// TimeChart: the interactive view of a ChartRenderer bound to a Document: the renderer follows
// the document's model, date, layer and language; click or drag to move the date, hover for
// values and the nearest event. Figures and --export-chart use a ChartRenderer without a view.
#pragma once

#include "chartrenderer.h"
#include "metrics/timeseries.h"

#include <QChartView>
#include <QDate>
#include <QList>
#include <QPointer>
#include <QTimer>

class QLineSeries;
class QScatterSeries;

namespace AllianceScope {

class Document;
class SeriesComputation;

class TimeChart : public QChartView
{
    Q_OBJECT

public:
    using Mode = ChartRenderer::Mode;

    TimeChart(Document *doc, Mode mode, QWidget *parent = nullptr);
    ~TimeChart() override;

    Mode mode() const { return m_renderer.mode(); }
    /// The series to show; their layer is ignored: the chart follows Document::layer().
    void setSpecs(const QList<SeriesSpec> &specs) { m_renderer.setSpecs(specs); }
    QList<SeriesSpec> specs() const { return m_renderer.specs(); }

    /// Shows or hides the vertical line at Document::date().
    void setCursorVisible(bool visible) { m_renderer.setCursorVisible(visible); }
    /// Shows a title above the plot.
    void setTitleVisible(bool visible) { m_renderer.setTitleVisible(visible); }

    /// The fixed qualitative (Okabe–Ito, colour-blind safe) colour of a series.
    QColor colorOf(const SeriesSpec &spec) const { return m_renderer.colorOf(spec); }
    /// The series' display name in the document's language.
    QString nameOf(const SeriesSpec &spec) const { return m_renderer.nameOf(spec); }

    // For tests and the panel: the drawn series and geometry.
    QList<QLineSeries *> valueSeries() const { return m_renderer.valueSeries(); }
    QList<QLineSeries *> tierSeries() const { return m_renderer.tierSeries(); }
    /// What-if: the baseline's dashed series (empty without a scenario).
    QList<QLineSeries *> baselineSeries() const { return m_renderer.baselineSeries(); }
    QLineSeries *cursorSeries() const { return m_renderer.cursorSeries(); }
    QScatterSeries *eventSeries() const { return m_renderer.eventSeries(); }
    /// The viewport position of (date, value).
    QPoint viewportPosition(const QDate &date, double value) const;
    /// The date under a viewport position (rounded to the nearest day), invalid outside the plot.
    QDate dateAt(const QPoint &viewportPos) const;
    /// The hover text at a viewport position: date, each series' value, the nearest event.
    QString toolTipAt(const QPoint &viewportPos) const;

    /**
     * Chronologies with at least this many events have their series computed on a worker
     * (SeriesComputation), in slices shown as they come; smaller ones at once, on the UI thread
     * (the bundled chronology's six series take about 4 ms). 0: always on the worker (tests).
     */
    void setWorkerThreshold(int events) { m_workerThreshold = events; }
    static constexpr int kDefaultWorkerThreshold = 3000;
    /// The worker's computation: its progress, its cancel, whether it runs.
    SeriesComputation *computation() const { return m_computation; }

public slots:
    /// Resamples every series (parameters, layer or chronology changed).
    void refresh() { m_renderer.refresh(); }
    /// Series names, axis titles and the title in the document's language.
    void retranslate() { m_renderer.retranslate(); }

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void followDocument();
    void followParameters();
    bool computeOnWorker(const QList<SeriesSpec> &specs, bool withBaseline);
    /// Gives the worker the document's chronology (and the baseline's, in a what-if).
    void updateSource();
    void moveDateTo(const QPoint &viewportPos);
    QPointF chartPosition(const QPoint &viewportPos) const;

    QPointer<Document> m_doc;
    ChartRenderer m_renderer;
    SeriesComputation *m_computation = nullptr;
    static constexpr int kPartialIntervalMs = 250;
    QTimer m_partialTimer;        // draws the latest partial series
    QList<Series> m_partial;      // not drawn yet
    QList<Series> m_partialBaseline; // … and the baseline's
    int m_workerThreshold = kDefaultWorkerThreshold;
    bool m_dragging = false;
};

} // namespace AllianceScope
