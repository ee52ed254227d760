// ChartExport: SVG and PNG files of a chart (see chartexport.h).
#include "chartexport.h"

#include "chronology/chronology.h"
#include "mainwindow/document.h"
#include "timechart.h"

#include <QApplication>
#include <QChartView>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTranslator>

#include <cmath>

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

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));

    const QRect source = view->viewport()->rect();
    if (*format == Format::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(source.size());
        svg.setViewBox(QRect(QPoint(0, 0), source.size()));
        svg.setTitle(view->chart()->title().isEmpty() ? u"AllianceScope"_s : view->chart()->title());
        svg.setDescription(u"AllianceScope chart"_s);
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(tr("cannot write %1: the SVG could not be started").arg(path));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        view->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
    } else {
        const double scale = width > 0 ? double(width) / source.width() : 1.0;
        const QSize size(std::max(1, int(std::lround(source.width() * scale))),
                         std::max(1, int(std::lround(source.height() * scale))));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        view->render(&painter, QRectF(QPointF(0, 0), size), source);
        painter.end();
        if (!image.save(&file, "PNG"))
            return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    if (!file.commit())
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

bool ChartExport::exportChart(const Chronology &chronology, const QString &path, const Request &request,
                              QString *error)
{
    // Chinese axis titles and series names need the application's translation.
    QTranslator translator;
    const bool translated = request.language == u"zh"_s
        && translator.load(u"alliancescope_zh_CN"_s, u":/i18n"_s)
        && QCoreApplication::installTranslator(&translator);

    Document doc;
    doc.setChronology(chronology, path);
    doc.setLanguage(request.language);
    doc.setLayer(request.layer);
    if (request.date.isValid())
        doc.setDate(request.date);

    const bool metrics = !request.metrics.isEmpty();
    TimeChart chart(&doc, metrics ? TimeChart::Mode::Metrics : TimeChart::Mode::Dyads);
    QList<SeriesSpec> specs;
    if (metrics) {
        for (const QString &m : request.metrics)
            specs.append(SeriesSpec::metricSpec(m, request.layer));
    } else {
        for (const auto &[a, b] : request.pairs)
            specs.append(SeriesSpec::dyad(a, b, request.layer));
    }
    chart.setSpecs(specs);
    chart.setCursorVisible(request.date.isValid());
    chart.setTitleVisible(true);
    chart.retranslate();
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(std::max(200, request.width), std::max(150, request.height));
    chart.show();
    QCoreApplication::processEvents();

    const bool ok = render(&chart, request.output, request.width, error);
    if (translated)
        QCoreApplication::removeTranslator(&translator);
    return ok;
}

} // namespace AllianceScope
