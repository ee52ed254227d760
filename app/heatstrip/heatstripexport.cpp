// HeatStripExport: SVG and PNG files of the heat strip (see heatstripexport.h).
#include "heatstripexport.h"

#include "charts/chartexport.h"
#include "io/atomicwrite.h"
#include "weights/weightmodel.h"

#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceScope {

bool HeatStripExport::write(const WeightModel &model, const Request &request, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const auto format = ChartExport::formatOf(request.output); // the charts' rule: .svg or .png
    if (!format)
        return fail(tr("cannot write %1: the file name must end in .svg or .png").arg(request.output));
    const int width = std::clamp(request.width, int(kMinWidth), int(kMaxWidth));

    HeatStripRenderer renderer;
    renderer.setLabels(HeatStripRenderer::labelsFor(
        model.chronology(), DyadMatrix::triangleFirst(model.dyadKeys()), request.language));
    renderer.setTitle(HeatStripRenderer::defaultTitle(request.layer));
    renderer.setOrder(request.order);
    renderer.setDate(request.date);
    renderer.setMatrix(DyadMatrix::compute(model, request.layer, renderer.columnsFor(width)));
    const QSize size(width, renderer.heightFor());

    const QString message = writeAtomically(request.output, [&](QIODevice &file, QString *writeError) {
        if (*format == ChartExport::Format::Svg) {
            QSvgGenerator svg;
            svg.setOutputDevice(&file);
            svg.setSize(size);
            svg.setViewBox(QRect(QPoint(0, 0), size));
            svg.setTitle(renderer.title());
            svg.setDescription(u"AllianceScope heat strip"_s);
            QPainter painter;
            if (!painter.begin(&svg)) {
                *writeError = tr("the SVG could not be started");
                return false;
            }
            painter.setRenderHint(QPainter::TextAntialiasing);
            renderer.render(&painter, width);
            painter.end();
            return true;
        }
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::TextAntialiasing);
        renderer.render(&painter, width);
        painter.end();
        return image.save(&file, "PNG");
    });
    return message.isEmpty() || fail(message);
}

} // namespace AllianceScope
