// GexfExporter: the whole chronology as one dynamic GEXF 1.3 graph, for Gephi's timeline.
#pragma once

#include "chronology/language.h"
#include "streamedoutput.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace AllianceScope {

class WeightModel;

/**
 * Writes every event date of the chronology into one dynamic GEXF 1.3 graph
 * (`mode="dynamic"`, `timeformat="date"`, `timerepresentation="interval"`).
 *
 * Time is cut into intervals at the event dates: interval k runs from the k-th distinct event
 * date to the day before the next one (GEXF 1.3 intervals are inclusive at both ends); the
 * last runs to the chronology's last date. Weights are sampled at the start of each interval
 * (the step the slider shows; decay between events is not sampled).
 *
 * - Nodes: every actor, static attributes `name_zh`, `name_en`, `kind`. A mechanism has
 *   <spells> while it has members; a state exists throughout.
 * - Edges: one per dyad and per state–mechanism membership, with <spells> while present
 *   (a dyad is present while any layer has a non-zero tier or weight). Dynamic attributes
 *   `weight_<layer>` (signed) and `tier_<layer>` for security, political, economic and all,
 *   written as <attvalue for=… value=… start=… end=…> and merged over consecutive intervals
 *   with equal values; `weight` (dynamic, = |weight_all|, what Gephi sizes and lays out by;
 *   1 for memberships). The edge's static `weight` is its value at the last date.
 */
class GexfExporter
{
public:
    struct Options
    {
        Language language = Language::En; ///< node labels

        Options() = default;
        Options(Language lang)
            : language(lang)
        {
        }
        /// The language by its code ("zh"; anything else is English); prefer Language.
        Options(const QString &languageCode)
            : language(languageFromCode(languageCode).value_or(Language::En))
        {
        }
    };

    /// The whole document in memory (small chronologies and tests); write() for files.
    static QByteArray toGexf(const WeightModel &model, const Options &options);
    /**
     * Writes the document to @p device as it goes (one dyad at a time, in chunks): memory stays
     * flat whatever the size, time is linear in intervals × dyads and in what is written.
     * @p progress (optional) counts dyads; returning false from it cancels the export.
     */
    static bool write(const WeightModel &model, const Options &options, QIODevice *device,
                      QString *error = nullptr, const ExportProgress &progress = {});
};

} // namespace AllianceScope
