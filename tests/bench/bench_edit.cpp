// Benchmark of editing a large chronology (issue 11): a generated 10,000-event chronology is
// opened in the window; then one event is edited through the undo stack (checked by writing and
// reading the chronology back, the model rebuilt, every view following), undone, and the file
// saved (written atomically and read back). The parts: the check alone, the model rebuild alone;
// for comparison, what these cost before (the tree writer, every view rebuilt, Save on the UI
// thread).
// uiBlock: each of Edit → OK, undo, redo and Save (and an actor's new name → OK in the actor table,
// undone) run from the event loop five times while a 20 ms
// timer ticks; the call's time and how late the timer fired at worst (the longest the window could
// not answer), the loop kept running 300 ms after (the views' queued work, a save on a worker).
// Run: QT_QPA_PLATFORM=offscreen ./build/tests/bench_edit (numbers in docs/PERFORMANCE.md).
#include "generatedchronology.h"
#include "../referencewriter.h"
#include "uiprobe.h"
#include "chronology/chronologyreader.h"
#include "chronology/chronologywriter.h"
#include "edit/editsession.h"
#include "edit/editui.h"
#include "edit/eventcheck.h"
#include "edit/itemcommand.h"
#include "graphview/graphview.h"
#include "mainwindow/mainwindow.h"
#include "present/presentationcontroller.h"
#include "session/document.h"

#include "weights/weightmodel.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

class BenchEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void open();
    void check();
    void wholeCheckParts();
    void rebuildModel();
    void rebuildEverything();
    void saveOnTheUiThread();
    void editEvent();
    void editActor();
    void checkActor();
    void undoRedo();
    void save();
    void uiBlock();
    void repaint();

private:
    /// Opens the generated file unless it is open (each benchmark can run alone).
    void ensureOpen();
    /// The middle event with a new title and score (a different one each call).
    Event editedEvent();
    /// The middle actor with a new name (a different one each call), as the actor table edits it.
    Actor editedActor();

    QTemporaryDir m_dir;
    QString m_path;
    MainWindow *m_window = nullptr;
    int m_round = 0;
};


void BenchEdit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"generated-10000.json"_s);
    QString error;
    QVERIFY2(ChronologyWriter::writeFile(Bench::generatedChronology(100, 1000, 10000), m_path, &error),
             qPrintable(error));
    m_window = new MainWindow;
    m_window->setErrorBoxesEnabled(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void BenchEdit::cleanupTestCase()
{
    m_window->editUi()->setPromptAnswer(QMessageBox::Discard);
    delete m_window;
}

void BenchEdit::ensureOpen()
{
    if (m_window->document()->chronology().events().size() == 10000 && !m_window->isLoading())
        return;
    QVERIFY(m_window->openFile(m_path));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->document()->chronology().events().size(), 10000, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), 60000);
    // The opening's own work (the Graphviz layout, its animation and the first repaints with it)
    // is over before an edit is measured: it is not the edit's.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLayoutRunning(), 60000);
    QTest::qWait(1000);
}

Actor BenchEdit::editedActor()
{
    const QList<Actor> &actors = m_window->document()->chronology().actors();
    Actor a = actors[actors.size() / 2];
    a.name.en = u"Renamed %1"_s.arg(++m_round);
    return a;
}

Event BenchEdit::editedEvent()
{
    const QList<Event> &events = m_window->document()->chronology().events();
    Event e = events[events.size() / 2];
    e.title.en = u"Edited %1"_s.arg(++m_round);
    e.effects.first().score = (m_round % 19) - 9.0;
    return e;
}

void BenchEdit::open()
{
    QBENCHMARK_ONCE {
        QVERIFY(m_window->openFile(m_path));
        // A large file loads on a worker.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->document()->chronology().events().size(), 10000, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), 60000); // and no other load pending
    }
}

void BenchEdit::check()
{
    ensureOpen();
    if (QTest::currentTestFailed())
        return;
    // What the form does after each keystroke: write the candidate, read it back.
    const Event e = editedEvent();
    QList<ReadError> errors;
    QBENCHMARK {
        errors = m_window->editUi()->session()->checkEvent(e.id, e);
    }
    QVERIFY(errors.isEmpty());
}

