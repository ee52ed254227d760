// Language: the two languages of the application (Chinese and English), as a value instead of
// "zh"/"en" strings, with the one mapping to and from those codes.
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace AllianceScope {

/// A language of the application's texts: every LocalizedText has one text per Language.
enum class Language { Zh, En };

/// Every language, Chinese first (the order of the file format's {"zh", "en"} texts).
inline constexpr std::array<Language, 2> kLanguages = {Language::Zh, Language::En};

/// The code of @p language as written in files and on the command line: "zh" or "en".
QString languageCode(Language language);

/// The language of @p code ("zh" or "en", exactly); nullopt for anything else.
std::optional<Language> languageFromCode(const QString &code);

} // namespace AllianceScope
