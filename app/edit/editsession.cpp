// EditSession: checks and pushes the edit commands (see editsession.h).
#include "editsession.h"

#include "chronology/chronologywriter.h"
#include "eventcheck.h"
#include "io/atomicwrite.h"
#include "itemcommand.h"
#include "session/document.h"

#include <QDir>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

    /// The session of each document (saveDocument()).
    QHash<const Document *, EditSession *> &sessions()
    {
        static QHash<const Document *, EditSession *> map;
        return map;
    }

} // namespace

EditSession::EditSession(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_stack(new QUndoStack(this))
{
    m_stack->setObjectName(u"undoStack"_s);
    sessions().insert(document, this);
    // Another file (or the same one read again): its edits start afresh.
    connect(document, &Document::chronologyChanged, this, [this] {
        if (!m_document->isEditing()) {
            m_stack->clear();
            m_saveOutdated = isSaving();
        }
    });
    connect(document, &Document::saved, this, [this] {
        if (!m_finishingSave) // a save of ours set the clean index already
            m_stack->setClean();
    });
}

EditSession::~EditSession()
{
    if (m_saveWatcher)
        m_saveWatcher->waitForFinished();
    sessions().remove(m_document);
}

QList<ReadError> EditSession::check(const Chronology &candidate, Chronology *readBack)
{
    ChronologyReader::Result result
        = ChronologyReader::readData(ChronologyWriter::toJson(candidate), u"edit"_s);
    if (result.ok() && readBack)
        *readBack = std::move(*result.chronology);
    return result.errors;
}

bool EditSession::save(const Chronology &chronology, const QString &path, QString *errorMessage)
{
    const QByteArray written = ChronologyWriter::toJson(chronology);
    const QString error = writeAtomically(path, written);
    if (!error.isEmpty()) {
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    const ChronologyReader::Result reread = ChronologyReader::readFile(path);
    if (!reread.ok() || ChronologyWriter::toJson(*reread.chronology) != written) {
        if (errorMessage)
            *errorMessage = tr("%1 was written but does not read back as the chronology saved%2. "
                               "Keep the window open and save under another name.")
                                .arg(QDir::toNativeSeparators(path),
                                     reread.errors.isEmpty() ? QString()
                                                             : u": "_s + reread.errors.first().toString());
        return false;
    }
    return true;
}

bool EditSession::startSave(const Chronology &chronology, const QString &path, QString *errorMessage)
{
    waitForSave();
    if (chronology.events().size() < kWholeCheckLimit) {
        QString error;
        save(chronology, path, &error);
        finishSave(path, m_stack->index(), error);
        if (errorMessage)
            *errorMessage = error;
        return error.isEmpty();
    }
    // The chronology is shared implicitly: the worker's copy costs nothing, edits made meanwhile
    // detach the document's.
    m_savePath = path;
    m_saveIndex = m_stack->index();
    m_saveStateLost = false;
    m_saveOutdated = false;
    m_saveWatcher = new QFutureWatcher<QString>(this);
    connect(m_saveWatcher, &QFutureWatcherBase::finished, this, &EditSession::onSaveDone);
    m_saveWatcher->setFuture(QtConcurrent::run([chronology, path] {
        QString error;
        if (!save(chronology, path, &error) && error.isEmpty())
            error = tr("%1 could not be saved.").arg(QDir::toNativeSeparators(path));
        return error;
    }));
    emit saveStarted(path);
    if (errorMessage)
        errorMessage->clear();
    return true;
}

EditSession *EditSession::of(const Document *document)
{
    return sessions().value(document);
}

bool EditSession::saveDocument(Document *document, const Chronology &chronology,
                               const QString &path, QString *errorMessage)
{
    if (EditSession *session = sessions().value(document))
        return session->startSave(chronology, path, errorMessage);
    if (!save(chronology, path, errorMessage))
        return false;
    document->notifySaved(path);
    return true;
}

bool EditSession::waitForSave()
{
    if (m_saveWatcher) {
        m_saveWatcher->waitForFinished();
        onSaveDone();
    }
    return m_lastSaveOk;
}

void EditSession::onSaveDone()
{
    QFutureWatcher<QString> *watcher = m_saveWatcher;
    if (!watcher)
        return;
    m_saveWatcher = nullptr;
    watcher->disconnect(this);
    watcher->deleteLater();
    const QString error = watcher->future().resultCount() > 0
        ? watcher->result()
        : tr("%1 could not be saved.").arg(QDir::toNativeSeparators(m_savePath));
    if (m_saveOutdated) { // written, but the window shows another chronology now
        m_lastSaveOk = error.isEmpty();
        emit saveFinished(m_savePath, m_lastSaveOk, error);
        return;
    }
    finishSave(m_savePath, m_saveIndex, error);
    emit saveFinished(m_savePath, error.isEmpty(), error);
}

void EditSession::finishSave(const QString &path, int index, const QString &error)
{
    m_lastSaveOk = error.isEmpty();
    if (!m_lastSaveOk)
        return; // the modified mark stays
    const int now = m_stack->index();
    if (m_saveStateLost) {
        m_stack->resetClean(); // what was saved is in no state the history can reach
    } else if (index == now) {
        m_stack->setClean();
    } else {
        // Clean where the save started: the index moves there and back, the commands suspended.
        const EditCommand::Suspend suspend;
        m_stack->setIndex(index);
        m_stack->setClean();
        m_stack->setIndex(now);
    }
    m_finishingSave = true;
    m_document->notifySaved(path);
    m_finishingSave = false;
}

template <typename T>
QList<ReadError> EditSession::change(const QString &id, const std::optional<T> &after,
                                     const QString &text, bool push) const
{
    const Chronology &current = m_document->chronology();
    const QList<T> &list = ChronologyItems<T>::list(current);
    std::optional<T> before;
    const int index = id.isEmpty() ? -1 : indexOfId(list, id);
    if (!id.isEmpty()) {
        if (index < 0)
            return {ReadError{QString(), 0, 0, tr("There is no “%1” to change.").arg(id)}};
        before = list[index];
    }
    auto command = std::make_unique<ItemCommand<T>>(m_document, text, before, after, index);
    if constexpr (ChronologyItems<T>::kIsEvent) {
        if (current.events().size() >= kWholeCheckLimit) {
            // A large chronology: the event and the rules across events, not the whole file.
            Event read;
            const QList<ReadError> errors = EventCheck::check(current, id, after, &read);
            if (!errors.isEmpty() || !push)
                return errors;
            if (after)
                command->setAfter(read);
            pushCommand(command.release());
            return {};
        }
    }
    Chronology readBack;
    QList<ReadError> errors;
    if (!ChronologyItems<T>::kIsEvent && current.events().size() >= kWholeCheckLimit) {
        // An actor or category of a large chronology: the definitions and the events naming the
        // ids it had and has, not the whole file.
        if constexpr (!ChronologyItems<T>::kIsEvent)
            errors = EventCheck::checkDefinition(current, *command, &readBack);
    } else {
        ++m_wholeChecks;
        errors = check(command->changed(current, true), &readBack);
    }
    if (!errors.isEmpty() || !push)
        return errors;
    // The value as the reader gives it back, so that saving and reopening changes nothing.
    if (after) {
        const QList<T> &read = ChronologyItems<T>::list(readBack);
        const int i = indexOfId(read, after->id);
        if (i >= 0)
            command->setAfter(read[i]);
    }
    pushCommand(command.release());
    return {};
}

void EditSession::pushCommand(QUndoCommand *command) const
{
    // Below a running save's index, a push drops the state that is being saved.
    if (m_saveWatcher && m_stack->index() < m_saveIndex)
        m_saveStateLost = true;
    m_stack->push(command);
}

QList<ReadError> EditSession::checkEvent(const QString &id, const Event &event) const
{
    // From kWholeCheckLimit events on, change() checks what concerns the event (EventCheck).
    return change<Event>(id, event, QString(), false);
}

QList<ReadError> EditSession::addEvent(const Event &event)
{
    return change<Event>(QString(), event, tr("Add Event “%1”").arg(event.id));
}

QList<ReadError> EditSession::editEvent(const QString &id, const Event &event)
{
    return change<Event>(id, event, tr("Edit Event “%1”").arg(event.id));
}

QList<ReadError> EditSession::removeEvent(const QString &id)
{
    return change<Event>(id, std::nullopt, tr("Delete Event “%1”").arg(id));
}

QList<ReadError> EditSession::addActor(const Actor &actor)
{
    return change<Actor>(QString(), actor, tr("Add Actor “%1”").arg(actor.id));
}

QList<ReadError> EditSession::editActor(const QString &id, const Actor &actor)
{
    return change<Actor>(id, actor, tr("Edit Actor “%1”").arg(actor.id));
}

QList<ReadError> EditSession::removeActor(const QString &id)
{
    return change<Actor>(id, std::nullopt, tr("Delete Actor “%1”").arg(id));
}

QList<ReadError> EditSession::addCategory(const Category &category)
{
    return change<Category>(QString(), category, tr("Add Category “%1”").arg(category.id));
}

QList<ReadError> EditSession::editCategory(const QString &id, const Category &category)
{
    return change<Category>(id, category, tr("Edit Category “%1”").arg(category.id));
}

QList<ReadError> EditSession::removeCategory(const QString &id)
{
    return change<Category>(id, std::nullopt, tr("Delete Category “%1”").arg(id));
}

} // namespace AllianceScope
