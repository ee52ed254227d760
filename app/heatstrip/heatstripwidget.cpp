// HeatStripWidget: the interactive heat strip over a Document (see heatstripwidget.h).
#include "heatstripwidget.h"

#include "session/document.h"
#include "weights/weightmodel.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace AllianceScope {

/// One computation: its inputs are copied in, so the document may change meanwhile.
struct HeatStripWidget::Job
{
    Chronology chronology;
    WeightParameters parameters;
    Layer layer = Layer::All;
    int columns = 0;
    std::atomic_bool cancel{false};
    DyadMatrix result;
    qint64 milliseconds = 0;
};

HeatStripWidget::HeatStripWidget(Document *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("heatStrip"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Resizing the dock resizes the plot: sample again once the size settles.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(60);
    connect(m_debounce, &QTimer::timeout, this, &HeatStripWidget::start);

    connect(doc, &Document::chronologyChanged, this, &HeatStripWidget::onChronologyChanged);
    connect(doc, &Document::layerChanged, this, &HeatStripWidget::invalidate);
    connect(doc, &Document::parametersChanged, this, &HeatStripWidget::invalidate);
    connect(doc, &Document::scenarioChanged, this, &HeatStripWidget::invalidate);
    connect(doc, &Document::languageChanged, this, &HeatStripWidget::updateLabels);
    connect(doc, &Document::dateChanged, this, [this](const QDate &date) {
        m_renderer.setDate(date);
        update();
    });
    onChronologyChanged();
}

HeatStripWidget::~HeatStripWidget()
{
    if (m_running)
        m_running->cancel = true; // the worker finishes alone; its result goes nowhere
}

void HeatStripWidget::onChronologyChanged()
{
    m_renderer.setMatrix(DyadMatrix()); // never the old chronology's rows under the new labels
    updateLabels();
    if (m_doc && m_doc->hasChronology())
        m_renderer.setDate(m_doc->date());
    invalidate();
}

void HeatStripWidget::updateLabels()
{
    if (!m_doc || !m_doc->hasChronology()) {
        m_renderer.setLabels({});
    } else {
        const WeightModel &model = m_doc->model();
        m_renderer.setLabels(HeatStripRenderer::labelsFor(
            model.chronology(), DyadMatrix::triangleFirst(model.dyadKeys()), m_doc->language()));
    }
    updateGeometry();
    update();
}

void HeatStripWidget::setOrder(HeatStripRenderer::Order order)
{
    m_renderer.setOrder(order);
    update();
}

void HeatStripWidget::invalidate()
{
    m_dirty = true;
    if (isVisible())
        m_debounce->start();
}

void HeatStripWidget::start()
{
    if (!m_dirty || !m_doc)
        return;
    m_dirty = false;
    if (m_running)
        m_running->cancel = true;
    m_running.reset();
    if (!m_doc->hasChronology()) {
        m_renderer.setMatrix(DyadMatrix());
        update();
        return;
    }
    auto job = std::make_shared<Job>();
    // What the views draw: the what-if scenario's chronology when there is one.
    job->chronology = m_doc->model().chronology();
    job->parameters = m_doc->model().parameters();
    job->layer = m_doc->layer();
    job->columns = m_renderer.columnsFor(width());
    m_running = job;

    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        finished(job);
    });
    watcher->setFuture(QtConcurrent::run([job] {
        QElapsedTimer timer;
        timer.start();
        // A model of its own: the document's may be rebuilt on the UI thread meanwhile.
        const WeightModel model(job->chronology, job->parameters);
        job->result = DyadMatrix::compute(model, job->layer, job->columns, {}, {}, &job->cancel);
        job->milliseconds = timer.elapsed();
    }));
}

void HeatStripWidget::finished(const std::shared_ptr<Job> &job)
{
    if (job != m_running || job->cancel)
        return; // superseded
    m_running.reset();
    m_lastMs = job->milliseconds;
    m_renderer.setMatrix(job->result);
    updateGeometry();
    update();
    emit matrixReady();
}

QSize HeatStripWidget::sizeHint() const
{
    return QSize(900, m_renderer.heightFor());
}

QSize HeatStripWidget::minimumSizeHint() const
{
    return QSize(m_renderer.labelWidth() + 200, m_renderer.heightFor());
}

void HeatStripWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::TextAntialiasing);
    m_renderer.render(&p, width());
}

void HeatStripWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_renderer.columnsFor(width()) != m_renderer.matrix().columns())
        invalidate();
}

void HeatStripWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_debounce->start();
}

QString HeatStripWidget::toolTipAt(const QPoint &pos) const
{
    return m_renderer.cellText(m_renderer.rowAt(width(), pos.y()), m_renderer.columnAt(width(), pos.x()));
}

QPoint HeatStripWidget::cellCenter(int row, int column) const
{
    // Rounded down: a one-pixel column's centre x + 0.5 belongs to that column, not the next.
    const QPointF c = m_renderer.cellRect(width(), row, column).center();
    return QPoint(int(std::floor(c.x())), int(std::floor(c.y())));
}

void HeatStripWidget::mousePressEvent(QMouseEvent *event)
{
    const int column = m_renderer.columnAt(width(), event->position().x());
    if (event->button() != Qt::LeftButton || column < 0 || !m_doc || m_renderer.rowAt(width(), event->position().y()) < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_doc->setDate(m_renderer.matrix().dates[column]);
    event->accept();
}

bool HeatStripWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace AllianceScope
