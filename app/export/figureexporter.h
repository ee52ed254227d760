// FigureExporter: the one export module for figures (PNG, SVG, PDF, frame series, sheets of small
// multiples, animated GIF), used by the Export Figure dialog and by the command line. It renders
// an AllianceScene laid out by the LayoutController (the window's, or one of its own with the same
// sizer), the chart of each frame by a ChartRenderer at that frame's date, and every text in the
// figure's language.
#pragma once

#include "style/figurelimits.h"

#include "charts/chartexport.h"
#include "charts/chartrenderer.h"
#include "chronology/types.h"
#include "layout/graphlayout.h"
#include "weights/networksnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QPainter;

namespace AllianceScope {

class AllianceScene;
class Chronology;
class LayoutController;
class ScopedTranslation;
class WeightModel;
struct Event;
struct Story;
struct StoryStep;

enum class FigureFormat { Svg, Png, Pdf, Gif };

/// The format an output path names by its extension (case-insensitive), or nothing.
std::optional<FigureFormat> figureFormatForPath(const QString &path);
std::optional<FigureFormat> figureFormatFromName(const QString &name); ///< "svg", "png", "pdf", "gif"
QString figureFormatSuffix(FigureFormat format);                       ///< "svg", "png", …
/// The paper @p chronology comes from, for source lines: its source text up to the first clause
/// break (its title when it names no source).
QString paperOf(const Chronology &chronology, Language lang);

/// What a figure shows and how it is sized.
struct FigureOptions
{
    enum class Content { Graph, Chart, Both };

    /// Every figure is this wide on paper (the text width of an A4 or letter page); the pixel
    /// width and the resolution follow from each other.
    static constexpr double kPhysicalWidthInches = 6.5;
    static constexpr int kMinWidth = ChartExport::kMinWidth, kMaxWidth = ChartExport::kMaxWidth, kDefaultWidth = 1600;
    static constexpr int kMinDpi = FigureLimits::kMinDpi, kMaxDpi = FigureLimits::kMaxDpi;

    Layer layer = Layer::All;
    Language language = Language::En;
    int width = kDefaultWidth; ///< pixels (SVG: user units), used when dpi is 0
    int dpi = 0;               ///< > 0: width = kPhysicalWidthInches × dpi
    bool caption = false;      ///< date, event title and source line under the graph
    bool legend = true;
    bool transparent = false;  ///< else white
    Content content = Content::Graph;
    /// Valid: the difference view between this date and the figure's (from the earlier to the
    /// later), with the difference legend (--export OUT --compare D1).
    QDate compareWith;

    int pixelWidth() const;
    double effectiveDpi() const; ///< pixelWidth() / kPhysicalWidthInches
};

/// The chart a figure shows: the kind and its series (the Charts panel's current tab, or the
/// triangle's three dyads by default).
struct ChartSelection
{
    ChartRenderer::Mode mode = ChartRenderer::Mode::Dyads;
    QList<SeriesSpec> specs = TimeSeries::defaultDyadSpecs();
};

/**
 * Renders figures of one WeightModel, made by create() alone. An AllianceScene offscreen is laid
 * out by a LayoutController (once per language); the chart of each figure is drawn by a
 * ChartRenderer at the figure's own date, layer and language.
 *
 * Every output is written atomically: single files through QSaveFile, frame series into a
 * temporary directory that is renamed into place. A cancelled or failed export leaves nothing.
 */
class FigureExporter
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::FigureExporter)

public:
    enum class Status { Ok, Cancelled, Failed };
    /// Called after each finished step; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;
    /// Draws the chart (by the charts module) into @p rect for @p date.
    using ChartPainter =
        std::function<void(QPainter *painter, const QRectF &rect, const QDate &date, const FigureOptions &options)>;

    /**
     * The one way to make an exporter, for the window, the command line and the tests alike.
     * Layouts come from @p layouts (the window's, so figures show its positions), or, when
     * nullptr, from a controller of the exporter's own with the same node sizer (Stable mode).
     */
    static std::unique_ptr<FigureExporter> create(const WeightModel &model, LayoutController *layouts = nullptr,
                                                  const ChartSelection &chart = {});
    ~FigureExporter();
    FigureExporter(const FigureExporter &) = delete;
    FigureExporter &operator=(const FigureExporter &) = delete;


    /// One figure at @p date to @p path (format from the extension: svg, png or pdf).
    Status exportFigure(const QString &path, const QDate &date, const FigureOptions &options);
    /// One figure per event into @p dir, named frameFileName(); a common scale for all.
    Status exportFrames(const QString &dir, FigureFormat format, const FigureOptions &options,
                        const Progress &progress = {});
    /// Small multiples of @p dates in a grid (common scale, a date caption per panel).
    Status exportSheet(const QString &path, const QList<QDate> &dates, const FigureOptions &options,
                       const Progress &progress = {});
    /// One frame per event, each shown @p delayMs.
    Status exportGif(const QString &path, int delayMs, const FigureOptions &options,
                     const Progress &progress = {});
    /**
     * A handout of @p story (storyexport.cpp): one landscape page per step with the figure at
     * the step's date and layer in the triangle focus layout (the step's focus), its highlights
     * emphasised, and beside it the date, the event's title, the caption and a source line (the
     * paper's section, the event's title and date), in @p options' language. A .pdf path gives
     * one document of as many pages; a directory gives one frame per step in @p frameFormat
     * (svg or png), named storyFrameFileName(), written like exportFrames(). options.layer is
     * ignored (each step has its own); options.legend draws the legend under the text.
     */
    Status exportStory(const QString &path, const Story &story, const FigureOptions &options,
                       FigureFormat frameFormat = FigureFormat::Png, const Progress &progress = {});
    /// The page of step @p index of @p story as an image, exportStory()'s size (previews, tests).
    QImage renderStoryPage(const Story &story, int index, const FigureOptions &options);
    /// "NN_YYYY-MM-DD_<event id or 'step'>.<ext>", NN 1-based and zero-padded.
    static QString storyFrameFileName(int index, int count, const StoryStep &step, FigureFormat format);

    /// The figure at @p date as an image (previews, tests).
    QImage renderImage(const QDate &date, const FigureOptions &options);

    QString errorString() const { return m_error; }
    AllianceScene *scene() const { return m_scene.get(); }

    /// "NNN_YYYY-MM-DD_<eventid>.<ext>", NNN 1-based and zero-padded to sort.
    static QString frameFileName(int index, int count, const Event &event, FigureFormat format);
    /// The dates of every event, in order.
    QList<QDate> eventDates() const;

