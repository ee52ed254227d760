// FigureExporter: the one export module for figures (PNG, SVG, PDF, frame series, sheets of small
// multiples, animated GIF), used by the Export Figure dialog and by the command line. It renders
// the same AllianceScene that is shown on screen.
#pragma once

#include "chronology/types.h"
#include "layout/graphlayout.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
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
    static constexpr int kMinWidth = 100, kMaxWidth = 10000, kDefaultWidth = 1600;
    static constexpr int kMinDpi = 50, kMaxDpi = 600;

    Layer layer = Layer::All;
    QString language = QStringLiteral("en");
    int width = kDefaultWidth; ///< pixels (SVG: user units), used when dpi is 0
    int dpi = 0;               ///< > 0: width = kPhysicalWidthInches × dpi
    bool caption = false;      ///< date, event title and source line under the graph
    bool legend = true;
    bool transparent = false;  ///< else white
    Content content = Content::Graph;

    int pixelWidth() const;
    double effectiveDpi() const; ///< pixelWidth() / kPhysicalWidthInches
};

/**
 * Renders figures of one WeightModel. Construction builds an AllianceScene offscreen and lays
 * it out with GraphLayouter (synchronously; once per language) unless a layout is given.
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

    explicit FigureExporter(const WeightModel &model);
    /// Uses @p layout for @p language (the GUI passes the layout it shows).
    FigureExporter(const WeightModel &model, const GraphLayout &layout, const QString &language);
    ~FigureExporter();
    FigureExporter(const FigureExporter &) = delete;
    FigureExporter &operator=(const FigureExporter &) = delete;

    void setChartPainter(ChartPainter painter) { m_chartPainter = std::move(painter); }
    bool hasChart() const { return bool(m_chartPainter); }

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
    struct Page;
    bool prepare(const FigureOptions &options);
    void showDate(const QDate &date);
    QRectF unionRect(const QList<QDate> &dates, bool legend);
    Page pageFor(const QRectF &source, const FigureOptions &options) const;
    void paintFigure(QPainter *painter, const Page &page, const QDate &date, const FigureOptions &options);
    void paintCaption(QPainter *painter, const QRectF &rect, const QDate &date,
                      const FigureOptions &options, double dpi, bool withSource);
    bool writePage(const QString &path, FigureFormat format, const QSizeF &size,
                   const FigureOptions &options, const std::function<bool(QPainter *)> &paint);
    const Event *eventAt(const QDate &date) const;
    Status fail(const QString &message);

    const WeightModel &m_model;
    std::unique_ptr<AllianceScene> m_scene;
    QHash<QString, GraphLayout> m_layouts; // by language
    QString m_layoutLanguage;
    ChartPainter m_chartPainter;
    QString m_error;
};

} // namespace AllianceScope
