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

protected:
    /// The event to make current after the change (empty: the current one stays).
    virtual QString focusEvent(bool forward) const;

private:
    Document *m_document;
};

} // namespace AllianceScope
