// EditUi: the window's editing actions, files and recovery (see editui.h).
#include "editui.h"

#include "autosaver.h"
#include "chronology/chronologyreader.h"
#include "editsession.h"
#include "eventeditordialog.h"
#include "itemmodels/eventlistmodel.h"
#include "itemtabledialog.h"
#include "mainwindow/mainwindow.h"
#include "present/presentationcontroller.h"
#include "present/storiespanel.h"
#include "recoverystore.h"
#include "session/document.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMouseEvent>
#include <QPointer>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QUndoView>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

    const QString kRecentKey = u"mainwindow/recentFiles"_s;

} // namespace

EditUi::EditUi(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_session(new EditSession(window->document(), this))
    , m_autoSaver(new AutoSaver(m_session, this))
    , m_historyDock(new QDockWidget(window))
{
    setObjectName(u"editUi"_s);
    auto *history = new QUndoView(m_session->undoStack(), m_historyDock);
    history->setObjectName(u"undoView"_s);
    m_historyDock->setObjectName(u"undoHistoryDock"_s);
    m_historyDock->setWidget(history);
    window->addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    createActions();

    Document *doc = window->document();
    QUndoStack *stack = m_session->undoStack();
    // The Stories panel keeps its edits until they are saved: they are unsaved changes too (the
    // modified mark, the question on closing, the recovery file).
    QPointer<StoriesPanel> stories = window->presentation()->storiesPanel();
    m_autoSaver->setPendingChanges([stories] { return stories && stories->isModified(); },
                                   [stories](Chronology &c) {
                                       if (stories)
                                           c.setStories(stories->stories());
                                   });
    const auto updateMark = [this] { m_window->setWindowModified(hasUnsavedChanges()); };
    connect(stack, &QUndoStack::cleanChanged, this, updateMark);
    connect(stories, &StoriesPanel::modifiedChanged, this, updateMark);
    connect(stories, &StoriesPanel::storiesChanged, this, [this, stories] {
        if (stories && stories->isModified())
            m_autoSaver->markDirty();
    });
    connect(doc, &Document::chronologyChanged, this, [this, doc] {
        if (!doc->isEditing())
            addRecentFile(doc->path());
        updateActions();
    });
    connect(doc, &Document::currentEventChanged, this, &EditUi::updateActions);
    connect(doc, &Document::saved, this, &EditUi::addRecentFile);
    connect(m_session, &EditSession::saveStarted, this, &EditUi::onSaveStarted);
    connect(m_session, &EditSession::saveFinished, this, &EditUi::onSaveFinished);
    // Double-click an event in the list to edit it (a click on its what-if box only toggles it).
    QTableView *list = window->eventListView();
    list->viewport()->installEventFilter(this);
    connect(list, &QTableView::doubleClicked, this, [this, list](const QModelIndex &index) {
        const QRect cell = list->visualRect(index);
        const int box = list->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 8;
        if (index.column() == EventListModel::Date && m_doubleClickAt.x() < cell.left() + box)
            return;
        editEvent(index.data(EventListModel::EventIdRole).toString());
    });
    updateActions();
}

bool EditUi::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonDblClick)
        m_doubleClickAt = static_cast<QMouseEvent *>(event)->position().toPoint();
    return QObject::eventFilter(watched, event);
}

EventEditorDialog *EditUi::eventEditor() const
{
    return m_editor;
}

ItemTableDialog *EditUi::itemDialog() const
{
    return m_itemDialog;
}

