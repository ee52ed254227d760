// CsvTable: a CSV or TSV file (RFC 4180 quoting) read into rows of fields, each field with the
// line and column where it starts, for the event and tier imports (docs/DATA.md, "Importing
// event tables"). Qt has no CSV reader and Debian no standard C++ one: this is a small, strict
// parser of our own.
#pragma once

#include "chronology/chronologyreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace AllianceScope {

/**
 * A table of text fields read from CSV (comma-separated) or TSV (tab-separated) data.
 *
 * Quoting follows RFC 4180 in both: a field that starts with `"` runs to the next lone `"`, may
 * hold separators, CR and LF, and writes a quote as `""`. After the closing quote only a
 * separator or the end of the line may follow. In CSV a quote inside an unquoted field is an
 * error; in TSV (which has no quoting of its own, as GDELT writes it) it is a plain character.
 * Lines end in LF, CRLF or CR; a UTF-8 byte order mark is skipped (it counts no column); blank
 * lines are skipped. The first row is the header. Positions are 1-based; columns count
 * characters (code points) from the start of the physical line, and a field's column is that of
 * its first character (its opening quote when quoted).
 */
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::CsvTable)

public:
    enum class Separator { Auto, Comma, Tab };

    struct Field
    {
        QString text;
        int line = 0;
        int column = 0;
    };
    struct Row
    {
        int line = 0;       ///< the line where the row starts
        int endColumn = 0;  ///< the column just after the row's last character
        QList<Field> fields;
    };

    struct Result;

    /// Reads @p data; @p fileName is only used in errors. Auto: tab-separated when the header
    /// line holds more tabs than commas (outside quotes), else comma-separated.
    static Result read(const QByteArray &data, const QString &fileName,
                       Separator separator = Separator::Auto);
    /// Reads the file at @p path (refused when it is not a regular file or is larger than
    /// ChronologyReader::kMaxFileSize).
    static Result readFile(const QString &path, Separator separator = Separator::Auto);
    /// The bytes of the file at @p path, or nothing (with the reason in @p errors) when it is not
    /// a regular file, cannot be read or is larger than @p maxSize bytes. For the mapping file too.
    static std::optional<QByteArray> readBytes(const QString &path, qint64 maxSize, QList<ReadError> *errors);

    QString fileName() const { return m_fileName; }
    Separator separator() const { return m_separator; }
    /// The header's fields (the column names, trimmed).
    QStringList header() const;
    const Row &headerRow() const { return m_header; }
    /// The data rows, after the header, in file order. A row may have more or fewer fields than
    /// the header; the importers report that.
    const QList<Row> &rows() const { return m_rows; }
    /// The index of the column named @p name (exact, then case-insensitive), or -1.
    int columnIndex(const QString &name) const;

private:
    QString m_fileName;
    Separator m_separator = Separator::Comma;
    Row m_header;
    QList<Row> m_rows;
};

/// What CsvTable::read() gives.
struct CsvTable::Result
{
    std::optional<CsvTable> table; ///< set when the data could be read as a table
    QList<ReadError> errors;       ///< syntax errors: nothing of the table is to be trusted
    bool ok() const { return table.has_value(); }
};

} // namespace AllianceScope
