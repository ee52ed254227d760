// EditCommand: one undoable change of the document's chronology. It knows how to compute the
// chronology after (or before) itself; the document then rebuilds its model and the views follow.
#pragma once

#include "chronology/chronology.h"

#include <QUndoCommand>

namespace AllianceScope {

class Document;

class EditCommand : public QUndoCommand
{
public:
    EditCommand(Document *document, const QString &text);

    void redo() override;
    void undo() override;

    /// The chronology after this command (@p forward) or before it, from @p current.
    virtual Chronology changed(const Chronology &current, bool forward) const = 0;

    /// While one lives, undo() and redo() change nothing: the stack's index moves alone (to
    /// set its clean index to an earlier one, EditSession's save on a worker).
    class Suspend
    {
    public:
        Suspend() { ++s_suspended; }
        ~Suspend() { --s_suspended; }
        Suspend(const Suspend &) = delete;
        Suspend &operator=(const Suspend &) = delete;
    };

protected:
    /// The event to make current after the change (empty: the current one stays).
    virtual QString focusEvent(bool forward) const;

private:
    static inline int s_suspended = 0;
    Document *m_document;
};

} // namespace AllianceScope
