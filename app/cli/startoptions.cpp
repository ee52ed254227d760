// StartOptions: the window's options read by the same parser and OptionReader as the commands.
#include "startoptions.h"

#include "optionreader.h"
#include "usage.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace AllianceScope {

std::optional<StartOptions> StartOptions::parse(const QStringList &arguments, QTextStream &err)
{
    QCommandLineParser parser;
    Usage::setUp(parser, Usage::Scope::All);
    const OptionReader options(parser, err);
    if (!parser.parse(QStringList{Usage::programName()} + arguments)) {
        options.usageError(parser.errorText());
        return std::nullopt;
    }
    for (const QString &name : parser.optionNames()) {
        if (!Usage::windowOptions().contains(name)) {
            options.usageError(u"--"_s + name + u" needs a command; the window takes FILE, --date, --layer, --lang, --compare, --present and --story"_s);
            return std::nullopt;
        }
    }
    if (parser.positionalArguments().size() > 1) {
        options.usageError(u"more than one FILE given: "_s + parser.positionalArguments().join(u' '));
        return std::nullopt;
    }
    StartOptions start;
    start.file = options.file();
    QDate date;
    Language language = Language::En;
    if (!options.date(&date) || !options.layer(&start.layer) || !options.language(&language))
        return std::nullopt;
    if (date.isValid())
        start.date = date;
    QDate compare;
    if (options.isSet(u"compare"_s)) {
        if (!options.dateText(options.value(u"compare"_s), u"--compare"_s, &compare))
            return std::nullopt;
        start.compare = compare;
    }
    if (options.isSet(u"lang"_s))
        start.language = language;
    start.story = parser.value(u"story"_s);
    if (options.isSet(u"story"_s) && start.story.isEmpty()) {
        options.usageError(u"--story needs the id of a story of the chronology"_s);
        return std::nullopt;
    }
    start.present = options.isSet(u"present"_s) || !start.story.isEmpty();
    return start;
}

} // namespace AllianceScope
