// Translation: installs and removes the Chinese UI translation (see translation.h).
#include "translation.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

struct State
{
    QTranslator translator;
    bool installed = false;
    Language language = Language::En;
};

State &state()
{
    static State s;
    return s;
}

} // namespace

bool Translation::setLanguage(Language lang)
{
    State &s = state();
    if (lang == s.language)
        return true;
    if (s.installed) {
        QCoreApplication::removeTranslator(&s.translator);
        s.installed = false;
    }
    s.language = lang;
    if (lang != Language::Zh)
        return true;
    // Installed last, so the widgets' LanguageChange handlers already see the new strings.
    if (s.translator.isEmpty() && !s.translator.load(u":/i18n/alliancescope_zh_CN.qm"_s))
        return false;
    s.installed = QCoreApplication::installTranslator(&s.translator);
    return s.installed;
}

Language Translation::language()
{
    return state().language;
}

ScopedTranslation::ScopedTranslation(Language lang)
    : m_previous(Translation::language())
{
    Translation::setLanguage(lang);
}

ScopedTranslation::~ScopedTranslation()
{
    Translation::setLanguage(m_previous);
}

} // namespace AllianceScope