void EditUi::createActions()
{
    const auto make = [this](const QString &name, const QKeySequence &key = {}) {
        auto *a = new QAction(m_window);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        m_window->addAction(a);
        return a;
    };
    m_newAction = make(u"newChronology"_s, QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &EditUi::newChronology);
    QUndoStack *stack = m_session->undoStack();
    m_undoAction = make(u"undo"_s, QKeySequence(Qt::CTRL | Qt::Key_Z));
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    m_redoAction = make(u"redo"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    for (const auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged})
        connect(stack, signal, this, &EditUi::updateUndoActions);
    m_historyAction = m_historyDock->toggleViewAction();
    m_historyAction->setObjectName(u"undoHistory"_s);
    m_newEventAction = make(u"newEvent"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newEventAction, &QAction::triggered, this, &EditUi::newEvent);
    m_editEventAction = make(u"editEvent"_s, QKeySequence(Qt::Key_F2));
    connect(m_editEventAction, &QAction::triggered, this, [this] { editEvent(); });
    m_deleteEventAction = make(u"deleteEvent"_s, QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(m_deleteEventAction, &QAction::triggered, this, &EditUi::deleteEvent);
    m_actorsAction = make(u"editActors"_s);
    connect(m_actorsAction, &QAction::triggered, this, &EditUi::showActors);
    m_categoriesAction = make(u"editCategories"_s);
    connect(m_categoriesAction, &QAction::triggered, this, &EditUi::showCategories);

    QMenuBar *bar = m_window->menuBar();
    if (auto *file = bar->findChild<QMenu *>(u"fileMenu"_s)) {
        QAction *first = file->actions().value(0);
        file->insertAction(first, m_newAction);
        m_recentMenu = new QMenu(file);
        m_recentMenu->setObjectName(u"recentMenu"_s);
        file->insertMenu(m_window->action(u"reload"_s), m_recentMenu);
        connect(m_recentMenu, &QMenu::aboutToShow, this, &EditUi::fillRecentMenu);
        fillRecentMenu();
    }
    if (auto *edit = bar->findChild<QMenu *>(u"editMenu"_s)) {
        QAction *first = edit->actions().value(0);
        edit->insertActions(first, {m_undoAction, m_redoAction, m_historyAction});
        edit->insertSeparator(first);
        edit->insertActions(first, {m_newEventAction, m_editEventAction, m_deleteEventAction});
        edit->insertSeparator(first);
        edit->insertActions(first, {m_actorsAction, m_categoriesAction});
        edit->insertSeparator(first);
    }
}

void EditUi::retranslate()
{
    const auto set = [](QAction *a, const QString &text, const QString &tip) {
        a->setText(text);
        a->setToolTip(tip);
        a->setStatusTip(tip);
    };
    set(m_newAction, tr("&New"),
        tr("Start an untitled chronology with the actors and categories of this one (Ctrl+N)"));
    if (m_recentMenu)
        m_recentMenu->setTitle(tr("Open &Recent"));
    updateUndoActions();
    m_historyDock->setWindowTitle(tr("Undo History"));
    m_historyAction->setText(tr("Undo &History"));
    m_historyAction->setToolTip(tr("Every edit since the file was opened; click one to go back to it"));
    if (auto *view = qobject_cast<QUndoView *>(m_historyDock->widget()))
        view->setEmptyLabel(tr("<file as opened>"));
    set(m_newEventAction, tr("New &Event…"), tr("Add an event to the chronology (Ctrl+Shift+N)"));
    set(m_editEventAction, tr("Edit Event…"),
        tr("Edit the current event: dates, texts, citation and effects (F2, or double-click it "
           "in the event list)"));
    set(m_deleteEventAction, tr("&Delete Event"), tr("Delete the current event (Ctrl+Del)"));
    set(m_actorsAction, tr("&Actors…"), tr("Add, rename and delete states and mechanisms"));
    set(m_categoriesAction, tr("Ca&tegories…"), tr("Add, edit and delete event categories and their scores"));
}

void EditUi::updateUndoActions()
{
    const QUndoStack *stack = m_session->undoStack();
    m_undoAction->setEnabled(stack->canUndo());
    m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_undoAction->setToolTip(tr("Undo the last edit (Ctrl+Z)"));
    m_redoAction->setEnabled(stack->canRedo());
    m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    m_redoAction->setToolTip(tr("Redo the edit undone last (Ctrl+Shift+Z)"));
}

void EditUi::updateActions()
{
    const bool loaded = m_window->document()->hasChronology();
    const bool current = !currentEventId().isEmpty();
    m_newAction->setEnabled(loaded);
    m_newEventAction->setEnabled(loaded);
    m_editEventAction->setEnabled(current);
    m_deleteEventAction->setEnabled(current);
    m_actorsAction->setEnabled(loaded);
    m_categoriesAction->setEnabled(loaded);
}

QString EditUi::currentEventId() const
{
    const Document *doc = m_window->document();
    const QList<Event> &events = doc->chronology().events();
    const int i = doc->currentEventIndex();
    return i >= 0 && i < events.size() ? events[i].id : QString();
}

// --- questions ---------------------------------------------------------------------------------

QMessageBox::StandardButton EditUi::ask(QMessageBox::Icon icon, const QString &title,
                                        const QString &text, QMessageBox::StandardButtons buttons,
                                        QMessageBox::StandardButton defaultButton)
{
    if (m_answer != QMessageBox::NoButton)
        return m_answer;
    QMessageBox box(icon, title, text, buttons, m_window);
    box.setObjectName(u"editQuestion"_s);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

bool EditUi::hasUnsavedChanges() const
{
    return m_autoSaver->hasUnsavedChanges();
}

bool EditUi::maybeSave()
{
    m_session->waitForSave(); // a save on a worker ends first (closing waits for it)
    if (!hasUnsavedChanges())
        return true;
    const QString path = m_window->document()->path();
    const QString name = path.isEmpty() ? tr("The untitled chronology") : u"“%1”"_s.arg(QFileInfo(path).fileName());
    const auto answer = ask(QMessageBox::Warning, tr("Unsaved Changes"),
                            tr("%1 has changes that are not saved. Save them?").arg(name),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                            QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_window->presentation()->save() && m_session->waitForSave();
    if (answer == QMessageBox::Discard) {
        m_window->presentation()->storiesPanel()->discardChanges();
        m_session->undoStack()->clear(); // the edits are gone; nothing asks again
        m_autoSaver->discard();
        return true;
    }
    return false;
}

bool EditUi::offerRecovery()
{
    const QList<RecoveryStore::Entry> entries = RecoveryStore::pending();
    if (entries.isEmpty())
        return false;
    const RecoveryStore::Entry &entry = entries.first();
    const QString name = entry.source.isEmpty() ? tr("an untitled chronology")
                                                : QDir::toNativeSeparators(entry.source);
    QMessageBox::StandardButton answer = QMessageBox::NoButton;
    const QString env = qEnvironmentVariable("ALLIANCESCOPE_RECOVERY_ANSWER");
    if (env == u"restore"_s)
        answer = QMessageBox::Yes;
    else if (env == u"discard"_s)
        answer = QMessageBox::No;
    else
        answer = ask(QMessageBox::Question, tr("Recover Unsaved Changes"),
                     tr("AllianceScope was closed with changes to %1 that were not saved (autosaved "
                        "%2). Restore them?")
                         .arg(name, QLocale().toString(entry.written, QLocale::ShortFormat)),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        RecoveryStore::remove(entry.source);
        return false;
    }
    ChronologyReader::Result result = ChronologyReader::readFile(entry.recoveryPath);
    if (!result.ok()) {
        // Kept: nothing that was recovered is thrown away because it could not be read now.
        QMessageBox::warning(m_window, tr("Cannot Recover"),
                             result.errors.isEmpty() ? QString() : result.errors.first().toString());
        return false;
    }
    Document *doc = m_window->document();
    doc->setChronology(std::move(*result.chronology), entry.source);
    m_session->markModified(); // unsaved, and autosaved again at the next edit
    m_window->statusBar()->showMessage(tr("Recovered the unsaved changes to %1").arg(name), 10000);
    return true;
}

// --- files -------------------------------------------------------------------------------------

QStringList EditUi::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void EditUi::addRecentFile(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u':'))
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(kRecentKey, files.mid(0, kMaxRecentFiles));
}

void EditUi::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        QAction *a = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(files[i]).fileName()));
        a->setToolTip(QDir::toNativeSeparators(files[i]));
        a->setStatusTip(a->toolTip());
        const QString path = files[i];
        connect(a, &QAction::triggered, this, [this, path] {
            if (!maybeSave())
                return;
            if (!m_window->openFile(path)) {
                QStringList files = recentFiles();
                files.removeAll(path);
                QSettings().setValue(kRecentKey, files);
            }
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void EditUi::newChronology()
{
    Document *doc = m_window->document();
    if (!doc->hasChronology() || !maybeSave())
        return;
    const Chronology &c = doc->chronology();
    // The title is data, in both languages whatever the interface's.
    doc->setChronology(Chronology({u"未命名年表"_s, u"Untitled chronology"_s}, {},
                                  c.actors(), c.categories(), {}),
                       QString());
}

void EditUi::onSaveStarted(const QString &path)
{
    m_window->statusBar()->showMessage(tr("Saving %1…").arg(QFileInfo(path).fileName()));
}

void EditUi::onSaveFinished(const QString &path, bool ok, const QString &error)
{
    if (ok) {
        m_window->statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
        return;
    }
    // The edits stay marked modified; the window stays usable (a window-modal box, not exec()).
    m_window->statusBar()->showMessage(tr("Cannot save %1").arg(QFileInfo(path).fileName()), 10000);
    if (m_answer != QMessageBox::NoButton)
        return; // tests and scripts: no box
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot save"), error, QMessageBox::Ok, m_window);
    box->setObjectName(u"saveErrorBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// --- events, actors, categories ----------------------------------------------------------------

void EditUi::newEvent()
{
    Document *doc = m_window->document();
    if (!doc->hasChronology())
        return;
    Event e;
    const Chronology &c = doc->chronology();
    int n = int(c.events().size()) + 1;
    do
        e.id = u"event-%1"_s.arg(n++);
    while (c.event(e.id));
    e.date = doc->date().isValid() ? doc->date() : QDate::currentDate();
    e.category = c.categories().isEmpty() ? QString() : c.categories().first().id;
    e.source.section = u"intro"_s;
    e.source.footnote = u"none"_s; // the reader asks for "[n] author year" or "none"
    openEditor(QString(), e);
}

void EditUi::openEditor(const QString &id, const Event &event)
{
    if (m_editor)
        m_editor->close();
    m_editor = new EventEditorDialog(m_session, id, event, m_window);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->open(); // window-modal, never blocking
}

void EditUi::editEvent(const QString &id)
{
    const QString eventId = id.isEmpty() ? currentEventId() : id;
    const Event *e = m_window->document()->chronology().event(eventId);
    if (e)
        openEditor(eventId, *e);
}

void EditUi::deleteEvent()
{
    const QString id = currentEventId();
    if (id.isEmpty())
        return;
    const QList<ReadError> errors = m_session->removeEvent(id);
    if (!errors.isEmpty())
        QMessageBox::warning(m_window, tr("Cannot Delete the Event"), errors.first().message);
    else
        m_window->statusBar()->showMessage(tr("Deleted “%1” (Ctrl+Z brings it back)").arg(id), 8000);
}

void EditUi::showActors()
{
    showItems(static_cast<int>(ItemTableDialog::Kind::Actors));
}

void EditUi::showCategories()
{
    showItems(static_cast<int>(ItemTableDialog::Kind::Categories));
}

void EditUi::showItems(int kind)
{
    if (m_itemDialog)
        m_itemDialog->close();
    m_itemDialog = new ItemTableDialog(m_session, static_cast<ItemTableDialog::Kind>(kind), m_window);
    m_itemDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_itemDialog->show(); // modeless: the window, and undo, stay at hand
}

} // namespace AllianceScope
