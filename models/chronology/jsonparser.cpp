// JsonParser: a recursive-descent RFC 8259 parser over UTF-8 bytes that tracks line and column.
#include "jsonparser.h"

#include <QHash>

#include <charconv>
#include <cmath>
#include <system_error>

namespace AllianceScope {

namespace {

template<typename Key>
const JsonMember *findMember(const std::vector<JsonMember> &members, Key key)
{
    for (const JsonMember &m : members) {
        if (m.key.size() == key.size() && m.key == key)
            return &m;
    }
    return nullptr;
}

} // namespace

const JsonMember *JsonNode::member(QStringView key) const
{
    return findMember(members, key);
}

const JsonMember *JsonNode::member(QLatin1String key) const
{
    return findMember(members, key);
}

const JsonNode *JsonNode::value(QStringView key) const
{
    const JsonMember *m = member(key);
    return m ? &m->value : nullptr;
}

const JsonNode *JsonNode::value(QLatin1String key) const
{
    const JsonMember *m = member(key);
    return m ? &m->value : nullptr;
}

namespace {

bool isDigit(int c)
{
    return c >= '0' && c <= '9';
}

int hexValue(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QString hexByte(int b)
{
    return QStringLiteral("0x") + QString::number(b, 16).toUpper().rightJustified(2, u'0');
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::JsonParser)

public:
    Parser(const QByteArray &data, const JsonParser::ElementSink *sink)
        : m_data(reinterpret_cast<const unsigned char *>(data.constData()))
        , m_size(data.size())
        , m_sink(sink)
    {
    }

    JsonParser::Result run();
    /// JsonParser::parseElements() from @p from (m_size is the run's bound).
    JsonParser::Run runElements(const JsonPosition &from, bool toClose, int depth,
                                const std::function<void(JsonNode &&)> &take);
    /// Bounds the parser to the first @p size bytes.
    void limit(qsizetype size) { m_size = size; }

private:
    int peek(qsizetype offset = 0) const
    {
        return m_pos + offset < m_size ? m_data[m_pos + offset] : -1;
    }
    /// Steps over one ASCII character that is not a line break.
    void advance()
    {
        ++m_pos;
        ++m_column;
    }

    void skipWhitespace();
    bool parseValue(JsonNode &out, int depth);
    bool parseObject(JsonNode &out, int depth);
    bool parseArray(JsonNode &out, int depth, bool toSink = false);
    bool parseString(QString &out);
    /// A short ASCII string without escapes at m_pos (after its '"') that was read before:
    /// taken from m_strings, sharing its data (keys and values such as ids repeat in every
    /// event: 20 allocations an event saved); false (nothing read) otherwise.
    bool takeCachedString(QString &out);
    bool parseNumber(JsonNode &out);
    bool parseWord(JsonNode &out);

    /// The length of the valid UTF-8 sequence at m_pos (0 when invalid), and its code point.
    int utf8Sequence(char32_t *codePoint) const;
    /// A description of what is at the current position ("'x'", "end of file", …).
    QString found() const;
    bool fail(int line, int column, const QString &message);
    /// Fails at the current position: "unexpected X; expected WHAT" (or invalid UTF-8).
    bool unexpected(const QString &expected);
    bool looksLikeUtf16() const;
    static bool hasNegativeExponent(const QString &text);

    const unsigned char *m_data;
    qsizetype m_size;
    const JsonParser::ElementSink *m_sink;
    const JsonNode *m_root = nullptr; // the document's value while it is parsed (for the sink)
    QHash<QByteArrayView, QString> m_strings; // short strings read (views into the data)
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    JsonSyntaxError m_error;
};

/// True when the bytes start like UTF-16 text: a UTF-16 byte order mark, or an ASCII character
/// next to a zero byte (which UTF-8 JSON never contains).
bool Parser::looksLikeUtf16() const
{
    if (m_size >= 2 && ((m_data[0] == 0xFF && m_data[1] == 0xFE)
                        || (m_data[0] == 0xFE && m_data[1] == 0xFF)))
        return true;
    return m_size >= 2 && ((m_data[0] == 0 && m_data[1] != 0) || (m_data[0] != 0 && m_data[1] == 0));
}

/// True when the number literal @p text has an exponent below zero ("1e-400").
bool Parser::hasNegativeExponent(const QString &text)
{
    const qsizetype e = std::max(text.indexOf(u'e'), text.indexOf(u'E'));
    return e >= 0 && e + 1 < text.size() && text.at(e + 1) == u'-';
}

JsonParser::Result Parser::run()
{
    JsonParser::Result result;
    if (m_size >= 3 && m_data[0] == 0xEF && m_data[1] == 0xBB && m_data[2] == 0xBF)
        m_pos = 3; // a byte order mark; the column stays 1
    if (looksLikeUtf16()) {
        fail(1, 1, tr("the file looks like UTF-16; chronology files must be UTF-8 "
                      "(save it again as UTF-8)"));
        result.error = m_error;
        return result;
    }
    skipWhitespace();
    if (m_pos >= m_size) {
        fail(m_line, m_column, tr("the document is empty; expected a JSON value"));
        result.error = m_error;
        return result;
    }
    JsonNode root;
    m_root = &root;
    if (parseValue(root, 0)) {
        skipWhitespace();
        if (m_pos < m_size) {
            fail(m_line, m_column,
                 tr("unexpected %1 after the end of the JSON document").arg(found()));
        } else {
            result.root = std::move(root);
            return result;
        }
    }
    result.error = m_error;
    return result;
}

JsonParser::Run Parser::runElements(const JsonPosition &from, bool toClose, int depth,
                                    const std::function<void(JsonNode &&)> &take)
{
    JsonParser::Run run;
    m_pos = from.offset;
    m_line = from.line;
    m_column = from.column;
    const int firstLine = m_line;
    auto failed = [&] {
        run.error = m_error;
        run.lineBreaks = m_line - firstLine;
        return run;
    };
    for (;;) {
        JsonNode element;
        if (!parseValue(element, depth))
            return failed();
        take(std::move(element));
        skipWhitespace();
        if (!toClose && m_pos == m_size)
            break; // the ',' at the run's end (checked by the caller)
        if (peek() == ',') {
            const int commaLine = m_line;
            const int commaColumn = m_column;
            advance();
            skipWhitespace();
            if (peek() == ']') {
                fail(commaLine, commaColumn, tr("trailing comma before ']'"));
                return failed();
            }
            continue;
        }
        if (toClose && peek() == ']') {
            advance();
            break;
        }
        unexpected(tr("',' or ']'"));
        return failed();
    }
    run.ok = true;
    run.lineBreaks = m_line - firstLine;
    run.end = JsonPosition{m_pos, m_line, m_column};
    return run;
}

void Parser::skipWhitespace()
{
    while (m_pos < m_size) {
        const int c = m_data[m_pos];
        if (c == ' ' || c == '\t') {
            advance();
        } else if (c == '\n' || c == '\r') {
            ++m_pos;
            if (c == '\r' && peek() == '\n')
                ++m_pos;
            ++m_line;
            m_column = 1;
        } else {
            break;
        }
    }
}

int Parser::utf8Sequence(char32_t *codePoint) const
{
    const int b0 = peek();
    if (b0 < 0)
        return 0;
    if (b0 < 0x80) {
        if (codePoint)
            *codePoint = char32_t(b0);
        return 1;
    }
    int length = 0;
    int lo = 0x80;
    int hi = 0xBF;
    char32_t cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        cp = char32_t(b0 & 0x1F);
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        cp = char32_t(b0 & 0x0F);
        if (b0 == 0xE0)
            lo = 0xA0; // no overlong forms
        else if (b0 == 0xED)
            hi = 0x9F; // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        cp = char32_t(b0 & 0x07);
        if (b0 == 0xF0)
            lo = 0x90; // no overlong forms
        else if (b0 == 0xF4)
            hi = 0x8F; // nothing above U+10FFFF
    } else {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        const int b = peek(i);
        if (b < 0 || b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF))
            return 0;
        cp = (cp << 6) | char32_t(b & 0x3F);
    }
    if (codePoint)
        *codePoint = cp;
    return length;
}

