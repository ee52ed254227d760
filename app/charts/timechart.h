// TimeChart: one chart of values over time (dyad weights with their tiers, or metrics) bound to
// a Document: a cursor line at Document::date(), click or drag to move the date, hover for values
// and the nearest event. Works headless (the --export-chart command draws one offscreen).
#pragma once

#include "metrics/timeseries.h"

#include <QChartView>
#include <QDate>
#include <QList>
#include <QPointer>

class QCategoryAxis;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace AllianceScope {

class Document;

class TimeChart : public QChartView
{
    Q_OBJECT

public:
    enum class Mode {
        Dyads,  ///< the weight of dyads (solid) and their tiers (dashed, right axis)
        Metrics ///< network metrics
    };

    TimeChart(Document *doc, Mode mode, QWidget *parent = nullptr);
    ~TimeChart() override;

    Mode mode() const { return m_mode; }
    /// The series to show; their layer is ignored: the chart follows Document::layer().
    void setSpecs(const QList<SeriesSpec> &specs);
    QList<SeriesSpec> specs() const { return m_specs; }

    /// Shows or hides the vertical line at Document::date() (hidden in exported figures
    /// without a date).
    void setCursorVisible(bool visible);
    /// Shows a title above the plot (used in exported figures).
    void setTitleVisible(bool visible);

    /// The fixed qualitative (Okabe–Ito, colour-blind safe) colour of a series.
    QColor colorOf(const SeriesSpec &spec) const;
    /// The series' display name in the document's language.
    QString nameOf(const SeriesSpec &spec) const;

    // For tests and the panel: the drawn series and geometry.
    QList<QLineSeries *> valueSeries() const { return m_valueSeries; }
    QList<QLineSeries *> tierSeries() const { return m_tierSeries; }
    QLineSeries *cursorSeries() const { return m_cursor; }
    QScatterSeries *eventSeries() const { return m_events; }
    /// The viewport position of (date, value).
    QPoint viewportPosition(const QDate &date, double value) const;
    /// The date under a viewport position (rounded to the nearest day), invalid outside the plot.
    QDate dateAt(const QPoint &viewportPos) const;
    /// The hover text at a viewport position: date, each series' value, the nearest event.
    QString toolTipAt(const QPoint &viewportPos) const;

public slots:
    /// Resamples every series (parameters, layer or chronology changed).
    void refresh();
    /// Series names, axis titles and the title in the document's language.
    void retranslate();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildSeries();
    void updateCursor();
    void updateAxes(double lo, double hi);
    void updateEvents();
    void moveDateTo(const QPoint &viewportPos);
    QPointF chartPosition(const QPoint &viewportPos) const;
    QString dyadLabel(const QString &a, const QString &b) const;
    QString actorLabel(const QString &id) const;

    QPointer<Document> m_doc;
    Mode m_mode;
    QList<SeriesSpec> m_specs;
    QChart *m_chart = nullptr;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QCategoryAxis *m_axisTier = nullptr; ///< tier k at the height of base(k) = tierStep·k
    QList<QLineSeries *> m_valueSeries;
    QList<QLineSeries *> m_tierSeries;
    QLineSeries *m_cursor = nullptr;
    QScatterSeries *m_events = nullptr;
    bool m_cursorVisible = true;
    bool m_titleVisible = false;
    bool m_dragging = false;
};

} // namespace AllianceScope
