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

/// A place in a document: the byte offset and its line and column (see JsonNode).
struct JsonPosition
{
    qsizetype offset = 0;
    int line = 1;
    int column = 1;
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
     *
     * `takeArray`, when set, is offered the whole array first, at its '[' (@p open), e.g. to read
     * its elements in parallel with parseElements(): it returns the position just after the
     * array's ']' when it took every element itself (the array in the result is then empty), or
     * nothing, and the array is parsed here, element by element, as without it.
     */
    struct ElementSink
    {
        QLatin1String key;
        std::function<bool(const JsonNode &rootSoFar, const JsonNode &element)> take;
        std::function<std::optional<JsonPosition>(const JsonNode &rootSoFar,
                                                  const JsonPosition &open)>
            takeArray;
    };

    /// Parses @p data, a UTF-8 JSON document; @p sink, if given, takes one array's elements.
    static Result parse(const QByteArray &data, const ElementSink *sink = nullptr);

    /// What parseElements() read.
    struct Run
    {
        bool ok = false;
        JsonSyntaxError error; ///< when not ok (positions counted from the run's @p from)
        int lineBreaks = 0;    ///< the line breaks read
        JsonPosition end;      ///< where the run ended (after the ']' when it ended one)
    };

    /**
     * Parses a run of elements of an array nested @p depth deep (its '[' at level @p depth):
     * values separated by commas from @p from up to the byte @p end, which must be a ',' that
     * follows the run's last value (whitespace between); when @p end is -1 the run ends at the
     * array's ']' instead (the last run of the array). Each element goes to @p take in order.
     * Positions count from @p from (its line and column). The elements of an array split into
     * runs at commas between elements equal the array's (the grammar is unambiguous), and a
     * split at a comma inside an element or a string makes a run fail: its caller can split at
     * guessed commas and fall back to parse() when a run fails.
     */
    static Run parseElements(const QByteArray &data, const JsonPosition &from, qsizetype end,
                             int depth, const std::function<void(JsonNode &&)> &take);
};

} // namespace AllianceScope
