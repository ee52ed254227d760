// WeightsCsvExporter: every dyad's tier, score and weight at every event, as one CSV table.
#pragma once

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
 */
class WeightsCsvExporter
{
public:
    static QByteArray header();
    static QByteArray toCsv(const WeightModel &model);
    static bool write(const WeightModel &model, QIODevice *device, QString *error = nullptr);
};

} // namespace AllianceScope
