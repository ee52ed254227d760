// TimeChart: values over time bound to a Document (see timechart.h).
#include "timechart.h"

#include "seriescomputation.h"
#include "session/document.h"
#include "weights/weightmodel.h"

#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>

#include <algorithm>
#include <utility>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {
constexpr double kHalfDayMsecs = 43200000.0;
} // namespace

TimeChart::TimeChart(Document *doc, Mode mode, QWidget *parent)
    : QChartView(parent)
    , m_doc(doc)
    , m_renderer(mode)
    , m_computation(new SeriesComputation(this))
{
    // QChartView made a default chart of its own; setChart() releases it without deleting it.
    QChart *defaultChart = chart();
    setChart(m_renderer.chart());
    delete defaultChart;
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(320, 200);
    m_renderer.setSeriesProvider([this](const QList<SeriesSpec> &specs, bool withBaseline) {
        return computeOnWorker(specs, withBaseline);
    });
    // Partial series are drawn at most every kPartialIntervalMs (drawing them costs the UI
    // thread time that grows with the chronology); the complete ones at once.
    m_partialTimer.setSingleShot(true);
    m_partialTimer.setInterval(kPartialIntervalMs);
    connect(&m_partialTimer, &QTimer::timeout, this, [this] {
        if (!m_partial.isEmpty())
            m_renderer.applySeries(std::exchange(m_partial, {}), std::exchange(m_partialBaseline, {}));
    });
    connect(m_computation, &SeriesComputation::seriesReady, this,
            [this](const QList<Series> &series, bool complete) {
                if (complete) {
                    m_partialTimer.stop();
                    m_partial.clear();
                    m_partialBaseline.clear();
                    m_renderer.applySeries(series, m_computation->baselineSeries());
                    return;
                }
                m_partial = series;
                m_partialBaseline = m_computation->baselineSeries();
                if (!m_partialTimer.isActive())
                    m_partialTimer.start();
            });

    if (m_doc) {
        connect(m_doc, &Document::chronologyChanged, this, &TimeChart::followDocument);
        connect(m_doc, &Document::parametersChanged, this, &TimeChart::followParameters);
        // What-if: the scenario's model, and the baseline's dashed under it.
        connect(m_doc, &Document::scenarioChanged, this, [this] {
            if (!m_doc->hasChronology())
                return;
            updateSource();
            m_renderer.setModels(&m_doc->model(), m_doc->isWhatIf() ? &m_doc->baselineModel() : nullptr,
                                 isVisible());
        });
        connect(m_doc, &Document::layerChanged, this,
                [this](Layer layer) { m_renderer.setLayer(layer); });
        connect(m_doc, &Document::dateChanged, this,
                [this](const QDate &date) { m_renderer.setDate(date); });
        connect(m_doc, &Document::languageChanged, this,
                [this](Language lang) { m_renderer.setLanguage(lang); });
    }
    followDocument();
}

TimeChart::~TimeChart() = default;

void TimeChart::updateSource()
{
    if (!m_doc || !m_doc->hasChronology())
        return;
    // What-if: the worker computes the baseline's dashed series with the scenario's.
    m_computation->setSource(m_doc->model(), m_doc->isWhatIf() ? &m_doc->baselineModel() : nullptr);
}

bool TimeChart::computeOnWorker(const QList<SeriesSpec> &specs, bool withBaseline)
{
    m_partialTimer.stop(); // a stale computation's partial series are not drawn
    m_partial.clear();
    m_partialBaseline.clear();
    if (!m_doc || !m_doc->hasChronology() || m_doc->chronology().events().size() < m_workerThreshold) {
        m_computation->cancel(); // a stale one must not overwrite what is computed now
        return false;
    }
    m_computation->start(specs, withBaseline);
    return true;
}

void TimeChart::followParameters()
{
    updateSource();
    refresh();
}

