// A small strict RFC 8259 JSON parser that remembers the line and column of every value and key,
// so that the chronology reader can report FILE:LINE:COL for semantic errors as well.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>
#include <vector>

namespace AllianceScope {

struct JsonMember;

/**
 * One JSON value and where it starts in its document.
 *
 * Lines and columns are 1-based; columns count Unicode code points (a tab counts 1, a byte
 * order mark at the start of the file counts 0). Only the fields of the value's type are set.
 */
struct JsonNode
{
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    int line = 0;
    int column = 0;
    bool boolean = false;           ///< Bool: the value
    double number = 0.0;            ///< Number: the value (always finite)
    QString text;                   ///< String: the decoded value; Number: the number as written
    std::vector<JsonNode> elements; ///< Array: the elements
    std::vector<JsonMember> members; ///< Object: the members in document order (keys are unique)

    bool isNull() const { return type == Type::Null; }
    bool isBool() const { return type == Type::Bool; }
    bool isNumber() const { return type == Type::Number; }
    bool isString() const { return type == Type::String; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }

    /// The member called @p key of an object, or nullptr (also for non-objects).
    const JsonMember *member(QStringView key) const;
    const JsonMember *member(QLatin1String key) const; ///< @overload
    /// The value of the member called @p key of an object, or nullptr.
    const JsonNode *value(QStringView key) const;
    const JsonNode *value(QLatin1String key) const; ///< @overload
};

/// One key of an object, with the position of the key's opening quote, and its value.
struct JsonMember
{
    QString key;
    int line = 0;
    int column = 0;
    JsonNode value;
};

/// The reason a document could not be parsed, and where (see JsonNode for line and column).
struct JsonSyntaxError
{
    int line = 0;
    int column = 0;
    QString message;
};

/**
 * Parses one JSON document (RFC 8259) strictly.
 *
 * Rejected, with the position of the problem: invalid UTF-8, unescaped control characters in
 * strings, invalid escapes and unpaired surrogates, numbers outside the grammar (leading zeros,
 * `+1`, `.5`, `NaN`, `Infinity`) or outside the range of a double, duplicate keys in one object,
 * trailing commas, nesting deeper than kMaxDepth, and anything after the document. A UTF-8
 * byte order mark at the start is skipped. Independent of the C locale.
 */
class JsonParser
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::JsonParser)

public:
    /// The deepest nesting of arrays and objects accepted (the outermost container is level 1).
    static constexpr int kMaxDepth = 64;

    struct Result
    {
        std::optional<JsonNode> root; ///< the document, when it is valid JSON
        JsonSyntaxError error;        ///< the first syntax error, when it is not
        bool ok() const { return root.has_value(); }
    };

    /**
     * Takes the elements of one array of the top-level object as they are parsed, so that a large
     * array never has to be held as a tree (the chronology's "events").
     *
     * For the member `key` of the top-level object, when its value is an array, every element is
     * handed to `take` as soon as it is parsed, with the top-level object as far as it is read
     * (the members before `key`). When `take` returns true, the element is not kept in the tree
     * (the array in the result lacks it); when it returns false, it is kept as usual.
     */
    struct ElementSink
    {
        QLatin1String key;
        std::function<bool(const JsonNode &rootSoFar, const JsonNode &element)> take;
    };

    /// Parses @p data, a UTF-8 JSON document; @p sink, if given, takes one array's elements.
    static Result parse(const QByteArray &data, const ElementSink *sink = nullptr);
};

} // namespace AllianceScope
