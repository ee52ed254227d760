// Benchmarks of the event import (issue 11) on a GDELT-shaped table of 100,000 rows (random
// dates 2015–2024, eleven states and empty cells, thirteen CAMEO codes): reading the TSV, the
// dialog's preview (grouping and checking, no chronology) and the whole import (merged,
// written and read back). Run: ./build/tests/bench_import (numbers in docs/PERFORMANCE.md).
#include "chronology/chronologyreader.h"
#include "io/csvtable.h"
#include "io/eventimport.h"

#include <QRandomGenerator>
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

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