void TimeChart::followDocument()
{
    if (!m_doc)
        return;
    // The models drawn so far went with the old chronology: nothing may read them any more
    // (the layer and the language below redraw and rename the series).
    m_renderer.setModels(nullptr, nullptr, false);
    updateSource();
    m_renderer.setLayer(m_doc->layer());
    m_renderer.setLanguage(m_doc->language());
    m_renderer.setDate(m_doc->date());
    m_renderer.setModel(m_doc->hasChronology() ? &m_doc->model() : nullptr);
    m_renderer.setBaselineModel(m_doc->hasChronology() && m_doc->isWhatIf() ? &m_doc->baselineModel() : nullptr);
}

QPointF TimeChart::chartPosition(const QPoint &viewportPos) const
{
    return chart()->mapFromScene(mapToScene(viewportPos));
}

QPoint TimeChart::viewportPosition(const QDate &date, double value) const
{
    QChart *c = chart();
    const QPointF chartPos = c->mapToPosition(QPointF(TimeSeries::toX(date), value), cursorSeries());
    return mapFromScene(c->mapToScene(chartPos));
}

QDate TimeChart::dateAt(const QPoint &viewportPos) const
{
    if (!m_doc || !m_doc->hasChronology() || m_doc->chronology().isEmpty())
        return {};
    const QPointF chartPos = chartPosition(viewportPos);
    if (!chart()->plotArea().contains(chartPos))
        return {};
    const QPointF value = chart()->mapToValue(chartPos, cursorSeries());
    const QDate date = TimeSeries::dateOfX(value.x() + kHalfDayMsecs);
    const Chronology &c = m_doc->chronology();
    return std::clamp(date, c.firstDate(), c.lastDate());
}

QString TimeChart::toolTipAt(const QPoint &viewportPos) const
{
    const QDate date = dateAt(viewportPos);
    if (!date.isValid())
        return {};
    const WeightModel &model = m_doc->model();
    QString text = u"<b>"_s + date.toString(Qt::ISODate) + u"</b>"_s;
    for (const SeriesSpec &spec0 : specs()) {
        SeriesSpec spec = spec0;
        spec.layer = m_doc->layer();
        const double v = TimeSeries::valueAt(model, spec, date);
        QString line = tr("%1: %2").arg(nameOf(spec).toHtmlEscaped(), QString::number(v, 'f', 3));
        if (spec.kind == SeriesSpec::Kind::DyadWeight) {
            const int tier = model.dyadAt(spec.a, spec.b, date).at(spec.layer).tier;
            line += u' ' + tr("(tier %1)").arg(tier);
        }
        text += u"<br/><span style=\"color:"_s + colorOf(spec).name() + u"\">&#9632;</span> "_s + line;
    }
    // The nearest event (by date).
    const QList<Event> &events = model.chronology().events();
    const int i = model.chronology().eventIndexAt(date); // the last on or before date
    const Event *before = i >= 0 ? &events[i] : nullptr;
    const Event *after = i + 1 < events.size() ? &events[i + 1] : nullptr;
    const Event *nearest = before && (!after || before->date.daysTo(date) <= date.daysTo(after->date))
        ? before
        : after;
    if (nearest) {
        text += u"<br/><i>"_s
            + tr("Nearest event: %1 %2")
                  .arg(nearest->dateText(), nearest->title.in(m_doc->language()).toHtmlEscaped())
            + u"</i>"_s;
    }
    return text;
}

void TimeChart::moveDateTo(const QPoint &viewportPos)
{
    const QDate date = dateAt(viewportPos);
    if (date.isValid())
        m_doc->setDate(date);
}

void TimeChart::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton && dateAt(pos).isValid()) {
        m_dragging = true;
        moveDateTo(pos);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimeChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        moveDateTo(pos);
        event->accept();
        return;
    }
    if (event->buttons() == Qt::NoButton) {
        const QString text = toolTipAt(pos);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, viewport());
    }
    QChartView::mouseMoveEvent(event);
}

void TimeChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TimeChart::showEvent(QShowEvent *event)
{
    m_renderer.refreshIfStale(); // a what-if changed while the chart was hidden
    QChartView::showEvent(event);
}

void TimeChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

} // namespace AllianceScope