QString Parser::found() const
{
    const int c = peek();
    if (c < 0)
        return tr("end of file");
    if (c >= 0x21 && c < 0x7F)
        return u'\'' + QString(QLatin1Char(char(c))) + u'\'';
    char32_t cp = 0;
    if (utf8Sequence(&cp) == 0)
        return tr("invalid UTF-8 byte %1").arg(hexByte(c));
    const QString hex = QStringLiteral("U+%1").arg(uint(cp), 4, 16, QLatin1Char('0')).toUpper();
    if (cp < 0x20 || cp == 0x7F)
        return tr("control character %1").arg(hex);
    return tr("'%1' (%2)").arg(QString::fromUcs4(&cp, 1), hex);
}

bool Parser::fail(int line, int column, const QString &message)
{
    m_error.line = line;
    m_error.column = column;
    m_error.message = message;
    return false;
}

bool Parser::unexpected(const QString &expected)
{
    const int c = peek();
    if (c >= 0x80 && utf8Sequence(nullptr) == 0)
        return fail(m_line, m_column, tr("invalid UTF-8 byte %1").arg(hexByte(c)));
    if (c == '\'')
        return fail(m_line, m_column,
                    tr("unexpected ''' (JSON strings use double quotes); expected %1")
                        .arg(expected));
    return fail(m_line, m_column, tr("unexpected %1; expected %2").arg(found(), expected));
}

