// EditSession: the undoable edits of a document's chronology (issue 11). Every change goes
// through check() — the chronology is written and read back with the reader's rules; an event,
// actor or category of a large chronology through EventCheck, the same rules on what it
// concerns — and then onto the undo stack as a command holding whole values; a new file clears
// the stack, a save marks it clean.
#pragma once

#include "chronology/chronologyreader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QUndoStack>

#include <optional>

namespace AllianceScope {

class Document;

class EditSession : public QObject
{
    Q_OBJECT

public:
    explicit EditSession(Document *document, QObject *parent = nullptr);
    /// Waits for a save still running (the file is never left half-compared).
    ~EditSession() override;

    Document *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_stack; }
    /// Whether there are edits not saved (the undo stack is not at its clean index).
    bool isModified() const { return !m_stack->isClean(); }
    /// Whether a save runs on a worker (startSave()).
    bool isSaving() const { return m_saveWatcher != nullptr; }
    /// Marks the chronology as changed with no command to undo (a restored recovery file).
    void markModified() { m_stack->resetClean(); }

    /**
     * The reader's errors for @p candidate (written and read back; positions are in that
     * written text, so a form shows only the messages). Empty when valid; then @p readBack,
     * when given, receives the chronology as read.
     */
    static QList<ReadError> check(const Chronology &candidate, Chronology *readBack = nullptr);

    /**
     * Saves @p chronology to @p path through the atomic writer, then reads the file back: when
     * it does not read back as the same chronology (byte for byte in the writer's output), the
     * save fails loudly. On failure returns false and sets @p errorMessage.
     */
    static bool save(const Chronology &chronology, const QString &path, QString *errorMessage);

    /**
     * Saves @p chronology (the document's, with its stories) to @p path as save() does, then
     * tells the document (Document::notifySaved()); the undo stack becomes clean where it stood
     * when the save started (edits made meanwhile stay modified; a failed save changes nothing).
     * From kWholeCheckLimit events on, the writing, reading back and comparing run on a worker:
     * saveStarted() is emitted and true returned, saveFinished() tells the outcome. Smaller
     * chronologies are saved at once: @return whether it worked, @p errorMessage why not.
     * A save still running is finished first.
     */
    bool startSave(const Chronology &chronology, const QString &path, QString *errorMessage = nullptr);
    /// The session of @p document (nullptr when it has none).
    static EditSession *of(const Document *document);
    /// startSave() through @p document's session, or at once (then notifySaved()) without one.
    static bool saveDocument(Document *document, const Chronology &chronology, const QString &path,
                             QString *errorMessage);
    /// Waits for a save on a worker and finishes it (the clean index, saveFinished()). @return
    /// whether the last save worked (true when none ran).
    bool waitForSave();

    // Each change returns the reader's errors and changes nothing when there are any.
    QList<ReadError> addEvent(const Event &event);
    /// Replaces the event @p id (the new value may have another id).
    QList<ReadError> editEvent(const QString &id, const Event &event);
    QList<ReadError> removeEvent(const QString &id);
    QList<ReadError> addActor(const Actor &actor);
    QList<ReadError> editActor(const QString &id, const Actor &actor);
    QList<ReadError> removeActor(const QString &id);
    QList<ReadError> addCategory(const Category &category);
    QList<ReadError> editCategory(const QString &id, const Category &category);
    QList<ReadError> removeCategory(const QString &id);

    /// Chronologies with fewer events are checked whole, as the user types and when an edit is
    /// made; from this many events on, EventCheck checks only what concerns the event (its own
    /// rules, its id, the stories and scenarios naming events, the limits), or the actor or
    /// category (every definition and the events naming its ids: EventCheck::checkDefinitions).
    static constexpr int kWholeCheckLimit = 1000;
    /// How many edits (changes and checkEvent()) this session has checked by writing and reading
    /// back the whole chronology: none from kWholeCheckLimit events on.
    int wholeChecks() const { return m_wholeChecks; }
    /**
     * The errors of the chronology with event @p id (empty: a new event) replaced by @p event:
     * the whole chronology checked below kWholeCheckLimit events, else EventCheck (a few ms).
     */
    QList<ReadError> checkEvent(const QString &id, const Event &event) const;

signals:
    /// A save of @p path started on a worker.
    void saveStarted(const QString &path);
    /// The save on a worker ended; @p error says why it failed (the edits stay modified).
    void saveFinished(const QString &path, bool ok, const QString &error);

private:
    void onSaveDone();
    /// The save of @p path ended (@p error empty: it worked) with the stack at @p index then.
    void finishSave(const QString &path, int index, const QString &error);

    /// Pushes @p command (change() is const: the stack and the save's state are not the value).
    void pushCommand(QUndoCommand *command) const;

    template <typename T>
    QList<ReadError> change(const QString &id, const std::optional<T> &after, const QString &text,
                            bool push = true) const;

    Document *m_document;
    QUndoStack *m_stack;
    // The save on a worker: its result is the error (empty when it worked).
    QFutureWatcher<QString> *m_saveWatcher = nullptr;
    QString m_savePath;
    int m_saveIndex = 0;          ///< the stack's index when it started
    mutable int m_wholeChecks = 0; ///< wholeChecks()
    mutable bool m_saveStateLost = false; ///< that state left the history meanwhile (undone, then a push)
    bool m_saveOutdated = false;  ///< another chronology was opened meanwhile
    bool m_finishingSave = false;
    bool m_lastSaveOk = true;
};

} // namespace AllianceScope