void BenchEdit::wholeCheckParts()
{
    ensureOpen();
    if (QTest::currentTestFailed())
        return;
    // What an edit checks before it is pushed: the writer's output, then the reader on it.
    const Chronology &c = m_window->document()->chronology();
    QByteArray json;
    QElapsedTimer t;
    t.start();
    const QByteArray tree = Reference::treeToJson(c);
    const qint64 treeWrite = t.restart();
    json = ChronologyWriter::toJson(c);
    const qint64 write = t.restart();
    QCOMPARE(json, tree);
    const auto result = ChronologyReader::readData(json, u"x"_s);
    const qint64 read = t.restart();
    const WeightModel model(*result.chronology, m_window->document()->parameters());
    const qint64 build = t.elapsed();
    qInfo("toJson %lld ms (%lld bytes; the tree writer before: %lld ms), readData %lld ms, "
          "WeightModel %lld ms",
          qlonglong(write), qlonglong(json.size()), qlonglong(treeWrite), qlonglong(read),
          qlonglong(build));
    QVERIFY(result.ok());
}

void BenchEdit::rebuildModel()
{
    ensureOpen();
    if (QTest::currentTestFailed())
        return;
    // The document's part of an edit: a new weight model and every view following it.
    Document *doc = m_window->document();
    QBENCHMARK {
        doc->replaceChronology(doc->chronology());
    }
    QCOMPARE(doc->chronology().events().size(), 10000);
}

void BenchEdit::rebuildEverything()
{
    ensureOpen();
    if (QTest::currentTestFailed())
        return;
    // As an edit rebuilt the views before: every view anew (the document set again, as a file
    // opened), the event list reset, the graph's items made again.
    Document *doc = m_window->document();
    QBENCHMARK {
        doc->setChronology(doc->chronology(), m_path);
    }
    QCOMPARE(doc->chronology().events().size(), 10000);
}

void BenchEdit::saveOnTheUiThread()
{
    ensureOpen();
    if (QTest::currentTestFailed())
        return;
    // What Save did on the UI thread before: written atomically, read back, compared.
    QString error;
    QBENCHMARK {
        QVERIFY2(EditSession::save(m_window->document()->chronology(), m_path, &error), qPrintable(error));
    }
}

void BenchEdit::editEvent()
{
    ensureOpen();
    if (QTest::currentTestFailed())
        return;
    // Edit → OK: the check, the command pushed, the model rebuilt and the views updated.
    EditSession *session = m_window->editUi()->session();
    QBENCHMARK {
        const Event e = editedEvent();
        QVERIFY(session->editEvent(e.id, e).isEmpty());
    }
    QVERIFY(session->isModified());
}

void BenchEdit::editActor()
{
    ensureOpen();
    if (QTest::currentTestFailed())
        return;
    // The actor table's OK on a new name: the check, the command pushed, the views updated.
    EditSession *session = m_window->editUi()->session();
    QBENCHMARK {
        const Actor a = editedActor();
        QVERIFY(session->editActor(a.id, a).isEmpty());
    }
    QVERIFY(session->isModified());
}

void BenchEdit::checkActor()
{
    ensureOpen();
    if (QTest::currentTestFailed())
        return;
    // What OK in the actor table checks: the whole file written and read back (below
    // kWholeCheckLimit events), or EventCheck::checkDefinition — a new name (the definitions
    // alone), a new id (and every event naming the actor; refused).
    Document *doc = m_window->document();
    const Chronology &c = doc->chronology();
    const Actor renamed = editedActor();
    const int index = indexOfId(c.actors(), renamed.id);
    Actor newId = c.actors()[index];
    newId.id = u"ZZZ"_s;
    const ItemCommand<Actor> nameCommand(doc, QString(), c.actors()[index], renamed, index);
    const ItemCommand<Actor> idCommand(doc, QString(), c.actors()[index], newId, index);
    int naming = 0;
    for (const Event &e : c.events())
        naming += e.actors.contains(renamed.id) ? 1 : 0;
    QElapsedTimer t;
    t.start();
    const QList<ReadError> whole = EditSession::check(nameCommand.changed(c, true));
    const qint64 wholeMs = t.restart();
    constexpr int kRounds = 20;
    QList<ReadError> fastName, fastId;
    for (int i = 0; i < kRounds; ++i)
        fastName = EventCheck::checkDefinition(c, nameCommand);
    const qint64 nameMs = t.restart();
    for (int i = 0; i < kRounds; ++i)
        fastId = EventCheck::checkDefinition(c, idCommand);
    const qint64 idMs = t.elapsed();
    qInfo("a new name: the whole check %lld ms, EventCheck %.1f ms; a new id (%d events name the "
          "actor): EventCheck %.1f ms",
          qlonglong(wholeMs), double(nameMs) / kRounds, naming, double(idMs) / kRounds);
    QVERIFY(whole.isEmpty());
    QVERIFY(fastName.isEmpty());
    QVERIFY(!fastId.isEmpty());
}

