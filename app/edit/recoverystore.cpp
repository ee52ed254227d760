// RecoveryStore: where the autosave writes (see recoverystore.h).
#include "recoverystore.h"

#include "chronology/chronologywriter.h"
#include "io/atomicwrite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

    QString sourceFileOf(const QString &recoveryPath)
    {
        return recoveryPath.left(recoveryPath.size() - 5) + u".source"_s; // "x.json" → "x.source"
    }

} // namespace

QString RecoveryStore::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

QString RecoveryStore::recoveryPath(const QString &source)
{
    const QString key = source.isEmpty()
        ? u"untitled"_s
        : QString::fromLatin1(QCryptographicHash::hash(QFileInfo(source).absoluteFilePath().toUtf8(),
                                                       QCryptographicHash::Sha1)
                                  .toHex()
                                  .left(16));
    return directory() + u'/' + key + u".json"_s;
}

QString RecoveryStore::write(const Chronology &chronology, const QString &source)
{
    if (!QDir().mkpath(directory()))
        return tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(directory()));
    const QString path = recoveryPath(source);
    const QString absolute = source.isEmpty() || source.startsWith(u':')
        ? source
        : QFileInfo(source).absoluteFilePath();
    QString error = writeAtomically(sourceFileOf(path), absolute.toUtf8());
    if (error.isEmpty())
        error = writeAtomically(path, ChronologyWriter::toJson(chronology));
    return error;
}

void RecoveryStore::remove(const QString &source)
{
    const QString path = recoveryPath(source);
    QFile::remove(path);
    QFile::remove(sourceFileOf(path));
}

QList<RecoveryStore::Entry> RecoveryStore::pending()
{
    QList<Entry> entries;
    const QDir dir(directory());
    for (const QFileInfo &info : dir.entryInfoList({u"*.json"_s}, QDir::Files)) {
        QFile sourceFile(sourceFileOf(info.absoluteFilePath()));
        if (!sourceFile.open(QIODevice::ReadOnly))
            continue; // a half-written pair: the chronology is written last, so this is stale
        Entry e{info.absoluteFilePath(), QString::fromUtf8(sourceFile.readAll()), info.lastModified()};
        const QFileInfo source(e.source);
        if (!e.source.isEmpty() && !e.source.startsWith(u':') && source.exists()
            && source.lastModified() >= e.written)
            continue; // saved since (or the file was changed elsewhere): nothing to recover
        entries.append(e);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.written > b.written; });
    return entries;
}

} // namespace AllianceScope
