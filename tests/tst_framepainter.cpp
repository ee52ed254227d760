// tst_framepainter: the frames' painter off the scene (issue 15) draws what
// QGraphicsScene::render draws — the same pixels within a rounding tolerance at the nodes' edges,
// in PNG and in SVG — reuses its layer of nodes and legend across frames, and declines what it
// does not draw apart (a selected edge, a difference view). The frames' PNG encoder is lossless;
// events of one date share one frame.
#include "chronology/chronologyreader.h"
#include "export/figureexporter.h"
#include "export/framepainter.h"
#include "export/pngframeencoder.h"
#include "graphview/alliancescene.h"
#include "graphview/edgeitem.h"
#include "session/layoutcontroller.h"
#include "weights/weightmodel.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

void setupPainter(QPainter *p)
{
    p->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
}

struct Difference
{
    int maxChannel = 0;  // the largest difference of one channel
    qint64 pixels = 0;   // pixels that differ at all
    qint64 large = 0;    // pixels that differ by more than 8 in a channel
};

Difference compare(const QImage &a, const QImage &b)
{
    Difference d;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    for (int row = 0; row < x.height(); ++row) {
        const QRgb *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const QRgb *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int m = std::max({std::abs(qRed(p[col]) - qRed(q[col])), std::abs(qGreen(p[col]) - qGreen(q[col])),
                                    std::abs(qBlue(p[col]) - qBlue(q[col])), std::abs(qAlpha(p[col]) - qAlpha(q[col]))});
            d.maxChannel = std::max(d.maxChannel, m);
            d.pixels += m > 0;
            d.large += m > 8;
        }
    }
    return d;
}

} // namespace

class TestFramePainter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void samePixelsAsTheScene_data();
    void samePixelsAsTheScene();
    void sameSvgAsTheScene();
    void layerReusedAcrossFrames();
    void declinesWhatItDoesNotDraw();
    void pngEncoderIsLossless_data();
    void pngEncoderIsLossless();
    void framesNamedAndCounted();

private:
    void show(const QDate &date);
    QRectF target() const;

    std::unique_ptr<WeightModel> m_model;
    std::unique_ptr<AllianceScene> m_scene;
    std::unique_ptr<LayoutController> m_layouts;
    QRectF m_source;
};

void TestFramePainter::initTestCase()
{
    auto result = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY(result.ok());
    m_model = std::make_unique<WeightModel>(std::move(*result.chronology));
    m_scene = std::make_unique<AllianceScene>();
    m_scene->setChronology(m_model->chronology());
    m_layouts = std::make_unique<LayoutController>(AllianceScene::nodeSizer());
    m_layouts->setChronology(&m_model->chronology());
    const GraphLayout layout = m_layouts->layoutFor(Language::En);
    QVERIFY(layout.ok());
    m_scene->applyLayout(layout, false);
    m_scene->setBackgroundBrush(Qt::NoBrush); // as FigureExporter renders
    // One extent for every frame, as the frames' export.
    for (const Event &e : m_model->chronology().events()) {
        show(e.date);
        m_source |= m_scene->figureRect();
    }
}

void TestFramePainter::show(const QDate &date)
{
    m_scene->setSnapshot(m_model->snapshotAt(date), false);
    m_scene->finishAnimations();
}

QRectF TestFramePainter::target() const
{
    const double w = 1600;
    return QRectF(0, 0, w, std::ceil(m_source.height() * w / m_source.width()));
}

void TestFramePainter::samePixelsAsTheScene_data()
{
    QTest::addColumn<int>("event");
    QTest::addColumn<bool>("transparent");
    const int n = int(m_model->chronology().events().size());
    QTest::newRow("first") << 0 << false;
    QTest::newRow("a third") << n / 3 << false;
    QTest::newRow("two thirds") << 2 * n / 3 << false;
    QTest::newRow("last") << n - 1 << false;
    QTest::newRow("last, transparent") << n - 1 << true;
}

