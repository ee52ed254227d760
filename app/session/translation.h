// Translation: the one place the application's translator is installed. The window calls it when
// the user picks a language; every figure (from the window or the command line) holds a
// ScopedTranslation for the figure's language, so legends, chart titles and axis names come out
// in that language from either entry point.
#pragma once

#include "chronology/language.h"

namespace AllianceScope {

class Translation
{
public:
    /// Makes @p lang the language of every tr() in the process: installs the Chinese
    /// translation for Zh, removes it for En. Returns false when it cannot be loaded.
    static bool setLanguage(Language lang);
    /// The language set last (En until set).
    static Language language();
};

/// Sets a language for its lifetime and restores the previous one afterwards.
class ScopedTranslation
{
public:
    explicit ScopedTranslation(Language lang);
    ~ScopedTranslation();
    ScopedTranslation(const ScopedTranslation &) = delete;
    ScopedTranslation &operator=(const ScopedTranslation &) = delete;

private:
    Language m_previous;
};

} // namespace AllianceScope
