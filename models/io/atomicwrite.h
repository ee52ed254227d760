// writeAtomically(): the one way the project replaces a file, through QSaveFile, so that the old
// file stays intact unless the new content was written completely.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace AllianceScope {

/**
 * Writes @p bytes to @p path atomically (QSaveFile: a temporary file renamed over @p path on
 * success). The old file is untouched unless everything was written and committed.
 * @return an empty string on success, else a message naming the file and the reason
 */
QString writeAtomically(const QString &path, const QByteArray &bytes);

/**
 * Writes to @p path atomically through @p write, which writes to the device it is given and
 * returns false (setting the error, if it has one to give) when it fails; the file is then not
 * committed and the old one stays as it was.
 * @return an empty string on success, else a message naming the file and the reason
 */
QString writeAtomically(const QString &path,
                        const std::function<bool(QIODevice &out, QString *error)> &write);

} // namespace AllianceScope
