// FigureExporter: renders the AllianceScene (and optionally the chart and a caption) into PNG,
// SVG, PDF, frame series, sheets and GIFs, always through a temporary file or directory.
#include "figureexporter.h"

#include "framepainter.h"
#include "gifencoder.h"
#include "pngframeencoder.h"
#include "graphview/alliancescene.h"
#include "graphview/legenditem.h"
#include "graphview/palette.h"
#include "io/atomicwrite.h"
#include "io/folderreplacement.h"
#include "session/layoutcontroller.h"
#include "session/translation.h"
#include "weights/weightmodel.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

constexpr double kChartAspectBoth = 0.45;  // chart height / width under a graph
constexpr double kChartAspectAlone = 0.55; // chart height / width alone
// Qt maps PNG "quality" q to zlib level (100 − q)·9/91: 80 gives level 1, several times faster
// than the default level on large figures, for files about 20 % larger.
constexpr int kPngQuality = 80;
constexpr double kChartLogicalWidth = 1000.0; // the chart's layout width in a figure

bool isZh(Language lang)
{
    return lang == Language::Zh;
}

// Keeps the scene's on-screen background out of figures, restoring it afterwards.
class BackgroundGuard
{
public:
    explicit BackgroundGuard(QGraphicsScene *scene)
        : m_scene(scene)
        , m_brush(scene->backgroundBrush())
    {
        scene->setBackgroundBrush(Qt::NoBrush);
    }
    ~BackgroundGuard() { m_scene->setBackgroundBrush(m_brush); }
    BackgroundGuard(const BackgroundGuard &) = delete;
    BackgroundGuard &operator=(const BackgroundGuard &) = delete;

private:
    QGraphicsScene *m_scene;
    QBrush m_brush;
};

void setupPainter(QPainter *p)
{
    p->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                      | QPainter::SmoothPixmapTransform);
}

// Caption type sizes in output units: 9 pt headline, 7.5 pt source line (up to two lines),
// at the figure's resolution, so a caption reads the same at any pixel width.
struct CaptionMetrics
{
    explicit CaptionMetrics(double dpi)
        : titlePx(9.0 / 72.0 * dpi)
        , smallPx(7.5 / 72.0 * dpi)
        , pad(0.1 * dpi)
    {
    }
    double height() const { return pad * 2 + titlePx * 1.5 + smallPx * kLine * 2; }
    static constexpr double kLine = 1.6; // line spacing of the CJK sans at 1 px
    double titlePx, smallPx, pad;
};


} // namespace

QString paperOf(const Chronology &c, Language lang)
{
    QString paper = c.source().in(lang);
    if (paper.isEmpty())
        return c.title().in(lang);
    for (const QChar stop : {u';', u'；', u'(', u'（', u'。'}) {
        const qsizetype i = paper.indexOf(stop);
        if (i > 0)
            paper = paper.left(i);
    }
    return paper.trimmed();
}

namespace {

// Snapshots of a list of dates, in order, computed a batch ahead on worker threads
// (WeightModel's const functions are thread-safe): the UI thread draws frame i while the workers
// compute the snapshots of the frames after it.
class SnapshotPrefetch
{
public:
    SnapshotPrefetch(const WeightModel &model, const QList<QDate> &dates)
        : m_model(&model)
        , m_dates(dates)
    {
        m_next = launch(0);
    }
    ~SnapshotPrefetch() { m_next.waitForFinished(); }
    SnapshotPrefetch(const SnapshotPrefetch &) = delete;
    SnapshotPrefetch &operator=(const SnapshotPrefetch &) = delete;

    /// The snapshot at dates[i]; call with increasing i (0, 1, 2, …, some may be left out).
    NetworkSnapshot at(qsizetype i)
    {
        const qsizetype batch = i / kBatch;
        if (batch != m_batch) {
            if (m_nextBatch != batch) {
                // i skipped past the batch computed ahead: compute i's batch now.
                m_next.waitForFinished();
                m_next = launch(batch * kBatch);
            }
            m_current = m_next.results();
            m_batch = batch;
            m_next = launch((batch + 1) * kBatch);
            m_nextBatch = batch + 1;
        }
        return m_current.value(i % kBatch);
    }

private:
    static constexpr qsizetype kBatch = 32;
    QFuture<NetworkSnapshot> launch(qsizetype from) const
    {
        const WeightModel *model = m_model;
        return QtConcurrent::mapped(m_dates.mid(std::min(from, m_dates.size()), kBatch),
                                    [model](const QDate &date) { return model->snapshotAt(date); });
    }

