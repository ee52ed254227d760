// Language: the codes of the application's languages (see language.h).
#include "language.h"

using namespace Qt::StringLiterals;

namespace AllianceScope {

QString languageCode(Language language)
{
    switch (language) {
    case Language::Zh:
        return u"zh"_s;
    case Language::En:
        return u"en"_s;
    }
    return {};
}

std::optional<Language> languageFromCode(const QString &code)
{
    for (Language language : kLanguages) {
        if (code == languageCode(language))
            return language;
    }
    return std::nullopt;
}

} // namespace AllianceScope