void BenchEdit::undoRedo()
{
    ensureOpen();
    if (QTest::currentTestFailed())
        return;
    QUndoStack *stack = m_window->editUi()->session()->undoStack();
    if (!stack->canUndo()) { // run alone: an edit to undo
        const Event e = editedEvent();
        QVERIFY(m_window->editUi()->session()->editEvent(e.id, e).isEmpty());
    }
    QVERIFY(stack->canUndo());
    QBENCHMARK {
        stack->undo();
        stack->redo();
    }
}

void BenchEdit::save()
{
    ensureOpen();
    if (QTest::currentTestFailed())
        return;
    // File → Save: written atomically, read back and compared.
    QBENCHMARK {
        QVERIFY(m_window->presentation()->save());
        QVERIFY(m_window->editUi()->session()->waitForSave()); // on a worker: its whole time
    }
    QVERIFY(!m_window->editUi()->session()->isModified());
}

void BenchEdit::uiBlock()
{
    ensureOpen();
    if (QTest::currentTestFailed())
        return;
    EditSession *session = m_window->editUi()->session();
    QUndoStack *stack = session->undoStack();
    const auto idle = [] { return true; };
    const auto saved = [session] { return !session->isSaving(); };
    QList<Bench::Block> edits, undos, redos, saves, actors, actorUndos;
    for (int round = 0; round < 5; ++round) {
        actors.append(Bench::probe([&] {
            const Actor a = editedActor();
            QVERIFY(session->editActor(a.id, a).isEmpty());
        }, idle));
        QVERIFY(stack->canUndo());
        actorUndos.append(Bench::probe([stack] { stack->undo(); }, idle));
        edits.append(Bench::probe([&] {
            const Event e = editedEvent();
            QVERIFY(session->editEvent(e.id, e).isEmpty());
        }, idle));
        QVERIFY(stack->canUndo());
        undos.append(Bench::probe([stack] { stack->undo(); }, idle));
        QVERIFY(stack->canRedo());
        redos.append(Bench::probe([stack] { stack->redo(); }, idle));
        saves.append(Bench::probe([this] { QVERIFY(m_window->presentation()->save()); }, saved));
        QVERIFY(!session->isModified());
    }
    const auto report = [](const char *what, const QList<Bench::Block> &blocks) {
        qint64 callMin = blocks.first().call, callMax = 0, worstMin = blocks.first().worst, worstMax = 0;
        for (const Bench::Block &b : blocks) {
            callMin = std::min(callMin, b.call);
            callMax = std::max(callMax, b.call);
            worstMin = std::min(worstMin, b.worst);
            worstMax = std::max(worstMax, b.worst);
        }
        qInfo("%-10s call %lld–%lld ms, UI blocked at most %lld–%lld ms", what, qlonglong(callMin),
              qlonglong(callMax), qlonglong(worstMin), qlonglong(worstMax));
    };
    report("Edit → OK", edits);
    report("undo", undos);
    report("redo", redos);
    report("Save", saves);
    report("Actor → OK", actors);
    report("its undo", actorUndos);
}

void BenchEdit::repaint()
{
    ensureOpen();
    if (QTest::currentTestFailed())
        return;
    // For comparison: one repaint of the graph of 100 states and 1,000 dyads (any date step
    // costs it too; an edit's new weights animate over a few of them).
    QWidget *viewport = m_window->graphView()->viewport();
    QBENCHMARK {
        viewport->repaint();
    }
}

QTEST_MAIN(BenchEdit)
#include "bench_edit.moc"
