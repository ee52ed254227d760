// writeAtomically(): replace a file through QSaveFile (see atomicwrite.h).
#include "atomicwrite.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>

namespace AllianceScope {

namespace {

QString failure(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("AllianceScope::AtomicWrite", "cannot write %1: %2")
        .arg(path, reason);
}

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
    QString error;
    if (!write(file, &error)) {
        file.cancelWriting();
        if (error.isEmpty())
            error = file.error() != QFileDevice::NoError
                ? file.errorString()
                : QCoreApplication::translate("AllianceScope::AtomicWrite", "the data could not be written");
        return failure(path, error);
    }
    if (!file.commit())
        return failure(path, file.errorString());
    return {};
}

} // namespace AllianceScope
