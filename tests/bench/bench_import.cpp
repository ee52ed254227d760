// Benchmarks of the event import (issue 11) on a GDELT-shaped table of 100,000 rows (random
// dates 2015–2024, eleven states and empty cells, thirteen CAMEO codes): reading the TSV, the
// dialog's preview (grouping and checking, no chronology) and the whole import (merged,
// written and read back), the merged chronology's writing alone, and the dialog: how long a change
// of a combo box blocks the window while the preview runs on a worker (Bench::probe).
// Run: QT_QPA_PLATFORM=offscreen ./build/tests/bench_import (numbers in docs/PERFORMANCE.md).
#include "chronology/chronologyreader.h"
#include "chronology/chronologywriter.h"
#include "import/importdialog.h"
#include "io/csvtable.h"
#include "io/eventimport.h"
#include "session/document.h"
#include "uiprobe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

class BenchImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readTable();
    void preview();
    void wholeImport();
    void writeMerged();
    void dialogPreview();

private:
    QByteArray m_data;
    std::optional<CsvTable> m_table;
    ImportMapping m_mapping;
    std::optional<Chronology> m_base;
};

void BenchImport::initTestCase()
{
    static const char *codes[] = {"057", "043", "042", "046", "111", "138", "163", "190", "061", "064", "010", "04", "13"};
    static const char *states[] = {"USA", "JPN", "KOR", "PRK", "CHN", "RUS", "AUS", "IND", "GBR", "PHL", "UKR", ""};
    QRandomGenerator random(1);
    m_data = "GLOBALEVENTID\tSQLDATE\tActor1CountryCode\tActor2CountryCode\tEventCode\tSOURCEURL\n";
    for (int i = 0; i < 100000; ++i) {
        const QDate d(2015 + int(random.bounded(10)), 1 + int(random.bounded(12)), 1 + int(random.bounded(28)));
        m_data += QByteArray::number(i) + '\t' + d.toString(u"yyyyMMdd"_s).toLatin1() + '\t'
            + states[random.bounded(12)] + '\t' + states[random.bounded(12)] + '\t' + codes[random.bounded(13)]
            + "\thttps://example.org/" + QByteArray::number(i) + '\n';
    }
    m_table = CsvTable::read(m_data, u"big.tsv"_s).table;
    QVERIFY(m_table);
    m_mapping.columns = {{u"date"_s, u"SQLDATE"_s}, {u"source"_s, u"Actor1CountryCode"_s},
                         {u"target"_s, u"Actor2CountryCode"_s}, {u"cameo"_s, u"EventCode"_s},
                         {u"citation"_s, u"SOURCEURL"_s}};
    m_mapping.skipUnmappedActors = true;
    m_base = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)).chronology;
    QVERIFY(m_base);
}

void BenchImport::readTable()
{
    QBENCHMARK {
        QVERIFY(CsvTable::read(m_data, u"big.tsv"_s).ok());
    }
}

void BenchImport::preview()
{
    QBENCHMARK {
        const ImportResult r = EventImport::run(*m_table, m_mapping, *m_base, false, false);
        QVERIFY(r.mergeable);
    }
}

void BenchImport::wholeImport()
{
    QBENCHMARK_ONCE {
        const ImportResult r = EventImport::run(*m_table, m_mapping, *m_base);
        QVERIFY(r.ok());
    }
}

void BenchImport::writeMerged()
{
    // The merged chronology (62,856 events) as the writer prints it.
    const ImportResult r = EventImport::run(*m_table, m_mapping, *m_base);
    QVERIFY(r.ok());
    QByteArray json;
    QBENCHMARK_ONCE {
        json = ChronologyWriter::toJson(*r.chronology);
    }
    qInfo("%lld events, %lld bytes", qlonglong(r.chronology->events().size()), qlonglong(json.size()));
}

void BenchImport::dialogPreview()
{
    // The dialog on the same table: the layer box changed five times, each preview on a worker.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"big.tsv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(m_data) == m_data.size());
    file.close();
    Document doc;
    doc.setChronology(*m_base, QString());
    ImportDialog dialog(&doc, ImportMapping::Kind::Events);
    dialog.show();
    QVERIFY(dialog.setTablePath(file.fileName()));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewing(), 60000);
    dialog.skipUnmappedBox()->setChecked(true); // as the mapping above
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewing(), 60000);
    auto *layer = dialog.findChild<QComboBox *>(u"defaultLayer"_s);
    QVERIFY(layer && layer->count() > 1);
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer clock;
        clock.start();
        const Bench::Block block = Bench::probe(
            [&] { layer->setCurrentIndex((layer->currentIndex() + 1) % layer->count()); },
            [&] { return !dialog.isPreviewing(); });
        qInfo("combo change: call %lld ms, UI blocked at most %lld ms, preview shown after %lld ms",
              qlonglong(block.call), qlonglong(block.worst), qlonglong(clock.elapsed() - 300));
        QVERIFY(dialog.result().mergeable);
    }
}

QTEST_MAIN(BenchImport)
#include "bench_import.moc"
