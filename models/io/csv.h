// CSV (RFC 4180) helpers shared by every CSV exporter and the command line.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace AllianceScope::Csv {

/// One field, quoted when it holds a comma, a quote, a CR or an LF.
QString field(const QString &value);
/// One row of fields, terminated by "\n".
QString row(const QStringList &fields);
/// A number as the command line and the exporters print it: up to 6 decimals, no trailing zeros.
QString number(double value);
/// number() appended to UTF-8 bytes, without a QString (for exports of millions of numbers).
void appendNumber(QByteArray &out, double value);
/// field() appended to UTF-8 bytes.
void appendField(QByteArray &out, const QString &value);

} // namespace AllianceScope::Csv
