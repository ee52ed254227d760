// AutoSaver: the periodic recovery file (see autosaver.h).
#include "autosaver.h"

#include "editsession.h"
#include "recoverystore.h"
#include "session/document.h"

#include <QTimer>

namespace AllianceScope {

AutoSaver::AutoSaver(EditSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("ALLIANCESCOPE_AUTOSAVE_MS", &ok);
    m_timer->setInterval(ok && ms > 0 ? ms : kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &AutoSaver::saveNow);
    m_timer->start();
    const auto dirty = [this] { m_dirty = true; };
    connect(session->undoStack(), &QUndoStack::indexChanged, this, dirty);
    connect(session->undoStack(), &QUndoStack::cleanChanged, this, dirty);
    connect(session->document(), &Document::saved, this, [this] { discard(); });
}

int AutoSaver::interval() const
{
    return m_timer->interval();
}

void AutoSaver::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void AutoSaver::setPendingChanges(std::function<bool()> pending, std::function<void(Chronology &)> apply)
{
    m_pending = std::move(pending);
    m_apply = std::move(apply);
    m_dirty = true;
}

bool AutoSaver::hasUnsavedChanges() const
{
    return m_session->isModified() || (m_pending && m_pending());
}

bool AutoSaver::saveNow()
{
    if (!hasUnsavedChanges() || !m_session->document()->hasChronology())
        return false;
    if (!m_dirty)
        return true;
    const QString source = m_session->document()->path();
    const bool pending = m_pending && m_apply && m_pending();
    if (pending) {
        Chronology withPending = m_session->document()->chronology();
        m_apply(withPending);
        m_error = RecoveryStore::write(withPending, source);
    } else {
        m_error = RecoveryStore::write(m_session->document()->chronology(), source);
    }
    if (!m_error.isEmpty())
        return false; // tried again at the next tick
    if (m_written && *m_written != source)
        RecoveryStore::remove(*m_written);
    m_written = source;
    m_dirty = false;
    emit autosaved(RecoveryStore::recoveryPath(source));
    return true;
}

void AutoSaver::discard()
{
    if (m_written)
        RecoveryStore::remove(*m_written);
    RecoveryStore::remove(m_session->document()->path());
    m_written.reset();
    m_dirty = hasUnsavedChanges();
}

} // namespace AllianceScope
