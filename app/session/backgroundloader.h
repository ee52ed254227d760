// BackgroundLoader: reads a chronology file and builds its weight model on a worker thread, so
// that the window stays responsive while a large file (100,000 events, tens of MB) is opened.
// It reports its stage (reading, indexing), can be cancelled (the result is then dropped; the
// reader itself runs to its end on the worker), and hands over the finished model or the
// reader's located errors.
#pragma once

#include "chronology/chronologyreader.h"
#include "weights/weightmodel.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace AllianceScope {

class BackgroundLoader : public QObject
{
    Q_OBJECT

public:
    /// What a load produced: the model (when the file was read without errors) or the errors.
    struct Outcome
    {
        QString path;
        QList<ReadError> errors;
        std::unique_ptr<WeightModel> model;
    };
    /// The stages reported by progressed(): the file read, the model's index built.
    static constexpr int kStages = 2;

    explicit BackgroundLoader(QObject *parent = nullptr);
    ~BackgroundLoader() override;

    /// Starts reading @p path and building its model with @p parameters (a load still running
    /// is cancelled first).
    void start(const QString &path, const WeightParameters &parameters);
    /// Drops the running load: neither loaded() nor failed() follows; cancelled() does.
    void cancel();
    bool isRunning() const { return m_running; }
    /// The file being loaded (empty when none).
    QString path() const { return m_path; }

    /// Reads @p path and builds its model on the calling thread (the same work as start()).
    static Outcome load(const QString &path, const WeightParameters &parameters,
                        const std::function<void(int)> &stage = {});

signals:
    /// @p done of kStages stages are complete.
    void progressed(int done, int total);
    /// The file was read and indexed; the receiver takes @p outcome's model.
    void loaded(const std::shared_ptr<AllianceScope::BackgroundLoader::Outcome> &outcome);
    /// The file could not be read: @p outcome has its errors (FILE:LINE:COL).
    void failed(const std::shared_ptr<AllianceScope::BackgroundLoader::Outcome> &outcome);
    void cancelled();

private:
    void onFinished();

    QFutureWatcher<std::shared_ptr<Outcome>> *m_watcher = nullptr;
    QString m_path;
    bool m_running = false;
};

} // namespace AllianceScope
