// ProgressReporter: progress on stderr, only when it helps (see the header).
#include "progressreporter.h"

#include <cstdio>

#include <unistd.h>

namespace AllianceScope {

ProgressReporter::ProgressReporter(const QString &what, bool forced)
    : m_what(what)
    , m_enabled(forced || isatty(STDERR_FILENO) == 1)
{
    m_timer.start();
}

ProgressReporter::~ProgressReporter()
{
    finish();
}

ExportProgress ProgressReporter::callback()
{
    return [this](qint64 done, qint64 total) {
        report(done, total);
        return true;
    };
}

void ProgressReporter::report(qint64 done, qint64 total)
{
    constexpr qint64 kFirstAfterMs = 1000;
    constexpr qint64 kEveryMs = 250;
    if (!m_enabled || total <= 0)
        return;
    const qint64 now = m_timer.elapsed();
    if (now < kFirstAfterMs || (m_printed && now - m_lastPrint < kEveryMs && done < total))
        return;
    m_lastPrint = now;
    m_printed = true;
    std::fprintf(stderr, "\r%s: %lld%%", qPrintable(m_what), done * 100 / total);
    std::fflush(stderr);
}

void ProgressReporter::finish()
{
    if (m_printed) {
        std::fputc('\n', stderr);
        std::fflush(stderr);
        m_printed = false;
    }
}

} // namespace AllianceScope
