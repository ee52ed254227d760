// Tests of JsonParser: values, escapes, positions of values and keys (code-point columns, tabs,
// line breaks, BOM), the depth limit, locale independence and every kind of syntax error.
#include "chronology/jsonparser.h"

#include <QTest>

#include <clocale>
#include <cmath>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

class TestJsonParser : public QObject
{
    Q_OBJECT

private slots:
    void scalars();
    void numbers_data();
    void numbers();
    void strings_data();
    void strings();
    void containers();
    void positions();
    void lineBreaks();
    void byteOrderMark();
    void depthLimit();
    void independentOfLocale();
    void syntaxErrors_data();
    void syntaxErrors();
};

namespace {

JsonNode parseOk(const QByteArray &data)
{
    JsonParser::Result r = JsonParser::parse(data);
    if (!r.ok())
        qWarning("unexpected error %d:%d: %s", r.error.line, r.error.column,
                 qPrintable(r.error.message));
    return r.root.value_or(JsonNode());
}

} // namespace

void TestJsonParser::scalars()
{
    QCOMPARE(parseOk("true").type, JsonNode::Type::Bool);
    QVERIFY(parseOk("true").boolean);
    QVERIFY(!parseOk(" false ").boolean);
    QCOMPARE(parseOk("false").type, JsonNode::Type::Bool);
    QVERIFY(parseOk("null").isNull());
    QVERIFY(JsonParser::parse("null").ok());
    QCOMPARE(parseOk("\"x\"").type, JsonNode::Type::String);
    QCOMPARE(parseOk("12").type, JsonNode::Type::Number);
}

void TestJsonParser::numbers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<double>("value");
    QTest::newRow("zero") << QByteArray("0") << 0.0;
    QTest::newRow("negative zero") << QByteArray("-0") << -0.0;
    QTest::newRow("integer") << QByteArray("42") << 42.0;
    QTest::newRow("negative") << QByteArray("-7") << -7.0;
    QTest::newRow("fraction") << QByteArray("0.1") << 0.1;
    QTest::newRow("exponent") << QByteArray("1e3") << 1000.0;
    QTest::newRow("exponent E+") << QByteArray("2.5E+2") << 250.0;
    QTest::newRow("exponent e-") << QByteArray("25e-1") << 2.5;
    QTest::newRow("max") << QByteArray("1.7976931348623157e308") << 1.7976931348623157e308;
    QTest::newRow("17 digits") << QByteArray("0.30000000000000004") << 0.30000000000000004;
    QTest::newRow("subnormal") << QByteArray("4.9e-324") << 4.9e-324;
    // Below the smallest subnormal the value underflows to zero (RFC 8259 allows it).
    QTest::newRow("underflow") << QByteArray("1e-400") << 0.0;
    QTest::newRow("negative underflow") << QByteArray("-1e-400") << -0.0;
}

void TestJsonParser::numbers()
{
    QFETCH(QByteArray, json);
    QFETCH(double, value);
    const JsonNode n = parseOk(json);
    QCOMPARE(n.type, JsonNode::Type::Number);
    QCOMPARE(n.number, value);
    QCOMPARE(std::signbit(n.number), std::signbit(value));
    QCOMPARE(n.text, QString::fromLatin1(json)); // the number as written, for messages
}

void TestJsonParser::strings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << QByteArray(R"("")") << QString();
    QTest::newRow("ascii") << QByteArray(R"("abc")") << u"abc"_s;
    QTest::newRow("simple escapes") << QByteArray(R"("\" \\ \/ \b \f \n \r \t")")
                                    << u"\" \\ / \b \f \n \r \t"_s;
    QTest::newRow("u escape") << QByteArray(R"("caf\u00e9 \u65E5")") << u"café 日"_s;
    QTest::newRow("u escape NUL") << QByteArray(R"("a\u0000b")") << QString(u"a\0b"_s);
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\udcc4")") << u"\U0001F4C4"_s;
    QTest::newRow("raw UTF-8") << QByteArray("\"\xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x93\x84\"")
                               << u"日本 \U0001F4C4"_s;
    QTest::newRow("raw U+FFFF") << QByteArray("\"\xEF\xBF\xBF\"") << QString(QChar(0xFFFF));
    QTest::newRow("raw U+10FFFF") << QByteArray("\"\xF4\x8F\xBF\xBF\"") << u"\U0010FFFF"_s;
    QTest::newRow("mixed") << QByteArray(R"("a\nb日\tc")") << u"a\nb日\tc"_s;
}

