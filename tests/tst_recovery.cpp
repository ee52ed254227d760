// Tests of crash recovery (issue 11): a child process edits a chronology, autosaves and is killed
// with SIGKILL; a new start finds the recovery file and restores exactly the edited chronology
// (the writer's output), with the modified mark and the user's file untouched. Declining deletes
// the recovery; a source saved after the recovery was written is not offered.
#include "chronology/chronologyreader.h"
#include "chronology/chronologywriter.h"
#include "edit/editsession.h"
#include "edit/editui.h"
#include "edit/recoverystore.h"
#include "mainwindow/mainwindow.h"
#include "present/presentationcontroller.h"
#include "recoveryedit.h"
#include "session/document.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace AllianceScope;
using namespace AllianceScope::TestSupport;
using namespace Qt::StringLiterals;

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void killedChildIsRecovered();
    void declinedRecoveryIsDeleted();
    void savedSourceIsNotOffered();

private:
    /// Runs the child on m_path until it autosaved, then kills it with SIGKILL.
    void runAndKillChild();
    /// What the child's edit makes of the file.
    QByteArray expectedAfterEdit() const;

    QTemporaryDir m_dataHome;
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_original;
};

void TestRecovery::initTestCase()
{
    QVERIFY(m_dataHome.isValid());
    QVERIFY(m_dir.isValid());
    // The child and this process share the recovery folder (AppDataLocation under XDG_DATA_HOME).
    qputenv("XDG_DATA_HOME", m_dataHome.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_dataHome.filePath(u"config"_s).toLocal8Bit());
    qputenv("ALLIANCESCOPE_AUTOSAVE_MS", "100");
    QCoreApplication::setOrganizationName(u"AllianceScope"_s);
    QCoreApplication::setApplicationName(u"tst_recovery"_s);
    QVERIFY(RecoveryStore::directory().startsWith(m_dataHome.path()));
    QFile fixture(QStringLiteral(ALLIANCESCOPE_TEST_DATA "/window-fixture.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    m_original = fixture.readAll();
}

void TestRecovery::init()
{
    QDir(RecoveryStore::directory()).removeRecursively();
    m_path = m_dir.filePath(u"mine.json"_s);
    QVERIFY(writeFile(m_path, m_original));
}

QByteArray TestRecovery::expectedAfterEdit() const
{
    Document doc;
    EditSession session(&doc);
    auto result = ChronologyReader::readData(m_original, m_path);
    if (!result.ok())
        return {};
    doc.setChronology(std::move(*result.chronology), m_path);
    return makeRecoveryEdit(&session) ? ChronologyWriter::toJson(doc.chronology()) : QByteArray();
}

void TestRecovery::runAndKillChild()
{
    QProcess child;
    child.setProgram(QStringLiteral(ALLIANCESCOPE_RECOVERY_CHILD));
    child.setArguments({m_path});
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start();
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains("AUTOSAVED") && timer.elapsed() < 30000) {
        if (child.state() == QProcess::NotRunning)
            break;
        child.waitForReadyRead(500);
        out += child.readAllStandardOutput();
    }
    QVERIFY2(out.contains("AUTOSAVED"),
             qPrintable(u"child exited %1: %2 %3"_s.arg(child.exitCode())
                            .arg(QString::fromLocal8Bit(out), QString::fromLocal8Bit(child.readAllStandardError()))));
    child.kill(); // SIGKILL: no clean-up, no close event
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
}

void TestRecovery::killedChildIsRecovered()
{
    runAndKillChild();
    const QByteArray expected = expectedAfterEdit();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(readAll(m_path), m_original); // the user's file was never written
    QCOMPARE(readAll(RecoveryStore::recoveryPath(m_path)), expected);
    QCOMPARE(RecoveryStore::pending().size(), 1);

    // The next start: the file opens as usual, then the recovery is offered and taken.
    MainWindow window;
    window.setErrorBoxesEnabled(false);
    QVERIFY(window.openFile(m_path));
    window.editUi()->setPromptAnswer(QMessageBox::Yes);
    QVERIFY(window.editUi()->offerRecovery());
    QCOMPARE(ChronologyWriter::toJson(window.document()->chronology()), expected);
    QCOMPARE(window.document()->path(), m_path);
    QVERIFY(window.isWindowModified());
    QCOMPARE(readAll(m_path), m_original);
    // Saving writes it to the user's file and deletes the recovery.
    QVERIFY(window.presentation()->save());
    QCOMPARE(readAll(m_path), expected);
    QVERIFY(!QFile::exists(RecoveryStore::recoveryPath(m_path)));
    QVERIFY(!window.isWindowModified());
}

void TestRecovery::declinedRecoveryIsDeleted()
{
    runAndKillChild();
    MainWindow window;
    window.setErrorBoxesEnabled(false);
    QVERIFY(window.openFile(m_path));
    window.editUi()->setPromptAnswer(QMessageBox::No);
    QVERIFY(!window.editUi()->offerRecovery());
    QCOMPARE(ChronologyWriter::toJson(window.document()->chronology()),
             ChronologyWriter::toJson(*ChronologyReader::readData(m_original, m_path).chronology));
    QVERIFY(!QFile::exists(RecoveryStore::recoveryPath(m_path)));
    QVERIFY(RecoveryStore::pending().isEmpty());
    QVERIFY(!window.editUi()->offerRecovery()); // asked once
}

void TestRecovery::savedSourceIsNotOffered()
{
    runAndKillChild();
    QCOMPARE(RecoveryStore::pending().size(), 1);
    // The file was saved (elsewhere) after the autosave: the recovery is older, not offered.
    QTest::qWait(1100); // file times of a second's resolution on some file systems
    QVERIFY(writeFile(m_path, m_original));
    QVERIFY(RecoveryStore::pending().isEmpty());
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
