// SeriesComputation: computes a chart's series on a worker thread, a slice of the sample dates at
// a time, so that a large chronology's charts never block the window: each slice is handed to
// the UI thread as it is done (the chart fills in from left to right), with its progress, and a
// computation that a newer request (another layer, another half-life) makes stale is cancelled.
// The worker reads its own WeightModel, which shares the window's index (no rebuild), so the
// window may change its model meanwhile.
#pragma once

#include "chronology/chronology.h"
#include "metrics/timeseries.h"
#include "weights/weightmodel.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace AllianceScope {

class SeriesComputation : public QObject
{
    Q_OBJECT

public:
    explicit SeriesComputation(QObject *parent = nullptr);
    /// Cancels the computation and waits for its worker (one slice at most).
    ~SeriesComputation() override;

    /**
     * The model the series are computed over: a copy that shares @p model's index (cheap; see
     * WeightModel::sharingIndex), so the window may change or drop its model meanwhile. What-if:
     * with a @p baseline model, each start() that asks for it also computes the baseline's series
     * over the same dates (drawn dashed under the scenario's), on the same worker.
     */
    void setSource(const WeightModel &model, const WeightModel *baseline = nullptr);

    /**
     * Starts computing @p specs at TimeSeries::sampleDates() (the scenario's dates), and the
     * baseline's series too when @p withBaseline and setSource() had a baseline; cancels the one
     * running.
     */
    void start(const QList<SeriesSpec> &specs, bool withBaseline = false);
    /// One slice of the sample dates: the series there, and the baseline's (what-if).
    struct Slice
    {
        QList<Series> series;
        QList<Series> baseline;
    };
    /// The running (or last) computation's future; invalid before the first start() (tests).
    QFuture<Slice> future() const;
    /// The baseline's series so far, as of the last seriesReady() (empty: no baseline asked).
    const QList<Series> &baselineSeries() const { return m_baseline; }
    /// Cancels the computation running: no more seriesReady() from it.
    void cancel();
    bool isRunning() const;
    /// Counts every start(): the number of the last one.
    int generation() const { return m_generation; }
    /// Blocks until the running computation is done, delivering its signals (tests, benchmarks).
    void waitForFinished();

    /// The most dates a slice holds: a slice is computed, handed over, then the next one (a
    /// slice is sized to take about 120 ms; the first holds 128 dates).
    static constexpr int kMaxSliceDates = 8192;

    struct Source; // the models the workers read

signals:
    void started();
    /// @p done of @p total sample dates are computed.
    void progressed(int done, int total);
    /// The series over the sample dates computed so far (all of them when @p complete).
    void seriesReady(const QList<AllianceScope::Series> &series, bool complete);
    /// The computation ended: done, or @p cancelled.
    void finished(bool cancelled);

private:
    void onSlice(int index);
    void onFinished();

    std::shared_ptr<Source> m_source;
    QFutureWatcher<Slice> *m_watcher = nullptr; // the running computation's
    QFuture<Slice> m_future;
    QList<Series> m_series;   // the slices so far, joined
    QList<Series> m_baseline; // … and the baseline's
    int m_generation = 0;
    int m_total = 0;
};

} // namespace AllianceScope
