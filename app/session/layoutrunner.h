// LayoutRunner: runs GraphLayouter::layout on a worker thread and reports the result on the UI
// thread, so the UI never waits for Graphviz. Requests made while one runs are coalesced: only the
// latest is laid out next.
#pragma once

#include "layout/graphlayout.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace AllianceScope {

class LayoutRunner : public QObject
{
    Q_OBJECT

public:
    explicit LayoutRunner(QObject *parent = nullptr);
    /// Waits for a running layout (Graphviz cannot be cancelled midway).
    ~LayoutRunner() override;

    /// Lays @p request out in the background; finished() reports it.
    void run(const LayoutRequest &request);
    bool isRunning() const;
    /// Blocks until the current and any pending layout are done, delivering finished() (tests,
    /// command line).
    void waitForFinished();

signals:
    /// The layout of the most recent request (earlier, superseded requests are dropped).
    void finished(const AllianceScope::GraphLayout &layout);

private:
    void start(const LayoutRequest &request);
    void onFinished();

    QFutureWatcher<GraphLayout> m_watcher;
    std::optional<LayoutRequest> m_pending;
    bool m_busy = false; // from start() until finished() is emitted
};

} // namespace AllianceScope
