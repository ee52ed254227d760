// BackgroundWork: progress and Cancel for the window's worker threads (see backgroundwork.h).
#include "backgroundwork.h"

#include "charts/seriescomputation.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace AllianceScope {

namespace {
const int kLayoutKey = 0; // its address is the layout job's key
} // namespace

BackgroundWork::BackgroundWork(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel)
    , m_bar(new QProgressBar)
    , m_cancel(new QToolButton)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(16);
    m_bar->setTextVisible(false);
    layout->addWidget(m_bar);
    m_cancel->setAutoRaise(true);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &BackgroundWork::cancelAll);
    update();
}

BackgroundWork::~BackgroundWork() = default;

void BackgroundWork::watch(SeriesComputation *computation)
{
    connect(computation, &SeriesComputation::started, this,
            [this, computation] { begin(computation, Kind::Charts, [computation] { computation->cancel(); }); });
    connect(computation, &SeriesComputation::progressed, this,
            [this, computation](int done, int total) { setProgress(computation, done, total); });
    connect(computation, &SeriesComputation::finished, this, [this, computation] { end(computation); });
    connect(computation, &QObject::destroyed, this, [this, computation] { end(computation); });
}

void BackgroundWork::beginLayout(std::function<void()> cancel)
{
    begin(&kLayoutKey, Kind::Layout, std::move(cancel));
}

void BackgroundWork::endLayout()
{
    end(&kLayoutKey);
}

void BackgroundWork::beginTask(const void *key, const QString &text, std::function<void()> cancel)
{
    begin(key, Kind::Task, std::move(cancel));
    m_jobs[key].text = text;
    update();
}

void BackgroundWork::setProgress(const void *key, int done, int total)
{
    const auto it = m_jobs.find(key);
    if (it == m_jobs.end())
        return;
    it->done = done;
    it->total = total;
    update();
}

void BackgroundWork::endTask(const void *key)
{
    end(key);
}

void BackgroundWork::begin(const void *key, Kind kind, std::function<void()> cancel)
{
    Job job;
    job.kind = kind;
    job.cancel = std::move(cancel);
    m_jobs.insert(key, job);
    update();
}

void BackgroundWork::end(const void *key)
{
    if (m_jobs.remove(key))
        update();
}

void BackgroundWork::cancelAll()
{
    const QHash<const void *, Job> jobs = m_jobs;
    m_jobs.clear();
    for (const Job &job : jobs) {
        if (job.cancel)
            job.cancel();
    }
    update();
}

QString BackgroundWork::text() const
{
    return m_label->text();
}

void BackgroundWork::update()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the work in the background; what is shown stays"));
    setVisible(!m_jobs.isEmpty());
    if (m_jobs.isEmpty()) {
        m_label->clear();
        return;
    }
    bool layout = false;
    int charts = 0;
    QStringList tasks;
    qint64 done = 0, total = 0;
    qint64 chartsDone = 0, chartsTotal = 0;
    bool unknown = false;
    for (const Job &job : std::as_const(m_jobs)) {
        layout = layout || job.kind == Kind::Layout;
        if (job.kind == Kind::Charts) {
            ++charts;
            chartsDone += job.done;
            chartsTotal += job.total;
        }
        if (job.kind == Kind::Task)
            tasks.append(job.text);
        if (job.kind != Kind::Layout && job.total > 0) {
            done += job.done;
            total += job.total;
        } else {
            unknown = true;
        }
    }
    QStringList what = tasks;
    if (layout)
        what.append(tr("Laying out the graph…"));
    if (charts > 0) {
        what.append(chartsTotal > 0 ? tr("Computing the charts… %1 %").arg(chartsDone * 100 / chartsTotal)
                              : tr("Computing the charts…"));
    }
    m_label->setText(what.join(QStringLiteral("  ")));
    if (unknown && total == 0) {
        m_bar->setRange(0, 0); // busy
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    }
}

void BackgroundWork::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace AllianceScope
