// ChartExport: renders a chart to SVG (text kept as text) or PNG, through a QSaveFile so that a
// failed export leaves no partial file: the Charts panel's view, or (--export-chart) a
// ChartRenderer drawn offscreen from values.
#pragma once

#include "style/figurelimits.h"

#include "chronology/types.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QChartView;

namespace AllianceScope {

class Chronology;

class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::ChartExport)

public:
    enum class Format { Svg, Png };
    /// The format named by @p path's suffix (.svg or .png, case-insensitive).
    static std::optional<Format> formatOf(const QString &path);

    /**
     * Renders @p view's chart to @p path. SVG is written at the view's size; PNG at @p width
     * pixels wide (0 = the view's width), the height in proportion. Writes to a temporary file
     * and renames it, so nothing is left behind on failure. Returns false and sets @p error.
     */
    static bool render(QChartView *view, const QString &path, int width = 0, QString *error = nullptr);

    /// What --export-chart draws.
    struct Request
    {
        QString output;                             ///< .svg or .png
        QList<std::pair<QString, QString>> pairs;   ///< the weight chart's dyads
        QStringList metrics;                        ///< non-empty: the metrics chart instead
        Layer layer = Layer::All;
        Language language = Language::En;
        QDate date;                                 ///< the cursor's date; invalid: no cursor
        int width = 1200;                           ///< pixels (PNG) / points (SVG)
        int height = 600;
    };
    /// The widths a chart or figure may be written at, in pixels (--width of every command).
    static constexpr int kMinWidth = FigureLimits::kMinWidth, kMaxWidth = FigureLimits::kMaxWidth;
    /// The smallest size a chart is laid out at (narrower outputs are scaled down).
    static constexpr int kMinLayoutWidth = 200, kMinLayoutHeight = 150;

    /**
     * Draws the chart of @p request over @p chronology offscreen (no view, no event loop; needs a
     * QGuiApplication for fonts) in request.language. Returns false and sets @p error when the
     * file cannot be written.
     */
    static bool exportChart(const Chronology &chronology, const QString &path, const Request &request,
                            QString *error = nullptr);
};

} // namespace AllianceScope
