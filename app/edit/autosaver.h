// AutoSaver: while the chronology has unsaved edits, writes it to its recovery file every 30 s
// (ALLIANCESCOPE_AUTOSAVE_MS or setInterval() to change it); deletes the recovery on save.
#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace AllianceScope {

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
    /// The last autosave's error (empty when it worked).
    QString lastError() const { return m_error; }

signals:
    /// The recovery file at @p path was written.
    void autosaved(const QString &path);

private:
    EditSession *m_session;
    QTimer *m_timer;
    bool m_dirty = false;  ///< edits since the last autosave
    std::optional<QString> m_written; ///< the source whose recovery was last written
    QString m_error;
};

} // namespace AllianceScope
