// tst_framesfolder: replacing a frames folder is atomic (issue 12). A child `alliancescope
// --export-frames` over an existing folder is killed with SIGKILL in each phase (while writing,
// with the new folder staged, just after the swap, while deleting the old one): the folder is
// then wholly the old frames or wholly the new ones, never a mix; the next export cleans the
// staging folders the kill left, and only those. Also: one clear warning when no font is usable.
#include "io/folderreplacement.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace AllianceScope;
using namespace AllianceScope::TestSupport;
using namespace Qt::StringLiterals;

namespace {

Run runApp(const QStringList &args, const QStringList &extraEnv = {})
{
    RunOptions options = offscreen();
    options.extraEnv = extraEnv;
    return run(args, options);
}

// Every file of @p dir (names and a hash of their bytes), sorted.
QMap<QString, QByteArray> contentsOf(const QString &dir)
{
    QMap<QString, QByteArray> out;
    const QDir d(dir);
    for (const QString &name : d.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        QFile f(d.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.insert(name, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1));
    }
    return out;
}

QStringList stagingFolders(const QString &parent, const QString &target)
{
    return QDir(parent).entryList({FolderReplacement::stagingPrefix(target) + u'*'},
                                  QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestFramesFolder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killInEachPhase_data();
    void killInEachPhase();
    void staleCleaningKeepsOthers();
    void refusesFolderWithOtherFiles();
    void oneFontWarning();

private:
    QTemporaryDir m_dir;
    QMap<QString, QByteArray> m_old; // the old frames (PNG, 160 px)
    QMap<QString, QByteArray> m_new; // the new frames (PNG, 200 px)
};

void TestFramesFolder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString bundled = QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY);
    for (auto [width, contents] : {std::pair{u"160"_s, &m_old}, std::pair{u"200"_s, &m_new}}) {
        const QString dir = m_dir.filePath(u"reference-"_s + width);
        const Run r = runApp({u"--export-frames"_s, dir, u"--format"_s, u"png"_s, u"--width"_s, width, bundled});
        QCOMPARE(r.code, 0);
        *contents = contentsOf(dir);
        QVERIFY(contents->size() > 50);
    }
    QCOMPARE(m_old.keys(), m_new.keys()); // the same names: only whole folders tell them apart
    QVERIFY(m_old != m_new);
}

void TestFramesFolder::killInEachPhase_data()
{
    QTest::addColumn<QString>("phase");
    QTest::addColumn<bool>("expectNew");
    QTest::newRow("while writing") << u"writing"_s << false;
    QTest::newRow("new folder staged") << u"staged"_s << false;
    QTest::newRow("just swapped") << u"swapped"_s << true;
    QTest::newRow("deleting the old") << u"deleting"_s << true;
}

void TestFramesFolder::killInEachPhase()
{
    QFETCH(QString, phase);
    QFETCH(bool, expectNew);
    const QString parent = m_dir.filePath(u"kill-"_s + phase);
    QVERIFY(QDir().mkpath(parent));
    const QString frames = parent + u"/frames"_s;
    const QString bundled = QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY);
    QCOMPARE(runApp({u"--export-frames"_s, frames, u"--format"_s, u"png"_s, u"--width"_s, u"160"_s, bundled}).code, 0);
    QCOMPARE(contentsOf(frames), m_old);

    const Run killed = runApp({u"--export-frames"_s, frames, u"--format"_s, u"png"_s, u"--width"_s, u"200"_s, bundled},
                              {u"ALLIANCESCOPE_KILL_AT="_s + phase});
    QCOMPARE(killed.status, QProcess::CrashExit); // killed by SIGKILL where asked
    const QMap<QString, QByteArray> after = contentsOf(frames);
    QCOMPARE(after, expectNew ? m_new : m_old);
    QCOMPARE(stagingFolders(parent, frames).size(), 1); // what the kill left behind

    // The next export cleans it up (its process is gone) and replaces the folder.
    QCOMPARE(runApp({u"--export-frames"_s, frames, u"--format"_s, u"png"_s, u"--width"_s, u"160"_s, bundled}).code, 0);
    QCOMPARE(contentsOf(frames), m_old);
    QCOMPARE(stagingFolders(parent, frames), QStringList());
    QCOMPARE(QDir(parent).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"frames"_s});
}

