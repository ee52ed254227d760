// StartOptions: where the window opens (issue 13): `alliancescope [FILE] [--date D]
// [--layer L] [--lang zh|en] [--present] [--story ID]`, parsed and checked before any widget
// exists.
#pragma once

#include "chronology/language.h"
#include "chronology/types.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace AllianceScope {

struct StartOptions
{
    QString file;               ///< the chronology to open; empty: the bundled one
    std::optional<QDate> date;  ///< the date to show; none: the last event
    std::optional<Layer> layer; ///< none: the layer of the saved settings
    std::optional<Language> language; ///< none: the language of the saved settings
    bool present = false;       ///< start in presentation mode (--present, or --story)
    QString story;              ///< the story to present (--story ID); empty: the events
    std::optional<QDate> compare; ///< --compare: the window opens comparing with this date

    /**
     * Parses the window's command line @p arguments (without the program name). On an unknown
     * option, an option that needs a command, a bad value or two FILEs, prints the usage error
     * on @p err and returns nothing (the caller exits with Usage::UsageError).
     */
    static std::optional<StartOptions> parse(const QStringList &arguments, QTextStream &err);
};

} // namespace AllianceScope