    const WeightModel *m_model;
    QList<QDate> m_dates;
    QList<NetworkSnapshot> m_current;
    qsizetype m_batch = -1;
    QFuture<NetworkSnapshot> m_next;
    qsizetype m_nextBatch = 0; // the batch m_next computes
};

// Writes @p bytes to a new file @p path (a frame in a staging folder, which is replaced as a
// whole: no file of its own needs to be atomic). Returns an error message, or "".
QString writeFrameFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    errno = 0;
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush()) {
        // The system's words ("No space left on device"): QFile says "Unknown error" there.
        const int saved = errno;
        const QString error = saved != 0 ? QString::fromLocal8Bit(std::strerror(saved)) : f.errorString();
        f.close();
        QFile::remove(path);
        return FigureExporter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error);
    }
    f.close();
    return {};
}

// A frame written by a worker: the error ("" when written) and the file's bytes.
struct FrameWrite
{
    QString error;
    QByteArray bytes;
};

QString encodePng(const QImage &image, QByteArray *out)
{
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setQuality(kPngQuality);
    return writer.write(image) ? QString() : writer.errorString();
}

// The first entry of @p dir that is not a frame (frameFileName, storyFrameFileName), or "".
QString firstNonFrame(const QDir &dir)
{
    static const QRegularExpression frame(u"^\\d{2,}_\\d{4}-\\d{2}-\\d{2}_.+\\.(svg|png|pdf)$"_s);
    const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &e : entries) {
        if (!e.isFile() || e.isSymLink() || !frame.match(e.fileName()).hasMatch())
            return e.fileName();
    }
    return {};
}

} // namespace

std::optional<FigureFormat> figureFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"svg"_s)
        return FigureFormat::Svg;
    if (n == u"png"_s)
        return FigureFormat::Png;
    if (n == u"pdf"_s)
        return FigureFormat::Pdf;
    if (n == u"gif"_s)
        return FigureFormat::Gif;
    return std::nullopt;
}

std::optional<FigureFormat> figureFormatForPath(const QString &path)
{
    return figureFormatFromName(QFileInfo(path).suffix());
}

QString figureFormatSuffix(FigureFormat format)
{
    switch (format) {
    case FigureFormat::Svg: return u"svg"_s;
    case FigureFormat::Png: return u"png"_s;
    case FigureFormat::Pdf: return u"pdf"_s;
    case FigureFormat::Gif: return u"gif"_s;
    }
    return {};
}

int FigureOptions::pixelWidth() const
{
    return dpi > 0 ? int(std::lround(kPhysicalWidthInches * dpi)) : width;
}

double FigureOptions::effectiveDpi() const
{
    return dpi > 0 ? double(dpi) : pixelWidth() / kPhysicalWidthInches;
}

// The geometry of one figure, in output units (pixels; SVG user units; PDF via a window).
struct FigureExporter::Page
{
    QSizeF size;
    QRectF source;  // scene rectangle shown
    QRectF graph;   // where the scene goes
    QRectF chart;   // where the chart goes (empty: none)
    QRectF caption; // where the caption goes (empty: none)
    double scale = 1.0; // output units per scene unit
};

FigureExporter::FigureExporter(const WeightModel &model, LayoutController *layouts)
    : m_model(model)
    , m_layouts(layouts)
    , m_scene(std::make_unique<AllianceScene>())
{
    if (!m_layouts) {
        m_ownLayouts = std::make_unique<LayoutController>(AllianceScene::nodeSizer());
        m_ownLayouts->setChronology(&model.chronology());
        m_layouts = m_ownLayouts.get();
    }
    m_scene->setChronology(model.chronology());
}

std::unique_ptr<FigureExporter> FigureExporter::create(const WeightModel &model, LayoutController *layouts,
                                                       const ChartSelection &chart)
{
    std::unique_ptr<FigureExporter> exporter(new FigureExporter(model, layouts));
    // One renderer for every frame, made at the first chart (graph-only figures need none): only
    // the cursor moves from one frame to the next.
    auto holder = std::make_shared<std::unique_ptr<ChartRenderer>>();
    const WeightModel *source = &model;
    exporter->setChartPainter([holder, source, chart](QPainter *painter, const QRectF &rect, const QDate &date,
                                                      const FigureOptions &options) {
        if (!*holder) {
            *holder = std::make_unique<ChartRenderer>(chart.mode);
            (*holder)->setModel(source);
            (*holder)->setSpecs(chart.specs);
            (*holder)->setTitleVisible(true);
        }
        ChartRenderer *renderer = holder->get();
        renderer->setLayer(options.layer);
        renderer->setLanguage(options.language);
        renderer->retranslate(); // the figure's translation is installed now
        renderer->setDate(date);
        // Laid out 1000 units wide, as a graph of that width: the type scales with the figure.
        const double unit = rect.width() / kChartLogicalWidth;
        renderer->render(painter, rect, rect.size() / unit);
    });
    return exporter;
}