void TestFramesFolder::staleCleaningKeepsOthers()
{
    const QString parent = m_dir.filePath(u"stale"_s);
    QVERIFY(QDir().mkpath(parent));
    const QString frames = parent + u"/frames"_s;
    const QString prefix = FolderReplacement::stagingPrefix(frames);
    QCOMPARE(prefix, u".frames.alliancescope-"_s);
    // A dead process's staging folder.
    const qint64 deadPid = 999999999; // above any pid_max: no such process
    const QString dead = prefix + QString::number(deadPid) + u"-abc"_s;
    const QString live = prefix + QString::number(::getppid()) + u"-def"_s; // a running process
    const QStringList others = {u".frames-XYZ123"_s, u".other.alliancescope-1-abc"_s, u"frames-keep"_s};
    for (const QString &name : QStringList{dead, live} + others)
        QVERIFY(QDir(parent).mkdir(name));
    QFile note(parent + u'/' + dead + u"/001_2000-01-01_x.png"_s);
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.close();

    QCOMPARE(FolderReplacement::removeStale(frames), 1);
    QStringList left = QDir(parent).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    QStringList expected = QStringList{live} + others;
    expected.sort();
    QCOMPARE(left, expected);
    // The live process's folder goes only once it is old.
    QCOMPARE(FolderReplacement::removeStale(frames, 0), 1);
    QVERIFY(!QDir(parent).exists(live));
    QVERIFY(QDir(parent).exists(u".other.alliancescope-1-abc"_s));
}

void TestFramesFolder::refusesFolderWithOtherFiles()
{
    const QString dir = m_dir.filePath(u"mine"_s);
    QVERIFY(QDir().mkpath(dir));
    QFile keep(dir + u"/thesis.tex"_s);
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("important");
    keep.close();
    const Run r = runApp({u"--export-frames"_s, dir, u"--format"_s, u"svg"_s, u"--width"_s, u"160"_s,
                          QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.errBytes.contains("thesis.tex"), r.errBytes.constData());
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{u"thesis.tex"_s});
}

void TestFramesFolder::oneFontWarning()
{
    // fontconfig with one empty font folder: no font at all.
    QTemporaryDir fonts;
    QVERIFY(fonts.isValid());
    QVERIFY(QDir(fonts.path()).mkdir(u"empty"_s));
    QVERIFY(QDir(fonts.path()).mkdir(u"cache"_s));
    const QString conf = fonts.filePath(u"fonts.conf"_s);
    QFile f(conf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig><dir>"
             + fonts.filePath(u"empty"_s).toUtf8() + "</dir><cachedir>" + fonts.filePath(u"cache"_s).toUtf8()
             + "</cachedir></fontconfig>\n"));
    f.close();
    const QStringList env = {u"FONTCONFIG_FILE="_s + conf, u"QT_QPA_FONTDIR="_s + fonts.filePath(u"empty"_s)};
    const QString out = m_dir.filePath(u"nofont.png"_s);
    const Run r = runApp({u"--export"_s, out, u"--date"_s, u"2023-08-18"_s, u"--width"_s, u"300"_s,
                          QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)}, env);
    QCOMPARE(r.code, 0); // the figure is still written
    QVERIFY(QFile::exists(out));
    QCOMPARE(r.errBytes.count("no usable font"), 1);

    // With the machine's fonts: no warning.
    const Run fine = runApp({u"--export"_s, m_dir.filePath(u"font.png"_s), u"--date"_s, u"2023-08-18"_s,
                             u"--width"_s, u"300"_s, QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)});
    QCOMPARE(fine.code, 0);
    QCOMPARE(fine.errBytes.count("no usable font"), 0);
}

QTEST_GUILESS_MAIN(TestFramesFolder)
#include "tst_framesfolder.moc"
