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
class LayoutController;
class ScopedTranslation;
class WeightModel;
struct Event;

enum class FigureFormat { Svg, Png, Pdf, Gif };

/// The format an output path names by its extension (case-insensitive), or nothing.
std::optional<FigureFormat> figureFormatForPath(const QString &path);
std::optional<FigureFormat> figureFormatFromName(const QString &name); ///< "svg", "png", "pdf", "gif"
QString figureFormatSuffix(FigureFormat format);                       ///< "svg", "png", …

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
    bool prepare(const FigureOptions &options);
    void showDate(const QDate &date);
    void showSnapshot(const NetworkSnapshot &snapshot);
    QRectF unionRect(const QList<QDate> &dates, bool legend);
    bool renderPage(FigureFormat format, const QSizeF &size, const FigureOptions &options,
                    const std::function<bool(QPainter *)> &paint, QImage *image, QByteArray *bytes,
                    bool *cancelled);
    Page pageFor(const QRectF &source, const FigureOptions &options) const;
    void paintFigure(QPainter *painter, const Page &page, const QDate &date, const FigureOptions &options);
    void paintCaption(QPainter *painter, const QRectF &rect, const QDate &date,
                      const FigureOptions &options, double dpi, bool withSource);
    bool writePage(const QString &path, FigureFormat format, const QSizeF &size,
                   const FigureOptions &options, const std::function<bool(QPainter *)> &paint);
    const Event *eventAt(const QDate &date) const;
    Status fail(const QString &message);

    const WeightModel &m_model;
    std::unique_ptr<LayoutController> m_ownLayouts; // when not given one
    LayoutController *m_layouts;
    std::unique_ptr<AllianceScene> m_scene;
    std::unique_ptr<ScopedTranslation> m_translation; // the figure's language while exporting
    std::optional<Language> m_layoutLanguage;
    ChartPainter m_chartPainter;
    QString m_error;
};

} // namespace AllianceScope
