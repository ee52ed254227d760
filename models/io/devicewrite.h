// The one way the data exporters put their bytes on a device.
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace AllianceScope {

/// Writes all of @p data to @p device; on a short write sets @p error (if given) and returns false.
inline bool writeAll(const QByteArray &data, QIODevice *device, QString *error)
{
    if (device->write(data) == data.size())
        return true;
    if (error)
        *error = device->errorString();
    return false;
}

} // namespace AllianceScope
