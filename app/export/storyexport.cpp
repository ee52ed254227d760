// FigureExporter::exportStory(): the handout of a story, one landscape page per step. The figure
// is the exporter's own scene in the triangle focus layout (a LayoutController in Focus mode),
// at the step's date and layer with its highlights; beside it the date, the event, the caption
// and the source, in the handout's language. Pages go into one PDF or into a frame directory.
#include "figureexporter.h"

#include "chronology/chronology.h"
#include "graphview/alliancescene.h"
#include "graphview/legenditem.h"
#include "graphview/palette.h"
#include "session/layoutcontroller.h"
#include "weights/weightmodel.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

constexpr double kPageAspect = 9.0 / 16.0; // a slide
constexpr double kGraphMargin = 24.0;      // scene points around the layout's bounds

/// The paper's section as a reader names it ("Section 3", "第三部分").
QString sectionTitle(const QString &section)
{
    if (section == u"intro"_s)
        return FigureExporter::tr("Introduction");
    static const QStringList numbers = {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s};
    const qsizetype n = numbers.indexOf(section);
    switch (n) {
    case 0: return FigureExporter::tr("Section 1");
    case 1: return FigureExporter::tr("Section 2");
    case 2: return FigureExporter::tr("Section 3");
    case 3: return FigureExporter::tr("Section 4");
    case 4: return FigureExporter::tr("Section 5");
    default: return section;
    }
}

/// Draws @p text word-wrapped from the top of @p rect in @p font; returns the height used.
double drawWrapped(QPainter *painter, const QRectF &rect, const QFont &font, const QColor &colour,
                   const QString &text)
{
    if (text.isEmpty())
        return 0.0;
    painter->setFont(font);
    painter->setPen(colour);
    QRectF used;
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, &used);
    return used.height();
}

} // namespace

// The geometry of a handout page, in output units: the figure in a square on the left, the
// text in a column on the right.
struct FigureExporter::StoryPage
{
    QSizeF size;
    QRectF graph;
    QRectF text;
    double unit = 1.0; ///< a hundredth of the page width: every type size is a multiple of it
};

QString FigureExporter::storyFrameFileName(int index, int count, const StoryStep &step, FigureFormat format)
{
    const int digits = std::max(2, int(QString::number(count).size()));
    return u"%1_%2_%3.%4"_s.arg(index + 1, digits, 10, QLatin1Char('0'))
        .arg(step.date.toString(Qt::ISODate), step.event.isEmpty() ? u"step"_s : step.event,
             figureFormatSuffix(format));
}

FigureExporter::StoryPage FigureExporter::storyPage(const FigureOptions &options) const
{
    StoryPage page;
    const double w = options.pixelWidth();
    const double h = std::round(w * kPageAspect);
    page.size = QSizeF(w, h);
    page.unit = w / 100.0;
    const double margin = 3.0 * page.unit;
    const double side = h - 2 * margin;
    page.graph = QRectF(margin, margin, side, side);
    page.text = QRectF(page.graph.right() + margin, margin, w - page.graph.right() - 2 * margin, side);
    return page;
}

bool FigureExporter::prepareStoryStep(const StoryStep &step, const FigureOptions &options, GraphLayout *layout)
{
    if (!m_storyLayouts) {
        m_storyLayouts = std::make_unique<LayoutController>(AllianceScene::nodeSizer());
        m_storyLayouts->setChronology(&m_model.chronology());
        m_storyLayouts->setMode(LayoutMode::Focus);
    }
    m_storyLayouts->setFocus(step.focus);
    *layout = m_storyLayouts->layoutFor(options.language);
    if (!layout->ok()) {
        m_error = tr("Cannot lay out the graph: %1").arg(layout->error);
        return false;
    }
    m_scene->applyLayout(*layout, false);
    m_layoutLanguage.reset(); // the next ordinary figure takes its own layout again
    m_scene->setLayer(step.layer);
    m_scene->setHighlights(step.highlightEdges, step.highlightActors);
    showDate(step.date);
    return true;
}

void FigureExporter::finishStory()
{
    m_scene->clearHighlights();
    m_layoutLanguage.reset();
}

