// EditSession: the undoable edits of a document's chronology (issue 11). Every change goes
// through check() — the chronology is written and read back with the reader's rules; an event of
// a large chronology through EventCheck, the same rules on what it concerns — and then
// onto the undo stack as a command holding whole values; a new file clears the stack, a save
// marks it clean.
#pragma once

#include "chronology/chronologyreader.h"

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

    Document *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_stack; }
    /// Whether there are edits not saved (the undo stack is not at its clean index).
    bool isModified() const { return !m_stack->isClean(); }
    /// Whether a save runs on a worker (startSave()).
    bool isSaving() const { return m_saving; }
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

    /// Chronologies with fewer events are checked whole, as the user types and when an edit of
    /// an event is made; from this many events on, EventCheck checks only what concerns the
    /// event (its own rules, its id, the stories and scenarios naming events, the limits).
    static constexpr int kWholeCheckLimit = 1000;
    /**
     * The errors of the chronology with event @p id (empty: a new event) replaced by @p event:
     * the whole chronology checked below kWholeCheckLimit events, else EventCheck (a few ms).
     */
    QList<ReadError> checkEvent(const QString &id, const Event &event) const;

private:
    template <typename T>
    QList<ReadError> change(const QString &id, const std::optional<T> &after, const QString &text,
                            bool push = true) const;

    Document *m_document;
    QUndoStack *m_stack;
    bool m_saving = false;
};

} // namespace AllianceScope
