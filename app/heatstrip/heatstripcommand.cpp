// HeatStripCommand: --export-heatstrip (see heatstripcommand.h).
#include "heatstripcommand.h"

#include "heatstripexport.h"

#include "charts/chartexport.h"
#include "session/translation.h"
#include "weights/weightmodel.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace AllianceScope {

HeatStripCommand::HeatStripCommand(const QCommandLineParser &parser, QTextStream &err, ChronologyLoader load)
    : m_parser(parser)
    , m_options(parser, err)
    , m_load(std::move(load))
{
}

int HeatStripCommand::run()
{
    HeatStripExport::Request request;
    request.output = m_parser.value(command());
    if (!ChartExport::formatOf(request.output))
        return m_options.usageError(u"invalid --export-heatstrip \""_s + request.output
                                    + u"\": expected a file ending in .png or .svg"_s);
    WeightParameters parameters;
    if (!m_options.layer(&request.layer) || !m_options.language(&request.language)
        || !m_options.width(&request.width) || !m_options.date(&request.date)
        || !m_options.halfLives(&parameters))
        return 2;

    std::optional<Chronology> chronology = m_load();
    if (!chronology)
        return 1;
    // Legends, the title and tier names in the figure's language.
    const ScopedTranslation translation(request.language);
    const WeightModel model(std::move(*chronology), parameters);
    QString error;
    if (!HeatStripExport::write(model, request, &error))
        return m_options.fileError(error);
    return 0;
}

} // namespace AllianceScope
