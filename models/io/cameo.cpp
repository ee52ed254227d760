// Cameo: the CAMEO → Goldstein table (see cameo.h for its source).
#include "cameo.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AllianceScope::Cameo {

namespace {

struct Score
{
    const char *code;
    double value;
};

// CAMEO.goldsteinscale.txt: every three-digit code, and the four-digit codes whose value
// differs from their three-digit parent. The values cited in docs/MODEL.md's category table
// (040, 043, 046, 057, 061, 062, 064, 080, 085, 111, 125, 150, 161, 163, 190) are among them.
constexpr Score kTable[] = {
    // 01 Make public statement
    {"010", 0.0}, {"011", -0.1}, {"012", -0.4}, {"013", 0.4}, {"014", 0.0}, {"015", 0.0},
    {"016", -2.0}, {"017", 0.0}, {"018", 3.4}, {"019", 3.4},
    // 02 Appeal
    {"020", 3.0}, {"021", 3.4}, {"022", 3.2}, {"023", 3.4}, {"024", -0.3}, {"025", -0.3},
    {"026", 4.0}, {"027", 4.0}, {"028", 4.0},
    // 03 Express intent to cooperate
    {"030", 4.0}, {"031", 5.2}, {"032", 4.5}, {"033", 5.2}, {"0334", 6.0}, {"034", 7.0},
    {"035", 7.0}, {"036", 4.0}, {"037", 5.0}, {"038", 7.0}, {"039", 5.0},
    // 04 Consult
    {"040", 1.0}, {"041", 1.0}, {"042", 1.9}, {"043", 2.8}, {"044", 2.5}, {"045", 5.0},
    {"046", 7.0},
    // 05 Engage in diplomatic cooperation
    {"050", 3.5}, {"051", 3.4}, {"052", 3.5}, {"053", 3.8}, {"054", 6.0}, {"055", 7.0},
    {"056", 7.0}, {"057", 8.0},
    // 06 Engage in material cooperation
    {"060", 6.0}, {"061", 6.4}, {"062", 7.4}, {"063", 7.4}, {"064", 7.0},
    // 07 Provide aid
    {"070", 7.0}, {"071", 7.4}, {"072", 8.3}, {"073", 7.4}, {"074", 8.5}, {"075", 7.0},
    // 08 Yield
    {"080", 5.0}, {"081", 5.0}, {"082", 5.0}, {"083", 5.0}, {"084", 7.0}, {"085", 7.0},
    {"086", 9.0}, {"087", 9.0}, {"0874", 10.0},
    // 09 Investigate
    {"090", -2.0}, {"091", -2.0}, {"092", -2.0}, {"093", -2.0}, {"094", -2.0},
    // 10 Demand
    {"100", -5.0}, {"101", -5.0}, {"102", -5.0}, {"103", -5.0}, {"104", -5.0}, {"105", -5.0},
    {"106", -5.0}, {"107", -5.0}, {"108", -5.0},
    // 11 Disapprove
    {"110", -2.0}, {"111", -2.0}, {"112", -2.0}, {"113", -2.0}, {"114", -2.0}, {"115", -2.0},
    {"116", -2.0},
    // 12 Reject
    {"120", -4.0}, {"121", -4.0}, {"122", -4.0}, {"123", -4.0}, {"124", -4.0}, {"125", -5.0},
    {"126", -5.0}, {"127", -5.0}, {"128", -5.0}, {"129", -5.0},
    // 13 Threaten
    {"130", -4.4}, {"131", -5.8}, {"132", -5.8}, {"133", -5.8}, {"134", -5.8}, {"135", -5.8},
    {"136", -7.0}, {"137", -7.0}, {"138", -7.0}, {"139", -7.0},
    // 14 Protest
    {"140", -6.5}, {"141", -6.5}, {"142", -6.5}, {"143", -6.5}, {"144", -7.5}, {"145", -7.5},
    // 15 Exhibit force posture
    {"150", -7.2}, {"151", -7.2}, {"152", -7.2}, {"153", -7.2}, {"154", -7.2},
    // 16 Reduce relations
    {"160", -4.0}, {"161", -4.0}, {"162", -5.6}, {"163", -8.0}, {"164", -7.0}, {"165", -6.5},
    {"166", -7.0},
    // 17 Coerce
    {"170", -7.0}, {"171", -9.2}, {"172", -5.0}, {"173", -5.0}, {"174", -5.0}, {"175", -9.0},
    // 18 Assault
    {"180", -9.0}, {"181", -9.0}, {"182", -9.5}, {"1821", -9.0}, {"1822", -9.0},
    {"1823", -10.0}, {"183", -10.0}, {"184", -8.0}, {"185", -8.0}, {"186", -10.0},
    // 19 Fight
    {"190", -10.0}, {"191", -9.5}, {"192", -9.5}, {"193", -10.0}, {"194", -10.0},
    {"195", -10.0}, {"196", -9.5},
    // 20 Use unconventional mass violence
    {"200", -10.0}, {"201", -9.5}, {"202", -10.0}, {"203", -10.0}, {"204", -10.0},
};

const QHash<QString, double> &table()
{
    static const QHash<QString, double> t = [] {
        QHash<QString, double> h;
        for (const Score &s : kTable)
            h.insert(QString::fromLatin1(s.code), s.value);
        return h;
    }();
    return t;
}

} // namespace

std::optional<double> goldstein(const QString &code)
{
    static const QRegularExpression digits(QRegularExpression::anchoredPattern(u"[0-9]{2,4}"_s));
    const QString c = code.trimmed();
    if (!digits.match(c).hasMatch())
        return std::nullopt;
    const QHash<QString, double> &t = table();
    if (c.size() == 2) {
        const auto it = t.constFind(c + u'0');
        return it == t.cend() ? std::nullopt : std::optional<double>(*it);
    }
    if (const auto it = t.constFind(c); it != t.cend())
        return *it;
    if (c.size() == 4) {
        // A four-digit code of a known three-digit parent, with the parent's value.
        if (const auto it = t.constFind(c.left(3)); it != t.cend() && c.at(3) != u'0')
            return *it;
    }
    return std::nullopt;
}

} // namespace AllianceScope::Cameo