bool Parser::parseValue(JsonNode &out, int depth)
{
    skipWhitespace();
    out.line = m_line;
    out.column = m_column;
    const int c = peek();
    if (c == '{')
        return parseObject(out, depth + 1);
    if (c == '[')
        return parseArray(out, depth + 1);
    if (c == '"') {
        out.type = JsonNode::Type::String;
        return parseString(out.text);
    }
    if (c == '-' || isDigit(c))
        return parseNumber(out);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return parseWord(out);
    return unexpected(tr("a value"));
}

bool Parser::parseObject(JsonNode &out, int depth)
{
    if (depth > JsonParser::kMaxDepth)
        return fail(m_line, m_column,
                    tr("nesting is deeper than %1 levels").arg(JsonParser::kMaxDepth));
    out.type = JsonNode::Type::Object;
    advance(); // '{'
    skipWhitespace();
    if (peek() == '}') {
        advance();
        return true;
    }
    // Duplicate keys: searched for in the members while there are few (an event has about
    // ten), in a table of them from kLinear members on.
    constexpr std::size_t kLinear = 16;
    QHash<QString, int> seen; // key → index in members, once there are kLinear
    out.members.reserve(8);
    int commaLine = 0;
    int commaColumn = 0;
    for (;;) {
        skipWhitespace();
        if (peek() != '"') {
            if (peek() == '}' && commaLine > 0)
                return fail(commaLine, commaColumn, tr("trailing comma before '}'"));
            return unexpected(tr("a key (a string in double quotes)"));
        }
        JsonMember member;
        member.line = m_line;
        member.column = m_column;
        if (!parseString(member.key))
            return false;
        const JsonMember *first = nullptr;
        if (seen.isEmpty()) {
            for (const JsonMember &m : out.members) {
                if (m.key == member.key) {
                    first = &m;
                    break;
                }
            }
        } else if (const auto it = seen.constFind(member.key); it != seen.cend()) {
            first = &out.members[size_t(*it)];
        }
        if (first) {
            return fail(member.line, member.column,
                        tr("duplicate key \"%1\" (first at line %2, column %3)")
                            .arg(member.key, QString::number(first->line),
                                 QString::number(first->column)));
        }
        skipWhitespace();
        if (peek() != ':')
            return fail(m_line, m_column,
                        tr("expected ':' after key \"%1\", found %2").arg(member.key, found()));
        advance();
        if (m_sink && depth == 1 && &out == m_root && member.key == m_sink->key) {
            skipWhitespace();
            if (peek() == '[') {
                member.value.line = m_line;
                member.value.column = m_column;
                std::optional<JsonPosition> taken;
                if (m_sink->takeArray)
                    taken = m_sink->takeArray(*m_root, JsonPosition{m_pos, m_line, m_column});
                if (taken) {
                    member.value.type = JsonNode::Type::Array;
                    m_pos = taken->offset;
                    m_line = taken->line;
                    m_column = taken->column;
                } else if (!parseArray(member.value, depth + 1, true)) {
                    return false;
                }
            } else if (!parseValue(member.value, depth)) {
                return false;
            }
        } else if (!parseValue(member.value, depth)) {
            return false;
        }
        out.members.push_back(std::move(member));
        if (!seen.isEmpty()) {
            seen.insert(out.members.back().key, int(out.members.size()) - 1);
        } else if (out.members.size() == kLinear) {
            for (std::size_t i = 0; i < out.members.size(); ++i)
                seen.insert(out.members[i].key, int(i));
        }
        skipWhitespace();
        if (peek() == ',') {
            commaLine = m_line;
            commaColumn = m_column;
            advance();
            continue;
        }
        if (peek() == '}') {
            advance();
            return true;
        }
        return unexpected(tr("',' or '}'"));
    }
}

