// StreamedOutput: a chunk buffer in front of a device.
#include "streamedoutput.h"

#include <QCoreApplication>
#include <QIODevice>

namespace AllianceScope {

StreamedOutput::StreamedOutput(QIODevice *device)
    : m_target(device)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_buffer.buffer().reserve(kChunk + kChunk / 4);
}

bool StreamedOutput::flush()
{
    if (failed())
        return false;
    QByteArray &bytes = m_buffer.buffer();
    if (!bytes.isEmpty() && m_target->write(bytes) != bytes.size()) {
        m_error = m_target->errorString();
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("AllianceScope::StreamedOutput",
                                                  "the data could not be written");
        return false;
    }
    bytes.resize(0); // keeps the capacity
    m_buffer.seek(0);
    return true;
}

bool StreamedOutput::flushIfFull()
{
    if (m_buffer.buffer().size() < kChunk)
        return !failed();
    return flush();
}

bool StreamedOutput::finish(QString *error)
{
    if (flush())
        return true;
    if (error)
        *error = m_error;
    return false;
}

} // namespace AllianceScope
