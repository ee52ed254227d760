// BackgroundWork: the status bar's report of what the window computes on worker threads (the
// charts' series, the Graphviz layout of a large graph): what runs, how far it is, and a Cancel
// button. The graph is usable meanwhile; cancelling keeps what is shown (the provisional ring,
// the part of the charts computed so far).
#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace AllianceScope {

class SeriesComputation;

class BackgroundWork : public QWidget
{
    Q_OBJECT

public:
    explicit BackgroundWork(QWidget *parent = nullptr);
    ~BackgroundWork() override;

    /// Reports @p computation's runs as "Computing the charts".
    void watch(SeriesComputation *computation);
    /// A job without steps (a Graphviz layout): shown from begin to end; Cancel calls @p cancel.
    void beginLayout(std::function<void()> cancel);
    void endLayout();
    /// Any other job (opening a file, rebuilding the weights): @p text is shown (e.g. "Loading
    /// x.json…"), with the progress of setProgress() or a busy bar; Cancel calls @p cancel.
    void beginTask(const void *key, const QString &text, std::function<void()> cancel);
    void setProgress(const void *key, int done, int total);
    void endTask(const void *key);

    /// Whether anything is reported as running.
    bool isBusy() const { return !m_jobs.isEmpty(); }
    /// What is shown, e.g. "Computing the charts… 40 %" (tests).
    QString text() const;
    QProgressBar *progressBar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }

public slots:
    /// Cancels everything reported as running.
    void cancelAll();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Kind { Charts, Layout, Task };
    struct Job
    {
        Kind kind = Kind::Charts;
        QString text; // Task: what is shown
        int done = 0;
        int total = 0; // 0: no steps known
        std::function<void()> cancel;
    };
    void begin(const void *key, Kind kind, std::function<void()> cancel);
    void end(const void *key);
    void update();

    QHash<const void *, Job> m_jobs;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace AllianceScope
