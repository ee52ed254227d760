// FolderReplacement: a whole folder replaced at once (see folderreplacement.h).
#include "folderreplacement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

bool processIsGone(qint64 pid)
{
    return pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH);
}

// Deletes a folder's files one by one, then the folder (the "deleting" kill point in between).
bool removeFolder(const QString &path)
{
    QDir dir(path);
    bool first = true;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        QFile::remove(it.next());
        if (first)
            FolderReplacement::killPoint("deleting");
        first = false;
    }
    return dir.removeRecursively(); // anything else inside (subfolders), and the folder
}

bool exchange(const QByteArray &a, const QByteArray &b)
{
#ifdef RENAME_EXCHANGE
    return ::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_EXCHANGE) == 0;
#else
    Q_UNUSED(a);
    Q_UNUSED(b);
    errno = EINVAL;
    return false;
#endif
}

} // namespace

QString FolderReplacement::stagingPrefix(const QString &target)
{
    return u"."_s + QFileInfo(target).fileName() + u".alliancescope-"_s;
}

FolderReplacement::FolderReplacement(const QString &target)
    : m_target(QFileInfo(target).absoluteFilePath())
{
    removeStale(m_target);
    const QDir parent = QFileInfo(m_target).absoluteDir();
    const QString prefix = stagingPrefix(m_target) + QString::number(QCoreApplication::applicationPid()) + u'-';
    for (int attempt = 0; attempt < 100 && m_staging.isEmpty(); ++attempt) {
        const QString name = prefix + QString::number(QRandomGenerator::global()->generate() % 1000000, 36);
        const QByteArray path = QFile::encodeName(parent.filePath(name));
        if (::mkdir(path.constData(), 0777) == 0) // the umask applies, as to any new folder
            m_staging = parent.filePath(name);
        else if (errno != EEXIST)
            m_error = QString::fromLocal8Bit(std::strerror(errno));
    }
    if (m_staging.isEmpty() && m_error.isEmpty())
        m_error = u"cannot make a staging folder"_s;
}

FolderReplacement::~FolderReplacement()
{
    if (!m_committed && !m_staging.isEmpty())
        QDir(m_staging).removeRecursively();
}

QString FolderReplacement::filePath(const QString &name) const
{
    return QDir(m_staging).filePath(name);
}

bool FolderReplacement::commit()
{
    if (!isValid())
        return false;
    const QByteArray staging = QFile::encodeName(m_staging);
    // The staged files on disk before they take the target's place: one syncfs for them all
    // (the files themselves are written without an fsync each).
    if (const int fd = ::open(staging.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
    killPoint("staged");
    const QByteArray target = QFile::encodeName(m_target);
    const QFileInfo info(m_target);
    if (!info.exists() && !info.isSymLink()) {
        if (::rename(staging.constData(), target.constData()) != 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        m_committed = true;
        return true;
    }
    if (!exchange(staging, target)) {
        if (errno != EINVAL && errno != ENOSYS) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        // No exchange here: the old folder away under a staging name, then the new one in.
        const QByteArray away = staging + "-old";
        if (::rename(target.constData(), away.constData()) != 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        if (::rename(staging.constData(), target.constData()) != 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            ::rename(away.constData(), target.constData()); // put the old one back
            return false;
        }
        m_staging = QFile::decodeName(away);
    }
    m_committed = true;
    killPoint("swapped");
    removeFolder(m_staging); // the old folder, now under the staging name
    return true;
}

int FolderReplacement::removeStale(const QString &target, int minAgeSeconds)
{
    const QFileInfo info(target);
    const QDir parent = info.absoluteDir();
    const QString prefix = stagingPrefix(target);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int removed = 0;
    const QFileInfoList entries = parent.entryInfoList({prefix + u'*'}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &e : entries) {
        // ".NAME.alliancescope-PID-XXXXXX" (or "…-old"): ours, and whose writer is known.
        const QString rest = e.fileName().mid(prefix.size());
        bool ok = false;
        const qint64 pid = rest.section(u'-', 0, 0).toLongLong(&ok);
        if (!ok || e.isSymLink())
            continue;
        const bool old = e.lastModified().toUTC().secsTo(now) >= minAgeSeconds;
        const bool orphan = pid != QCoreApplication::applicationPid() && processIsGone(pid);
        if ((old || orphan) && QDir(e.absoluteFilePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

void FolderReplacement::killPoint(const char *phase)
{
    const QByteArray wanted = qgetenv("ALLIANCESCOPE_KILL_AT");
    if (!wanted.isEmpty() && wanted == phase) {
        std::fflush(nullptr);
        ::raise(SIGKILL);
    }
}

} // namespace AllianceScope
