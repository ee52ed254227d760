// Tests of saving a large chronology on a worker (issue 11): the window stays usable, the undo
// stack is clean where the save started (edits made meanwhile stay modified), a failed save keeps
// the modified mark and shows the error, and closing the window waits for the save.
#include "bench/generatedchronology.h"
#include "chronology/chronologyreader.h"
#include "chronology/chronologywriter.h"
#include "edit/editsession.h"
#include "edit/editui.h"
#include "mainwindow/mainwindow.h"
#include "present/presentationcontroller.h"
#include "present/storiespanel.h"
#include "session/document.h"

#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

class TestEditSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanWhereTheSaveStarted();
    void failedSaveKeepsTheEdits();
    void closingWaitsForTheSave();
    void smallChronologySavesAtOnce();
    void storiesFollowTheWorkersOutcome();

private:
    EditSession *session() const { return m_window->editUi()->session(); }
    /// Edits the title of event @p index (a different title each call).
    void edit(int index);
    QByteArray json() const { return ChronologyWriter::toJson(m_window->document()->chronology()); }

    QTemporaryDir m_dir;
    QString m_path;
    MainWindow *m_window = nullptr;
    int m_round = 0;
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestEditSave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestEditSave::init()
{
    m_path = m_dir.filePath(u"big.json"_s);
    QString error;
    QVERIFY2(ChronologyWriter::writeFile(Bench::generatedChronology(30, 100, EditSession::kWholeCheckLimit + 10),
                                         m_path, &error),
             qPrintable(error));
    m_window = new MainWindow;
    m_window->setErrorBoxesEnabled(false);
    QVERIFY(m_window->openFile(m_path));
    QTRY_COMPARE(m_window->document()->chronology().events().size(), EditSession::kWholeCheckLimit + 10);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestEditSave::cleanup()
{
    if (m_window) {
        session()->waitForSave();
        m_window->editUi()->setPromptAnswer(QMessageBox::Discard);
    }
    delete m_window;
    m_window = nullptr;
}

void TestEditSave::edit(int index)
{
    Event e = m_window->document()->chronology().events()[index];
    e.title.en = u"Edited %1"_s.arg(++m_round);
    QVERIFY(session()->editEvent(e.id, e).isEmpty());
}

void TestEditSave::cleanWhereTheSaveStarted()
{
    edit(10);
    const QByteArray saved = json();
    QSignalSpy finished(session(), &EditSession::saveFinished);
    QVERIFY(m_window->presentation()->save());
    QVERIFY(session()->isSaving());
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(u"Saving big.json"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    // The message can be seen: the date label gives way to it (a permanent, stretching label
    // left the message no room).
    auto *date = m_window->statusBar()->findChild<QLabel *>(u"statusDate"_s);
    QVERIFY(date);
    QVERIFY(!date->isVisible());
    // An edit while the worker writes: not in the file, and still modified afterwards.
    edit(20);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().at(1).toBool());
    QVERIFY(!session()->isSaving());
    QCOMPARE(readAll(m_path), saved);
    QVERIFY(session()->isModified());
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Saved big.json"_s);
    QVERIFY(!date->isVisible());
    m_window->statusBar()->clearMessage();
    QVERIFY(date->isVisible());
    // Undoing the later edit gives the state saved: clean.
    session()->undoStack()->undo();
    QCOMPARE(json(), saved);
    QVERIFY(!session()->isModified());
    QVERIFY(!m_window->isWindowModified());
    session()->undoStack()->redo();
    QVERIFY(session()->isModified());
}

void TestEditSave::failedSaveKeepsTheEdits()
{
    edit(10);
    const QString bad = m_dir.filePath(u"no/such/dir/big.json"_s);
    QSignalSpy finished(session(), &EditSession::saveFinished);
    QVERIFY(session()->startSave(m_window->document()->chronology(), bad));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(1).toBool());
    QVERIFY(!finished.first().at(2).toString().isEmpty());
    QVERIFY(!session()->waitForSave());
    QVERIFY(session()->isModified());
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->document()->path(), m_path);
    QVERIFY(!QFile::exists(bad));
    // The error is shown (window-modal, the window stays usable).
    auto *box = m_window->findChild<QMessageBox *>(u"saveErrorBox"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), finished.first().at(2).toString());
    box->close();
}

void TestEditSave::closingWaitsForTheSave()
{
    edit(10);
    const QByteArray saved = json();
    QVERIFY(m_window->presentation()->save());
    QVERIFY(session()->isSaving());
    // Cancel would keep the window open if it asked: once the save ended nothing is unsaved.
    m_window->editUi()->setPromptAnswer(QMessageBox::Cancel);
    QVERIFY(m_window->close());
    QVERIFY(!session()->isSaving());
    QVERIFY(!session()->isModified());
    QCOMPARE(readAll(m_path), saved);
}

void TestEditSave::smallChronologySavesAtOnce()
{
    // Below kWholeCheckLimit events the save runs at once, with the same outcome.
    Chronology small = Bench::generatedChronology(10, 20, 50);
    m_window->document()->setChronology(small, m_path);
    edit(5);
    QSignalSpy started(session(), &EditSession::saveStarted);
    QVERIFY(m_window->presentation()->save());
    QVERIFY(!session()->isSaving());
    QCOMPARE(started.size(), 0);
    QVERIFY(!session()->isModified());
    QCOMPARE(readAll(m_path), json());
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Saved big.json"_s);
}

void TestEditSave::storiesFollowTheWorkersOutcome()
{
    // A large chronology is saved on a worker: the Stories panel's changes count as saved only
    // when the worker wrote them, and changes made meanwhile stay unsaved.
    StoriesPanel *stories = m_window->presentation()->storiesPanel();
    QSignalSpy finished(session(), &EditSession::saveFinished);

    // A failed save: still modified.
    stories->addCurrentView();
    QVERIFY(stories->isModified());
    const QString bad = m_dir.filePath(u"no/such/dir/big.json"_s);
    QVERIFY(stories->saveTo(bad));
    QVERIFY(session()->isSaving());
    QVERIFY(stories->isModified()); // not before the worker tells
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(1).toBool());
    QVERIFY(stories->isModified());
    QVERIFY(m_window->isWindowModified());
    if (auto *box = m_window->findChild<QMessageBox *>(u"saveErrorBox"_s))
        box->close();

    // A change while the worker writes: still modified afterwards.
    QVERIFY(stories->saveTo(m_path));
    QVERIFY(session()->isSaving());
    stories->addCurrentView();
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(finished.last().at(1).toBool());
    QVERIFY(stories->isModified());
    QVERIFY(m_window->isWindowModified());

    // A save that works with nothing changed meanwhile: saved.
    const QList<Story> edited = stories->stories();
    QVERIFY(stories->saveTo(m_path));
    QTRY_COMPARE(finished.size(), 3);
    QVERIFY(finished.last().at(1).toBool());
    QVERIFY(!stories->isModified());
    QVERIFY(!m_window->isWindowModified());
    const auto reread = ChronologyReader::readFile(m_path);
    QVERIFY(reread.ok());
    QCOMPARE(reread.chronology->stories(), edited);
}

QTEST_MAIN(TestEditSave)
#include "tst_editsave.moc"