void FigureExporter::paintStoryPage(QPainter *painter, const StoryPage &page, const Story &story, int index,
                                    const GraphLayout &layout, const FigureOptions &options)
{
    const StoryStep &step = story.steps[index];
    const Language lang = options.language;
    const Event *event = step.event.isEmpty() ? nullptr : m_model.chronology().event(step.event);

    // The figure, centred in its square at one scale.
    const QRectF source = layout.bounds.adjusted(-kGraphMargin, -kGraphMargin, kGraphMargin, kGraphMargin);
    const double scale = std::min(page.graph.width() / source.width(), page.graph.height() / source.height());
    const QSizeF drawn = source.size() * scale;
    const QRectF target(page.graph.center() - QPointF(drawn.width(), drawn.height()) / 2.0, drawn);
    m_scene->setLegendVisible(false);
    renderScene(painter, target, source);

    // The text column, from the top: where we are, the date, the event, the caption.
    painter->save();
    const double u = page.unit;
    const QRectF column = page.text;
    double y = column.top();
    QString header = story.title.in(lang) + u"  ·  "_s + tr("Step %1 of %2").arg(index + 1).arg(story.steps.size());
    if (step.layer != Layer::All)
        header += u"  ·  "_s + Palette::layerTitle(int(step.layer));
    y += drawWrapped(painter, QRectF(column.left(), y, column.width(), column.height()), Palette::font(int(std::lround(1.3 * u))),
                     Palette::mutedText(), header);
    y += 1.2 * u;
    const QString date = event && event->date == step.date ? event->dateText() : step.date.toString(Qt::ISODate);
    y += drawWrapped(painter, QRectF(column.left(), y, column.width(), column.bottom() - y),
                     Palette::font(int(std::lround(4.2 * u)), true), Palette::text(), date);
    y += 0.8 * u;
    if (event) {
        y += drawWrapped(painter, QRectF(column.left(), y, column.width(), column.bottom() - y),
                         Palette::font(int(std::lround(2.1 * u)), true), Palette::text(), event->title.in(lang));
        y += 1.2 * u;
    }
    y += drawWrapped(painter, QRectF(column.left(), y, column.width(), column.bottom() - y),
                     Palette::font(int(std::lround(2.0 * u))), Palette::text(), step.caption.in(lang));

    // From the bottom: the source, and the legend above it where there is room.
    QStringList sourceLines;
    const QString paper = paperOf(m_model.chronology(), lang);
    sourceLines.append(step.section.isEmpty() ? tr("Source: %1").arg(paper)
                                              : tr("Source: %1, %2").arg(paper, sectionTitle(step.section)));
    if (event)
        sourceLines.append(tr("Event: %1 (%2)").arg(event->title.in(lang), event->dateText()));
    const QFont small = Palette::font(int(std::lround(1.25 * u)));
    const QString sourceText = sourceLines.join(u'\n');
    const QRectF sourceRect = QFontMetricsF(small).boundingRect(
        QRectF(0, 0, column.width(), column.height()), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, sourceText);
    const double sourceTop = column.bottom() - sourceRect.height();
    drawWrapped(painter, QRectF(column.left(), sourceTop, column.width(), sourceRect.height() + 1), small,
                Palette::mutedText(), sourceText);
    if (options.legend) {
        m_scene->setLegendVisible(true);
        const QRectF legend = m_scene->legendItem()->sceneBoundingRect().adjusted(-4, -4, 4, 4);
        const double room = sourceTop - 1.5 * u - (y + 1.5 * u);
        const double k = std::min({column.width() / legend.width(), room / legend.height(), scale * 1.5});
        if (k > 0 && legend.height() * k >= 6.0 * u) { // only where it can still be read
            const QSizeF size = legend.size() * k;
            renderScene(painter, QRectF(QPointF(column.left(), sourceTop - 1.5 * u - size.height()), size), legend);
        }
        m_scene->setLegendVisible(false);
    }
    painter->restore();
}

QImage FigureExporter::renderStoryPage(const Story &story, int index, const FigureOptions &options)
{
    if (index < 0 || index >= story.steps.size() || !prepare(options, false))
        return {};
    GraphLayout layout;
    if (!prepareStoryStep(story.steps[index], options, &layout))
        return {};
    const StoryPage page = storyPage(options);
    QImage image(page.size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    {
        QPainter p(&image);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        paintStoryPage(&p, page, story, index, layout, options);
    }
    finishStory();
    return image;
}

FigureExporter::Status FigureExporter::exportStory(const QString &path, const Story &story,
                                                   const FigureOptions &options, FigureFormat frameFormat,
                                                   const Progress &progress)
{
    const int n = int(story.steps.size());
    if (n == 0)
        return fail(tr("The story %1 has no steps").arg(story.id));
    const bool pdf = figureFormatForPath(path) == FigureFormat::Pdf;
    if (!pdf && frameFormat != FigureFormat::Png && frameFormat != FigureFormat::Svg)
        return fail(tr("Story frames are written as png or svg"));
    if (!pdf && !checkFrameFolder(path))
        return Status::Failed;
    if (!prepare(options, false))
        return Status::Failed;
    const StoryPage page = storyPage(options);
    bool cancelled = false;
    QString stepError; // a writer takes a false paint for a cancel: keep the reason
    const auto paintStep = [&](QPainter *p, int i) {
        GraphLayout layout;
        if (!prepareStoryStep(story.steps[i], options, &layout)) {
            stepError = m_error;
            return false;
        }
        paintStoryPage(p, page, story, i, layout, options);
        if (progress && !progress(i + 1, n))
            cancelled = true;
        return !cancelled;
    };
    Status status = Status::Ok;
    if (pdf) {
        if (!writePages(path, FigureFormat::Pdf, page.size, options, n, paintStep))
            status = cancelled ? Status::Cancelled : Status::Failed;
    } else {
        status = writeFrameDirectory(
            path, n, [&](int i) { return storyFrameFileName(i, n, story.steps[i], frameFormat); },
            [&](int i) {
                QImage image;
                QByteArray bytes;
                bool stopped = false;
                const bool ok = renderPage(frameFormat, page.size, options, 1,
                                           [&](QPainter *p, int) { return paintStep(p, i); }, &image, &bytes,
                                           &stopped);
                return drawnFrame(ok, std::move(image), std::move(bytes));
            },
            {});
        if (cancelled)
            status = Status::Cancelled;
    }
    finishStory();
    if (!stepError.isEmpty())
        return fail(stepError);
    if (status == Status::Cancelled)
        m_error.clear();
    return status;
}

} // namespace AllianceScope
