// Tests of writeAtomically(): the new content replaces the file only when all of it was
// written; on failure the old file is untouched and the message names the file.
#include "io/atomicwrite.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TestAtomicWrite : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesNewFile();
    void replacesExistingFile();
    void failedWriterKeepsOldFile();
    void writerWithoutReasonStillFails();
    void unwritableDirectory();
    void leavesNoTemporaryFiles();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestAtomicWrite::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"out.txt"_s);
    QFile::remove(m_path);
}

void TestAtomicWrite::writesNewFile()
{
    QCOMPARE(writeAtomically(m_path, QByteArray("hello\n")), QString());
    QCOMPARE(contents(m_path), QByteArray("hello\n"));
    // Empty content is content too.
    QCOMPARE(writeAtomically(m_path, QByteArray()), QString());
    QCOMPARE(contents(m_path), QByteArray());
}

void TestAtomicWrite::replacesExistingFile()
{
    QCOMPARE(writeAtomically(m_path, QByteArray("old")), QString());
    const QString error = writeAtomically(m_path, [](QIODevice &out, QString *) {
        return out.write("new ") == 4 && out.write("content") == 7;
    });
    QCOMPARE(error, QString());
    QCOMPARE(contents(m_path), QByteArray("new content"));
}

void TestAtomicWrite::failedWriterKeepsOldFile()
{
    QCOMPARE(writeAtomically(m_path, QByteArray("old")), QString());
    const QString error = writeAtomically(m_path, [](QIODevice &out, QString *reason) {
        out.write("half of it");
        *reason = u"the disk is full"_s;
        return false;
    });
    QVERIFY(error.contains(m_path));
    QVERIFY(error.contains(u"the disk is full"_s));
    QCOMPARE(contents(m_path), QByteArray("old"));
}

void TestAtomicWrite::writerWithoutReasonStillFails()
{
    const QString error = writeAtomically(m_path, [](QIODevice &, QString *) { return false; });
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(m_path));
    QVERIFY(!QFile::exists(m_path));
}

void TestAtomicWrite::unwritableDirectory()
{
    const QString path = m_dir.filePath(u"no/such/dir/out.txt"_s);
    const QString error = writeAtomically(path, QByteArray("x"));
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(path));
    QVERIFY(!QFile::exists(path));
}

void TestAtomicWrite::leavesNoTemporaryFiles()
{
    QCOMPARE(writeAtomically(m_path, QByteArray("a")), QString());
    QVERIFY(!writeAtomically(m_path, [](QIODevice &, QString *) { return false; }).isEmpty());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"out.txt"_s});
}

QTEST_GUILESS_MAIN(TestAtomicWrite)
#include "tst_atomicwrite.moc"
