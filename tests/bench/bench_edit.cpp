// Benchmark of editing a large chronology (issue 11): a generated 10,000-event chronology is
// opened in the window; then one event is edited through the undo stack (checked by writing and
// reading the chronology back, the model rebuilt, every view following), undone, and the file
// saved (written atomically and read back). The parts: the check alone, the model rebuild alone;
// for comparison, what these cost before (the tree writer, every view rebuilt, Save on the UI
// thread).
// uiBlock: each of Edit → OK, undo, redo and Save run from the event loop five times while a 20 ms
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
    void undoRedo();
    void save();
    void uiBlock();
    void repaint();

private:
    /// The middle event with a new title and score (a different one each call).
    Event editedEvent();

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
    // The document's part of an edit: a new weight model and every view following it.
    Document *doc = m_window->document();
    QBENCHMARK {
        doc->replaceChronology(doc->chronology());
    }
    QCOMPARE(doc->chronology().events().size(), 10000);
}

void BenchEdit::rebuildEverything()
{
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
    // What Save did on the UI thread before: written atomically, read back, compared.
    QString error;
    QBENCHMARK {
        QVERIFY2(EditSession::save(m_window->document()->chronology(), m_path, &error), qPrintable(error));
    }
}

void BenchEdit::editEvent()
{
    // Edit → OK: the check, the command pushed, the model rebuilt and the views updated.
    EditSession *session = m_window->editUi()->session();
    QBENCHMARK {
        const Event e = editedEvent();
        QVERIFY(session->editEvent(e.id, e).isEmpty());
    }
    QVERIFY(session->isModified());
}

void BenchEdit::undoRedo()
{
    QUndoStack *stack = m_window->editUi()->session()->undoStack();
    QVERIFY(stack->canUndo());
    QBENCHMARK {
        stack->undo();
        stack->redo();
    }
}

void BenchEdit::save()
{
    // File → Save: written atomically, read back and compared.
    QBENCHMARK {
        QVERIFY(m_window->presentation()->save());
        QVERIFY(m_window->editUi()->session()->waitForSave()); // on a worker: its whole time
    }
    QVERIFY(!m_window->editUi()->session()->isModified());
}

void BenchEdit::uiBlock()
{
    EditSession *session = m_window->editUi()->session();
    QUndoStack *stack = session->undoStack();
    const auto idle = [] { return true; };
    const auto saved = [session] { return !session->isSaving(); };
    QList<Bench::Block> edits, undos, redos, saves;
    for (int round = 0; round < 5; ++round) {
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
}

void BenchEdit::repaint()
{
    // For comparison: one repaint of the graph of 100 states and 1,000 dyads (any date step
    // costs it too; an edit's new weights animate over a few of them).
    QWidget *viewport = m_window->graphView()->viewport();
    QBENCHMARK {
        viewport->repaint();
    }
}

QTEST_MAIN(BenchEdit)
#include "bench_edit.moc"
