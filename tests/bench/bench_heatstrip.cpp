// Benchmarks of the dyad × time heat strip: sampling every dyad once per pixel column
// (DyadMatrix::compute, done on a worker thread by the dock) and drawing it (HeatStripRenderer).
// Run: ./build/tests/bench_heatstrip (numbers go in docs/PERFORMANCE.md).
#include "chronology/chronologyreader.h"
#include "heatstrip/heatstriprenderer.h"
#include "metrics/dyadmatrix.h"
#include "weights/weightmodel.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace AllianceScope;

class BenchHeatStrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrix_data();
    void matrix();
    void render();

private:
    std::optional<Chronology> m_chronology;
};

void BenchHeatStrip::initTestCase()
{
    ChronologyReader::Result r = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY2(r.ok(), r.errors.isEmpty() ? "unreadable" : qPrintable(r.errors.first().toString()));
    m_chronology = std::move(r.chronology);
}

void BenchHeatStrip::matrix_data()
{
    QTest::addColumn<int>("columns");
    QTest::newRow("600 columns") << 600;
    QTest::newRow("1400 columns") << 1400;
    QTest::newRow("3000 columns") << 3000;
}

// What a layer or half-life change costs the dock (off the UI thread): a model, then the matrix.
void BenchHeatStrip::matrix()
{
    QFETCH(int, columns);
    DyadMatrix m;
    QBENCHMARK {
        const WeightModel model(*m_chronology);
        m = DyadMatrix::compute(model, Layer::All, columns);
    }
    QCOMPARE(m.columns(), columns);
}

// A repaint of the dock at 1600 pixels (the matrix already computed).
void BenchHeatStrip::render()
{
    const WeightModel model(*m_chronology);
    HeatStripRenderer renderer;
    renderer.setLabels(HeatStripRenderer::labelsFor(*m_chronology, DyadMatrix::triangleFirst(model.dyadKeys()),
                                                    Language::En));
    renderer.setMatrix(DyadMatrix::compute(model, Layer::All, renderer.columnsFor(1600)));
    renderer.setDate(QDate(2019, 8, 22));
    QImage image(1600, renderer.heightFor(), QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK {
        QPainter p(&image);
        renderer.render(&p, 1600);
    }
    QVERIFY(!image.isNull());
}

QTEST_MAIN(BenchHeatStrip)
#include "bench_heatstrip.moc"