void TestFramePainter::samePixelsAsTheScene()
{
    QFETCH(int, event);
    QFETCH(bool, transparent);
    show(m_model->chronology().events()[event].date);
    const QRectF graph = target();
    const QSize size = graph.size().toSize();
    const int dpm = 9843;
    const QImage::Format format = transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    const QColor background = transparent ? QColor(Qt::transparent) : QColor(Qt::white);

    QImage scene(size, format);
    scene.fill(background);
    scene.setDotsPerMeterX(dpm);
    scene.setDotsPerMeterY(dpm);
    {
        QPainter p(&scene);
        setupPainter(&p);
        m_scene->render(&p, graph, m_source, Qt::IgnoreAspectRatio);
    }

    FramePainter painter(FramePainter::Target::Raster, m_source, graph, size, dpm, background);
    FramePainter::Drawing drawing;
    QVERIFY(painter.capture(*m_scene, &drawing));
    QVERIFY(!drawing.strokes.isEmpty());
    QVERIFY(!drawing.layer.isNull());
    QCOMPARE(drawing.tile.isNull(), transparent); // no edge reaches the legend here
    QImage frame(size, format);
    frame.fill(background);
    {
        QPainter p(&frame);
        setupPainter(&p);
        painter.paint(&p, drawing);
    }
    const Difference d = compare(scene, frame);
    qInfo("%lld of %lld pixels differ, %lld by more than 8, at most by %d", static_cast<long long>(d.pixels),
          static_cast<long long>(size.width()) * size.height(), static_cast<long long>(d.large), d.maxChannel);
    // The edges are painted alike; the nodes, blended from their layer, may round differently
    // by a level or two where they cover an edge's antialiased border.
    QCOMPARE(d.large, 0);
    QVERIFY2(d.maxChannel <= 3, qPrintable(QString::number(d.maxChannel)));
    QVERIFY(d.pixels * 100 < qint64(size.width()) * size.height());
}

void TestFramePainter::sameSvgAsTheScene()
{
    show(m_model->chronology().events()[m_model->chronology().events().size() / 2].date);
    const QRectF graph = target();
    const QSize size = graph.size().toSize();
    const auto svgOf = [&](const std::function<void(QPainter *)> &paint) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        QPainter p(&svg);
        setupPainter(&p);
        p.fillRect(graph, Qt::white);
        paint(&p);
        p.end();
        return bytes;
    };
    const QByteArray scene = svgOf([&](QPainter *p) { m_scene->render(p, graph, m_source, Qt::IgnoreAspectRatio); });
    FramePainter painter(FramePainter::Target::Svg, m_source, graph, size, 0);
    FramePainter::Drawing drawing;
    QVERIFY(painter.capture(*m_scene, &drawing));
    QVERIFY(drawing.layer.isNull());
    QVERIFY(drawing.svgLayer.contains("<text"));
    const QByteArray frame = FramePainter::spliceSvg(svgOf([&](QPainter *p) { painter.paint(p, drawing); }),
                                                     drawing.svgLayer);
    QVERIFY(frame.endsWith("</svg>\n"));
    const auto rasterize = [&](const QByteArray &svg) {
        QSvgRenderer renderer(svg);
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::black);
        QPainter p(&image);
        renderer.render(&p);
        return image;
    };
    QVERIFY(QSvgRenderer(frame).isValid());
    const Difference d = compare(rasterize(scene), rasterize(frame));
    qInfo("svg: %lld pixels differ, %lld by more than 8, at most by %d", static_cast<long long>(d.pixels),
          static_cast<long long>(d.large), d.maxChannel);
    QCOMPARE(d.pixels, 0); // the same drawing: the layer is the scene's own SVG of the nodes and legend
}

void TestFramePainter::layerReusedAcrossFrames()
{
    const QRectF graph = target();
    FramePainter painter(FramePainter::Target::Raster, m_source, graph, graph.size().toSize(), 0);
    const QList<Event> &events = m_model->chronology().events();
    FramePainter::Drawing drawing;
    for (const Event &e : events) {
        show(e.date);
        QVERIFY(painter.capture(*m_scene, &drawing));
    }
    // One layer per state of the mechanisms (active or faded), far fewer than the frames.
    QVERIFY(painter.layerCount() >= 1);
    QVERIFY2(painter.layerCount() * 4 < events.size(), qPrintable(QString::number(painter.layerCount())));
    const int layers = painter.layerCount();
    show(events.last().date);
    QVERIFY(painter.capture(*m_scene, &drawing));
    QCOMPARE(painter.layerCount(), layers);
}

