// CSV (RFC 4180) helpers.
#include "csv.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace AllianceScope::Csv {

QString field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString row(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(field(f));
    return out.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString number(double value)
{
    if (std::abs(value) < 5e-7)
        value = 0.0; // no "-0"
    QString s = QLocale::c().toString(value, 'f', 6);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

void appendNumber(QByteArray &out, double value)
{
    if (std::abs(value) < 5e-7)
        value = 0.0; // no "-0"
    // std::to_chars rounds exactly as QLocale::toString(value, 'f', 6) does (both correctly).
    char buffer[64];
    const std::to_chars_result r =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 6);
    if (r.ec != std::errc()) {
        out += number(value).toUtf8();
        return;
    }
    const char *end = r.ptr;
    if (std::find(static_cast<const char *>(buffer), end, '.') != end) {
        while (end[-1] == '0')
            --end;
        if (end[-1] == '.')
            --end;
    }
    out.append(buffer, end - buffer);
}

void appendField(QByteArray &out, const QString &value)
{
    out += field(value).toUtf8();
}

} // namespace AllianceScope::Csv
