// GraphmlExporter: the network at one date as GraphML with typed <key> declarations.
#pragma once

#include "chronology/language.h"

#include <QByteArray>
#include <QDate>
#include <QString>

class QIODevice;

namespace AllianceScope {

class WeightModel;

/**
 * Writes one snapshot as GraphML (undirected).
 *
 * Keys: nodes `name_zh`, `name_en`, `kind` (state|mechanism), `label` (in the chosen language);
 * edges `kind` (dyad|membership), `tier_<layer>` (int), `score_<layer>` and `weight_<layer>`
 * (double) for security, political, economic and all, `weight` (= weight_all, for tools that
 * read one weight), `role` and `since` (memberships). Dyads with every tier and weight zero
 * are left out; active memberships are edges to the mechanism.
 */
class GraphmlExporter
{
public:
    struct Options
    {
        QDate date; ///< invalid: the chronology's last date
        Language language = Language::En;

        Options() = default;
        Options(const QDate &d, Language lang = Language::En)
            : date(d)
            , language(lang)
        {
        }
        /// The language by its code ("zh"; anything else is English); prefer Language.
        Options(const QDate &d, const QString &languageCode)
            : date(d)
            , language(languageFromCode(languageCode).value_or(Language::En))
        {
        }
    };

    static QByteArray toGraphml(const WeightModel &model, const Options &options);
    static bool write(const WeightModel &model, const Options &options, QIODevice *device,
                      QString *error = nullptr);
};

} // namespace AllianceScope