FigureExporter::~FigureExporter() = default;

FigureExporter::Status FigureExporter::fail(const QString &message)
{
    m_error = message;
    return Status::Failed;
}

QList<QDate> FigureExporter::eventDates() const
{
    QList<QDate> dates;
    for (const Event &e : m_model.chronology().events())
        dates.append(e.date);
    return dates;
}

QString FigureExporter::frameFileName(int index, int count, const Event &event, FigureFormat format)
{
    const int digits = std::max(3, int(QString::number(count).size()));
    return u"%1_%2_%3.%4"_s.arg(index + 1, digits, 10, QLatin1Char('0'))
        .arg(event.date.toString(Qt::ISODate), event.id, figureFormatSuffix(format));
}

const Event *FigureExporter::eventAt(const QDate &date) const
{
    const int i = m_model.chronology().eventIndexAt(date);
    return i < 0 ? nullptr : &m_model.chronology().events()[i];
}

bool FigureExporter::prepare(const FigureOptions &options, bool withLayout)
{
    m_error.clear();
    // Legend, chart titles and axes in the figure's language, whatever the window shows.
    m_translation.reset();
    m_translation = std::make_unique<ScopedTranslation>(options.language);
    if (withLayout && m_layoutLanguage != options.language) {
        const GraphLayout layout = m_layouts->layoutFor(options.language);
        if (!layout.ok()) {
            m_error = tr("Cannot lay out the graph: %1").arg(layout.error);
            return false;
        }
        m_scene->applyLayout(layout, false);
        m_layoutLanguage = options.language;
    }
    m_scene->setLanguage(options.language);
    m_scene->setLayer(options.layer);
    m_compareWith = options.compareWith;
    m_layer = options.layer;
    m_scene->setLegendVisible(options.legend);
    return true;
}

void FigureExporter::showDate(const QDate &date)
{
    showSnapshot(m_model.snapshotAt(date));
    if (m_compareWith.isValid()) {
        const QDate from = std::min(date, m_compareWith), to = std::max(date, m_compareWith);
        m_scene->setDifference(diffSnapshots(m_model.snapshotAt(from), m_model.snapshotAt(to), m_layer), from, to);
        m_scene->finishAnimations();
    }
}

void FigureExporter::showSnapshot(const NetworkSnapshot &snapshot)
{
    m_scene->setSnapshot(snapshot, false);
    m_scene->clearDifference();
    m_scene->finishAnimations();
}

QRectF FigureExporter::unionRect(const QList<QDate> &dates, bool legend)
{
    m_scene->setLegendVisible(legend);
    QRectF r;
    SnapshotPrefetch snapshots(m_model, dates);
    for (qsizetype i = 0; i < dates.size(); ++i) {
        showSnapshot(snapshots.at(i));
        r = r.united(m_scene->figureRect());
    }
    return r;
}

FigureExporter::Page FigureExporter::pageFor(const QRectF &source, const FigureOptions &options) const
{
    Page page;
    const double w = options.pixelWidth();
    page.source = source;
    page.scale = source.width() > 0 ? w / source.width() : 1.0;
    double y = 0.0;
    if (options.content != FigureOptions::Content::Chart) {
        page.graph = QRectF(0, 0, w, source.height() * page.scale);
        y = page.graph.bottom();
    } else {
        page.scale = w / 900.0; // captions sized as on a typical graph
    }
    if (options.content != FigureOptions::Content::Graph) {
        const double aspect = options.content == FigureOptions::Content::Both ? kChartAspectBoth
                                                                               : kChartAspectAlone;
        page.chart = QRectF(0, y, w, w * aspect);
        y = page.chart.bottom();
    }
    if (options.caption) {
        const CaptionMetrics m(options.effectiveDpi());
        page.caption = QRectF(0, y, w, m.height());
        y += m.height();
    }
    page.size = QSizeF(w, std::ceil(y));
    return page;
}