private:
    FigureExporter(const WeightModel &model, LayoutController *layouts);
    void setChartPainter(ChartPainter painter) { m_chartPainter = std::move(painter); }
    struct Page;
    /// Installs the figure's language and lays the scene out (unless @p withLayout is false).
    bool prepare(const FigureOptions &options, bool withLayout = true);
    void showDate(const QDate &date);
    void showSnapshot(const NetworkSnapshot &snapshot);
    QRectF unionRect(const QList<QDate> &dates, bool legend);
    /// Draws @p count pages (more than one only in a PDF) into memory: PNG and GIF as @p image,
    /// SVG and PDF as @p bytes. False when drawing failed or @p paint cancelled (@p cancelled).
    bool renderPage(FigureFormat format, const QSizeF &size, const FigureOptions &options, int count,
                    const std::function<bool(QPainter *, int page)> &paint, QImage *image, QByteArray *bytes,
                    bool *cancelled);
    Page pageFor(const QRectF &source, const FigureOptions &options) const;
    void paintFigure(QPainter *painter, const Page &page, const QDate &date, const FigureOptions &options);
    void paintCaption(QPainter *painter, const QRectF &rect, const QDate &date,
                      const FigureOptions &options, double dpi, bool withSource);
    bool writePage(const QString &path, FigureFormat format, const QSizeF &size,
                   const FigureOptions &options, const std::function<bool(QPainter *)> &paint);
    /// writePage() for @p count pages (PDF only; svg and png hold one), each painted by @p paint.
    bool writePages(const QString &path, FigureFormat format, const QSizeF &size, const FigureOptions &options,
                    int count, const std::function<bool(QPainter *, int page)> &paint);
    /// Finishes a frame into memory (renderPage()) on a worker thread; false when it could not be drawn.
    using FrameJob = std::function<bool(QImage *image, QByteArray *bytes)>;
    /// Prepares frame @p index on this thread: what a worker then draws (or copies, when this
    /// thread drew it); an empty job when the frame could not be drawn.
    using FrameRenderer = std::function<FrameJob(int index)>;
    /// Frames 0 … count − 1 into the directory @p dir (named by @p name), each prepared by
    /// @p render on this thread, then finished, encoded and written by workers into a staging
    /// folder that replaces @p dir as a whole (FolderReplacement). The caller has checked @p dir
    /// with checkFrameFolder() before its set-up. Frame i for which @p sameAsPrevious(i) holds
    /// is not drawn: it gets the bytes of frame i − 1.
    Status writeFrameDirectory(const QString &dir, int count, const std::function<QString(int)> &name,
                               const FrameRenderer &render, const Progress &progress,
                               const std::function<bool(int)> &sameAsPrevious = {});
    /// A job that hands over a frame already drawn on this thread.
    static FrameJob drawnFrame(bool ok, QImage image, QByteArray bytes);
    /// False (and the error set) when @p dir cannot receive frames: not a folder, no parent, or a
    /// folder that holds something other than frames.
    bool checkFrameFolder(const QString &dir);
    /// Renders @p source of the scene into @p target without the scene's on-screen background.
    void renderScene(QPainter *painter, const QRectF &target, const QRectF &source);
    // The story handout (storyexport.cpp).
    struct StoryPage;
    bool prepareStoryStep(const StoryStep &step, const FigureOptions &options, GraphLayout *layout);
    StoryPage storyPage(const FigureOptions &options) const;
    void paintStoryPage(QPainter *painter, const StoryPage &page, const Story &story, int index,
                        const GraphLayout &layout, const FigureOptions &options);
    void finishStory();
    const Event *eventAt(const QDate &date) const;
    Status fail(const QString &message);

    const WeightModel &m_model;
    std::unique_ptr<LayoutController> m_ownLayouts; // when not given one
    LayoutController *m_layouts;
    std::unique_ptr<AllianceScene> m_scene;
    std::unique_ptr<ScopedTranslation> m_translation; // the figure's language while exporting
    std::optional<Language> m_layoutLanguage;
    std::unique_ptr<LayoutController> m_storyLayouts; // Focus mode, for story handouts
    QDate m_compareWith; // of the options being exported
    Layer m_layer = Layer::All;
    ChartPainter m_chartPainter;
    QString m_error;
};

} // namespace AllianceScope
