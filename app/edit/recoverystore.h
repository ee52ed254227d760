// RecoveryStore: the recovery files of unsaved edits, under QStandardPaths::AppDataLocation
// ("recovery/"): one chronology file per source file (or "untitled"), written atomically beside a
// small ".source" file naming the file it belongs to. The user's own file is never written here.
#pragma once

#include "chronology/chronology.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace AllianceScope {

class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::RecoveryStore)

public:
    struct Entry
    {
        QString recoveryPath; ///< the chronology written by the autosave
        QString source;       ///< the file it was edited from (empty: untitled)
        QDateTime written;
    };

    /// The folder of the recovery files.
    static QString directory();
    /// The recovery file of the chronology from @p source (empty: an untitled chronology).
    static QString recoveryPath(const QString &source);
    /// Writes @p chronology as the recovery of @p source (atomically). Empty on success, else why.
    static QString write(const Chronology &chronology, const QString &source);
    /// Deletes the recovery of @p source, if there is one.
    static void remove(const QString &source);
    /// The recoveries newer than their source files (or whose source is gone, bundled or
    /// untitled), newest first.
    static QList<Entry> pending();
};

} // namespace AllianceScope
