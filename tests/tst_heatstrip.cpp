// Tests of the dyad × time heat strip (offscreen): the matrix's rows (the triangle first) and
// columns, each cell's colour against the graph's palette at the model's weight, the tier-change
// marks at the right columns, hover text, click → the document's date, the row orders, following
// the layer and the language, PNG/SVG export from the dock and --export-heatstrip's exit codes.
#include "chronology/chronologyreader.h"
#include "heatstrip/heatstripdock.h"
#include "heatstrip/heatstripexport.h"
#include "heatstrip/heatstriprenderer.h"
#include "heatstrip/heatstripwidget.h"
#include "metrics/dyadmatrix.h"
#include "session/document.h"
#include "session/translation.h"
#include "style/edgestyle.h"
#include "testsupport.h"
#include "weights/weightmodel.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace AllianceScope;
using namespace AllianceScope::TestSupport;
using namespace Qt::StringLiterals;

namespace {

const QColor kMark(0x1a, 0x1a, 0x1a);

/// The texts of an SVG's <text> elements; false when it is not well-formed SVG.
bool svgTexts(const QString &path, QStringList *texts)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&f);
    bool svgRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg"_s)
            svgRoot = true;
        if (xml.isStartElement() && xml.name() == u"text"_s)
            texts->append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
    }
    return !xml.hasError() && svgRoot;
}

/// Whether a tier-change mark of @p row is within @p slack columns of @p column.
bool nearMark(const DyadMatrix &m, const DyadRow &row, int column, int slack)
{
    for (const TierChange &t : row.tierChanges) {
        if (std::abs(m.columnOf(t.date) - column) <= slack)
            return true;
    }
    return false;
}

} // namespace

class TestHeatStrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rowsPutTheTriangleFirst();
    void columnDatesAndColumnOfAgree();
    void cellColourIsThePaletteColourOfTheWeight_data();
    void cellColourIsThePaletteColourOfTheWeight();
    void tierChangesAreExactAndMarkedAtTheirColumn();
    void sortByChangeAndByName();
    void widgetSamplesOnePerPixelColumnOffTheUiThread();
    void hoverNamesDyadDateWeightAndTier();
    void clickMovesTheDocumentDate();
    void followsLayerParametersAndLanguage();
    void followsTheWhatIfScenario();
    void dockOrderChooserAndExport();
    void exportWritesPngAndSvg();
    void cliExportHeatstrip_data();
    void cliExportHeatstrip();

private:
    /// Shows m_widget at @p width and waits for its matrix.
    bool showAt(int width);

    Chronology m_chronology;
    Document *m_doc = nullptr;
    HeatStripWidget *m_widget = nullptr;
};

void TestHeatStrip::initTestCase()
{
    ChronologyReader::Result r = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY2(r.ok(), r.errors.isEmpty() ? "unreadable" : qPrintable(r.errors.first().toString()));
    m_chronology = std::move(*r.chronology);
}

