// Tests of the chart panel (offscreen): the cursor follows the document's date, clicking and
// dragging in a chart moves the date, the half-life controls change the parameters and the
// series, dyads can be added, both languages, SVG/PNG export, and --export-chart's exit codes.
#include "charts/chartexport.h"
#include "charts/chartpanel.h"
#include "charts/halflifecontrols.h"
#include "charts/timechart.h"
#include "chronology/chronologyreader.h"
#include "session/document.h"
#include "weights/weightmodel.h"

#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

/// The number of <text> elements of a well-formed SVG file, -1 when it is not well-formed XML.
int svgTextElements(const QString &path, QString *allText = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    QXmlStreamReader xml(&f);
    int texts = 0;
    bool svgRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg"_s)
            svgRoot = true;
        if (xml.isStartElement() && xml.name() == u"text"_s) {
            ++texts;
            const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (allText)
                *allText += t + u'\n';
        }
    }
    return xml.hasError() || !svgRoot ? -1 : texts;
}

QList<QPointF> points(const QLineSeries *s)
{
    return s->points();
}

} // namespace

class TestChartPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheTriangleByDefault();
    void cursorFollowsDocumentDate();
    void clickMovesDocumentDate();
    void dragMovesDocumentDate();
    void clickOutsideThePlotDoesNothing();
    void hoverTextNamesDateValuesAndNearestEvent();
    void halfLifeSpinBoxSetsParametersAndSeries();
    void resetRestoresDefaults();
    void layerChangeResamples();
    void addDyadShowsIt();
    void listChecksChooseSeries();
    void editKeepsTheListsNewDyadAddsOne();
    void metricsTabShowsMetrics();
    void measureSeriesHaveTimeSeriesValues();
    void followsTheLanguage();
    void exportSvgIsWellFormedWithText();
    void exportPngHasTheChosenWidth();
    void exportToUnwritablePathFails();
    void cliExportChart_data();
    void cliExportChart();
    void grabsAtPanelSize();

private:
    Chronology m_chronology;
    Document *m_doc = nullptr;
    ChartPanel *m_panel = nullptr;
};

void TestChartPanel::initTestCase()
{
    ChronologyReader::Result r = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY2(r.ok(), r.errors.isEmpty() ? "unreadable" : qPrintable(r.errors.first().toString()));
    m_chronology = std::move(*r.chronology);
}

