// Tests of editing in the window (issue 11): the event editor validates as you type with the
// reader's messages and keeps OK disabled while invalid; an edited effect changes the graph at
// once; the modified mark and the title; Save writes and reads back; closing asks (Save, Discard,
// Cancel); New, recent files, the actors and categories tables, undo and redo by the actions.
#include "chronology/chronologyreader.h"
#include "chronology/chronologywriter.h"
#include "edit/autosaver.h"
#include "edit/editsession.h"
#include "edit/editui.h"
#include "edit/eventeditordialog.h"
#include "edit/itemtabledialog.h"
#include "edit/recoverystore.h"
#include "graphview/alliancescene.h"
#include "graphview/edgeitem.h"
#include "graphview/nodeitem.h"
#include "itemmodels/eventlistmodel.h"
#include "mainwindow/mainwindow.h"
#include "present/presentationcontroller.h"
#include "present/storiespanel.h"
#include "session/document.h"
#include "session/layoutcontroller.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QSignalSpy>
#include <QUndoStack>

using namespace AllianceScope;
using namespace AllianceScope::TestSupport;
using namespace Qt::StringLiterals;

class TestEditUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editorValidatesAsYouType();
    void editingAnEffectChangesTheGraphAtOnce();
    void newEventFromTheEditor();
    void modifiedMarkFollowsTheUndoStack();
    void saveWritesAndReadsBack();
    void closeAsksSaveDiscardCancel();
    void undoRedoActionsAndDelete();
    void doubleClickOpensTheEditor();
    void newChronologyIsUntitled();
    void recentFilesNewestFirst();
    void actorsAndCategoriesTables();
    void autosaveWritesTheRecoveryFileNotTheSource();
    void unsavedStoriesAreKeptAndAskedAbout();
    void layoutKeptByAnEditThatLeavesItsInput();
    void renamingAnActorKeepsTheItems();

private:
    EditUi *edit() const { return m_window->editUi(); }
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_original;
    MainWindow *m_window = nullptr;
};

void TestEditUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AllianceScope"_s);
    QCoreApplication::setApplicationName(u"tst_editui"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QFile fixture(QStringLiteral(ALLIANCESCOPE_TEST_DATA "/window-fixture.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    m_original = fixture.readAll();
}

void TestEditUi::init()
{
    m_path = m_dir.filePath(u"fixture.json"_s);
    QVERIFY(writeFile(m_path, m_original));
    m_window = new MainWindow;
    m_window->setErrorBoxesEnabled(false);
    QVERIFY(m_window->openFile(m_path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestEditUi::cleanup()
{
    RecoveryStore::remove(m_window->document()->path());
    delete m_window;
    m_window = nullptr;
}

void TestEditUi::editorValidatesAsYouType()
{
    Document *doc = m_window->document();
    doc->setEventIndex(0);
    m_window->action(u"editEvent"_s)->trigger();
    EventEditorDialog *dialog = edit()->eventEditor();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *errorLabel = dialog->findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(dialog->errors().isEmpty());
    QVERIFY(ok->isEnabled());

    // A date that is none: the reader's message, as you type (after the short delay).
    auto *date = dialog->findChild<QLineEdit *>(u"eventDate"_s);
    date->clear();
    QTest::keyClicks(date, u"1965-13"_s); // typed, as a user would
    QTRY_VERIFY(!dialog->errors().isEmpty());
    QVERIFY2(errorLabel->text().contains(u"invalid date"_s), qPrintable(errorLabel->text()));
    QVERIFY(!ok->isEnabled());
    date->setText(u"1965-06-22"_s);
    QTRY_VERIFY(dialog->errors().isEmpty());
    QVERIFY(ok->isEnabled());

    // An effect on an actor the chronology does not know: the reader's own message.
    QTableWidget *effects = dialog->effectsTable();
    QVERIFY(effects->rowCount() >= 1);
    effects->item(0, 1)->setText(u"JPN, XXX"_s);
    QTRY_VERIFY(!dialog->errors().isEmpty());
    QVERIFY2(errorLabel->text().contains(u"XXX"_s), qPrintable(errorLabel->text()));
    QVERIFY(!ok->isEnabled());
    // A score that is no number: the form's own message.
    effects->item(0, 1)->setText(u"JPN, KOR"_s);
    effects->item(0, 3)->setText(u"lots"_s);
    QTRY_VERIFY2(errorLabel->text().contains(u"lots"_s), qPrintable(errorLabel->text()));
    QVERIFY(!ok->isEnabled());
    // A score out of range: the reader says so.
    effects->item(0, 3)->setText(u"12"_s);
    QTRY_VERIFY2(errorLabel->text().contains(u"12"_s), qPrintable(errorLabel->text()));
    QVERIFY(!errorLabel->text().contains(u"lots"_s));
    QVERIFY(!ok->isEnabled());
    effects->item(0, 3)->setText(QString());
    QTRY_VERIFY(ok->isEnabled());
    // Nothing reached the chronology while the form was invalid.
    QVERIFY(!edit()->session()->isModified());
    QCOMPARE(ChronologyWriter::toJson(doc->chronology()),
             ChronologyWriter::toJson(*ChronologyReader::readData(m_original, u"f"_s).chronology));
    dialog->reject();
}

void TestEditUi::editingAnEffectChangesTheGraphAtOnce()
{
    Document *doc = m_window->document();
    const int gsomia = doc->chronology().eventIndex(u"2016-gsomia"_s);
    doc->setEventIndex(gsomia);
    const double before = doc->snapshot().weight(u"JPN"_s, u"KOR"_s, Layer::Security);
    EdgeItem *edge = m_window->scene()->edgeItem(u"JPN"_s, u"KOR"_s);
    QVERIFY(edge);
    const double penBefore = edge->weight();
    edit()->editEvent(u"2016-gsomia"_s);
    EventEditorDialog *dialog = edit()->eventEditor();
    QVERIFY(dialog);
    dialog->effectsTable()->item(0, 3)->setText(u"-8"_s); // an agreement turned into a blow
    QVERIFY(dialog->apply());                              // Apply: the chronology changes, the form stays
    QVERIFY(dialog->isVisible());
    QCOMPARE(doc->chronology().event(u"2016-gsomia"_s)->effects.first().score, std::optional<double>(-8));
    QCOMPARE(doc->currentEventIndex(), gsomia);
    const double after = doc->snapshot().weight(u"JPN"_s, u"KOR"_s, Layer::Security);
    QVERIFY2(after < before, qPrintable(u"%1 → %2"_s.arg(before).arg(after)));
    QVERIFY(m_window->scene()->edgeItem(u"JPN"_s, u"KOR"_s));
    QVERIFY(m_window->scene()->edgeItem(u"JPN"_s, u"KOR"_s)->weight() != penBefore);
    dialog->reject();
    m_window->action(u"undo"_s)->trigger();
    QCOMPARE(doc->snapshot().weight(u"JPN"_s, u"KOR"_s, Layer::Security), before);
}

void TestEditUi::newEventFromTheEditor()
{
    Document *doc = m_window->document();
    const int count = int(doc->chronology().events().size());
    m_window->action(u"newEvent"_s)->trigger();
    EventEditorDialog *dialog = edit()->eventEditor();
    QVERIFY(dialog);
    // Empty titles and no effects: the reader's rules decide what is missing.
    dialog->findChild<QLineEdit *>(u"eventId"_s)->setText(u"2020-talks"_s);
    dialog->findChild<QLineEdit *>(u"eventDate"_s)->setText(u"2020-05"_s);
    dialog->findChild<QLineEdit *>(u"titleZh"_s)->setText(u"会谈"_s);
    dialog->findChild<QLineEdit *>(u"titleEn"_s)->setText(u"Talks"_s);
    dialog->findChild<QLineEdit *>(u"eventActors"_s)->setText(u"JPN, KOR"_s);
    dialog->validateNow();
    QVERIFY(!dialog->errors().isEmpty()); // the summaries are still missing
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->findChild<QPlainTextEdit *>(u"summaryZh"_s)->setPlainText(u"日韩会谈。"_s);
    dialog->findChild<QPlainTextEdit *>(u"summaryEn"_s)->setPlainText(u"Japan and the ROK talk."_s);
    dialog->addEffect();
    dialog->effectsTable()->item(0, 7)->setText(u"a first meeting in years"_s);
    dialog->validateNow();
    QVERIFY2(dialog->errors().isEmpty(), qPrintable(dialog->errors().join(u'\n')));
    dialog->accept();
    QCOMPARE(doc->chronology().events().size(), count + 1);
    const Event *e = doc->chronology().event(u"2020-talks"_s);
    QVERIFY(e);
    QCOMPARE(e->precision, Precision::Month);
    QCOMPARE(e->effects.size(), 1);
    QCOMPARE(e->effects.first().actors, (QStringList{u"JPN"_s, u"KOR"_s}));
    QCOMPARE(doc->currentEventIndex(), doc->chronology().eventIndex(u"2020-talks"_s));
    QVERIFY(!edit()->eventEditor() || !edit()->eventEditor()->isVisible());
}

void TestEditUi::modifiedMarkFollowsTheUndoStack()
{
    QVERIFY(m_window->windowTitle().contains(u"fixture.json[*]"_s));
    QVERIFY(m_window->windowTitle().contains(u"Test chronology"_s));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(edit()->session()->removeEvent(u"1965-normalisation"_s).isEmpty());
    QVERIFY(m_window->isWindowModified());
    m_window->action(u"undo"_s)->trigger();
    QVERIFY(!m_window->isWindowModified());
    m_window->action(u"redo"_s)->trigger();
    QVERIFY(m_window->isWindowModified());
}

void TestEditUi::saveWritesAndReadsBack()
{
    Document *doc = m_window->document();
    Event e = *doc->chronology().event(u"2019-termination"_s);
    e.summary.en = u"Seoul announces it will end GSOMIA."_s;
    QVERIFY(edit()->session()->editEvent(e.id, e).isEmpty());
    QVERIFY(m_window->presentation()->save());
    QVERIFY(!m_window->isWindowModified());
    const QByteArray saved = readAll(m_path);
    QCOMPARE(saved, ChronologyWriter::toJson(doc->chronology()));
    // The order of events and their ids are the file's.
    const auto reread = ChronologyReader::readData(saved, m_path);
    QVERIFY(reread.ok());
    QStringList ids, idsBefore;
    for (const Event &x : reread.chronology->events())
        ids.append(x.id);
    const auto original = ChronologyReader::readData(m_original, u"f"_s);
    QVERIFY(original.ok());
    for (const Event &x : original.chronology->events())
        idsBefore.append(x.id);
    QCOMPARE(ids, idsBefore);
    // Reopening gives the same chronology; the history stays after a save.
    QCOMPARE(edit()->session()->undoStack()->count(), 1);
    QVERIFY(m_window->openFile(m_path));
    QCOMPARE(ChronologyWriter::toJson(doc->chronology()), saved);
    // A save that cannot be written fails loudly and keeps the edits.
    QVERIFY(edit()->session()->removeEvent(u"2019-termination"_s).isEmpty());
    QString error;
    QVERIFY(!EditSession::save(doc->chronology(), m_dir.filePath(u"no/such/dir/x.json"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(m_window->isWindowModified());
}

void TestEditUi::closeAsksSaveDiscardCancel()
{
    QVERIFY(edit()->session()->removeEvent(u"1965-normalisation"_s).isEmpty());
    edit()->setPromptAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(readAll(m_path), m_original); // nothing written

    edit()->setPromptAnswer(QMessageBox::Save);
    QVERIFY(m_window->close());
    QVERIFY(!m_window->document()->chronology().event(u"1965-normalisation"_s));
    const auto saved = ChronologyReader::readFile(m_path);
    QVERIFY(saved.ok());
    QVERIFY(!saved.chronology->event(u"1965-normalisation"_s));

    // Discard: closes without writing.
    m_window->show();
    QVERIFY(edit()->session()->removeEvent(u"1999-tcog"_s).isEmpty());
    const QByteArray before = readAll(m_path);
    edit()->setPromptAnswer(QMessageBox::Discard);
    QVERIFY(m_window->close());
    QCOMPARE(readAll(m_path), before);
    QVERIFY(!m_window->isWindowModified());
}

void TestEditUi::undoRedoActionsAndDelete()
{
    Document *doc = m_window->document();
    QAction *undo = m_window->action(u"undo"_s);
    QAction *redo = m_window->action(u"redo"_s);
    QCOMPARE(undo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(redo->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QVERIFY(!undo->isEnabled());
    const QByteArray before = ChronologyWriter::toJson(doc->chronology());
    doc->setEventIndex(doc->chronology().eventIndex(u"2019-termination"_s));
    m_window->action(u"deleteEvent"_s)->trigger();
    QVERIFY(!doc->chronology().event(u"2019-termination"_s));
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(u"2019-termination"_s));
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ChronologyWriter::toJson(doc->chronology()), before);
    QVERIFY(redo->isEnabled());
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!doc->chronology().event(u"2019-termination"_s));
    // The Edit menu holds them, and the history dock lists the step.
    auto *menu = m_window->menuBar()->findChild<QMenu *>(u"editMenu"_s);
    QVERIFY(menu->actions().contains(undo));
    QVERIFY(menu->actions().contains(m_window->action(u"newEvent"_s)));
    QVERIFY(edit()->historyDock());
    QCOMPARE(edit()->session()->undoStack()->count(), 1);
}

void TestEditUi::doubleClickOpensTheEditor()
{
    QTableView *list = m_window->eventListView();
    const QModelIndex title = list->model()->index(0, EventListModel::Title);
    list->scrollTo(title);
    const QRect rect = list->visualRect(title);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(edit()->eventEditor());
    QCOMPARE(edit()->eventEditor()->editedId(), title.data(EventListModel::EventIdRole).toString());
    edit()->eventEditor()->reject();
    // The what-if box still switches the event off, without opening the editor.
    QVERIFY(!m_window->document()->isWhatIf());
    list->model()->setData(list->model()->index(0, EventListModel::Date), Qt::Unchecked, Qt::CheckStateRole);
    QVERIFY(m_window->document()->isWhatIf());
}

void TestEditUi::newChronologyIsUntitled()
{
    Document *doc = m_window->document();
    const int actors = int(doc->chronology().actors().size());
    m_window->action(u"newChronology"_s)->trigger();
    QVERIFY(doc->chronology().events().isEmpty());
    QCOMPARE(doc->chronology().actors().size(), actors);
    QVERIFY(doc->path().isEmpty());
    QVERIFY(m_window->windowTitle().startsWith(u"Untitled[*]"_s));
    QVERIFY(!m_window->isWindowModified());
}

void TestEditUi::recentFilesNewestFirst()
{
    const QString second = m_dir.filePath(u"second.json"_s);
    QVERIFY(writeFile(second, m_original));
    QVERIFY(m_window->openFile(second));
    const QStringList recent = edit()->recentFiles();
    QVERIFY(recent.size() >= 2);
    QCOMPARE(recent[0], QFileInfo(second).absoluteFilePath());
    QCOMPARE(recent[1], QFileInfo(m_path).absoluteFilePath());
    auto *menu = m_window->findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(menu);
    emit menu->aboutToShow();
    QVERIFY(menu->actions().size() >= 2);
    QVERIFY(menu->actions().first()->text().contains(u"second.json"_s));
    menu->actions()[1]->trigger();
    QCOMPARE(m_window->document()->path(), m_path);
}

void TestEditUi::actorsAndCategoriesTables()
{
    Document *doc = m_window->document();
    m_window->action(u"editActors"_s)->trigger();
    ItemTableDialog *actors = edit()->itemDialog();
    QVERIFY(actors);
    const int count = int(doc->chronology().actors().size());
    QCOMPARE(actors->table()->rowCount(), count);
    actors->addItem();
    QCOMPARE(doc->chronology().actors().size(), count + 1);
    QCOMPARE(actors->table()->rowCount(), count + 1);
    // Rename the new actor in its cell: one command.
    int row = -1;
    for (int r = 0; r < actors->table()->rowCount(); ++r)
        if (actors->table()->item(r, 0)->text() == u"XAA"_s)
            row = r;
    QVERIFY(row >= 0);
    actors->table()->item(row, 0)->setText(u"PHL"_s);
    QVERIFY(doc->chronology().actor(u"PHL"_s));
    // JPN is named by events: refused with the reader's message, the table as it was.
    for (int r = 0; r < actors->table()->rowCount(); ++r)
        if (actors->table()->item(r, 0)->text() == u"JPN"_s)
            actors->table()->setCurrentCell(r, 0);
    actors->deleteSelected();
    QVERIFY(!actors->message().isEmpty());
    QVERIFY(doc->chronology().actor(u"JPN"_s));
    QCOMPARE(edit()->session()->undoStack()->count(), 2);
    actors->close();

    m_window->action(u"editCategories"_s)->trigger();
    ItemTableDialog *categories = edit()->itemDialog();
    QVERIFY(categories);
    QCOMPARE(categories->table()->item(1, 0)->text(), u"dispute"_s);
    categories->table()->item(1, 1)->setText(u"-9"_s);
    QCOMPARE(doc->chronology().category(u"dispute"_s)->score, -9.0);
    categories->table()->item(1, 1)->setText(u"-11"_s); // out of range: refused
    QVERIFY(!categories->message().isEmpty());
    QCOMPARE(doc->chronology().category(u"dispute"_s)->score, -9.0);
    QCOMPARE(categories->table()->item(1, 1)->text(), u"-9"_s);
    // Undo reaches the open table too.
    edit()->session()->undoStack()->undo();
    QCOMPARE(categories->table()->item(1, 1)->text(),
             QString::number(ChronologyReader::readData(m_original, u"f"_s).chronology->category(u"dispute"_s)->score));
    QCOMPARE(doc->chronology().category(u"dispute"_s)->score,
             ChronologyReader::readData(m_original, u"f"_s).chronology->category(u"dispute"_s)->score);
    categories->close();
}

void TestEditUi::autosaveWritesTheRecoveryFileNotTheSource()
{
    AutoSaver *saver = edit()->autoSaver();
    QCOMPARE(saver->interval(), AutoSaver::kDefaultIntervalMs);
    QVERIFY(!saver->saveNow()); // nothing to save
    QVERIFY(edit()->session()->removeEvent(u"1999-tcog"_s).isEmpty());
    QSignalSpy autosaved(saver, &AutoSaver::autosaved);
    saver->setInterval(50);
    QTRY_COMPARE(autosaved.count(), 1);
    const QString recovery = RecoveryStore::recoveryPath(m_path);
    QCOMPARE(autosaved.first().first().toString(), recovery);
    QCOMPARE(readAll(recovery), ChronologyWriter::toJson(m_window->document()->chronology()));
    QCOMPARE(readAll(m_path), m_original); // the user's file is untouched
    QCOMPARE(RecoveryStore::pending().size(), 1);
    // Saving deletes the recovery file.
    QVERIFY(m_window->presentation()->save());
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(RecoveryStore::pending().isEmpty());
}

void TestEditUi::unsavedStoriesAreKeptAndAskedAbout()
{
    // A story edited in the Stories panel is not on the undo stack, but it is unsaved all the
    // same: the modified mark, the recovery file and the question on closing include it.
    StoriesPanel *stories = m_window->presentation()->storiesPanel();
    const QList<Story> fromFile = stories->stories();
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!edit()->hasUnsavedChanges());
    stories->addCurrentView();
    QVERIFY(stories->isModified());
    QVERIFY(!edit()->session()->isModified());
    QVERIFY(edit()->hasUnsavedChanges());
    QVERIFY(m_window->isWindowModified());
    const QList<Story> edited = stories->stories();
    QVERIFY(edited != fromFile);

    // The recovery file holds the edited stories; the user's file is untouched.
    AutoSaver *saver = edit()->autoSaver();
    QVERIFY(saver->saveNow());
    const QString recovery = RecoveryStore::recoveryPath(m_path);
    const auto recovered = ChronologyReader::readFile(recovery);
    QVERIFY2(recovered.ok(), qPrintable(recovered.errors.value(0).toString()));
    QCOMPARE(recovered.chronology->stories(), edited);
    QCOMPARE(readAll(m_path), m_original);

    // Cancel keeps the window and the stories.
    edit()->setPromptAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(stories->isModified());
    QCOMPARE(stories->stories(), edited);

    // Discard: the file's stories again, nothing written, no recovery file.
    edit()->setPromptAnswer(QMessageBox::Discard);
    QVERIFY(m_window->close());
    QCOMPARE(readAll(m_path), m_original);
    QVERIFY(!stories->isModified());
    QCOMPARE(stories->stories(), fromFile);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!QFile::exists(recovery));

    // Save: written with the file.
    m_window->show();
    stories->addCurrentView();
    const QList<Story> second = stories->stories();
    edit()->setPromptAnswer(QMessageBox::Save);
    QVERIFY(m_window->close());
    QVERIFY(!stories->isModified());
    const auto saved = ChronologyReader::readFile(m_path);
    QVERIFY(saved.ok());
    QCOMPARE(saved.chronology->stories(), second);
}

void TestEditUi::layoutKeptByAnEditThatLeavesItsInput()
{
    // The layout's input is the actors, their labels and the number of effects per dyad: an edit
    // of a title or a score keeps the layout (no Graphviz run, no nodes moving); an edit that
    // removes effects lays out again.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLayoutRunning(), 10000);
    LayoutController *layouts = m_window->layoutController();
    const Language lang = m_window->document()->language();
    QVERIFY(layouts->hasLayout(lang));
    const GraphLayout before = layouts->layoutFor(lang);
    QSignalSpy ready(layouts, &LayoutController::layoutReady);

    Event e = *m_window->document()->chronology().event(u"2016-gsomia"_s);
    e.title.en = u"GSOMIA signed"_s;
    e.effects.first().score = -3;
    QVERIFY(edit()->session()->editEvent(e.id, e).isEmpty());
    QVERIFY(!m_window->isLayoutRunning());
    QVERIFY(layouts->hasLayout(lang));
    QCOMPARE(layouts->layoutFor(lang).positions, before.positions);
    m_window->action(u"undo"_s)->trigger();
    QVERIFY(!m_window->isLayoutRunning());
    m_window->action(u"redo"_s)->trigger();
    QVERIFY(!m_window->isLayoutRunning());
    QCoreApplication::processEvents();
    QCOMPARE(ready.size(), 0);

    // Deleting an event removes its effects: the edges' weights change, Graphviz runs again.
    QVERIFY(edit()->session()->removeEvent(u"1965-normalisation"_s).isEmpty());
    QVERIFY(!layouts->hasLayout(lang));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    QVERIFY(layouts->hasLayout(lang));
}

void TestEditUi::renamingAnActorKeepsTheItems()
{
    // Renaming an actor relabels its node; the scene keeps its items (no provisional ring, no
    // rebuild), and undo gives the old name back. An added actor gets its node.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLayoutRunning(), 10000);
    AllianceScene *scene = m_window->scene();
    NodeItem *node = scene->nodeItem(u"KOR"_s);
    EdgeItem *edge = scene->edgeItem(u"JPN"_s, u"KOR"_s);
    QVERIFY(node && edge);
    const QString label = node->label();
    const QPointF at = node->pos();
    Actor korea = *m_window->document()->chronology().actor(u"KOR"_s);
    korea.name.en = u"Republic of Korea (South)"_s;
    korea.name.zh = u"大韩民国（韩国）"_s;
    QVERIFY(edit()->session()->editActor(u"KOR"_s, korea).isEmpty());
    QCOMPARE(scene->nodeItem(u"KOR"_s), node);
    QCOMPARE(scene->edgeItem(u"JPN"_s, u"KOR"_s), edge);
    QCOMPARE(node->pos(), at);
    QCOMPARE(node->label(), korea.name.in(m_window->document()->language()));
    m_window->action(u"undo"_s)->trigger();
    QCOMPARE(scene->nodeItem(u"KOR"_s), node);
    QCOMPARE(node->label(), label);

    Actor asean;
    asean.id = u"ASEAN"_s;
    asean.kind = ActorKind::Mechanism;
    asean.name = {u"东盟"_s, u"ASEAN"_s};
    QVERIFY(edit()->session()->addActor(asean).isEmpty());
    QVERIFY(scene->nodeItem(u"ASEAN"_s));
}

QTEST_MAIN(TestEditUi)
#include "tst_editui.moc"