void TestHeatStrip::init()
{
    m_doc = new Document;
    m_doc->setChronology(m_chronology, QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    m_widget = new HeatStripWidget(m_doc);
}

void TestHeatStrip::cleanup()
{
    delete m_widget;
    m_widget = nullptr;
    delete m_doc;
    m_doc = nullptr;
    Translation::setLanguage(Language::En);
}

bool TestHeatStrip::showAt(int width)
{
    m_widget->resize(width, m_widget->sizeHint().height());
    m_widget->show();
    if (!QTest::qWaitForWindowExposed(m_widget))
        return false;
    // Until the matrix shown has one column per pixel of the widget's plot as it is now.
    return QTest::qWaitFor(
        [this] {
            return !m_widget->isComputing() && !m_widget->matrix().isEmpty()
                && m_widget->matrix().columns() == m_widget->renderer().columnsFor(m_widget->width());
        },
        10000);
}

void TestHeatStrip::rowsPutTheTriangleFirst()
{
    const WeightModel model(m_chronology);
    const DyadMatrix m = DyadMatrix::compute(model, Layer::All, 300);
    QVERIFY(m.rows.size() > 3);
    QCOMPARE(m.rows[0].key, DyadKey::of(u"USA"_s, u"JPN"_s));
    QCOMPARE(m.rows[1].key, DyadKey::of(u"USA"_s, u"KOR"_s));
    QCOMPARE(m.rows[2].key, DyadKey::of(u"JPN"_s, u"KOR"_s));
    // Every dyad of the model exactly once.
    QList<DyadKey> keys;
    for (const DyadRow &r : m.rows)
        keys.append(r.key);
    QList<DyadKey> expected = model.dyadKeys();
    std::sort(keys.begin(), keys.end());
    QCOMPARE(keys, expected);

    // The renderer's default order: the triangle, then the others by label.
    HeatStripRenderer renderer;
    renderer.setLabels(HeatStripRenderer::labelsFor(m_chronology, DyadMatrix::triangleFirst(model.dyadKeys()),
                                                    Language::En));
    renderer.setMatrix(m);
    const QList<int> order = renderer.displayOrder();
    QCOMPARE(order.size(), m.rows.size());
    QCOMPARE(order.mid(0, 3), (QList<int>{0, 1, 2}));
    QCOMPARE(renderer.labels().mid(0, 3), (QStringList{u"USA–JPN"_s, u"USA–KOR"_s, u"JPN–KOR"_s}));
    for (int i = 4; i < order.size(); ++i)
        QVERIFY(renderer.labels()[order[i - 1]] < renderer.labels()[order[i]]); // ISO codes: A to Z

    // A set without the whole triangle keeps its order apart from the triangle's pairs.
    const QList<DyadKey> some = {DyadKey::of(u"AUS"_s, u"USA"_s), DyadKey::of(u"JPN"_s, u"KOR"_s),
                                 DyadKey::of(u"CHN"_s, u"JPN"_s)};
    QCOMPARE(DyadMatrix::triangleFirst(some),
             (QList<DyadKey>{DyadKey::of(u"JPN"_s, u"KOR"_s), DyadKey::of(u"AUS"_s, u"USA"_s),
                             DyadKey::of(u"CHN"_s, u"JPN"_s)}));
}

void TestHeatStrip::columnDatesAndColumnOfAgree()
{
    const QDate from(1950, 1, 1), to(2023, 12, 31);
    for (const int columns : {1, 7, 365, 1000, 26967, 40000}) {
        QDate previous;
        for (int c = 0; c < columns; c += std::max(1, columns / 500)) {
            const QDate d = DyadMatrix::columnDate(from, to, columns, c);
            QVERIFY(d >= from && d <= to);
            if (previous.isValid())
                QVERIFY(d >= previous);
            previous = d;
            if (columns <= from.daysTo(to) + 1)
                QCOMPARE(DyadMatrix::columnOf(from, to, columns, d), c);
        }
        QCOMPARE(DyadMatrix::columnDate(from, to, columns, columns - 1), to);
        // Any date lies in the first column whose last day is on or after it.
        for (const QDate &d : {from, QDate(1965, 6, 22), QDate(2016, 11, 23), to}) {
            const int c = DyadMatrix::columnOf(from, to, columns, d);
            QVERIFY(DyadMatrix::columnDate(from, to, columns, c) >= d);
            if (c > 0)
                QVERIFY(DyadMatrix::columnDate(from, to, columns, c - 1) < d);
        }
    }
}

void TestHeatStrip::cellColourIsThePaletteColourOfTheWeight_data()
{
    QTest::addColumn<int>("layer");
    QTest::newRow("all") << int(Layer::All);
    QTest::newRow("security") << int(Layer::Security);
    QTest::newRow("economic") << int(Layer::Economic);
}

void TestHeatStrip::cellColourIsThePaletteColourOfTheWeight()
{
    QFETCH(int, layer);
    const WeightModel model(m_chronology);
    HeatStripRenderer renderer;
    renderer.setLabels(HeatStripRenderer::labelsFor(m_chronology, DyadMatrix::triangleFirst(model.dyadKeys()),
                                                    Language::En));
    const int width = 1400;
    const int columns = renderer.columnsFor(width);
    const DyadMatrix m = DyadMatrix::compute(model, Layer(layer), columns);
    QCOMPARE(m.columns(), columns);
    renderer.setMatrix(m);
    QCOMPARE(renderer.plotRect(width).width(), columns); // one column per pixel

    QImage image(width, renderer.heightFor(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        renderer.render(&p, width);
    }
    int checked = 0;
    int coloured = 0;
    const QList<int> order = renderer.displayOrder();
    for (int row = 0; row < order.size(); ++row) {
        const DyadRow &r = m.rows[order[row]];
        for (int c = 3; c < columns; c += 37) {
            if (nearMark(m, r, c, 6))
                continue; // the mark's triangle may cover the cell's edge there
            const QPoint at(int(renderer.cellRect(width, row, c).left()),
                            int(renderer.cellRect(width, row, c).center().y()));
            const double w = model.dyadAt(r.key.a, r.key.b, m.dates[c]).at(Layer(layer)).weight;
            const QColor expected = EdgeStyle::colorFor(w);
            if (image.pixelColor(at).rgb() != expected.rgb()) {
                QFAIL(qPrintable(u"%1 at %2 (column %3): pixel %4, palette %5 for weight %6"_s
                                     .arg(r.key.text(), m.dates[c].toString(Qt::ISODate))
                                     .arg(c)
                                     .arg(image.pixelColor(at).name(), expected.name())
                                     .arg(w)));
            }
            ++checked;
            if (std::abs(w) > 0.1)
                ++coloured;
        }
    }
    QVERIFY2(checked > 500, qPrintable(QString::number(checked)));
    QVERIFY(coloured > 50); // not only grey cells
}

void TestHeatStrip::tierChangesAreExactAndMarkedAtTheirColumn()
{
    const WeightModel model(m_chronology);
    const int columns = 900;
    const DyadMatrix m = DyadMatrix::compute(model, Layer::Security, columns);
    // Brute force: every day of the range, for every dyad.
    int changes = 0;
    for (const DyadRow &row : m.rows) {
        QList<TierChange> expected;
        int before = model.dyadAt(row.key.a, row.key.b, m.from.addDays(-1)).at(Layer::Security).tier;
        for (QDate d = m.from; d <= m.to; d = d.addDays(1)) {
            const int t = model.dyadAt(row.key.a, row.key.b, d).at(Layer::Security).tier;
            if (t != before)
                expected.append({d, before, t});
            before = t;
        }
        QCOMPARE(row.tierChanges.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(row.tierChanges[i].date, expected[i].date);
            QCOMPARE(row.tierChanges[i].from, expected[i].from);
            QCOMPARE(row.tierChanges[i].to, expected[i].to);
        }
        changes += int(expected.size());
    }
    QVERIFY(changes >= 10);

    // Japan–ROK security: TCOG (1999-04) a consultation, the 2014 information-sharing arrangement
    // a functional agreement, Camp David's Commitment to Consult (2023-08-18) tier 3.
    const DyadRow &jk = m.rows[2];
    QCOMPARE(jk.key, DyadKey::of(u"JPN"_s, u"KOR"_s));
    QCOMPARE(jk.tierChanges.size(), 3);
    QCOMPARE(jk.tierChanges[0].date, QDate(1999, 4, 1));
    QCOMPARE(jk.tierChanges[1].date, QDate(2014, 12, 29));
    QCOMPARE(jk.tierChanges[1].to, 2);
    QCOMPARE(jk.tierChanges[2].date, QDate(2023, 8, 18));
    QCOMPARE(jk.tierChanges[2].from, 2);
    QCOMPARE(jk.tierChanges[2].to, 3);

    // Drawn: the mark's column is dark through the row; the cell two columns away is not.
    HeatStripRenderer renderer;
    renderer.setLabels(HeatStripRenderer::labelsFor(m_chronology, DyadMatrix::triangleFirst(model.dyadKeys()),
                                                    Language::En));
    const int width = columns + renderer.labelWidth() + 8 + 12;
    QCOMPARE(renderer.columnsFor(width), columns);
    renderer.setMatrix(m);
    QImage image(width, renderer.heightFor(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        renderer.render(&p, width);
    }
    int marks = 0;
    const QList<int> order = renderer.displayOrder();
    for (int row = 0; row < order.size(); ++row) {
        const DyadRow &r = m.rows[order[row]];
        for (const TierChange &t : r.tierChanges) {
            const int c = m.columnOf(t.date);
            const QRectF cell = renderer.cellRect(width, row, c);
            QCOMPARE(image.pixelColor(int(cell.left()), int(cell.center().y())), kMark);
            // The cell is the tier after the change: its date is on or after the change.
            QVERIFY(m.dates[c] >= t.date);
            QCOMPARE(r.tiers[c], t.to);
            ++marks;
        }
    }
    QCOMPARE(marks, changes);
    // No mark where the tier did not change: a row without changes has no dark pixel.
    for (int row = 0; row < order.size(); ++row) {
        const DyadRow &r = m.rows[order[row]];
        if (!r.tierChanges.isEmpty())
            continue;
        const int y = int(renderer.cellRect(width, row, 0).center().y());
        for (int c = 0; c < columns; ++c)
            QVERIFY(image.pixelColor(int(renderer.cellRect(width, row, c).left()), y) != kMark);
    }
}

void TestHeatStrip::sortByChangeAndByName()
{
    const WeightModel model(m_chronology);
    const DyadMatrix m = DyadMatrix::compute(model, Layer::All, 500);
    for (const DyadRow &r : m.rows) {
        double total = 0;
        for (int c = 1; c < m.columns(); ++c)
            total += std::abs(r.weights[c] - r.weights[c - 1]);
        QVERIFY(qFuzzyCompare(1.0 + total, 1.0 + r.totalChange));
    }
    HeatStripRenderer renderer;
    renderer.setLabels(HeatStripRenderer::labelsFor(m_chronology, DyadMatrix::triangleFirst(model.dyadKeys()),
                                                    Language::En));
    renderer.setMatrix(m);
    renderer.setOrder(HeatStripRenderer::Order::Change);
    QList<int> order = renderer.displayOrder();
    QCOMPARE(order.size(), m.rows.size());
    for (int i = 1; i < order.size(); ++i)
        QVERIFY(m.rows[order[i - 1]].totalChange >= m.rows[order[i]].totalChange);
    QVERIFY(m.rows[order.first()].totalChange > m.rows[order.last()].totalChange);

    renderer.setOrder(HeatStripRenderer::Order::Name);
    order = renderer.displayOrder();
    for (int i = 1; i < order.size(); ++i)
        QVERIFY(renderer.labels()[order[i - 1]] < renderer.labels()[order[i]]);
    QVERIFY(order.first() != 0); // USA–JPN is not first by name

    // Chinese names sort by pinyin: 澳大利亚 (Aodaliya) before 美国 (Meiguo) before 中国 (Zhongguo).
    renderer.setLabels(HeatStripRenderer::labelsFor(m_chronology, DyadMatrix::triangleFirst(model.dyadKeys()),
                                                    Language::Zh));
    order = renderer.displayOrder();
    const QStringList zh = renderer.labels();
    QVERIFY2(zh[order.first()].startsWith(u"澳大利亚"_s), qPrintable(zh[order.first()]));
    QVERIFY2(zh[order.last()].startsWith(u"中国"_s), qPrintable(zh[order.last()]));
}

void TestHeatStrip::widgetSamplesOnePerPixelColumnOffTheUiThread()
{
    QVERIFY(m_widget->matrix().isEmpty()); // nothing computed while hidden
    QVERIFY(showAt(1200));
    const DyadMatrix &m = m_widget->matrix();
    QCOMPARE(m.columns(), m_widget->renderer().columnsFor(1200));
    QCOMPARE(m.from, m_chronology.firstDate());
    QCOMPARE(m.to, m_chronology.lastDate());
    QCOMPARE(m.rows.size(), m_doc->model().dyadKeys().size());
    qInfo("matrix of %d rows x %d columns: %lld ms on the worker", int(m.rows.size()), m.columns(),
          m_widget->lastComputeMilliseconds());

    // A new width samples again.
    QSignalSpy ready(m_widget, &HeatStripWidget::matrixReady);
    m_widget->resize(900, m_widget->height());
    QVERIFY(ready.wait(10000));
    QCOMPARE(m_widget->matrix().columns(), m_widget->renderer().columnsFor(900));
}

void TestHeatStrip::hoverNamesDyadDateWeightAndTier()
{
    QVERIFY(showAt(1200));
    const DyadMatrix &m = m_widget->matrix();
    const int c = m.columnOf(QDate(2017, 1, 1));
    const QString text = m_widget->toolTipAt(m_widget->cellCenter(2, c));
    const DyadState s = m_doc->model().dyadAt(u"JPN"_s, u"KOR"_s, m.dates[c]);
    QVERIFY2(text.contains(u"JPN–KOR"_s), qPrintable(text));
    QVERIFY2(text.contains(m.dates[c].toString(Qt::ISODate)), qPrintable(text));
    QVERIFY2(text.contains(QString::number(s.at(Layer::All).weight, 'f', 3)), qPrintable(text));
    QVERIFY2(text.contains(u"functional agreement"_s), qPrintable(text)); // GSOMIA's tier 2
    QVERIFY(m_widget->toolTipAt(QPoint(2, 2)).isEmpty());
}

void TestHeatStrip::clickMovesTheDocumentDate()
{
    QVERIFY(showAt(1200));
    const DyadMatrix &m = m_widget->matrix();
    for (const QDate &target : {QDate(1965, 6, 22), QDate(2019, 8, 22)}) {
        const int c = m.columnOf(target);
        QSignalSpy moved(m_doc, &Document::dateChanged);
        QTest::mouseClick(m_widget, Qt::LeftButton, {}, m_widget->cellCenter(5, c));
        QCOMPARE(m_doc->date(), m.dates[c]);
        QCOMPARE(moved.size(), 1);
        QVERIFY(std::abs(m.dates[c].daysTo(target)) <= 31); // a column is about three weeks
        QCOMPARE(m_widget->renderer().date(), m.dates[c]); // the cursor follows
    }
    // A click on a label does nothing.
    const QDate before = m_doc->date();
    QTest::mouseClick(m_widget, Qt::LeftButton, {}, QPoint(10, m_widget->cellCenter(0, 0).y()));
    QCOMPARE(m_doc->date(), before);
}

void TestHeatStrip::followsLayerParametersAndLanguage()
{
    QVERIFY(showAt(1000));
    QSignalSpy ready(m_widget, &HeatStripWidget::matrixReady);
    m_doc->setLayer(Layer::Economic);
    QVERIFY(ready.wait(10000));
    const DyadMatrix &m = m_widget->matrix();
    QCOMPARE(m.layer, Layer::Economic);
    const int c = m.columnOf(QDate(2019, 12, 31));
    QCOMPARE(m.rows[2].weights[c], m_doc->model().dyadAt(u"JPN"_s, u"KOR"_s, m.dates[c]).at(Layer::Economic).weight);

    WeightParameters p = m_doc->parameters();
    p.setHalfLife(Layer::Economic, 200);
    const double before = m.rows[2].weights[c];
    m_doc->setParameters(p);
    QVERIFY(ready.wait(10000));
    const DyadMatrix &m2 = m_widget->matrix();
    const double after = m2.rows[2].weights[c];
    QCOMPARE(after, m_doc->model().dyadAt(u"JPN"_s, u"KOR"_s, m2.dates[c]).at(Layer::Economic).weight);
    QVERIFY(after != before);

    m_doc->setLanguage(Language::Zh);
    QCOMPARE(m_widget->renderer().labels().first(), u"美国–日本"_s);
    QVERIFY(m_widget->toolTipAt(m_widget->cellCenter(0, c)).contains(u"美国–日本"_s));
}

void TestHeatStrip::followsTheWhatIfScenario()
{
    m_doc->setLayer(Layer::Security);
    QVERIFY(showAt(1000));
    const auto tisa = [this] {
        for (const TierChange &t : m_widget->matrix().rows[2].tierChanges) {
            if (t.date == QDate(2014, 12, 29))
                return true;
        }
        return false;
    };
    QVERIFY(tisa());
    // Without the 2014 information-sharing arrangement Japan–ROK security first reaches a
    // functional agreement with GSOMIA (2016).
    QSignalSpy ready(m_widget, &HeatStripWidget::matrixReady);
    m_doc->setEventEnabled(u"2014-12-tisa-signed"_s, false);
    QVERIFY(ready.wait(10000));
    QVERIFY(!tisa());
    bool gsomia = false;
    for (const TierChange &t : m_widget->matrix().rows[2].tierChanges)
        gsomia = gsomia || (t.date == QDate(2016, 11, 23) && t.to == 2);
    QVERIFY(gsomia);
    m_doc->resetScenario();
    QVERIFY(ready.wait(10000));
    QVERIFY(tisa());
}

void TestHeatStrip::dockOrderChooserAndExport()
{
    HeatStripDock dock(m_doc);
    dock.resize(1300, 500);
    QSignalSpy ready(dock.strip(), &HeatStripWidget::matrixReady);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QVERIFY(ready.wait(10000));
    QCOMPARE(dock.orderBox()->count(), 3);
    dock.orderBox()->setCurrentIndex(2);
    QCOMPARE(dock.strip()->order(), HeatStripRenderer::Order::Change);
    dock.orderBox()->setCurrentIndex(1);
    QCOMPARE(dock.strip()->order(), HeatStripRenderer::Order::Name);

    QTemporaryDir dir;
    const QString png = dir.filePath(u"strip.png"_s);
    QString error;
    QVERIFY2(dock.exportTo(png, 1500, &error), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.width(), 1500);
    QVERIFY(image.height() > int(m_doc->model().dyadKeys().size()) * HeatStripRenderer::kRowHeight);
    QVERIFY(!dock.exportTo(dir.filePath(u"no/such/dir/strip.png"_s), 1500, &error));
    QVERIFY(error.contains(u"strip.png"_s));
    QVERIFY(!QFile::exists(dir.filePath(u"no/such/dir/strip.png"_s)));
}

void TestHeatStrip::exportWritesPngAndSvg()
{
    const WeightModel model(m_chronology);
    QTemporaryDir dir;
    HeatStripExport::Request request;
    request.output = dir.filePath(u"h.svg"_s);
    request.date = QDate(2019, 8, 22);
    request.width = 1400;
    QString error;
    QVERIFY2(HeatStripExport::write(model, request, &error), qPrintable(error));
    QStringList texts;
    QVERIFY(svgTexts(request.output, &texts));
    QVERIFY2(texts.contains(u"USA–JPN"_s), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(u"JPN–KOR"_s));
    QVERIFY(texts.contains(u"2015"_s));
    QVERIFY(texts.contains(u"current date (2019-08-22)"_s));

    request.output = dir.filePath(u"h.png"_s);
    request.language = Language::Zh;
    {
        const ScopedTranslation zh(Language::Zh);
        QVERIFY2(HeatStripExport::write(model, request, &error), qPrintable(error));
    }
    QImage image(request.output);
    QCOMPARE(image.width(), 1400);
    HeatStripRenderer renderer;
    renderer.setLabels(HeatStripRenderer::labelsFor(m_chronology, DyadMatrix::triangleFirst(model.dyadKeys()),
                                                    Language::Zh));
    renderer.setTitle(u"x"_s);
    renderer.setMatrix(DyadMatrix::compute(model, Layer::All, 10));
    QCOMPARE(image.height(), renderer.heightFor());

    request.output = dir.filePath(u"h.jpg"_s);
    QVERIFY(!HeatStripExport::write(model, request, &error));
    QVERIFY(!QFile::exists(request.output));
}

void TestHeatStrip::cliExportHeatstrip_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::newRow("png") << QStringList{u"--lang"_s, u"zh"_s, u"--layer"_s, u"security"_s, u"--width"_s, u"1300"_s}
                         << u"h.png"_s << 0;
    QTest::newRow("svg with date") << QStringList{u"--date"_s, u"2016-11-23"_s} << u"h.svg"_s << 0;
    QTest::newRow("bad suffix") << QStringList{} << u"h.jpg"_s << 2;
    QTest::newRow("bad layer") << QStringList{u"--layer"_s, u"cultural"_s} << u"h.png"_s << 2;
    QTest::newRow("bad width") << QStringList{u"--width"_s, u"20"_s} << u"h.png"_s << 2;
    QTest::newRow("bad date") << QStringList{u"--date"_s, u"2016-02-30"_s} << u"h.png"_s << 2;
    QTest::newRow("bad half-life") << QStringList{u"--half-life"_s, u"security=0"_s} << u"h.png"_s << 2;
    QTest::newRow("unwritable") << QStringList{} << u"missing/dir/h.png"_s << 1;
    QTest::newRow("unreadable file") << QStringList{u"/no/such/chronology.json"_s} << u"h.png"_s << 1;
}

void TestHeatStrip::cliExportHeatstrip()
{
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    QFETCH(int, code);
    QTemporaryDir dir;
    const QString out = dir.filePath(file);
    const Run r = run(QStringList{u"--export-heatstrip"_s, out} + args);
    QVERIFY2(r.code == code, qPrintable(u"exit %1, stderr: %2"_s.arg(r.code).arg(r.err)));
    if (code != 0) {
        QVERIFY(!QFile::exists(out));
        QVERIFY(!r.err.isEmpty());
        return;
    }
    if (file.endsWith(u".png"_s)) {
        const QImage image(out);
        QCOMPARE(image.width(), 1300);
        QVERIFY(image.height() > 300);
    } else {
        QStringList texts;
        QVERIFY(svgTexts(out, &texts));
        QVERIFY(texts.contains(u"USA–KOR"_s));
        QVERIFY(texts.contains(u"current date (2016-11-23)"_s));
    }
}

QTEST_MAIN(TestHeatStrip)
#include "tst_heatstrip.moc"