void TestChartPanel::init()
{
    m_doc = new Document;
    m_doc->setChronology(m_chronology, QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    m_panel = new ChartPanel(m_doc);
    m_panel->resize(1200, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestChartPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    delete m_doc;
    m_doc = nullptr;
}

void TestChartPanel::showsTheTriangleByDefault()
{
    TimeChart *chart = m_panel->dyadChart();
    QCOMPARE(chart->valueSeries().size(), 3);
    QCOMPARE(chart->tierSeries().size(), 3);
    QCOMPARE(chart->valueSeries()[0]->name(), u"USA–JPN"_s);
    QCOMPARE(chart->valueSeries()[1]->name(), u"USA–KOR"_s);
    QCOMPARE(chart->valueSeries()[2]->name(), u"JPN–KOR"_s);
    const QList<QDate> dates = TimeSeries::sampleDates(m_chronology);
    QCOMPARE(chart->valueSeries()[0]->count(), dates.size());
    QCOMPARE(chart->eventSeries()->count(), m_chronology.events().size());
    // Distinct colours for the three edges.
    QVERIFY(chart->valueSeries()[0]->color() != chart->valueSeries()[1]->color());
    QVERIFY(chart->valueSeries()[1]->color() != chart->valueSeries()[2]->color());
    QCOMPARE(m_panel->dyads().size(), 3);
    QVERIFY(m_panel->dyadList()->count() > 3);
}

void TestChartPanel::cursorFollowsDocumentDate()
{
    for (TimeChart *chart : {m_panel->dyadChart(), m_panel->metricChart()}) {
        for (const QDate &d : {QDate(1965, 6, 22), QDate(2016, 11, 23), QDate(2023, 8, 18)}) {
            m_doc->setDate(d);
            const QList<QPointF> p = points(chart->cursorSeries());
            QCOMPARE(p.size(), 2);
            QCOMPARE(p[0].x(), TimeSeries::toX(d));
            QCOMPARE(p[1].x(), TimeSeries::toX(d));
            QVERIFY(p[0].y() < p[1].y());
        }
    }
    m_panel->dyadChart()->setCursorVisible(false);
    QCOMPARE(m_panel->dyadChart()->cursorSeries()->count(), 0);
    m_panel->dyadChart()->setCursorVisible(true);
    QCOMPARE(m_panel->dyadChart()->cursorSeries()->count(), 2);
}

void TestChartPanel::clickMovesDocumentDate()
{
    TimeChart *chart = m_panel->dyadChart();
    m_doc->setDate(QDate(2023, 8, 18));
    const QDate target(2000, 6, 15);
    const QPoint pos = chart->viewportPosition(target, 0.3);
    QVERIFY(chart->viewport()->rect().contains(pos));
    QSignalSpy spy(m_doc, &Document::dateChanged);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
    QCOMPARE(spy.count(), 1);
    // The clicked pixel's date, within one pixel's worth of days of the target.
    QCOMPARE(m_doc->date(), chart->dateAt(pos));
    const double daysPerPixel = double(m_chronology.firstDate().daysTo(m_chronology.lastDate()))
        / (chart->viewportPosition(m_chronology.lastDate(), 0).x()
           - chart->viewportPosition(m_chronology.firstDate(), 0).x());
    QVERIFY2(std::abs(m_doc->date().daysTo(target)) <= daysPerPixel + 1,
             qPrintable(m_doc->date().toString(Qt::ISODate)));
    // The cursor moved with it.
    QCOMPARE(points(chart->cursorSeries()).first().x(), TimeSeries::toX(m_doc->date()));
}

void TestChartPanel::dragMovesDocumentDate()
{
    TimeChart *chart = m_panel->metricChart();
    m_panel->tabs()->setCurrentIndex(1);
    const QPoint from = chart->viewportPosition(QDate(1970, 1, 1), 0.2);
    const QPoint to = chart->viewportPosition(QDate(2010, 1, 1), 0.2);
    QTest::mousePress(chart->viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QCOMPARE(m_doc->date(), chart->dateAt(from));
    QMouseEvent move(QEvent::MouseMove, QPointF(to), chart->viewport()->mapToGlobal(QPointF(to)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(chart->viewport(), &move);
    QCOMPARE(m_doc->date(), chart->dateAt(to));
    QTest::mouseRelease(chart->viewport(), Qt::LeftButton, Qt::NoModifier, to);
    QVERIFY(m_doc->date().year() >= 2009 && m_doc->date().year() <= 2010);
}

void TestChartPanel::clickOutsideThePlotDoesNothing()
{
    TimeChart *chart = m_panel->dyadChart();
    const QDate before = m_doc->date();
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(2, 2));
    QCOMPARE(m_doc->date(), before);
    QVERIFY(!chart->dateAt(QPoint(2, 2)).isValid());
}

void TestChartPanel::hoverTextNamesDateValuesAndNearestEvent()
{
    TimeChart *chart = m_panel->dyadChart();
    const Event &e = m_chronology.events()[m_chronology.events().size() / 2];
    const QPoint pos = chart->viewportPosition(e.date, 0.3);
    const QString text = chart->toolTipAt(pos);
    const QDate hovered = chart->dateAt(pos);
    QVERIFY(text.contains(hovered.toString(Qt::ISODate)));
    QVERIFY(text.contains(u"USA–JPN"_s));
    const double v = m_doc->model().dyadAt(u"USA"_s, u"JPN"_s, hovered).at(Layer::All).weight;
    QVERIFY2(text.contains(QString::number(v, 'f', 3)), qPrintable(text));
    // The nearest event's title (some event within a pixel of e: e's or a neighbour's).
    bool named = false;
    for (const Event &x : m_chronology.events())
        named = named || (std::abs(x.date.daysTo(hovered)) < 60 && text.contains(x.title.en.toHtmlEscaped()));
    QVERIFY2(named, qPrintable(text));
    QVERIFY(chart->toolTipAt(QPoint(2, 2)).isEmpty());
}

void TestChartPanel::halfLifeSpinBoxSetsParametersAndSeries()
{
    QSpinBox *spin = m_panel->halfLifeControls()->spinBox(Layer::Security);
    QVERIFY(spin);
    QCOMPARE(spin->value(), int(WeightParameters{}.halfLife(Layer::Security)));
    QCOMPARE(spin->minimum(), int(WeightParameters::kMinHalfLife));
    QCOMPARE(spin->maximum(), int(WeightParameters::kMaxHalfLife));
    const QList<QPointF> before = points(m_panel->dyadChart()->valueSeries()[0]);
    const QList<QPointF> metricBefore = points(m_panel->metricChart()->valueSeries()[1]);
    QSignalSpy spy(m_doc, &Document::parametersChanged);
    spin->setValue(90);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_doc->parameters().halfLife(Layer::Security), 90.0);
    QCOMPARE(m_doc->parameters().halfLife(Layer::Political), WeightParameters{}.halfLife(Layer::Political));
    const QList<QPointF> after = points(m_panel->dyadChart()->valueSeries()[0]);
    QCOMPARE(after.size(), before.size());
    QVERIFY(after != before);
    QVERIFY(points(m_panel->metricChart()->valueSeries()[1]) != metricBefore);
    // The new values are the model's with the new parameters.
    const QPointF p = after[after.size() / 2];
    QCOMPARE(p.y(), m_doc->model().dyadAt(u"USA"_s, u"JPN"_s, TimeSeries::dateOfX(p.x())).at(Layer::All).weight);
    QVERIFY(m_panel->halfLifeControls()->resetButton()->isEnabled());
}

void TestChartPanel::resetRestoresDefaults()
{
    const QList<QPointF> before = points(m_panel->dyadChart()->valueSeries()[2]);
    WeightParameters p;
    p.setHalfLife(Layer::Political, 100.0);
    p.setHalfLife(Layer::Economic, 5000.0);
    m_doc->setParameters(p);
    QCOMPARE(m_panel->halfLifeControls()->spinBox(Layer::Political)->value(), 100); // follows the document
    QCOMPARE(m_panel->halfLifeControls()->spinBox(Layer::Economic)->value(), 5000);
    QVERIFY(points(m_panel->dyadChart()->valueSeries()[2]) != before);
    QTest::mouseClick(m_panel->halfLifeControls()->resetButton(), Qt::LeftButton);
    QCOMPARE(m_doc->parameters(), WeightParameters{});
    QCOMPARE(m_panel->halfLifeControls()->spinBox(Layer::Political)->value(), 730);
    QCOMPARE(points(m_panel->dyadChart()->valueSeries()[2]), before);
    QVERIFY(!m_panel->halfLifeControls()->resetButton()->isEnabled());
}

void TestChartPanel::layerChangeResamples()
{
    const QList<QPointF> all = points(m_panel->dyadChart()->valueSeries()[2]);
    m_doc->setLayer(Layer::Economic);
    const QList<QPointF> economic = points(m_panel->dyadChart()->valueSeries()[2]);
    QVERIFY(economic != all);
    const QPointF p = economic.last();
    QCOMPARE(p.y(), m_doc->model().dyadAt(u"JPN"_s, u"KOR"_s, TimeSeries::dateOfX(p.x())).at(Layer::Economic).weight);
}

void TestChartPanel::addDyadShowsIt()
{
    const auto dyads = m_doc->model().dyads();
    QVERIFY(dyads.size() > 3);
    std::pair<QString, QString> other;
    for (const auto &d : dyads) {
        if (!m_panel->dyads().contains(d)) {
            other = d;
            break;
        }
    }
    QVERIFY(!other.first.isEmpty());
    m_panel->tabs()->setCurrentIndex(1);
    m_panel->addDyad(other.second, other.first); // either order
    QCOMPARE(m_panel->tabs()->currentIndex(), 0);
    TimeChart *chart = m_panel->dyadChart();
    QCOMPARE(chart->valueSeries().size(), 4);
    QCOMPARE(chart->valueSeries()[3]->name(), other.first + u'–' + other.second);
    QVERIFY(chart->valueSeries()[3]->count() > 0);
    m_panel->addDyad(other.first, other.second); // again: no duplicate
    QCOMPARE(chart->valueSeries().size(), 4);
    // A pair the chronology never touches is added to the list and drawn flat at 0.
    const int listed = m_panel->dyadList()->count();
    m_panel->addDyad(u"GBR"_s, u"PHL"_s);
    QVERIFY(m_panel->dyadList()->count() >= listed);
    QCOMPARE(chart->valueSeries().size(), 5);
    m_panel->addDyad(u"USA"_s, u"USA"_s); // ignored
    QCOMPARE(chart->valueSeries().size(), 5);
    m_panel->removeDyad(u"USA"_s, u"JPN"_s);
    QCOMPARE(chart->valueSeries().size(), 4);
}

void TestChartPanel::listChecksChooseSeries()
{
    QListWidget *list = m_panel->dyadList();
    int checked = 0;
    for (int i = 0; i < list->count(); ++i)
        checked += list->item(i)->checkState() == Qt::Checked;
    QCOMPARE(checked, 3);
    list->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(m_panel->dyadChart()->valueSeries().size(), 2);
    list->item(list->count() - 1)->setCheckState(Qt::Checked);
    QCOMPARE(m_panel->dyadChart()->valueSeries().size(), 3);
}

void TestChartPanel::editKeepsTheListsNewDyadAddsOne()
{
    QListWidget *list = m_panel->dyadList();
    const int count = list->count();
    QListWidgetItem *first = list->item(0);
    first->setCheckState(Qt::Unchecked); // the user's choice must survive
    first->setData(Qt::UserRole + 7, u"marker"_s); // a row filled again would not have it
    const Chronology &c = m_doc->chronology();

    // An edit of an event's text: the same dyads, metrics and actors; the lists are not filled
    // again (the same items), and what is checked stays.
    QList<Event> events = c.events();
    events.first().title.en += u" (edited)"_s;
    m_doc->setChronology(Chronology(c.title(), c.source(), c.actors(), c.categories(), events,
                                    c.governments(), c.conditions()),
                         QString());
    QCOMPARE(list->count(), count);
    QCOMPARE(list->item(0)->data(Qt::UserRole + 7).toString(), u"marker"_s);
    QCOMPARE(first->checkState(), Qt::Unchecked);

    // An event on a dyad of two states that had none: the list is filled again, one more row.
    const Chronology &now = m_doc->chronology();
    const QList<std::pair<QString, QString>> dyads = m_doc->model().dyads();
    std::optional<std::pair<QString, QString>> fresh;
    for (const Actor &a : now.actors()) {
        for (const Actor &b : now.actors()) {
            if (!fresh && a.isState() && b.isState() && a.id < b.id && !dyads.contains(std::pair(a.id, b.id)))
                fresh = std::pair(a.id, b.id);
        }
    }
    QVERIFY(fresh);
    Event added = events.last();
    added.id = u"test-new-dyad"_s;
    Effect effect;
    effect.kind = Effect::Kind::Dyad;
    effect.actors = {fresh->first, fresh->second};
    effect.layer = Layer::Political;
    effect.score = 2.0;
    effect.rationale = u"test"_s;
    added.effects = {effect};
    events.append(added);
    m_doc->setChronology(Chronology(now.title(), now.source(), now.actors(), now.categories(), events,
                                    now.governments(), now.conditions()),
                         QString());
    QCOMPARE(list->count(), count + 1);
    bool listed = false;
    for (int i = 0; i < list->count(); ++i)
        listed = listed || (list->item(i)->data(Qt::UserRole).toString() == fresh->first
                            && list->item(i)->data(Qt::UserRole + 1).toString() == fresh->second);
    QVERIFY(listed);
    QCOMPARE(list->item(0)->checkState(), Qt::Unchecked); // still the user's choice
}

void TestChartPanel::metricsTabShowsMetrics()
{
    TimeChart *chart = m_panel->metricChart();
    QCOMPARE(chart->valueSeries().size(), 3);
    QCOMPARE(chart->specs()[0].metric, u"triangle_min"_s);
    QCOMPARE(chart->valueSeries()[0]->name(), u"Triangle: weakest link"_s);
    QVERIFY(chart->tierSeries().isEmpty());
    // Values are the metrics of the model's snapshots.
    const QPointF p = chart->valueSeries()[2]->points().last();
    QCOMPARE(p.y(), TimeSeries::valueAt(m_doc->model(), SeriesSpec::metricSpec(u"density"_s), TimeSeries::dateOfX(p.x())));
    m_panel->setMetrics({u"degree:USA"_s});
    QCOMPARE(chart->valueSeries().size(), 1);
    QCOMPARE(m_panel->metrics(), QStringList{u"degree:USA"_s});
    QVERIFY(chart->valueSeries()[0]->name().contains(u"USA"_s));
}

void TestChartPanel::measureSeriesHaveTimeSeriesValues()
{
    // The measures (structural balance, portfolio similarity) are TimeSeries metrics; the
    // panel's metric list offers whatever TimeSeries offers.
    const QStringList names = TimeSeries::metricNames(m_chronology);
    const QStringList measures = {u"balance_share"_s, u"balance_triangle"_s, u"similarity_kappa:JPN-KOR"_s};
    for (const QString &m : measures)
        QVERIFY2(names.contains(m), qPrintable(m));
    bool listed = false;
    for (int i = 0; i < m_panel->metricList()->count(); ++i)
        listed = listed || m_panel->metricList()->item(i)->text().contains(u"Structural balance"_s);
    QVERIFY(listed);

    m_panel->setMetrics(measures);
    TimeChart *chart = m_panel->metricChart();
    QTRY_COMPARE(chart->valueSeries().size(), 3);
    QCOMPARE(chart->valueSeries()[0]->name(), u"Structural balance: share of balanced triads"_s);
    QCOMPARE(chart->valueSeries()[2]->name(), u"Similarity κ: JPN–KOR"_s);
    QTRY_VERIFY(!chart->valueSeries()[0]->points().isEmpty());
    // Every point drawn is the value TimeSeries computes at its date.
    for (int s = 0; s < measures.size(); ++s) {
        const SeriesSpec spec = SeriesSpec::metricSpec(measures[s], m_doc->layer());
        const QList<QPointF> pts = chart->valueSeries()[s]->points();
        QVERIFY(pts.size() > 10);
        for (const QPointF &p : pts)
            QCOMPARE(p.y(), TimeSeries::valueAt(m_doc->model(), spec, TimeSeries::dateOfX(p.x())));
    }
    // Balance is a share: within [0, 1]; at Camp David the triangle is balanced (all ties positive).
    for (const QPointF &p : chart->valueSeries()[0]->points())
        QVERIFY(p.y() >= 0.0 && p.y() <= 1.0);
    QCOMPARE(TimeSeries::valueAt(m_doc->model(), SeriesSpec::metricSpec(u"balance_triangle"_s), QDate(2023, 8, 18)),
             1.0);

    m_doc->setLanguage(Language::Zh);
    QVERIFY2(chart->valueSeries()[2]->name().endsWith(u"日本–韩国"_s), qPrintable(chart->valueSeries()[2]->name()));
    m_doc->setLanguage(Language::En);
}

void TestChartPanel::followsTheLanguage()
{
    m_doc->setLanguage(Language::Zh);
    QCOMPARE(m_panel->dyadChart()->valueSeries()[0]->name(), u"美国–日本"_s);
    QVERIFY(m_panel->dyadList()->item(0)->text().contains(u"美国"_s));
    const QString tip = m_panel->metricChart()->toolTipAt(m_panel->metricChart()->viewportPosition(QDate(2023, 8, 18), 0.2));
    bool zhTitle = false;
    for (const Event &e : m_chronology.events())
        zhTitle = zhTitle || tip.contains(e.title.zh.toHtmlEscaped());
    QVERIFY2(zhTitle, qPrintable(tip));
    m_doc->setLanguage(Language::En);
    QCOMPARE(m_panel->dyadChart()->valueSeries()[0]->name(), u"USA–JPN"_s);
}

void TestChartPanel::exportSvgIsWellFormedWithText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chart.svg"_s);
    QString error;
    QVERIFY2(m_panel->exportCurrentChart(path, 0, &error), qPrintable(error));
    QString text;
    const int texts = svgTextElements(path, &text);
    QVERIFY2(texts > 10, qPrintable(QString::number(texts)));
    QVERIFY2(text.contains(u"USA–JPN"_s), qPrintable(text));
    QVERIFY(text.contains(u"Date"_s));
    QVERIFY(text.contains(u"1995"_s)); // a year on the date axis
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"chart.svg"_s}); // no temporary left
}

