// DataExportCommand: checks OUT and the options, then writes through the models/io exporters.
#include "dataexportcommand.h"

#include "optionreader.h"
#include "progressreporter.h"
#include "usage.h"

#include "io/atomicwrite.h"
#include "io/dotexporter.h"
#include "io/gexfexporter.h"
#include "io/graphmlexporter.h"
#include "io/weightscsvexporter.h"
#include "weights/weightmodel.h"


using namespace Qt::StringLiterals;

namespace AllianceScope {

DataExportCommand::DataExportCommand(const OptionReader &options, ChronologyLoader load)
    : m_options(options)
    , m_load(std::move(load))
{
}

int DataExportCommand::run(const QString &command)
{
    return command == u"export-graph"_s ? exportGraph() : exportWeights();
}

int DataExportCommand::write(const QString &path, const QByteArray &data)
{
    return finish(writeAtomically(path, data));
}

int DataExportCommand::finish(const QString &error)
{
    return error.isEmpty() ? int(Usage::Success) : m_options.fileError(error);
}

int DataExportCommand::exportGraph()
{
    QString suffix;
    QDate date;
    Layer layer = Layer::All;
    Language lang = Language::En;
    if (!m_options.suffix(u"export-graph"_s, {u"dot"_s, u"gv"_s, u"graphml"_s, u"gexf"_s}, &suffix)
        || !m_options.date(&date) || !m_options.layer(&layer) || !m_options.language(&lang))
        return Usage::UsageError;
    auto c = m_load();
    if (!c)
        return Usage::FileError;
    const WeightModel model(std::move(*c));
    const QString out = m_options.value(u"export-graph"_s);
    if (suffix == u"gexf"_s) {
        // Written as it goes (any size, flat memory), with progress when it takes long.
        ProgressReporter progress(out, m_options.isSet(u"progress"_s));
        return finish(writeAtomically(out, [&](QIODevice &device, QString *error) {
            return GexfExporter::write(model, {lang}, &device, error, progress.callback());
        }));
    }
    if (suffix == u"graphml"_s)
        return write(out, GraphmlExporter::toGraphml(model, {date, lang}));
    return write(out, DotExporter::toDot(model, {date, layer, lang}));
}

int DataExportCommand::exportWeights()
{
    QString suffix;
    if (!m_options.suffix(u"export-weights"_s, {u"csv"_s}, &suffix))
        return Usage::UsageError;
    auto c = m_load();
    if (!c)
        return Usage::FileError;
    const WeightModel model(std::move(*c));
    const QString out = m_options.value(u"export-weights"_s);
    ProgressReporter progress(out, m_options.isSet(u"progress"_s));
    return finish(writeAtomically(out, [&](QIODevice &device, QString *error) {
        return WeightsCsvExporter::write(model, &device, error, progress.callback());
    }));
}

} // namespace AllianceScope
