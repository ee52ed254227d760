// Tests of the chronology file type (resources/mime/alliancescope.xml) through Qt's reader of
// shared-mime-info packages: the *.alliance.json glob, the magic on the "format" key for
// content without a known extension, and that other JSON stays application/json.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace AllianceScope::TestSupport;
using namespace Qt::StringLiterals;

namespace {

const QString kType = u"application/x-alliancescope+json"_s;

} // namespace

class TestMimeType : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typeIsKnownAndIsJson();
    void globMatchesTheExtension();
    void magicMatchesTheContent_data();
    void magicMatchesTheContent();

private:
    QTemporaryDir m_dir;
};

void TestMimeType::initTestCase()
{
    // Qt reads share/mime/packages/*.xml from a data directory without a mime.cache; point the
    // user's data directory at one that holds only our package, before the database is built.
    QVERIFY(m_dir.isValid());
    const QString packages = m_dir.filePath(u"share/mime/packages"_s);
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(QStringLiteral(ALLIANCESCOPE_MIME_XML),
                        packages + u"/alliancescope.xml"_s));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"share"_s)));
}

void TestMimeType::typeIsKnownAndIsJson()
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(kType);
    QVERIFY2(type.isValid(), "the package's type is not in the database");
    QVERIFY(type.inherits(u"application/json"_s));
    QCOMPARE(type.comment(), u"AllianceScope chronology"_s);
    QVERIFY(type.globPatterns().contains(u"*.alliance.json"_s));
}

void TestMimeType::globMatchesTheExtension()
{
    QMimeDatabase db;
    QCOMPARE(db.mimeTypeForFile(u"class/my-chronology.alliance.json"_s, QMimeDatabase::MatchExtension)
                 .name(),
             kType);
    QCOMPARE(db.mimeTypeForFile(u"notes.json"_s, QMimeDatabase::MatchExtension).name(),
             u"application/json"_s);
}

void TestMimeType::magicMatchesTheContent_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("isChronology");
    QFile bundled(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QTest::newRow("bundled chronology") << bundled.readAll() << true;
    QTest::newRow("compact") << R"({"format":1,"title":{"en":"t","zh":"t"}})"_ba << true;
    QTest::newRow("other JSON") << R"({"name": "x", "version": 1})"_ba << false;
    QTest::newRow("format far down")
        << QByteArray(R"({"title": ")" + QByteArray(200, 'x') + R"(", "format": 1})") << false;
}

void TestMimeType::magicMatchesTheContent()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, isChronology);
    QMimeDatabase db;
    // The content alone.
    QCOMPARE(db.mimeTypeForData(content).name() == kType, isChronology);
    // A file whose name has no known extension: the content decides.
    const QString bare = m_dir.filePath(u"chronology"_s);
    QVERIFY(writeFile(bare, content));
    QCOMPARE(db.mimeTypeForFile(bare).name() == kType, isChronology);
    // Named *.json: one glob matches, and then (as in GIO and xdgmime) the content is not
    // consulted, so the file stays JSON. docs/PACKAGING.md says so.
    const QString json = m_dir.filePath(u"chronology.json"_s);
    QVERIFY(writeFile(json, content));
    QCOMPARE(db.mimeTypeForFile(json).name(), u"application/json"_s);
    // Named *.alliance.json: ours, whatever it holds (the program reports what is wrong).
    const QString ours = m_dir.filePath(u"chronology.alliance.json"_s);
    QVERIFY(writeFile(ours, content));
    QCOMPARE(db.mimeTypeForFile(ours).name(), kType);
}

QTEST_MAIN(TestMimeType)
#include "tst_mimetype.moc"
