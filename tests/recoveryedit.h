// The edit tst_recovery's child process makes before it is killed, and the test repeats to know
// what the recovered chronology must be.
#pragma once

#include "edit/editsession.h"
#include "session/document.h"

#include <QString>

namespace AllianceScope {

/// Retitles the first event and gives its first effect a new score; true when both were taken.
inline bool makeRecoveryEdit(EditSession *session)
{
    const Chronology &c = session->document()->chronology();
    if (c.events().isEmpty())
        return false;
    Event e = c.events().first();
    e.title.en = QStringLiteral("Edited before the crash");
    e.title.zh = QStringLiteral("崩溃前的编辑");
    if (!session->editEvent(e.id, e).isEmpty())
        return false;
    // The edit replaced the document's chronology: read the new one (c is gone).
    Event second = session->document()->chronology().events().last();
    if (second.effects.isEmpty())
        return false;
    second.effects.first().score = -3.5;
    second.effects.first().rationale = QStringLiteral("a second thought");
    return session->editEvent(second.id, second).isEmpty();
}

} // namespace AllianceScope