void FigureExporter::paintCaption(QPainter *painter, const QRectF &rect, const QDate &date,
                                  const FigureOptions &options, double dpi, bool withSource)
{
    const Language lang = options.language;
    const Event *e = eventAt(date);
    const CaptionMetrics m(dpi);
    const QRectF inner = rect.adjusted(m.pad, m.pad, -m.pad, -m.pad);

    QString headline = (e && e->date == date) ? e->dateText() : date.toString(Qt::ISODate);
    if (e)
        headline += u"  ·  "_s + e->title.in(lang);
    QString sourceLine;
    if (e && withSource) {
        const Source &src = e->source;
        const QString paper = paperOf(m_model.chronology(), lang);
        const bool zh = isZh(lang);
        sourceLine = (zh ? u"来源："_s : u"Source: "_s) + paper;
        const QString sep = zh ? u"，"_s : u", "_s;
        if (!src.section.isEmpty())
            sourceLine += sep + u"§"_s + src.section;
        if (!src.footnote.isEmpty() && src.footnote != u"none"_s)
            sourceLine += sep + (zh ? u"脚注 "_s : u"footnote "_s) + src.footnote;
        if (e->context && !src.note.isEmpty())
            sourceLine += (zh ? u"；背景："_s : u"; context: "_s) + src.note;
    }

    painter->save();
    const QFont title = Palette::font(std::max(1, int(std::lround(m.titlePx))), true);
    const QFont small = Palette::font(std::max(1, int(std::lround(m.smallPx))));
    painter->setPen(Palette::text());
    painter->setFont(title);
    const QFontMetricsF tm(title);
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), m.titlePx * 1.5),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      tm.elidedText(headline, Qt::ElideRight, inner.width()));
    if (!sourceLine.isEmpty()) {
        painter->setFont(small);
        painter->setPen(Palette::mutedText());
        const QFontMetricsF sm(small);
        // Up to two lines: elide what would not fit on them.
        sourceLine = sm.elidedText(sourceLine, Qt::ElideRight, inner.width() * 1.85);
        painter->drawText(QRectF(inner.left(), inner.top() + m.titlePx * 1.5, inner.width(),
                                 m.smallPx * CaptionMetrics::kLine * 2),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, sourceLine);
    }
    painter->restore();
}

void FigureExporter::renderScene(QPainter *painter, const QRectF &target, const QRectF &source)
{
    const BackgroundGuard guard(m_scene.get());
    m_scene->render(painter, target, source, Qt::IgnoreAspectRatio);
}

void FigureExporter::paintFigure(QPainter *painter, const Page &page, const QDate &date,
                                 const FigureOptions &options)
{
    if (!page.graph.isEmpty())
        renderScene(painter, page.graph, page.source);
    if (!page.chart.isEmpty() && m_chartPainter) {
        painter->save();
        m_chartPainter(painter, page.chart, date, options);
        painter->restore();
    }
    if (!page.caption.isEmpty())
        paintCaption(painter, page.caption, date, options, options.effectiveDpi(), true);
}

