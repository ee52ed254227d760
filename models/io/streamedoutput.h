// StreamedOutput: the buffer between an exporter that writes as it goes and its device, so that
// an export of any size holds one chunk in memory; and ExportProgress, how exporters report.
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace AllianceScope {

/// Called now and then by a long export with the work done so far and the whole (in the
/// exporter's own unit); returning false cancels the export.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

/**
 * Collects the bytes an exporter writes (append to buffer(), or through device() for a
 * QXmlStreamWriter) and passes them to the real device whenever a chunk is full.
 */
class StreamedOutput
{
public:
    static constexpr qsizetype kChunk = 1 << 20;

    explicit StreamedOutput(QIODevice *device);
    StreamedOutput(const StreamedOutput &) = delete;
    StreamedOutput &operator=(const StreamedOutput &) = delete;

    /// Where to append bytes.
    QByteArray &buffer() { return m_buffer.buffer(); }
    /// The same bytes as a device (for QXmlStreamWriter).
    QIODevice *device() { return &m_buffer; }
    /// Passes the buffer on when it holds a chunk; false once a write failed.
    bool flushIfFull();
    /// Passes everything on; false (with @p error set, if given) when a write failed.
    bool finish(QString *error);
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    bool flush();

    QIODevice *m_target;
    QBuffer m_buffer;
    QString m_error;
};

} // namespace AllianceScope
