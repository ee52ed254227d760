// ProgressReporter: a line of progress on stderr for a long command-line export.
#pragma once

#include "io/streamedoutput.h"

#include <QElapsedTimer>
#include <QString>

namespace AllianceScope {

/**
 * Prints "OUT: 42%" on stderr, rewritten in place, once an export has taken over a second, when
 * stderr is a terminal or --progress was given; never on standard output, never in the file.
 */
class ProgressReporter
{
public:
    /// @p what names the export (its file); @p forced: --progress was given.
    ProgressReporter(const QString &what, bool forced);
    ~ProgressReporter();
    ProgressReporter(const ProgressReporter &) = delete;
    ProgressReporter &operator=(const ProgressReporter &) = delete;

    /// The callback for the exporters (it never cancels).
    ExportProgress callback();
    /// Ends the line, if one was printed.
    void finish();

private:
    void report(qint64 done, qint64 total);

    QString m_what;
    bool m_enabled;
    bool m_printed = false;
    QElapsedTimer m_timer;
    qint64 m_lastPrint = 0;
};

} // namespace AllianceScope