bool Parser::parseArray(JsonNode &out, int depth, bool toSink)
{
    if (depth > JsonParser::kMaxDepth)
        return fail(m_line, m_column,
                    tr("nesting is deeper than %1 levels").arg(JsonParser::kMaxDepth));
    out.type = JsonNode::Type::Array;
    advance(); // '['
    skipWhitespace();
    if (peek() == ']') {
        advance();
        return true;
    }
    for (;;) {
        JsonNode element;
        if (!parseValue(element, depth))
            return false;
        if (!toSink || !m_sink->take(*m_root, element))
            out.elements.push_back(std::move(element));
        skipWhitespace();
        if (peek() == ',') {
            const int commaLine = m_line;
            const int commaColumn = m_column;
            advance();
            skipWhitespace();
            if (peek() == ']')
                return fail(commaLine, commaColumn, tr("trailing comma before ']'"));
            continue;
        }
        if (peek() == ']') {
            advance();
            return true;
        }
        return unexpected(tr("',' or ']'"));
    }
}

bool Parser::parseString(QString &out)
{
    const int startLine = m_line;
    const int startColumn = m_column;
    advance(); // '"'
    if (takeCachedString(out))
        return true;
    out.clear();
    qsizetype runStart = m_pos; // the start of the current run of unescaped characters
    auto flush = [&] {
        if (m_pos > runStart)
            out += QString::fromUtf8(reinterpret_cast<const char *>(m_data + runStart),
                                     m_pos - runStart);
    };
    for (;;) {
        const int c = peek();
        if (c < 0 || c == '\n' || c == '\r')
            return fail(startLine, startColumn,
                        c < 0 ? tr("unterminated string")
                              : tr("unterminated string (a string cannot contain a line break; "
                                   "write \\n)"));
        if (c == '"') {
            flush();
            advance();
            return true;
        }
        if (c < 0x20) {
            return fail(m_line, m_column,
                        tr("control character %1 in a string (write it as an escape)")
                            .arg(QStringLiteral("U+%1").arg(c, 4, 16, QLatin1Char('0'))
                                     .toUpper()));
        }
        if (c == '\\') {
            flush();
            const int escLine = m_line;
            const int escColumn = m_column;
            advance();
            const int e = peek();
            auto readHex4 = [&](char16_t *unit) {
                int v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(peek(i));
                    if (h < 0)
                        return false;
                    v = v * 16 + h;
                }
                m_pos += 4;
                m_column += 4;
                *unit = char16_t(v);
                return true;
            };
            switch (e) {
            case '"': out += u'"'; break;
            case '\\': out += u'\\'; break;
            case '/': out += u'/'; break;
            case 'b': out += u'\b'; break;
            case 'f': out += u'\f'; break;
            case 'n': out += u'\n'; break;
            case 'r': out += u'\r'; break;
            case 't': out += u'\t'; break;
            case 'u': {
                advance();
                char16_t unit = 0;
                if (!readHex4(&unit))
                    return fail(escLine, escColumn,
                                tr("invalid \\u escape: expected four hexadecimal digits"));
                if (QChar::isLowSurrogate(unit))
                    return fail(escLine, escColumn,
                                tr("invalid \\u escape: a low surrogate without a high one"));
                if (QChar::isHighSurrogate(unit)) {
                    char16_t low = 0;
                    if (peek() != '\\' || peek(1) != 'u')
                        return fail(escLine, escColumn,
                                    tr("invalid \\u escape: a high surrogate must be followed "
                                       "by a \\u escape of a low surrogate"));
                    m_pos += 2;
                    m_column += 2;
                    if (!readHex4(&low) || !QChar::isLowSurrogate(low))
                        return fail(escLine, escColumn,
                                    tr("invalid \\u escape: a high surrogate must be followed "
                                       "by a \\u escape of a low surrogate"));
                    out += QChar(unit);
                    out += QChar(low);
                } else {
                    out += QChar(unit);
                }
                runStart = m_pos;
                continue;
            }
            default:
                if (e < 0)
                    return fail(startLine, startColumn, tr("unterminated string"));
                return fail(escLine, escColumn,
                            tr("invalid escape '\\' followed by %1").arg(found()));
            }
            advance();
            runStart = m_pos;
            continue;
        }
        if (c < 0x80) {
            advance();
            continue;
        }
        const int length = utf8Sequence(nullptr);
        if (length == 0)
            return fail(m_line, m_column, tr("invalid UTF-8 byte %1").arg(hexByte(c)));
        m_pos += length;
        ++m_column;
    }
}

