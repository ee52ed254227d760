// LayoutRunner: GraphLayouter::layout on QtConcurrent's thread pool (see layoutrunner.h).
#include "layoutrunner.h"

#include <QEventLoop>
#include <QtConcurrent/QtConcurrentRun>

namespace AllianceScope {

LayoutRunner::LayoutRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<GraphLayout>::finished, this, &LayoutRunner::onFinished);
}

LayoutRunner::~LayoutRunner()
{
    m_pending.reset();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void LayoutRunner::run(const LayoutRequest &request)
{
    if (isRunning()) {
        m_pending = request;
        return;
    }
    start(request);
}

bool LayoutRunner::isRunning() const
{
    return m_busy;
}

void LayoutRunner::start(const LayoutRequest &request)
{
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run([request] { return GraphLayouter::layout(request); }));
}

void LayoutRunner::onFinished()
{
    const GraphLayout layout = m_watcher.result();
    if (m_pending) {
        LayoutRequest next = std::move(*m_pending);
        m_pending.reset();
        start(next);
        return; // superseded
    }
    m_busy = false;
    emit finished(layout);
}

void LayoutRunner::waitForFinished()
{
    if (!m_busy)
        return;
    QEventLoop loop;
    connect(this, &LayoutRunner::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace AllianceScope
