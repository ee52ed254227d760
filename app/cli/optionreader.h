// OptionReader: how every command (data, figure, chart, window) reads and rejects option
// values, so that the same mistake gets the same message whichever command it is made in.
#pragma once

#include "style/figurelimits.h"

#include "chronology/language.h"
#include "chronology/types.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace AllianceScope {

struct WeightParameters;

/**
 * Reads the values of a parsed command line. Every reader returns true when the option is
 * absent (leaving its output unchanged, so that the caller's initial value is the default) or
 * valid (storing the value); on a bad value it prints the usage error (Usage::error) and returns
 * false, and the caller returns Usage::UsageError.
 */
class OptionReader
{
public:
    /// Limits of --width and --dpi for every figure and chart.
    static constexpr int kMinWidth = FigureLimits::kMinWidth, kMaxWidth = FigureLimits::kMaxWidth;
    static constexpr int kMinDpi = FigureLimits::kMinDpi, kMaxDpi = FigureLimits::kMaxDpi;

    OptionReader(const QCommandLineParser &parser, QTextStream &err);

    const QCommandLineParser &parser() const { return m_parser; }
    /// Whether @p option was given (never warns about an option the program does not know).
    bool isSet(const QString &option) const;
    QString value(const QString &option) const;
    /// The FILE argument, empty when none was given (after --diff's second date, if any).
    QString file() const;

    /// Prints "PROGRAM: MESSAGE" and the --help hint; returns Usage::UsageError.
    int usageError(const QString &message) const;
    /// Prints "PROGRAM: MESSAGE"; returns Usage::FileError.
    int fileError(const QString &message) const;

    /// --date YYYY-MM-DD, optional.
    bool date(QDate *date) const;
    /// --date YYYY-MM-DD, required by @p command ("--COMMAND needs --date YYYY-MM-DD").
    bool requiredDate(const QString &command, QDate *date) const;
    /// --dates D1,D2,…: at least one real date.
    bool dates(QList<QDate> *dates) const;
    /// One date in @p text, given with @p option (e.g. an entry of --dates).
    bool dateText(const QString &text, const QString &option, QDate *date) const;
    /// --layer all|security|political|economic.
    bool layer(Layer *layer) const;
    bool layer(std::optional<Layer> *layer) const;
    /// --lang zh|en.
    bool language(Language *language) const;
    /// --lang zh|en as its code, for callers that still hold "zh"/"en" (prefer Language).
    bool language(QString *code) const;
    /// --half-life LAYER=DAYS, repeatable; LAYER a real layer, DAYS within WeightParameters' range.
    bool halfLives(WeightParameters *parameters) const;
    /// --format, one of @p allowed; @p command names the command in the message when the
    /// formats are its own ("invalid --format "X" for --export-frames: expected svg, png or pdf").
    bool format(const QStringList &allowed, QString *format, const QString &command = {}) const;
    /// --width PX within kMinWidth..kMaxWidth.
    bool width(int *width) const;
    /// --dpi N within kMinDpi..kMaxDpi.
    bool dpi(int *dpi) const;
    /// --OPTION as a whole number within @p min..@p max; @p expected ends the message
    /// ("invalid --delay "5": expected 10 to 60000 ms").
    bool integer(const QString &option, int min, int max, const QString &expected, int *value) const;
    /// False (with "give --A or --B, not both") when both are given.
    bool notBoth(const QString &a, const QString &b) const;
    /// The lower-case suffix of --OPTION's path, which must be one of @p allowed
    /// ("--export-graph: unknown format "x.json": expected .dot, .graphml or .gexf").
    bool suffix(const QString &option, const QStringList &allowed, QString *suffix) const;

    /// A real calendar date written exactly as YYYY-MM-DD (2023-02-30 and 2023-2-3 are not).
    static std::optional<QDate> isoDate(const QString &text);
    /// "a, b or c".
    static QString alternatives(const QStringList &choices);

private:
    const QCommandLineParser &m_parser;
    QTextStream &m_err;
};

} // namespace AllianceScope
