// SeriesComputation: a chart's series on a worker, slice by slice (see seriescomputation.h).
#include "seriescomputation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPromise>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace AllianceScope {

/// The models the workers read: copies sharing the window's indices, made on the UI thread.
struct SeriesComputation::Source
{
    std::shared_ptr<const WeightModel> model;
    std::shared_ptr<const WeightModel> baseline; // what-if: the model without the scenario
};

namespace {

// A slice takes about this long, so the chart fills in steadily and a cancel is seen soon.
constexpr qint64 kSliceTargetMs = 120;
constexpr int kFirstSliceDates = 128;

void computeSlices(QPromise<SeriesComputation::Slice> &promise,
                   const std::shared_ptr<SeriesComputation::Source> &source, const QList<SeriesSpec> &specs,
                   bool withBaseline)
{
    const std::shared_ptr<const WeightModel> model = source->model;
    const std::shared_ptr<const WeightModel> baseline = withBaseline ? source->baseline : nullptr;
    if (!model || promise.isCanceled())
        return;
    const QList<QDate> dates = TimeSeries::sampleDates(model->chronology());
    const int total = int(dates.size());
    promise.setProgressRange(0, total);
    int slice = kFirstSliceDates;
    for (int start = 0; start < total;) {
        if (promise.isCanceled())
            return;
        const int count = std::min(slice, total - start);
        QElapsedTimer timer;
        timer.start();
        const QList<QDate> sliceDates = dates.mid(start, count);
        SeriesComputation::Slice result{TimeSeries::compute(*model, specs, sliceDates), {}};
        if (baseline)
            result.baseline = TimeSeries::compute(*baseline, specs, sliceDates);
        promise.addResult(std::move(result));
        start += count;
        promise.setProgressValue(start);
        // Grow (at most doubling: later dates cost more, their history is longer) or shrink the
        // next slice towards the target time.
        const qint64 ms = std::max<qint64>(1, timer.elapsed());
        const qint64 next = std::min<qint64>(qint64(count) * kSliceTargetMs / ms, qint64(count) * 2);
        slice = int(std::clamp<qint64>(next, 32, SeriesComputation::kMaxSliceDates));
    }
}

// Appends one slice's series to the series so far, as one computation over all the dates would
// have given them (a tier that changes between slices gets its step).
void appendSlice(QList<Series> &series, const QList<Series> &slice)
{
    if (series.isEmpty()) {
        series = slice;
        return;
    }
    for (qsizetype i = 0; i < series.size() && i < slice.size(); ++i) {
        Series &s = series[i];
        const Series &t = slice[i];
        s.points += t.points;
        if (!t.tierSteps.isEmpty() && !s.tierSteps.isEmpty()
            && s.tierSteps.last().y() != t.tierSteps.first().y())
            s.tierSteps.append({t.tierSteps.first().x(), s.tierSteps.last().y()});
        s.tierSteps += t.tierSteps;
    }
}

} // namespace

SeriesComputation::SeriesComputation(QObject *parent)
    : QObject(parent)
    , m_source(std::make_shared<Source>())
{
}

SeriesComputation::~SeriesComputation()
{
    QFuture<Slice> running = m_future;
    cancel();
    running.waitForFinished();
}

void SeriesComputation::setSource(const WeightModel &model, const WeightModel *baseline)
{
    // A new source for the next start(); workers still running keep theirs.
    m_source = std::make_shared<Source>();
    m_source->model = model.sharingIndex();
    if (baseline)
        m_source->baseline = baseline->sharingIndex();
}

void SeriesComputation::start(const QList<SeriesSpec> &specs, bool withBaseline)
{
    cancel();
    ++m_generation;
    m_series.clear();
    m_baseline.clear();
    m_total = 0;
    m_watcher = new QFutureWatcher<Slice>(this);
    connect(m_watcher, &QFutureWatcherBase::resultReadyAt, this, &SeriesComputation::onSlice);
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, this,
            [this](int, int maximum) { m_total = maximum; });
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { emit progressed(value, m_total); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &SeriesComputation::onFinished);
    emit started();
    m_future = QtConcurrent::run(computeSlices, m_source, specs, withBaseline);
    m_watcher->setFuture(m_future);
}

void SeriesComputation::cancel()
{
    if (!m_watcher)
        return;
    // No signal of the stale computation reaches this object any more; its worker stops at the
    // end of its slice and drops what it made. The watcher may be delivering a signal now: it
    // is deleted later.
    QFutureWatcher<Slice> *watcher = std::exchange(m_watcher, nullptr);
    disconnect(watcher, nullptr, this, nullptr);
    const bool running = !m_future.isFinished();
    m_future.cancel();
    watcher->deleteLater();
    if (running)
        emit finished(true);
}

bool SeriesComputation::isRunning() const
{
    return m_watcher && !m_watcher->isFinished();
}

QFuture<SeriesComputation::Slice> SeriesComputation::future() const
{
    return m_future;
}

void SeriesComputation::waitForFinished()
{
    QFutureWatcher<Slice> *watcher = m_watcher;
    if (!watcher)
        return;
    m_future.waitForFinished();
    // The watcher's signals are posted events: deliver them until finished() has come.
    QElapsedTimer timer;
    timer.start();
    while (m_watcher == watcher && timer.elapsed() < 30000) {
        QCoreApplication::sendPostedEvents(watcher);
        if (m_watcher == watcher)
            QThread::msleep(1);
    }
}

void SeriesComputation::onSlice(int index)
{
    const Slice slice = m_watcher->resultAt(index);
    appendSlice(m_series, slice.series);
    appendSlice(m_baseline, slice.baseline);
    emit seriesReady(m_series, false);
}

void SeriesComputation::onFinished()
{
    QFutureWatcher<Slice> *watcher = std::exchange(m_watcher, nullptr);
    watcher->deleteLater();
    const bool cancelled = m_future.isCanceled();
    if (!cancelled)
        emit seriesReady(m_series, true);
    emit finished(cancelled);
}

} // namespace AllianceScope
