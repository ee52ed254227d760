// WeightsCsvExporter: every dyad's tier, score and weight at every event, as one CSV table.
#pragma once

#include "streamedoutput.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace AllianceScope {

class WeightModel;

/**
 * Writes `date,event_id,source,target,layer,tier,score,weight`: for each event (in date
 * order), the snapshot at the event's date, one row per dyad and layer (security, political,
 * economic, all; source < target), then the active memberships as rows with layer
 * `membership`, target = the mechanism, tier and score empty and weight 1 — the rows of
 * `--weights`, prefixed with the event.
 *
 * write() streams: it computes the rows of one date at a time (once for all the events of that
 * date) and passes them to the device in chunks, so memory stays flat whatever the size, and
 * time is linear in the rows written.
 */
class WeightsCsvExporter
{
public:
    static QByteArray header();
    /// The whole table in memory (small chronologies and tests); write() for files.
    static QByteArray toCsv(const WeightModel &model);
    /// @p progress (optional) counts events; returning false from it cancels the export.
    static bool write(const WeightModel &model, QIODevice *device, QString *error = nullptr,
                      const ExportProgress &progress = {});
};

} // namespace AllianceScope
