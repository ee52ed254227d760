// ExportCommand::exportStory(): --export-story OUT [--story ID] [--lang zh|en] [--width PX | --dpi N]
// [--format png|svg] [FILE]: a story's handout as one PDF, or its pages as frames in a directory.
#include "exportcommand.h"

#include "chronology/chronology.h"
#include "cli/usage.h"
#include "figureexporter.h"
#include "weights/weightmodel.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace AllianceScope {

int ExportCommand::exportStory()
{
    const QString out = m_parser.value(u"export-story"_s);
    const bool pdf = figureFormatForPath(out) == FigureFormat::Pdf;
    QString frames = u"png"_s;
    FigureOptions options;
    if (!m_options.format({u"png"_s, u"svg"_s}, &frames, u"export-story"_s)
        || !figureOptions(&options, FigureOptions::kDefaultWidth))
        return Usage::UsageError;
    if (pdf && m_parser.isSet(u"format"_s))
        return m_options.usageError(u"--export-story: --format is for frames; \""_s + out
                                    + u"\" is a PDF"_s);
    auto c = m_load();
    if (!c)
        return Usage::FileError;
    const WeightModel model(std::move(*c));
    const QList<Story> &stories = model.chronology().stories();
    if (stories.isEmpty())
        return m_options.fileError(u"--export-story: the chronology has no stories"_s);
    const Story *story = &stories.first();
    if (m_parser.isSet(u"story"_s)) {
        const QString id = m_parser.value(u"story"_s);
        story = model.chronology().story(id);
        if (!story) {
            QStringList ids;
            for (const Story &s : stories)
                ids.append(s.id);
            return m_options.usageError(u"--story: no story \""_s + id + u"\" (the chronology has: "_s
                                        + ids.join(u", "_s) + u")"_s);
        }
    }
    const auto exporter = FigureExporter::create(model);
    const auto status = exporter->exportStory(out, *story, options, *figureFormatFromName(frames),
                                              progressPrinter("page"));
    if (status != FigureExporter::Status::Ok)
        return m_options.fileError(exporter->errorString());
    m_out << out << ": " << story->steps.size() << (pdf ? " pages\n" : " frames\n");
    return Usage::Success;
}

} // namespace AllianceScope