bool FigureExporter::renderPage(FigureFormat format, const QSizeF &size, const FigureOptions &options,
                                int count, const std::function<bool(QPainter *, int page)> &paint,
                                QImage *image, QByteArray *bytes, bool *cancelled)
{
    // Into memory: PNG and GIF pages as an image (the caller encodes it), SVG and PDF as bytes.
    // QSvgGenerator and QPdfWriter do not report short writes; the caller writes the bytes and
    // checks that. More than one page (@p count) only in a PDF.
    Q_ASSERT(count == 1 || format == FigureFormat::Pdf);
    *cancelled = false;
    const QSize px(int(std::ceil(size.width())), int(std::ceil(size.height())));
    const double dpi = options.effectiveDpi();
    const QColor background = options.transparent ? QColor(Qt::transparent) : QColor(Qt::white);
    switch (format) {
    case FigureFormat::Png:
    case FigureFormat::Gif: {
        // Opaque figures render into RGB32: the painter's fast path, and a PNG without alpha.
        *image = QImage(px, options.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
        image->fill(background);
        const int dpm = int(std::lround(dpi / 0.0254));
        image->setDotsPerMeterX(dpm);
        image->setDotsPerMeterY(dpm);
        QPainter p(image);
        setupPainter(&p);
        *cancelled = !paint(&p, 0);
        return !*cancelled;
    }
    case FigureFormat::Svg: {
        QBuffer buffer(bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(px);
        svg.setViewBox(QRect(QPoint(0, 0), px));
        svg.setResolution(int(std::lround(dpi)));
        svg.setTitle(m_model.chronology().title().in(options.language));
        svg.setDescription(u"AllianceScope "_s + QStringLiteral(ALLIANCESCOPE_VERSION));
        QPainter p;
        if (!p.begin(&svg))
            return false;
        setupPainter(&p);
        if (!options.transparent)
            p.fillRect(QRectF(QPointF(0, 0), size), background);
        *cancelled = !paint(&p, 0);
        p.end();
        return !*cancelled;
    }
    case FigureFormat::Pdf: {
        QBuffer buffer(bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setCreator(u"AllianceScope "_s + QStringLiteral(ALLIANCESCOPE_VERSION));
        pdf.setTitle(m_model.chronology().title().in(options.language));
        pdf.setResolution(int(std::lround(dpi)));
        pdf.setPageSize(QPageSize(QSizeF(size.width() / dpi, size.height() / dpi), QPageSize::Inch,
                                  QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p;
        if (!p.begin(&pdf))
            return false;
        setupPainter(&p);
        p.setViewport(0, 0, pdf.width(), pdf.height());
        p.setWindow(QRect(QPoint(0, 0), px));
        for (int page = 0; page < count && !*cancelled; ++page) {
            if (page > 0 && !pdf.newPage())
                return false;
            if (!options.transparent)
                p.fillRect(QRectF(QPointF(0, 0), size), background);
            *cancelled = !paint(&p, page);
        }
        p.end();
        return !*cancelled;
    }
    }
    return false;
}

bool FigureExporter::writePage(const QString &path, FigureFormat format, const QSizeF &size,
                               const FigureOptions &options, const std::function<bool(QPainter *)> &paint)
{
    return writePages(path, format, size, options, 1, [&](QPainter *p, int) { return paint(p); });
}

bool FigureExporter::writePages(const QString &path, FigureFormat format, const QSizeF &size,
                                const FigureOptions &options, int count,
                                const std::function<bool(QPainter *, int page)> &paint)
{
    QImage image;
    QByteArray bytes;
    bool cancelled = false;
    if (!renderPage(format, size, options, count, paint, &image, &bytes, &cancelled)) {
        m_error = cancelled ? QString()
                            : tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), tr("the figure could not be drawn"));
        return false;
    }
    if (!image.isNull()) {
        const QString error = encodePng(image, &bytes);
        if (!error.isEmpty()) {
            m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error);
            return false;
        }
    }
    m_error = writeAtomically(path, bytes);
    return m_error.isEmpty();
}

QImage FigureExporter::renderImage(const QDate &date, const FigureOptions &options)
{
    if (!prepare(options))
        return {};
    showDate(date);
    const Page page = pageFor(m_scene->figureRect(), options);
    QImage image(page.size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    QPainter p(&image);
    setupPainter(&p);
    paintFigure(&p, page, date, options);
    return image;
}

FigureExporter::Status FigureExporter::exportFigure(const QString &path, const QDate &date,
                                                    const FigureOptions &options)
{
    const auto format = figureFormatForPath(path);
    if (!format || *format == FigureFormat::Gif)
        return fail(tr("Unknown figure format: %1 (use .svg, .png or .pdf)").arg(path));
    if (!prepare(options))
        return Status::Failed;
    showDate(date);
    const Page page = pageFor(m_scene->figureRect(), options);
    const bool ok = writePage(path, *format, page.size, options,
                              [&](QPainter *p) {
                                  paintFigure(p, page, date, options);
                                  return true;
                              });
    return ok ? Status::Ok : Status::Failed;
}

FigureExporter::Status FigureExporter::exportFrames(const QString &dir, FigureFormat format,
                                                    const FigureOptions &options, const Progress &progress)
{
    if (format == FigureFormat::Gif)
        return fail(tr("Frames are written as svg, png or pdf"));
    if (!checkFrameFolder(dir))
        return Status::Failed;
    if (!prepare(options))
        return Status::Failed;
    const QList<Event> &events = m_model.chronology().events();
    const int n = int(events.size());
    const QList<QDate> dates = eventDates();
    const Page page = pageFor(unionRect(dates, options.legend), options);
    m_scene->setLegendVisible(options.legend);
    // Workers compute the snapshots ahead of the frame the scene shows.
    SnapshotPrefetch snapshots(m_model, dates);
    // Graph frames are copied from the scene and painted by workers (FramePainter: the nodes and
    // the legend drawn once, laid over each frame's edges); a chart is drawn here by the scene.
    std::optional<FramePainter> painter;
    if (options.content == FigureOptions::Content::Graph && format != FigureFormat::Pdf) {
        const QSize px(int(std::ceil(page.size.width())), int(std::ceil(page.size.height())));
        painter.emplace(format == FigureFormat::Svg ? FramePainter::Target::Svg : FramePainter::Target::Raster,
                        page.source, page.graph, px, int(std::lround(options.effectiveDpi() / 0.0254)),
                        options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    }
    return writeFrameDirectory(
        dir, n, [&](int i) { return frameFileName(i, n, events[i], format); },
        [&](int i) -> FrameJob {
            showSnapshot(snapshots.at(i));
            auto drawing = std::make_shared<FramePainter::Drawing>();
            if (painter && painter->capture(*m_scene, drawing.get())) {
                const FramePainter *framePainter = &*painter;
                const QDate date = events[i].date;
                return [this, framePainter, drawing, format, page, options, date](QImage *image, QByteArray *bytes) {
                    bool cancelled = false;
                    const bool ok = renderPage(
                        format, page.size, options, 1,
                        [&](QPainter *p, int) {
                            framePainter->paint(p, *drawing);
                            if (!page.caption.isEmpty())
                                paintCaption(p, page.caption, date, options, options.effectiveDpi(), true);
                            return true;
                        },
                        image, bytes, &cancelled);
                    if (ok && format == FigureFormat::Svg)
                        *bytes = FramePainter::spliceSvg(*bytes, drawing->svgLayer);
                    return ok && (format != FigureFormat::Svg || !bytes->isEmpty());
                };
            }
            QImage image;
            QByteArray bytes;
            bool cancelled = false;
            const bool ok = renderPage(
                format, page.size, options, 1,
                [&](QPainter *p, int) {
                    paintFigure(p, page, events[i].date, options);
                    return true;
                },
                &image, &bytes, &cancelled);
            return drawnFrame(ok, std::move(image), std::move(bytes));
        },
        progress,
        // A frame shows its date (the snapshot, the chart's cursor, the caption of the date's
        // event): events of the same date have the same frame.
        [&](int i) { return dates[i] == dates[i - 1]; });
}

FigureExporter::FrameJob FigureExporter::drawnFrame(bool ok, QImage image, QByteArray bytes)
{
    if (!ok)
        return {};
    return [image = std::move(image), bytes = std::move(bytes)](QImage *outImage, QByteArray *outBytes) {
        *outImage = image;
        *outBytes = bytes;
        return true;
    };
}

bool FigureExporter::checkFrameFolder(const QString &dir)
{
    const QFileInfo target(dir);
    if (target.exists() && !target.isDir()) {
        fail(tr("Cannot write frames to %1: not a directory").arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    const QDir parent = target.absoluteDir();
    if (!parent.exists()) {
        fail(tr("Cannot write frames to %1: %2 does not exist")
                 .arg(QDir::toNativeSeparators(dir), QDir::toNativeSeparators(parent.path())));
        return false;
    }
    // The new frames replace the old folder as a whole: only a folder of frames is replaced,
    // never one that holds anything else.
    if (target.exists()) {
        const QString other = firstNonFrame(QDir(target.absoluteFilePath()));
        if (!other.isEmpty()) {
            fail(tr("Cannot write frames to %1: it holds %2, which is not a frame; choose a new or empty folder")
                     .arg(QDir::toNativeSeparators(dir), other));
            return false;
        }
    }
    return true;
}

FigureExporter::Status FigureExporter::writeFrameDirectory(const QString &dir, int count,
                                                           const std::function<QString(int)> &name,
                                                           const FrameRenderer &render,
                                                           const Progress &progress,
                                                           const std::function<bool(int)> &sameAsPrevious)
{
    FolderReplacement staging(QFileInfo(dir).absoluteFilePath());
    if (!staging.isValid())
        return fail(tr("Cannot write frames to %1: %2").arg(QDir::toNativeSeparators(dir), staging.errorString()));

    // Frame i is prepared on this thread while workers draw, encode (PNG) and write the frames
    // before it; at most kInFlight frames wait in memory. A frame the same as the one before it
    // (@p sameAsPrevious) is written from that frame's bytes.
    constexpr int kInFlight = 6;
    QList<QFuture<FrameWrite>> writes; // each write's error ("" when written) and bytes
    const auto finishWrites = [&writes](qsizetype keep) {
        QString error;
        while (writes.size() > keep) {
            const QString e = writes.takeFirst().result().error;
            if (error.isEmpty())
                error = e;
        }
        return error;
    };
    QFuture<FrameWrite> previous;
    for (int i = 0; i < count; ++i) {
        const QString path = staging.filePath(name(i));
        if (i > 0 && sameAsPrevious && sameAsPrevious(i)) {
            // Waits only for earlier frames (or runs them here): no worker waits for a later one.
            previous = QtConcurrent::run([path, previous]() {
                FrameWrite done = previous.result();
                if (done.error.isEmpty())
                    done.error = writeFrameFile(path, done.bytes);
                return done;
            });
        } else {
            FrameJob job = render(i);
            if (!job) {
                finishWrites(0);
                return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), tr("the figure could not be drawn")));
            }
            previous = QtConcurrent::run([path, job = std::move(job)]() {
                QImage image;
                FrameWrite done;
                if (!job(&image, &done.bytes)) {
                    done.error = FigureExporter::tr("Cannot write %1: %2")
                                     .arg(QDir::toNativeSeparators(path), FigureExporter::tr("the figure could not be drawn"));
                    return done;
                }
                if (!image.isNull()) {
                    const QString error = PngFrameEncoder::supports(image) ? PngFrameEncoder::encode(image, &done.bytes)
                                                                           : encodePng(image, &done.bytes);
                    if (!error.isEmpty()) {
                        done.error = FigureExporter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error);
                        return done;
                    }
                }
                done.error = writeFrameFile(path, done.bytes);
                return done;
            });
        }
        writes.append(previous);
        const QString error = finishWrites(i == 0 ? 0 : kInFlight);
        if (!error.isEmpty()) {
            finishWrites(0);
            return fail(error);
        }
        if (i == 0)
            FolderReplacement::killPoint("writing");
        if (progress && !progress(i + 1, count)) {
            finishWrites(0);
            return Status::Cancelled;
        }
    }
    if (const QString error = finishWrites(0); !error.isEmpty())
        return fail(error);
    if (!staging.commit())
        return fail(tr("Cannot write frames to %1: %2").arg(QDir::toNativeSeparators(dir), staging.errorString()));
    return Status::Ok;
}

FigureExporter::Status FigureExporter::exportSheet(const QString &path, const QList<QDate> &dates,
                                                   const FigureOptions &options, const Progress &progress)
{
    const auto format = figureFormatForPath(path);
    if (!format || *format == FigureFormat::Gif)
        return fail(tr("Unknown figure format: %1 (use .svg, .png or .pdf)").arg(path));
    if (dates.isEmpty())
        return fail(tr("A sheet needs at least one date"));
    FigureOptions graphOnly = options;
    graphOnly.content = FigureOptions::Content::Graph;
    if (!prepare(graphOnly))
        return Status::Failed;

    const int n = int(dates.size());
    const int cols = std::min(4, int(std::ceil(std::sqrt(double(n)))));
    const int rows = (n + cols - 1) / cols;
    const QRectF source = unionRect(dates, false); // one scale for every panel
    const double w = options.pixelWidth();
    const double panelW = w / cols;
    const double scale = panelW / source.width();
    const double graphH = source.height() * scale;
    // The legend is drawn once: in the grid's first free cell, or in a strip under the grid.
    QRectF legendSource;
    if (options.legend) {
        m_scene->setLegendVisible(true);
        const QList<QGraphicsItem *> items = m_scene->items();
        const auto it = std::find_if(items.cbegin(), items.cend(),
                                     [](const QGraphicsItem *i) { return i->type() == LegendItem::Type; });
        if (it != items.cend())
            legendSource = (*it)->sceneBoundingRect().adjusted(-8, -8, 8, 8);
        m_scene->setLegendVisible(false);
    }
    const bool legendInCell = !legendSource.isEmpty() && n % cols != 0;
    const double dpi = options.effectiveDpi();
    const CaptionMetrics metrics(dpi);
    const double datePx = std::min(8.0 / 72.0 * dpi, panelW * 0.035);
    const double titlePx = datePx * 0.8;
    const double captionH = (datePx + titlePx) * 1.5 + datePx * 0.6;
    const double panelH = graphH + captionH;
    const double footerH = options.caption ? metrics.smallPx * CaptionMetrics::kLine * 2 + metrics.pad * 2 : 0.0;
    QRectF legendTarget;
    if (!legendSource.isEmpty()) {
        const QRectF area = legendInCell ? QRectF((n % cols) * panelW, (rows - 1) * panelH, panelW, panelH)
                                         : QRectF(0, rows * panelH, w, 0);
        const double maxW = legendInCell ? area.width() * 0.9 : w * 0.6;
        const double k = std::min(maxW / legendSource.width(), 1.5 * scale * cols);
        const QSizeF sz = legendSource.size() * k;
        legendTarget = QRectF(area.left() + (area.width() - sz.width()) / 2,
                              legendInCell ? area.top() + (area.height() - sz.height()) / 2 : area.top(),
                              sz.width(), sz.height());
    }
    const double legendH = !legendSource.isEmpty() && !legendInCell ? legendTarget.height() : 0.0;
    const QSizeF size(w, std::ceil(rows * panelH + legendH + footerH));

    bool cancelled = false;
    const bool ok = writePage(path, *format, size, options, [&](QPainter *p) {
        for (int i = 0; i < n && !cancelled; ++i) {
            const QDate &date = dates[i];
            const double x = (i % cols) * panelW;
            const double y = (i / cols) * panelH;
            showDate(date);
            {
                const BackgroundGuard guard(m_scene.get());
                m_scene->render(p, QRectF(x, y, panelW, graphH), source, Qt::IgnoreAspectRatio);
            }
            const Event *e = eventAt(date);
            const QRectF cap(x + datePx * 0.6, y + graphH, panelW - datePx * 1.2, captionH);
            p->save();
            const QFont df = Palette::font(int(std::lround(datePx)), true);
            const QFont tf = Palette::font(int(std::lround(titlePx)));
            p->setPen(Palette::text());
            p->setFont(df);
            p->drawText(QRectF(cap.left(), cap.top(), cap.width(), datePx * 1.5),
                        Qt::AlignHCenter | Qt::AlignVCenter,
                        e && e->date == date ? e->dateText() : date.toString(Qt::ISODate));
            if (e) {
                p->setFont(tf);
                p->setPen(Palette::mutedText());
                p->drawText(QRectF(cap.left(), cap.top() + datePx * 1.5, cap.width(), titlePx * 1.5),
                            Qt::AlignHCenter | Qt::AlignVCenter,
                            QFontMetricsF(tf).elidedText(e->title.in(options.language), Qt::ElideRight,
                                                         cap.width()));
            }
            p->restore();
            if (progress && !progress(i + 1, n))
                cancelled = true;
        }
        if (!legendTarget.isEmpty() && !cancelled) {
            m_scene->setLegendVisible(true);
            const BackgroundGuard guard(m_scene.get());
            m_scene->render(p, legendTarget, legendSource, Qt::IgnoreAspectRatio);
            m_scene->setLegendVisible(false);
        }
        if (options.caption && !cancelled) {
            QString line = (isZh(options.language) ? u"来源："_s : u"Source: "_s)
                           + paperOf(m_model.chronology(), options.language);
            if (options.layer != Layer::All)
                line += (isZh(options.language) ? u"；层："_s : u"; layer: "_s) + layerName(options.layer);
            p->save();
            const QFont f = Palette::font(std::max(1, int(std::lround(std::min(metrics.smallPx, titlePx)))));
            p->setFont(f);
            p->setPen(Palette::mutedText());
            const QRectF r(metrics.pad, rows * panelH + legendH + metrics.pad, w - 2 * metrics.pad,
                           footerH - 2 * metrics.pad);
            p->drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                        QFontMetricsF(f).elidedText(line, Qt::ElideRight, r.width() * 1.85));
            p->restore();
        }
        return !cancelled;
    });
    m_scene->setLegendVisible(options.legend);
    if (cancelled) {
        m_error.clear();
        return Status::Cancelled; // writePage discarded the file
    }
    return ok ? Status::Ok : Status::Failed;
}

FigureExporter::Status FigureExporter::exportGif(const QString &path, int delayMs, const FigureOptions &options,
                                                 const Progress &progress)
{
    if (figureFormatForPath(path) != FigureFormat::Gif)
        return fail(tr("An animation is written as .gif: %1").arg(path));
    if (!prepare(options))
        return Status::Failed;
    const QList<Event> &events = m_model.chronology().events();
    const int n = int(events.size());
    if (n == 0)
        return fail(tr("The chronology has no events"));
    const Page page = pageFor(unionRect(eventDates(), options.legend), options);
    m_scene->setLegendVisible(options.legend);

    GifEncoder gif;
    if (!gif.open(path, page.size.toSize(), delayMs, options.transparent))
        return fail(gif.errorString());
    for (int i = 0; i < n; ++i) {
        const QDate date = events[i].date;
        showDate(date);
        QImage frame(page.size.toSize(), QImage::Format_ARGB32_Premultiplied);
        frame.fill(options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
        {
            QPainter p(&frame);
            setupPainter(&p);
            paintFigure(&p, page, date, options);
        }
        if (!gif.addFrame(frame))
            return fail(gif.errorString());
        if (progress && !progress(i + 1, n))
            return Status::Cancelled; // the encoder's destructor discards the file
    }
    if (!gif.finish())
        return fail(gif.errorString());
    return Status::Ok;
}

} // namespace AllianceScope
