// EditCommand: applies a change to the document (see editcommand.h).
#include "editcommand.h"

#include "session/document.h"

namespace AllianceScope {

EditCommand::EditCommand(Document *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{
}

void EditCommand::redo()
{
    if (s_suspended > 0)
        return;
    m_document->replaceChronology(changed(m_document->chronology(), true), focusEvent(true));
}

void EditCommand::undo()
{
    if (s_suspended > 0)
        return;
    m_document->replaceChronology(changed(m_document->chronology(), false), focusEvent(false));
}

QString EditCommand::focusEvent(bool) const
{
    return QString();
}

} // namespace AllianceScope