void TestJsonParser::strings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, value);
    const JsonNode n = parseOk(json);
    QCOMPARE(n.type, JsonNode::Type::String);
    QCOMPARE(n.text, value);
}

void TestJsonParser::containers()
{
    const JsonNode n = parseOk(R"({"a": [1, "two", [], {}], "b": {"c": null}, "": true})");
    QVERIFY(n.isObject());
    QCOMPARE(n.members.size(), size_t(3));
    QCOMPARE(n.members[0].key, u"a"_s);
    QCOMPARE(n.members[1].key, u"b"_s);
    QCOMPARE(n.members[2].key, QString());
    const JsonNode *a = n.value(u"a"_s);
    QVERIFY(a && a->isArray());
    QCOMPARE(a->elements.size(), size_t(4));
    QCOMPARE(a->elements[0].number, 1.0);
    QCOMPARE(a->elements[1].text, u"two"_s);
    QVERIFY(a->elements[2].isArray() && a->elements[2].elements.empty());
    QVERIFY(a->elements[3].isObject() && a->elements[3].members.empty());
    QVERIFY(n.value("b"_L1)->value("c"_L1)->isNull());
    QVERIFY(n.value(u""_s)->boolean);
    QCOMPARE(n.value("zzz"_L1), nullptr);
    QCOMPARE(a->value("a"_L1), nullptr); // not an object
}

void TestJsonParser::positions()
{
    // Columns count code points: 日本 is two columns, 😀 (four UTF-8 bytes, two UTF-16 units)
    // one, and a tab one.
    const QByteArray data = "{\"日本\": \"😀\", \"k\":\t[true,\n  {\"x\" : -1.5}]}";
    const JsonNode n = parseOk(data);
    QCOMPARE(n.line, 1);
    QCOMPARE(n.column, 1);
    QCOMPARE(n.members[0].line, 1);
    QCOMPARE(n.members[0].column, 2);
    QCOMPARE(n.members[0].value.column, 8);
    QCOMPARE(n.members[1].column, 13);
    const JsonNode &arr = n.members[1].value;
    QCOMPARE(arr.column, 18);
    QCOMPARE(arr.elements[0].column, 19);
    const JsonNode &obj = arr.elements[1];
    QCOMPARE(obj.line, 2);
    QCOMPARE(obj.column, 3);
    QCOMPARE(obj.members[0].line, 2);
    QCOMPARE(obj.members[0].column, 4);
    QCOMPARE(obj.members[0].value.line, 2);
    QCOMPARE(obj.members[0].value.column, 10);
    QCOMPARE(obj.members[0].value.text, u"-1.5"_s);

    // Escapes count as the characters written, not the character they stand for.
    const JsonNode e = parseOk(R"(["\u65e5\n", 1])");
    QCOMPARE(e.elements[1].column, 14);
}

void TestJsonParser::lineBreaks()
{
    for (const QByteArray &br : {QByteArray("\n"), QByteArray("\r\n"), QByteArray("\r")}) {
        const QByteArray data = "[1," + br + "2," + br + br + "  3]";
        const JsonNode n = parseOk(data);
        QCOMPARE(n.elements.size(), size_t(3));
        QCOMPARE(n.elements[1].line, 2);
        QCOMPARE(n.elements[1].column, 1);
        QCOMPARE(n.elements[2].line, 4);
        QCOMPARE(n.elements[2].column, 3);
    }
}

