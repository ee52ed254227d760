// OptionValues: how every command (core, export, chart) reads and rejects option values, so
// that the same mistake gets the same message whichever command it is made in.
#pragma once

#include "chronology/types.h"

#include <QDate>
#include <QString>

#include <optional>

namespace AllianceScope::OptionValues {

/// A real calendar date written exactly as YYYY-MM-DD (2023-02-30 and 2023-2-3 are not).
std::optional<QDate> isoDate(const QString &text);
/// The layer named @p text ("all", "security", "political", "economic").
std::optional<Layer> layer(const QString &text);

/// `invalid OPTION "TEXT": expected a real date as YYYY-MM-DD`
QString invalidDate(const QString &option, const QString &text);
/// `invalid --layer "TEXT": expected all, security, political or economic`
QString invalidLayer(const QString &text);
/// `invalid --lang "TEXT": expected zh or en`
QString invalidLanguage(const QString &text);

} // namespace AllianceScope::OptionValues