bool Parser::takeCachedString(QString &out)
{
    constexpr qsizetype kMaxLength = 24;
    constexpr qsizetype kMaxStrings = 4096;
    qsizetype end = m_pos;
    const qsizetype last = std::min(m_size, m_pos + kMaxLength + 1);
    while (end < last && m_data[end] != '"') {
        const unsigned char c = m_data[end];
        if (c < 0x20 || c >= 0x80 || c == '\\')
            return false; // read as usual (and its errors found there)
        ++end;
    }
    if (end == last)
        return false;
    const QByteArrayView bytes(m_data + m_pos, end - m_pos);
    const auto it = m_strings.constFind(bytes);
    if (it != m_strings.cend()) {
        out = *it;
    } else {
        out = QString::fromLatin1(bytes);
        if (m_strings.size() < kMaxStrings)
            m_strings.insert(bytes, out);
    }
    m_column += int(end - m_pos) + 1;
    m_pos = end + 1;
    return true;
}

bool Parser::parseNumber(JsonNode &out)
{
    const qsizetype start = m_pos;
    if (peek() == '-')
        advance();
    if (peek() == '0') {
        advance();
        if (isDigit(peek()))
            return fail(out.line, out.column, tr("a number cannot have leading zeros"));
    } else if (isDigit(peek())) {
        while (isDigit(peek()))
            advance();
    } else {
        return unexpected(tr("a digit after '-'"));
    }
    if (peek() == '.') {
        advance();
        if (!isDigit(peek()))
            return unexpected(tr("a digit after '.'"));
        while (isDigit(peek()))
            advance();
    }
    if (peek() == 'e' || peek() == 'E') {
        advance();
        if (peek() == '+' || peek() == '-')
            advance();
        if (!isDigit(peek()))
            return unexpected(tr("a digit in the exponent"));
        while (isDigit(peek()))
            advance();
    }
    const char *first = reinterpret_cast<const char *>(m_data + start);
    const char *last = reinterpret_cast<const char *>(m_data + m_pos);
    out.type = JsonNode::Type::Number;
    out.text = QString::fromLatin1(first, last - first);
    double value = 0.0;
    const std::from_chars_result r = std::from_chars(first, last, value);
    if (r.ec == std::errc::result_out_of_range && r.ptr == last && hasNegativeExponent(out.text)) {
        // Too small for a double (1e-400): it underflows to zero, as RFC 8259 allows.
        value = out.text.startsWith(u'-') ? -0.0 : 0.0;
    } else if (r.ec != std::errc() || r.ptr != last || !std::isfinite(value)) {
        return fail(out.line, out.column,
                    tr("the number %1 is too large for a double").arg(out.text));
    }
    out.number = value;
    return true;
}

bool Parser::parseWord(JsonNode &out)
{
    const qsizetype start = m_pos;
    qsizetype end = m_pos;
    while (end < m_size
           && ((m_data[end] >= 'a' && m_data[end] <= 'z')
               || (m_data[end] >= 'A' && m_data[end] <= 'Z')))
        ++end;
    const QString word = QString::fromLatin1(reinterpret_cast<const char *>(m_data + start),
                                             end - start);
    if (word == QLatin1String("true") || word == QLatin1String("false")) {
        out.type = JsonNode::Type::Bool;
        out.boolean = word == QLatin1String("true");
    } else if (word == QLatin1String("null")) {
        out.type = JsonNode::Type::Null;
    } else if (word == QLatin1String("NaN") || word == QLatin1String("Infinity")) {
        return fail(out.line, out.column,
                    tr("unexpected \"%1\"; JSON has no NaN or Infinity").arg(word));
    } else {
        return fail(out.line, out.column,
                    tr("unexpected \"%1\"; expected a value (true, false, null, a number, a "
                       "string, an array or an object)")
                        .arg(word));
    }
    m_column += int(end - m_pos);
    m_pos = end;
    return true;
}

} // namespace

JsonParser::Result JsonParser::parse(const QByteArray &data, const ElementSink *sink)
{
    return Parser(data, sink).run();
}

JsonParser::Run JsonParser::parseElements(const QByteArray &data, const JsonPosition &from,
                                          qsizetype end, int depth,
                                          const std::function<void(JsonNode &&)> &take)
{
    Parser parser(data, nullptr);
    const bool toClose = end < 0;
    if (!toClose) {
        if (end < from.offset || end >= data.size() || data.at(end) != ',') {
            Run run;
            // Not shown to users: the caller falls back to parse().
            run.error = JsonSyntaxError{from.line, from.column,
                                        QStringLiteral("a run must end at a ','")};
            return run;
        }
        parser.limit(end);
    }
    return parser.runElements(from, toClose, depth, take);
}

} // namespace AllianceScope
