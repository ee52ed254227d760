// OptionValues: shared parsing and messages of command-line option values.
#include "optionvalues.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AllianceScope::OptionValues {

std::optional<QDate> isoDate(const QString &text)
{
    static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!re.match(text).hasMatch() || !date.isValid())
        return std::nullopt;
    return date;
}

std::optional<Layer> layer(const QString &text)
{
    return layerFromName(text);
}

QString invalidDate(const QString &option, const QString &text)
{
    return u"invalid "_s + option + u" \""_s + text + u"\": expected a real date as YYYY-MM-DD"_s;
}

QString invalidLayer(const QString &text)
{
    return u"invalid --layer \""_s + text + u"\": expected all, security, political or economic"_s;
}

QString invalidLanguage(const QString &text)
{
    return u"invalid --lang \""_s + text + u"\": expected zh or en"_s;
}

} // namespace AllianceScope::OptionValues