void TestChartPanel::exportPngHasTheChosenWidth()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chart.png"_s);
    QVERIFY(m_panel->exportCurrentChart(path, 2000));
    QImage image(path);
    QCOMPARE(image.width(), 2000);
    QVERIFY(image.height() > 500);
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colors.insert(image.pixel(x, y));
    }
    QVERIFY(colors.size() > 20); // drawn, not blank
}

void TestChartPanel::exportToUnwritablePathFails()
{
    QString error;
    QVERIFY(!m_panel->exportCurrentChart(u"/nonexistent-dir/chart.svg"_s, 0, &error));
    QVERIFY(error.contains(u"/nonexistent-dir/chart.svg"_s));
    QVERIFY(!QFile::exists(u"/nonexistent-dir/chart.svg"_s));
    QVERIFY(!m_panel->exportCurrentChart(QDir::tempPath() + u"/chart.txt"_s, 0, &error));
}

void TestChartPanel::cliExportChart_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("out"); // relative to a temporary directory; empty: none
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("written");

    QTest::newRow("svg default triangle") << QStringList{} << u"c.svg"_s << 0 << true;
    QTest::newRow("png zh metric") << QStringList{u"--metric"_s, u"triangle_min,triangle_geomean"_s, u"--lang"_s, u"zh"_s}
                                   << u"c.png"_s << 0 << true;
    QTest::newRow("pairs layer date width")
        << QStringList{u"--pairs"_s, u"JPN-KOR,USA-KOR"_s, u"--layer"_s, u"security"_s, u"--date"_s, u"2019-11-22"_s, u"--width"_s, u"900"_s}
        << u"c.svg"_s << 0 << true;
    QTest::newRow("degree metric") << QStringList{u"--metric"_s, u"degree:KOR"_s} << u"c.svg"_s << 0 << true;
    QTest::newRow("bad pair syntax") << QStringList{u"--pairs"_s, u"USA"_s} << u"c.svg"_s << 2 << false;
    QTest::newRow("pair of one") << QStringList{u"--pairs"_s, u"USA-USA"_s} << u"c.svg"_s << 2 << false;
    QTest::newRow("unknown state") << QStringList{u"--pairs"_s, u"USA-XYZ"_s} << u"c.svg"_s << 2 << false;
    QTest::newRow("unknown metric") << QStringList{u"--metric"_s, u"cohesion"_s} << u"c.svg"_s << 2 << false;
    QTest::newRow("pairs and metric") << QStringList{u"--metric"_s, u"density"_s, u"--pairs"_s, u"USA-JPN"_s}
                                      << u"c.svg"_s << 2 << false;
    QTest::newRow("bad suffix") << QStringList{} << u"c.pdf"_s << 2 << false;
    QTest::newRow("bad lang") << QStringList{u"--lang"_s, u"fr"_s} << u"c.svg"_s << 2 << false;
    QTest::newRow("bad layer") << QStringList{u"--layer"_s, u"cultural"_s} << u"c.svg"_s << 2 << false;
    QTest::newRow("unwritable") << QStringList{} << u"missing-dir/c.svg"_s << 1 << false;
    QTest::newRow("unreadable chronology") << QStringList{u"/nonexistent/chronology.json"_s} << u"c.svg"_s << 1 << false;
}