void TestJsonParser::byteOrderMark()
{
    const JsonNode n = parseOk("\xEF\xBB\xBF[7]");
    QCOMPARE(n.column, 1);
    QCOMPARE(n.elements[0].column, 2);
    QCOMPARE(n.elements[0].number, 7.0);
    // Only at the very start.
    const JsonParser::Result r = JsonParser::parse("[\xEF\xBB\xBF 7]");
    QVERIFY(!r.ok());
    QCOMPARE(r.error.column, 2);
}

void TestJsonParser::depthLimit()
{
    const int max = JsonParser::kMaxDepth;
    QCOMPARE(max, 64);
    const QByteArray ok = QByteArray(max, '[') + QByteArray(max, ']');
    QVERIFY(JsonParser::parse(ok).ok());
    const QByteArray objects = QByteArray("{\"a\":").repeated(max - 1) + "{}"
        + QByteArray(max - 1, '}');
    QVERIFY(JsonParser::parse(objects).ok());

    const JsonParser::Result tooDeep =
        JsonParser::parse(QByteArray(max + 1, '[') + QByteArray(max + 1, ']'));
    QVERIFY(!tooDeep.ok());
    QCOMPARE(tooDeep.error.line, 1);
    QCOMPARE(tooDeep.error.column, max + 1);
    QVERIFY(tooDeep.error.message.contains(u"deeper than 64"_s));

    // A hostile document far deeper than the limit fails cleanly, without exhausting the stack.
    const JsonParser::Result hostile = JsonParser::parse(QByteArray(1000000, '['));
    QVERIFY(!hostile.ok());
    QCOMPARE(hostile.error.column, max + 1);
}

