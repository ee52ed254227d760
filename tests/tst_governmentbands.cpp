// Tests of the government bands: under the timeline (GovernmentBands) and inside the charts
// (ChartBands), on the bundled chronology's terms of office.
#include "charts/chartbands.h"
#include "charts/chartrenderer.h"
#include "chronology/chronologyreader.h"
#include "session/document.h"
#include "timeline/governmentbands.h"
#include "timeline/timelinetrack.h"
#include "timeline/timelinewidget.h"
#include "weights/weightmodel.h"

#include <QChart>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

/// A timeline over @p chronology, shown at a size where every band has room.
struct Shown
{
    explicit Shown(const Chronology &chronology)
        : timeline(&document)
    {
        document.setChronology(chronology, u"bundled"_s);
        timeline.resize(1400, 160);
        timeline.show();
    }
    Document document;
    TimelineWidget timeline;
};

} // namespace

class TestGovernmentBands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timelineRowsAndBands();
    void currentTermFollowsTheDate();
    void chartBandsInsideThePlot();

private:
    Chronology m_chronology;
};

void TestGovernmentBands::initTestCase()
{
    const ChronologyReader::Result r =
        ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY2(r.ok(), r.errors.isEmpty() ? "" : qPrintable(r.errors.first().toString()));
    m_chronology = *r.chronology;
    QVERIFY(!m_chronology.governments().isEmpty());
}

void TestGovernmentBands::timelineRowsAndBands()
{
    Shown shown(m_chronology);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.timeline));
    TimelineWidget &timeline = shown.timeline;
    GovernmentBands *bands = timeline.governmentBands();
    QVERIFY(bands->isVisible());
    // One row per governed state, in the chronology's order of actors.
    QCOMPARE(bands->rows(), QStringList({u"USA"_s, u"JPN"_s, u"KOR"_s}));
    // Every band lies where the timeline draws its dates, and hit-testing finds its term.
    const TimelineTrack *track = timeline.track();
    const QList<Government> &terms = m_chronology.governments();
    for (int i = 0; i < terms.size(); ++i) {
        const QRectF r = bands->bandRect(i);
        QVERIFY2(!r.isEmpty(), qPrintable(terms[i].id));
        QCOMPARE(r.left(), track->xForDate(terms[i].start) + track->x() - bands->x());
        if (r.width() > 3) {
            const Government *hit = bands->governmentAt(r.center().toPoint());
            QVERIFY(hit);
            QCOMPARE(hit->id, terms[i].id);
        }
    }
    // Nothing is hit before the first term.
    QCOMPARE(bands->governmentAt(QPoint(int(track->xForDate(QDate(1960, 1, 1))), 5)), nullptr);
}

void TestGovernmentBands::currentTermFollowsTheDate()
{
    Shown shown(m_chronology);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.timeline));
    TimelineWidget &timeline = shown.timeline;
    Document &document = shown.document;
    GovernmentBands *bands = timeline.governmentBands();
    document.setDate(QDate(2019, 8, 22));
    const Government *moon = m_chronology.governmentAt(u"KOR"_s, QDate(2019, 8, 22));
    QVERIFY(moon);
    QVERIFY(moon->leader.en.contains(u"Moon"_s));
    // The painted band of the term in office has a dark outline; the term before it does not.
    const QImage image = bands->grab().toImage();
    const QList<Government> &terms = m_chronology.governments();
    const int index = int(terms.indexOf(*moon));
    QVERIFY(index > 0);
    QCOMPARE(terms[index - 1].actor, u"KOR"_s);
    auto outline = [&](int i) {
        const QRectF r = bands->bandRect(i);
        int darkest = 255;
        for (int y = int(r.top()); y <= int(r.top()) + 2; ++y)
            darkest = std::min(darkest, image.pixelColor(QPoint(int(r.center().x()), y)).lightness());
        return darkest;
    };
    QVERIFY2(outline(index) < 100, qPrintable(QString::number(outline(index))));
    QVERIFY2(outline(index - 1) > 120, qPrintable(QString::number(outline(index - 1))));
}

void TestGovernmentBands::chartBandsInsideThePlot()
{
    const WeightModel model(m_chronology);
    ChartRenderer renderer(ChartRenderer::Mode::Dyads);
    renderer.setModel(&model);
    renderer.refresh();
    QImage image(1200, 600, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(0, 0, 1200, 600));
    painter.end();
    const ChartBands *bands = renderer.bands();
    QCOMPARE(bands->rows(), QStringList({u"USA"_s, u"JPN"_s, u"KOR"_s}));
    QCOMPARE(bands->bandCount(), int(m_chronology.governments().size()));
    const QRectF plot = renderer.chart()->plotArea();
    for (int i = 0; i < bands->bandCount(); ++i) {
        const QRectF r = bands->bandRect(i);
        QVERIFY(!r.isEmpty());
        QVERIFY2(plot.adjusted(-0.5, -0.5, 0.5, 0.5).contains(r), qPrintable(m_chronology.governments()[i].id));
    }
    // The band of the ROK's last term is painted in its orientation's colour.
    const int last = int(m_chronology.governments().size()) - 1;
    int korLast = -1;
    for (int i = 0; i <= last; ++i) {
        if (m_chronology.governments()[i].actor == u"KOR"_s)
            korLast = i;
    }
    QVERIFY(korLast >= 0);
    const QRectF r = bands->bandRect(korLast);
    const QColor c = image.pixelColor(r.center().toPoint());
    QVERIFY2(c != QColor(Qt::white), "the band is not painted");
}

QTEST_MAIN(TestGovernmentBands)
#include "tst_governmentbands.moc"
