// BackgroundLoader: a chronology read and indexed on a worker (see backgroundloader.h).
#include "backgroundloader.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace AllianceScope {

BackgroundLoader::BackgroundLoader(QObject *parent)
    : QObject(parent)
{
}

BackgroundLoader::~BackgroundLoader()
{
    if (m_watcher) {
        m_watcher->disconnect(this); // no signal from a loader being destroyed
        m_watcher->cancel();
    }
}

BackgroundLoader::Outcome BackgroundLoader::load(const QString &path,
                                                 const WeightParameters &parameters,
                                                 const std::function<void(int)> &stage)
{
    Outcome outcome;
    outcome.path = path;
    ChronologyReader::Result result = ChronologyReader::readFile(path);
    if (!result.ok()) {
        outcome.errors = result.errors;
        return outcome;
    }
    if (stage)
        stage(1);
    outcome.model = std::make_unique<WeightModel>(std::move(*result.chronology), parameters);
    if (stage)
        stage(2);
    return outcome;
}

void BackgroundLoader::start(const QString &path, const WeightParameters &parameters)
{
    cancel();
    m_path = path;
    m_running = true;
    m_watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { emit progressed(value, kStages); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &BackgroundLoader::onFinished);
    m_watcher->setFuture(QtConcurrent::run(
        [path, parameters](QPromise<std::shared_ptr<Outcome>> &promise) {
            promise.setProgressRange(0, kStages);
            auto outcome = std::make_shared<Outcome>(load(path, parameters, [&promise](int done) {
                promise.setProgressValue(done);
            }));
            if (!promise.isCanceled())
                promise.addResult(std::move(outcome));
        }));
    emit progressed(0, kStages);
}

void BackgroundLoader::cancel()
{
    if (!m_watcher)
        return;
    // The worker reads on to the end of the file over its own data; nothing of it arrives here.
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    const bool wasRunning = m_running;
    m_running = false;
    m_path.clear();
    if (wasRunning)
        emit cancelled();
}

void BackgroundLoader::onFinished()
{
    QFutureWatcher<std::shared_ptr<Outcome>> *watcher = m_watcher;
    m_watcher = nullptr;
    m_running = false;
    m_path.clear();
    watcher->deleteLater();
    if (watcher->future().resultCount() == 0)
        return; // cancelled
    const std::shared_ptr<Outcome> outcome = watcher->result();
    if (outcome->model)
        emit loaded(outcome);
    else
        emit failed(outcome);
}

} // namespace AllianceScope