void TestJsonParser::independentOfLocale()
{
    const char *previous = std::setlocale(LC_NUMERIC, nullptr);
    const QByteArray saved = previous ? QByteArray(previous) : QByteArray("C");
    const char *set = nullptr;
    for (const char *name : {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8"}) {
        if ((set = std::setlocale(LC_NUMERIC, name)))
            break;
    }
    const JsonNode n = parseOk("[1.5, -2.25e1]");
    std::setlocale(LC_NUMERIC, saved.constData());
    QCOMPARE(n.elements.size(), size_t(2));
    QCOMPARE(n.elements[0].number, 1.5);
    QCOMPARE(n.elements[1].number, -22.5);
    if (!set)
        QSKIP("no locale with a decimal comma is installed; checked only in the C locale");
}

void TestJsonParser::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const QByteArray &json, int line, int column,
                  const QString &message) {
        QTest::newRow(name) << json << line << column << message;
    };
    row("empty", "", 1, 1, u"empty"_s);
    row("only whitespace", " \n  ", 2, 3, u"empty"_s);
    row("only BOM", "\xEF\xBB\xBF", 1, 1, u"empty"_s);
    row("leading zero", "[01]", 1, 2, u"leading zeros"_s);
    row("negative leading zero", "-00", 1, 1, u"leading zeros"_s);
    row("plus", "+1", 1, 1, u"unexpected '+'; expected a value"_s);
    row("leading dot", "[.5]", 1, 2, u"unexpected '.'; expected a value"_s);
    row("trailing dot", "1.", 1, 3, u"expected a digit after '.'"_s);
    row("empty exponent", "1e+", 1, 4, u"expected a digit in the exponent"_s);
    row("lone minus", "-", 1, 2, u"expected a digit after '-'"_s);
    row("minus Infinity", "-Infinity", 1, 2, u"expected a digit after '-'"_s);
    row("NaN", "[NaN]", 1, 2, u"JSON has no NaN or Infinity"_s);
    row("Infinity", "Infinity", 1, 1, u"JSON has no NaN or Infinity"_s);
    row("hex", "0x10", 1, 2, u"unexpected 'x' after the end"_s);
    row("overflow", "[1e309]", 1, 2, u"the number 1e309 is too large for a double"_s);
    row("negative overflow", "-1e309", 1, 1, u"too large for a double"_s);
    row("UTF-16 LE with BOM", QByteArray("\xFF\xFE{\0}\0", 6), 1, 1,
        u"the file looks like UTF-16; chronology files must be UTF-8"_s);
    row("UTF-16 BE with BOM", QByteArray("\xFE\xFF\0{\0}", 6), 1, 1, u"looks like UTF-16"_s);
    row("UTF-16 LE without BOM", QByteArray("{\0}\0", 4), 1, 1, u"looks like UTF-16"_s);
    row("bad word", "[tru]", 1, 2, u"unexpected \"tru\""_s);
    row("capital True", "True", 1, 1, u"unexpected \"True\""_s);
    row("unterminated string", "[\"abc", 1, 2, u"unterminated string"_s);
    row("line break in string", "{\"a\": \"x\n\"}", 1, 7, u"unterminated string"_s);
    row("tab in string", "\"a\tb\"", 1, 3, u"control character U+0009"_s);
    row("bad escape", "\"a\\qb\"", 1, 3, u"invalid escape"_s);
    row("escape at end", "\"a\\", 1, 1, u"unterminated string"_s);
    row("short u escape", "\"\\u12\"", 1, 2, u"four hexadecimal digits"_s);
    row("lone high surrogate", "\"\\ud800\"", 1, 2, u"high surrogate"_s);
    row("high then non-low", "\"\\ud800\\u0041\"", 1, 2, u"high surrogate"_s);
    row("lone low surrogate", "\"x\\udc00\"", 1, 3, u"low surrogate"_s);
    row("invalid UTF-8", "\"\xFF\"", 1, 2, u"invalid UTF-8 byte 0xFF"_s);
    row("stray continuation", "\"ab\x80\"", 1, 4, u"invalid UTF-8 byte 0x80"_s);
    row("truncated sequence", "\"\xE6\x97\"", 1, 2, u"invalid UTF-8 byte 0xE6"_s);
    row("overlong", "\"\xE0\x80\xAF\"", 1, 2, u"invalid UTF-8 byte 0xE0"_s);
    row("encoded surrogate", "\"\xED\xA0\x80\"", 1, 2, u"invalid UTF-8 byte 0xED"_s);
    row("above U+10FFFF", "\"\xF4\x90\x80\x80\"", 1, 2, u"invalid UTF-8 byte 0xF4"_s);
    row("invalid UTF-8 outside string", "[1, \xC3]", 1, 5, u"invalid UTF-8 byte 0xC3"_s);
    row("column after CJK", "[\"日本\", x]", 1, 8, u"unexpected \"x\""_s);
    row("trailing comma array", "[1, 2, ]", 1, 6, u"trailing comma before ']'"_s);
    row("trailing comma object", "{\"a\": 1,\n}", 1, 8, u"trailing comma before '}'"_s);
    row("missing comma", "[1 2]", 1, 4, u"expected ',' or ']'"_s);
    row("missing colon", "{\"a\" 1}", 1, 6, u"expected ':' after key \"a\", found '1'"_s);
    row("non-string key", "{1: 2}", 1, 2, u"expected a key"_s);
    row("single quotes", "{'a': 1}", 1, 2, u"double quotes"_s);
    row("duplicate key", "{\"a\": 1,\n \"a\": 2}", 2, 2,
        u"duplicate key \"a\" (first at line 1, column 2)"_s);
    row("unclosed object", "{\"a\": 1", 1, 8, u"unexpected end of file; expected ',' or '}'"_s);
    row("unclosed array", "[1,", 1, 4, u"unexpected end of file; expected a value"_s);
    row("trailing garbage", "{} x", 1, 4, u"unexpected 'x' after the end of the JSON document"_s);
    row("two documents", "1\n2", 2, 1, u"after the end of the JSON document"_s);
    row("comment", "[1] // no", 1, 5, u"unexpected '/'"_s);
    row("NUL byte", QByteArray("[1,\0 2]", 7), 1, 4, u"control character U+0000"_s);
    row("too deep", QByteArray(70, '['), 1, 65, u"deeper than 64"_s);
}

void TestJsonParser::syntaxErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const JsonParser::Result r = JsonParser::parse(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
    QCOMPARE(r.error.line, line);
    QCOMPARE(r.error.column, column);
}

QTEST_GUILESS_MAIN(TestJsonParser)
#include "tst_jsonparser.moc"
