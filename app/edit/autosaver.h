// AutoSaver: while the chronology has unsaved edits, writes it to its recovery file every 30 s
// (ALLIANCESCOPE_AUTOSAVE_MS or setInterval() to change it); deletes the recovery on save.
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QTimer;

namespace AllianceScope {

class Chronology;
class EditSession;

class AutoSaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 30000;

    explicit AutoSaver(EditSession *session, QObject *parent = nullptr);

    int interval() const;
    void setInterval(int ms);
    /// Writes the recovery file now if there are edits it does not hold yet. @return whether
    /// the recovery file holds the current edits.
    bool saveNow();
    /// Deletes the recovery file of the current chronology (the edits were saved or discarded).
    void discard();
    /**
     * Changes kept outside the undo stack (the Stories panel's): @p pending tells whether there
     * are any, @p apply puts them into the chronology written to the recovery file. Call
     * markDirty() when they change.
     */
    void setPendingChanges(std::function<bool()> pending, std::function<void(Chronology &)> apply);
    /// The next tick writes the recovery file again (changes outside the undo stack).
    void markDirty() { m_dirty = true; }
    /// Whether there is anything unsaved: edits on the undo stack or pending changes.
    bool hasUnsavedChanges() const;
    /// The last autosave's error (empty when it worked).
    QString lastError() const { return m_error; }

signals:
    /// The recovery file at @p path was written.
    void autosaved(const QString &path);

private:
    EditSession *m_session;
    std::function<bool()> m_pending;
    std::function<void(Chronology &)> m_apply;
    QTimer *m_timer;
    bool m_dirty = false;  ///< edits since the last autosave
    std::optional<QString> m_written; ///< the source whose recovery was last written
    QString m_error;
};

} // namespace AllianceScope
