// FolderReplacement: replaces a whole folder (a frame series) so that, whatever happens, the
// folder is either wholly the old one or wholly the new one. The new files are written into a
// hidden staging folder next to the target; commit() then swaps the two in one step and deletes
// the old folder afterwards. Staging folders left behind by a killed process are cleaned on the
// next replacement of the same folder.
#pragma once

#include <QString>

namespace AllianceScope {

class FolderReplacement
{
public:
    /// Makes the staging folder for @p target (its parent must exist), after removing stale
    /// staging folders of @p target (removeStale()). Check isValid().
    explicit FolderReplacement(const QString &target);
    /// Removes the staging folder unless commit() succeeded.
    ~FolderReplacement();
    FolderReplacement(const FolderReplacement &) = delete;
    FolderReplacement &operator=(const FolderReplacement &) = delete;

    bool isValid() const { return !m_staging.isEmpty(); }
    QString errorString() const { return m_error; }
    /// The staging folder and a file in it: write the new files there.
    QString path() const { return m_staging; }
    QString filePath(const QString &name) const;

    /**
     * Syncs the staged files to disk (one syncfs), then puts the staging folder in the target's
     * place. An existing target is exchanged with it
     * in one rename (Linux renameat2 RENAME_EXCHANGE, atomic: no moment without a whole folder)
     * and then deleted from its staging name; where the file system cannot exchange, the old
     * folder is renamed away first and the new one renamed in (a kill between the two renames
     * leaves the old folder under its staging name). Returns false (see errorString()) when
     * the target was not replaced; it is then as it was.
     */
    bool commit();

    /**
     * Removes @p target's staging folders (".NAME.alliancescope-PID-XXXXXX", only these) whose
     * process is gone or that are older than @p minAgeSeconds: what a killed export left.
     * Returns how many were removed.
     */
    static int removeStale(const QString &target, int minAgeSeconds = kStaleAfterSeconds);
    static constexpr int kStaleAfterSeconds = 3600;

    /// The staging folders' name prefix for @p target: ".NAME.alliancescope-".
    static QString stagingPrefix(const QString &target);

    /**
     * For the tests that kill an export in each phase (tests/tst_framesfolder.cpp): when the
     * environment variable ALLIANCESCOPE_KILL_AT equals @p phase, the process kills itself with
     * SIGKILL here. Phases: "writing" (the exporter, after the first frame), "staged" (before
     * the swap), "swapped" (before the old folder is deleted), "deleting" (after its first file).
     */
    static void killPoint(const char *phase);

private:
    QString m_target;
    QString m_staging;
    QString m_error;
    bool m_committed = false;
};

} // namespace AllianceScope
