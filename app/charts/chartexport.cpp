// ChartExport: SVG and PNG files of a chart, from a view or from a ChartRenderer (see chartexport.h).
#include "chartexport.h"

#include "chartrenderer.h"
#include "chronology/chronology.h"
#include "io/atomicwrite.h"
#include "session/translation.h"
#include "weights/weightmodel.h"

#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace AllianceScope {

std::optional<ChartExport::Format> ChartExport::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg"_s)
        return Format::Svg;
    if (suffix == u"png"_s)
        return Format::Png;
    return std::nullopt;
}

namespace {

// Writes a chart of @p source's size drawn by @p paint to @p path (SVG at that size, PNG @p width
// pixels wide, 0 = that width), atomically. Returns the error text, empty on success.
QString writeChart(const QString &path, ChartExport::Format format, const QSize &source, int width,
                   const QString &title, const std::function<void(QPainter *, const QRectF &)> &paint)
{
    return writeAtomically(path, [&](QIODevice &file, QString *error) {
        if (format == ChartExport::Format::Svg) {
            QSvgGenerator svg;
            svg.setOutputDevice(&file);
            svg.setSize(source);
            svg.setViewBox(QRect(QPoint(0, 0), source));
            svg.setTitle(title.isEmpty() ? u"AllianceScope"_s : title);
            svg.setDescription(u"AllianceScope chart"_s);
            QPainter painter;
            if (!painter.begin(&svg)) {
                *error = ChartExport::tr("the SVG could not be started");
                return false;
            }
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            paint(&painter, QRectF(QPointF(0, 0), source));
            painter.end();
            return true;
        }
        const double scale = width > 0 ? double(width) / source.width() : 1.0;
        const QSize size(std::max(1, int(std::lround(source.width() * scale))),
                         std::max(1, int(std::lround(source.height() * scale))));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        paint(&painter, QRectF(QPointF(0, 0), size));
        painter.end();
        return image.save(&file, "PNG");
    });
}

} // namespace

bool ChartExport::render(QChartView *view, const QString &path, int width, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const auto format = formatOf(path);
    if (!format)
        return fail(tr("cannot write %1: the file name must end in .svg or .png").arg(path));
    if (!view || view->viewport()->width() <= 0 || view->viewport()->height() <= 0)
        return fail(tr("cannot write %1: the chart has no size").arg(path));
    const QRect source = view->viewport()->rect();
    const QString message = writeChart(path, *format, source.size(), width, view->chart()->title(),
                                       [&](QPainter *painter, const QRectF &target) {
                                           view->render(painter, target, source);
                                       });
    return message.isEmpty() || fail(message);
}

bool ChartExport::exportChart(const Chronology &chronology, const QString &path, const Request &request,
                              QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    Q_UNUSED(path);
    const auto format = formatOf(request.output);
    if (!format)
        return fail(tr("cannot write %1: the file name must end in .svg or .png").arg(request.output));
    // Chinese axis titles and series names need the application's translation.
    const ScopedTranslation translation(request.language);
    const WeightModel model(chronology);

    const bool metrics = !request.metrics.isEmpty();
    ChartRenderer chart(metrics ? ChartRenderer::Mode::Metrics : ChartRenderer::Mode::Dyads);
    QList<SeriesSpec> specs;
    if (metrics) {
        for (const QString &m : request.metrics)
            specs.append(SeriesSpec::metricSpec(m, request.layer));
    } else {
        for (const auto &[a, b] : request.pairs)
            specs.append(SeriesSpec::dyad(a, b, request.layer));
    }
    chart.setModel(&model);
    chart.setSpecs(specs);
    chart.setLayer(request.layer);
    chart.setLanguage(request.language);
    chart.setDate(request.date);
    chart.setCursorVisible(request.date.isValid());
    chart.setTitleVisible(true);

    const QSize size(std::max(kMinLayoutWidth, request.width), std::max(kMinLayoutHeight, request.height));
    const QString message = writeChart(request.output, *format, size, request.width, chart.chart()->title(),
                                       [&](QPainter *painter, const QRectF &target) {
                                           chart.render(painter, target, size);
                                       });
    return message.isEmpty() || fail(message);
}

} // namespace AllianceScope
