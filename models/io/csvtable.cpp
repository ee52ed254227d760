// CsvTable: the CSV/TSV reader (see csvtable.h).
#include "csvtable.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

/// The offset of the first byte of @p data that is not part of valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        unsigned int cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07u;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0u) != 0x80u)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3Fu);
        }
        const bool overlong = (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

/// Line and column (1-based, code points) of the end of @p text.
std::pair<int, int> endPosition(const QString &text)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n'))) {
            ++line;
            column = 1;
        } else if (c != u'\r' && !c.isLowSurrogate()) {
            ++column;
        }
    }
    return {line, column};
}

/// Tab or comma, whichever occurs more often outside quotes on the first non-blank line.
QChar detectSeparator(const QString &text)
{
    int tabs = 0;
    int commas = 0;
    bool quoted = false;
    bool seenContent = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (seenContent)
                break;
        } else if (!quoted && c == u'\t') {
            ++tabs;
        } else if (!quoted && c == u',') {
            ++commas;
        }
        if (c != u'\n' && c != u'\r')
            seenContent = true;
    }
    return tabs > commas ? u'\t' : u',';
}

} // namespace

std::optional<QByteArray> CsvTable::readBytes(const QString &path, qint64 maxSize, QList<ReadError> *errors)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        errors->append(ReadError{path, 0, 0, tr("is not a regular file")});
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(ReadError{path, 0, 0, tr("cannot open file: %1").arg(file.errorString())});
        return std::nullopt;
    }
    if (file.size() > maxSize) {
        errors->append(ReadError{path, 0, 0, tr("the file is larger than %1 MiB").arg(maxSize >> 20)});
        return std::nullopt;
    }
    QByteArray data = file.read(maxSize + 1);
    if (file.error() != QFileDevice::NoError) {
        errors->append(ReadError{path, 0, 0, tr("cannot read file: %1").arg(file.errorString())});
        return std::nullopt;
    }
    return data;
}

CsvTable::Result CsvTable::readFile(const QString &path, Separator separator)
{
    Result result;
    const std::optional<QByteArray> data = readBytes(path, ChronologyReader::kMaxFileSize, &result.errors);
    return data ? read(*data, path, separator) : result;
}

CsvTable::Result CsvTable::read(const QByteArray &bytes, const QString &fileName, Separator separator)
{
    Result result;
    auto fail = [&](int line, int column, const QString &message) {
        result.errors.append(ReadError{fileName, line, column, message});
        return result;
    };
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return fail(1, 1, tr("the file is UTF-16; save it as UTF-8"));
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
        const auto [line, column] = endPosition(QString::fromUtf8(data.left(bad)));
        return fail(line, column, tr("invalid UTF-8 (byte 0x%1)")
                                      .arg(QString::number(uchar(data.at(bad)), 16).toUpper()));
    }
    const QString text = QString::fromUtf8(data);

    CsvTable table;
    table.m_fileName = fileName;
    QChar sep;
    switch (separator) {
    case Separator::Comma: sep = u','; break;
    case Separator::Tab: sep = u'\t'; break;
    case Separator::Auto: sep = detectSeparator(text); break;
    }
    table.m_separator = sep == u'\t' ? Separator::Tab : Separator::Comma;
    const bool csv = sep == u',';

    int line = 1;
    int column = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    // Advances over text[i], keeping line and column.
    auto advance = [&]() {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 >= n || text.at(i + 1) != u'\n'))) {
            ++line;
            column = 1;
        } else if (c != u'\r' && !c.isLowSurrogate()) {
            ++column;
        }
        ++i;
    };
    auto atLineEnd = [&]() { return i >= n || text.at(i) == u'\n' || text.at(i) == u'\r'; };

    bool haveHeader = false;
    while (i < n) {
        // Blank lines are skipped.
        if (text.at(i) == u'\n' || text.at(i) == u'\r') {
            advance();
            continue;
        }
        Row row;
        row.line = line;
        while (true) {
            Field field;
            field.line = line;
            field.column = column;
            if (i < n && text.at(i) == u'"') {
                advance();
                bool closed = false;
                while (i < n) {
                    if (text.at(i) == u'"') {
                        if (i + 1 < n && text.at(i + 1) == u'"') {
                            field.text += u'"';
                            advance();
                            advance();
                            continue;
                        }
                        advance();
                        closed = true;
                        break;
                    }
                    field.text += text.at(i);
                    advance();
                }
                if (!closed)
                    return fail(field.line, field.column,
                                tr("the quoted field that starts here is not closed"));
                if (!atLineEnd() && text.at(i) != sep)
                    return fail(line, column,
                                tr("unexpected character after a closing quote (expected a "
                                   "separator or the end of the line; write a quote as \"\")"));
            } else {
                while (!atLineEnd() && text.at(i) != sep) {
                    if (csv && text.at(i) == u'"')
                        return fail(line, column,
                                    tr("a quote inside an unquoted field (quote the whole field "
                                       "and write the quote as \"\")"));
                    field.text += text.at(i);
                    advance();
                }
            }
            row.fields.append(field);
            if (i < n && text.at(i) == sep) {
                advance();
                continue;
            }
            break;
        }
        row.endColumn = column;
        // The line end: LF, CR, or CRLF (advance() counts the line at the LF).
        if (i < n && text.at(i) == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
            advance();
        if (i < n)
            advance();
        if (!haveHeader) {
            table.m_header = row;
            haveHeader = true;
        } else {
            table.m_rows.append(row);
        }
    }
    if (!haveHeader)
        return fail(1, 1, tr("the table is empty (expected a header line naming the columns)"));
    result.table = std::move(table);
    return result;
}

QStringList CsvTable::header() const
{
    QStringList names;
    for (const Field &f : m_header.fields)
        names.append(f.text.trimmed());
    return names;
}

int CsvTable::columnIndex(const QString &name) const
{
    const QStringList names = header();
    const int exact = int(names.indexOf(name.trimmed()));
    if (exact >= 0)
        return exact;
    for (int k = 0; k < names.size(); ++k) {
        if (names.at(k).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return k;
    }
    return -1;
}

} // namespace AllianceScope