void TestFramePainter::declinesWhatItDoesNotDraw()
{
    const QList<Event> &events = m_model->chronology().events();
    show(events.last().date);
    const QRectF graph = target();
    FramePainter painter(FramePainter::Target::Raster, m_source, graph, graph.size().toSize(), 0);
    FramePainter::Drawing drawing;
    QVERIFY(painter.capture(*m_scene, &drawing));
    m_scene->setSelectedEdge(u"JPN"_s, u"USA"_s);
    QVERIFY(m_scene->edgeItem(u"JPN"_s, u"USA"_s));
    QVERIFY(!painter.capture(*m_scene, &drawing));
    m_scene->setSelectedEdge({}, {});
    QVERIFY(painter.capture(*m_scene, &drawing));
    const QDate from = events.first().date, to = events.last().date;
    m_scene->setDifference(diffSnapshots(m_model->snapshotAt(from), m_model->snapshotAt(to), Layer::All), from, to);
    QVERIFY(!painter.capture(*m_scene, &drawing));
    m_scene->clearDifference();
    QVERIFY(painter.capture(*m_scene, &drawing));
}

void TestFramePainter::pngEncoderIsLossless_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("rgb32") << int(QImage::Format_RGB32);
    QTest::newRow("argb32 premultiplied") << int(QImage::Format_ARGB32_Premultiplied);
    QTest::newRow("argb32") << int(QImage::Format_ARGB32);
}

void TestFramePainter::pngEncoderIsLossless()
{
    QFETCH(int, format);
    QImage image(257, 131, QImage::Format(format));
    QRandomGenerator rng(15);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            // Noise in the top half, flat runs with a gradient below (both of the filter's cases).
            const int a = format == QImage::Format_RGB32 ? 255 : int(rng.bounded(256));
            const QColor c = y < image.height() / 2
                ? QColor(int(rng.bounded(256)), int(rng.bounded(256)), int(rng.bounded(256)), a)
                : QColor(x % 256, 200, 255 - y, a);
            image.setPixelColor(x, y, c);
        }
    image.setDotsPerMeterX(11811);
    image.setDotsPerMeterY(11811);
    QByteArray png;
    QCOMPARE(PngFrameEncoder::encode(image, &png), QString());
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    QImage decoded;
    QVERIFY(decoded.loadFromData(png, "png"));
    QCOMPARE(decoded.size(), image.size());
    QCOMPARE(decoded.dotsPerMeterX(), 11811);
    QCOMPARE(decoded.hasAlphaChannel(), format != QImage::Format_RGB32);
    // Straight alpha in the file: compare the images in the same straight-alpha format.
    QCOMPARE(decoded.convertToFormat(QImage::Format_ARGB32), image.convertToFormat(QImage::Format_ARGB32));
    QVERIFY(!PngFrameEncoder::supports(QImage(4, 4, QImage::Format_Indexed8)));
    QVERIFY(!PngFrameEncoder::encode(QImage(4, 4, QImage::Format_Indexed8), &png).isEmpty());
}

void TestFramePainter::framesNamedAndCounted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto exporter = FigureExporter::create(*m_model);
    FigureOptions options;
    options.width = 800;
    const QString out = dir.filePath(u"frames"_s);
    QCOMPARE(exporter->exportFrames(out, FigureFormat::Png, options), FigureExporter::Status::Ok);
    const QList<Event> &events = m_model->chronology().events();
    const QStringList names = QDir(out).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names.size(), events.size());
    for (int i = 0; i < events.size(); i += 10)
        QCOMPARE(names[i], FigureExporter::frameFileName(i, int(events.size()), events[i], FigureFormat::Png));
    QImage first, last;
    QVERIFY(first.load(QDir(out).filePath(names.first())));
    QVERIFY(last.load(QDir(out).filePath(names.last())));
    QCOMPARE(first.size(), last.size()); // one extent for all
    QCOMPARE(first.width(), 800);
    QVERIFY(first != last);
    // Events of one date share a frame: written once, copied byte for byte.
    const auto bytesOf = [&](int i) {
        QFile f(QDir(out).filePath(names[i]));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    int repeated = 0;
    for (int i = 1; i < events.size(); ++i) {
        if (events[i].date != events[i - 1].date)
            continue;
        ++repeated;
        QVERIFY(!bytesOf(i).isEmpty());
        QCOMPARE(bytesOf(i), bytesOf(i - 1));
    }
    QVERIFY(repeated > 0); // the bundled chronology has events on the same day
}

QTEST_MAIN(TestFramePainter)
#include "tst_framepainter.moc"
