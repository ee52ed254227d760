// writeAtomically(): replace a file through QSaveFile (see atomicwrite.h).
//
// QSaveFile alone is not enough on a full disk (Qt 6.4): a large write() may return a short count
// without an error, which a caller that trusts write() turns into a truncated file; and a flush
// that fails inside commit() still lets commit() return true. So the writer sees a device that
// writes everything or fails with the system's reason, and the file is flushed and checked before
// it is committed.
#include "atomicwrite.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace AllianceScope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AllianceScope::AtomicWrite", text);
}

QString failure(const QString &path, const QString &reason)
{
    return tr("cannot write %1: %2").arg(path, reason);
}

/// The reason @p file failed, in the system's words ("No space left on device").
QString reasonOf(const QFileDevice &file, int savedErrno)
{
    if (file.error() != QFileDevice::NoError && !file.errorString().isEmpty()
        && file.errorString() != QLatin1String("Unknown error"))
        return file.errorString();
    if (savedErrno != 0)
        return QString::fromLocal8Bit(std::strerror(savedErrno));
    return tr("the data could not be written");
}

/// A write-only device over a file that writes all it is given or fails with the reason.
class CompleteWriter : public QIODevice
{
public:
    explicit CompleteWriter(QFileDevice &file)
        : m_file(file)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        qint64 done = 0;
        while (done < length) {
            errno = 0;
            const qint64 n = m_file.write(data + done, length - done);
            if (n <= 0) {
                m_failure = reasonOf(m_file, errno);
                setErrorString(m_failure);
                return -1;
            }
            done += n;
        }
        return length;
    }

public:
    /// Why a write failed (empty while none did): kept even when the writer ignores the failure,
    /// as QSvgGenerator and QPdfWriter do.
    QString failure() const { return m_failure; }

private:
    QFileDevice &m_file;
    QString m_failure;
};

} // namespace

QString writeAtomically(const QString &path, const QByteArray &bytes)
{
    return writeAtomically(path, [&bytes](QIODevice &out, QString *error) {
        if (out.write(bytes) == bytes.size())
            return true;
        *error = out.errorString();
        return false;
    });
}

QString writeAtomically(const QString &path,
                        const std::function<bool(QIODevice &out, QString *error)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    CompleteWriter out(file);
    QString error;
    const bool written = write(out, &error);
    if (!out.failure().isEmpty()) {
        // The device's reason beats the writer's ("Unknown error", or none at all).
        file.cancelWriting();
        return failure(path, out.failure());
    }
    if (!written) {
        if (error.isEmpty())
            error = out.errorString();
        if (error.isEmpty() || error == QLatin1String("Unknown error"))
            error = reasonOf(file, 0);
        file.cancelWriting();
        return failure(path, error);
    }
    // Flush here, where a failure is reported: inside commit() it would be ignored.
    errno = 0;
    if (!file.flush()) {
        const QString reason = reasonOf(file, errno);
        file.cancelWriting();
        return failure(path, reason);
    }
    errno = 0;
    if (!file.commit())
        return failure(path, reasonOf(file, errno));
    return {};
}

} // namespace AllianceScope