void TestChartPanel::cliExportChart()
{
    QFETCH(QStringList, args);
    QFETCH(QString, out);
    QFETCH(int, exitCode);
    QFETCH(bool, written);
    QTemporaryDir dir;
    const QString path = dir.filePath(out);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ALLIANCESCOPE_EXECUTABLE), QStringList{u"--export-chart"_s, path} + args);
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == exitCode, qPrintable(QString::number(p.exitCode()) + u": "_s + err));
    QCOMPARE(QFile::exists(path), written);
    if (exitCode != 0)
        QVERIFY2(err.contains(u"alliancescope"_s) || err.contains(u"error"_s), qPrintable(err));
    if (written && path.endsWith(u".svg"_s))
        QVERIFY(svgTextElements(path) > 5);
    if (written && path.endsWith(u".png"_s))
        QVERIFY(!QImage(path).isNull());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), written ? 1 : 0); // nothing partial
}

void TestChartPanel::grabsAtPanelSize()
{
    // ALLIANCESCOPE_CHARTS_PNG=out.png saves the panel as docs/charts.png is made (both tabs
    // when it contains %1).
    m_doc->setDate(QDate(2019, 11, 22));
    const QString out = qEnvironmentVariable("ALLIANCESCOPE_CHARTS_PNG");
    const QString lang = qEnvironmentVariable("ALLIANCESCOPE_CHARTS_LANG");
    if (const auto language = languageFromCode(lang))
        m_doc->setLanguage(*language);
    for (int tab = 0; tab < 2; ++tab) {
        m_panel->tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents(); // the legend lays out its new names
        const QPixmap pixmap = m_panel->grab();
        QCOMPARE(pixmap.size(), QSize(1200, 500));
        if (!out.isEmpty() && (tab == 0 || out.contains(u"%1"_s)))
            QVERIFY(pixmap.save(out.contains(u"%1"_s) ? out.arg(tab) : out));
    }
}

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
