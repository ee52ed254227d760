// Translation: the one place the application's translator is installed. The window calls it when
// the user picks a language; every figure (from the window or the command line) holds a
// ScopedTranslation for the figure's language, so legends, chart titles and axis names come out
// in that language from either entry point.
#pragma once

#include <QString>

namespace AllianceScope {

class Translation
{
public:
    /// Makes @p lang ("zh" or "en") the language of every tr() in the process: installs the
    /// Chinese translation for "zh", removes it for "en". Returns false when it cannot be loaded.
    static bool setLanguage(const QString &lang);
    /// The language set last ("en" until set).
    static QString language();
};

/// Sets a language for its lifetime and restores the previous one afterwards.
class ScopedTranslation
{
public:
    explicit ScopedTranslation(const QString &lang);
    ~ScopedTranslation();
    ScopedTranslation(const ScopedTranslation &) = delete;
    ScopedTranslation &operator=(const ScopedTranslation &) = delete;

private:
    QString m_previous;
};

} // namespace AllianceScope
