// OptionReader: the one place that turns option texts into values or usage errors.
#include "optionreader.h"

#include "usage.h"
#include "weights/weightmodel.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

// Reads --OPTION through @p parse (its text to an optional value) into @p value; a text that
// does not parse is refused as "invalid --OPTION "TEXT": expected EXPECTED".
template <typename Out, typename Parse>
bool readValue(const OptionReader &options, const QString &option, Parse parse, const QString &expected, Out *value)
{
    if (!options.isSet(option))
        return true;
    const QString text = options.value(option);
    const auto parsed = parse(text);
    if (!parsed) {
        options.usageError(u"invalid --"_s + option + u" \""_s + text + u"\": expected "_s + expected);
        return false;
    }
    *value = *parsed;
    return true;
}

const QString kDateExpected = u"a real date as YYYY-MM-DD"_s;

} // namespace

OptionReader::OptionReader(const QCommandLineParser &parser, QTextStream &err)
    : m_parser(parser)
    , m_err(err)
{
}

bool OptionReader::isSet(const QString &option) const
{
    return m_parser.optionNames().contains(option);
}

QString OptionReader::value(const QString &option) const
{
    return isSet(option) ? m_parser.value(option) : QString();
}

QString OptionReader::file() const
{
    // --diff D1 D2: D2 is the first positional argument, FILE the one after it.
    const qsizetype first = isSet(u"diff"_s) ? 1 : 0;
    const QStringList pos = m_parser.positionalArguments();
    return pos.size() <= first ? QString() : pos.at(first);
}

int OptionReader::usageError(const QString &message) const
{
    return Usage::error(m_err, message);
}

int OptionReader::fileError(const QString &message) const
{
    return Usage::fileError(m_err, message);
}

std::optional<QDate> OptionReader::isoDate(const QString &text)
{
    static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!re.match(text).hasMatch() || !date.isValid())
        return std::nullopt;
    return date;
}

QString OptionReader::alternatives(const QStringList &choices)
{
    if (choices.size() < 2)
        return choices.join(QString());
    return choices.mid(0, choices.size() - 1).join(u", "_s) + u" or "_s + choices.last();
}

bool OptionReader::dateText(const QString &text, const QString &option, QDate *date) const
{
    const auto parsed = isoDate(text);
    if (!parsed) {
        usageError(u"invalid "_s + option + u" \""_s + text + u"\": expected "_s + kDateExpected);
        return false;
    }
    *date = *parsed;
    return true;
}

bool OptionReader::date(QDate *date) const
{
    return readValue(*this, u"date"_s, isoDate, kDateExpected, date);
}

bool OptionReader::requiredDate(const QString &command, QDate *date) const
{
    if (!isSet(u"date"_s)) {
        usageError(u"--"_s + command + u" needs --date YYYY-MM-DD"_s);
        return false;
    }
    return this->date(date);
}

bool OptionReader::dates(QList<QDate> *dates) const
{
    if (!isSet(u"dates"_s))
        return true;
    QList<QDate> result;
    for (const QString &text : value(u"dates"_s).split(u',', Qt::SkipEmptyParts)) {
        QDate d;
        if (!dateText(text.trimmed(), u"--dates"_s, &d))
            return false;
        result.append(d);
    }
    if (result.isEmpty()) {
        usageError(u"--dates needs at least one date"_s);
        return false;
    }
    *dates = result;
    return true;
}

bool OptionReader::layer(std::optional<Layer> *layer) const
{
    return readValue(*this, u"layer"_s, layerFromName, u"all, security, political or economic"_s, layer);
}

bool OptionReader::layer(Layer *layer) const
{
    std::optional<Layer> l;
    if (!this->layer(&l))
        return false;
    if (l)
        *layer = *l;
    return true;
}

bool OptionReader::language(Language *language) const
{
    return readValue(*this, u"lang"_s, languageFromCode, u"zh or en"_s, language);
}

bool OptionReader::language(QString *code) const
{
    Language l = Language::En;
    if (!language(&l))
        return false;
    if (isSet(u"lang"_s))
        *code = languageCode(l);
    return true;
}

bool OptionReader::halfLives(WeightParameters *parameters) const
{
    if (!isSet(u"half-life"_s))
        return true;
    for (const QString &spec : m_parser.values(u"half-life"_s)) {
        const qsizetype eq = spec.indexOf(u'=');
        const auto layer = layerFromName(spec.left(eq));
        bool ok = false;
        const double days = eq > 0 ? spec.mid(eq + 1).toDouble(&ok) : 0.0;
        if (eq <= 0 || !layer || *layer == Layer::All) {
            usageError(u"invalid --half-life \""_s + spec
                       + u"\": expected LAYER=DAYS with LAYER security, political or economic"_s);
            return false;
        }
        if (!ok || !(days >= WeightParameters::kMinHalfLife && days <= WeightParameters::kMaxHalfLife)) {
            usageError(u"invalid --half-life \""_s + spec + u"\": DAYS must be a number from "_s
                       + QString::number(WeightParameters::kMinHalfLife) + u" to "_s
                       + QString::number(WeightParameters::kMaxHalfLife));
            return false;
        }
        parameters->setHalfLife(*layer, days);
    }
    return true;
}

bool OptionReader::format(const QStringList &allowed, QString *format, const QString &command) const
{
    if (!isSet(u"format"_s))
        return true;
    const QString text = value(u"format"_s);
    if (!allowed.contains(text)) {
        usageError(u"invalid --format \""_s + text + u"\""_s
                   + (command.isEmpty() ? QString() : u" for --"_s + command) + u": expected "_s
                   + alternatives(allowed));
        return false;
    }
    *format = text;
    return true;
}

bool OptionReader::integer(const QString &option, int min, int max, const QString &expected, int *value) const
{
    const auto inRange = [min, max](const QString &text) -> std::optional<int> {
        bool ok = false;
        const int v = text.toInt(&ok);
        return ok && v >= min && v <= max ? std::optional<int>(v) : std::nullopt;
    };
    return readValue(*this, option, inRange, expected, value);
}

bool OptionReader::width(int *width) const
{
    return integer(u"width"_s, kMinWidth, kMaxWidth,
                   QString::number(kMinWidth) + u" to "_s + QString::number(kMaxWidth) + u" pixels"_s, width);
}

bool OptionReader::dpi(int *dpi) const
{
    return integer(u"dpi"_s, kMinDpi, kMaxDpi,
                   QString::number(kMinDpi) + u" to "_s + QString::number(kMaxDpi) + u" dpi"_s, dpi);
}

bool OptionReader::notBoth(const QString &a, const QString &b) const
{
    if (isSet(a) && isSet(b)) {
        usageError(u"give --"_s + a + u" or --"_s + b + u", not both"_s);
        return false;
    }
    return true;
}

bool OptionReader::suffix(const QString &option, const QStringList &allowed, QString *suffix) const
{
    const QString path = value(option);
    const QString s = QFileInfo(path).suffix().toLower();
    if (!allowed.contains(s)) {
        QStringList dotted;
        for (const QString &a : allowed)
            dotted.append(u'.' + a);
        usageError(u"--"_s + option + u": unknown format \""_s + path + u"\": expected "_s
                   + alternatives(dotted));
        return false;
    }
    *suffix = s;
    return true;
}

} // namespace AllianceScope
