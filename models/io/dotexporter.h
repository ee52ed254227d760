// DotExporter: the network at one date as a Graphviz DOT graph (undirected, UTF-8), for
// Graphviz's own tools and for users who edit graphs by hand.
#pragma once

#include "chronology/types.h"

#include <QByteArray>
#include <QDate>
#include <QString>

class QIODevice;

namespace AllianceScope {

class WeightModel;

/**
 * Writes one snapshot as DOT.
 *
 * Every actor is a node (ids quoted, labels in the chosen language, mechanisms as boxes);
 * every dyad that the screen draws on the chosen layer (EdgeStyle::visible) is an edge with the
 * custom attributes `w_security`, `w_political`, `w_economic`, `w_all`, `tier` and `score`, and
 * the screen's EdgeStyle: `penwidth` its width, `color` its colour, `style` its dash
 * (EdgeStyle::dotStyle());
 * active memberships are dotted edges to the mechanism. No positions: Graphviz lays it out.
 * Graphviz's `weight` attribute is not used (dot requires it to be a non-negative integer).
 */
class DotExporter
{
public:
    struct Options
    {
        QDate date;                ///< invalid: the chronology's last date
        Layer layer = Layer::All;  ///< drives penwidth, colour and which edges are drawn
        Language language = Language::En;

        Options() = default;
        Options(const QDate &d, Layer l = Layer::All, Language lang = Language::En)
            : date(d)
            , layer(l)
            , language(lang)
        {
        }
        /// The language by its code ("zh"; anything else is English); prefer Language.
        Options(const QDate &d, Layer l, const QString &languageCode)
            : date(d)
            , layer(l)
            , language(languageFromCode(languageCode).value_or(Language::En))
        {
        }
    };

    static QByteArray toDot(const WeightModel &model, const Options &options);
    /// Writes toDot() to @p device; false (with @p error) when the device fails.
    static bool write(const WeightModel &model, const Options &options, QIODevice *device,
                      QString *error = nullptr);

    /// @p text as a DOT double-quoted string (quotes and backslashes escaped, newlines as \n).
    static QString quoted(const QString &text);
};

} // namespace AllianceScope
