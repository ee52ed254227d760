// The value types of a chronology: actors, categories, events and their effects.
// Plain data, no behaviour beyond small helpers; see docs/DATA.md for the file format.
#pragma once

#include "dyadkey.h"
#include "language.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace AllianceScope {

/// A text in both of the application's languages.
struct LocalizedText
{
    QString zh;
    QString en;

    /// The text in exactly @p language (no fallback), to read or to set.
    QString &text(Language language) { return language == Language::Zh ? zh : en; }
    const QString &text(Language language) const { return language == Language::Zh ? zh : en; }

    /// The text in @p language; falls back to the other language when empty.
    QString in(Language language) const
    {
        const QString &preferred = language == Language::Zh ? zh : en;
        return preferred.isEmpty() ? (language == Language::Zh ? en : zh) : preferred;
    }
    bool operator==(const LocalizedText &o) const { return zh == o.zh && en == o.en; }
    bool operator!=(const LocalizedText &o) const { return !(*this == o); }
};

/// The relation layers of the weight model. `All` is the combined view, not a layer of its own.
enum class Layer { Security = 0, Political = 1, Economic = 2, All = 3 };
inline constexpr int kLayerCount = 3; ///< the real layers (without All)
inline constexpr std::array<Layer, 3> kLayers = {Layer::Security, Layer::Political, Layer::Economic};
inline constexpr std::array<Layer, 4> kViewLayers = {Layer::All, Layer::Security, Layer::Political,
                                                     Layer::Economic};

QString layerName(Layer layer); ///< "security", "political", "economic", "all"
std::optional<Layer> layerFromName(const QString &name);

/// How exactly an event's date is known.
enum class Precision { Day, Month, Year };
QString precisionName(Precision p); ///< "day", "month", "year"
std::optional<Precision> precisionFromName(const QString &name);

enum class ActorKind { State, Mechanism };

/// A state (ISO 3166-1 alpha-3 id) or a mechanism (TCOG, KEDO, QUAD, …).
struct Actor
{
    QString id;
    ActorKind kind = ActorKind::State;
    LocalizedText name;
    /// Capital (states) or seat (mechanisms), for the geographic layout; NaN when unknown.
    double latitude = qQNaN();
    double longitude = qQNaN();

    bool isState() const { return kind == ActorKind::State; }
    bool operator==(const Actor &o) const;
};

/// An event category with its default effect score (Goldstein/CAMEO-like, -10..+10).
struct Category
{
    QString id;
    double score = 0.0;
    LocalizedText name;
    QString basis; ///< where the score comes from (e.g. "CAMEO 057, Goldstein +8.0")

    bool operator==(const Category &o) const;
};

/// What an event does to the network.
struct Effect
{
    enum class Kind {
        Dyad,      ///< changes the relation between two states
        Membership ///< a state joins or leaves a mechanism
    };
    enum class Action { Join, Leave };

    Kind kind = Kind::Dyad;

    // Dyad effects.
    QStringList actors;   ///< two ids ("dyad"), or three or more ("among": every pair)
    bool among = false;   ///< written as "among" in the file (every pair of actors)
    Layer layer = Layer::Security;
    std::optional<int> tier;      ///< new institutional tier from this date on (-2..4)
    std::optional<double> score;  ///< score pulse g; absent = the category's score
    bool ongoing = false;         ///< acts at full strength from date to the event's end

    // Membership effects.
    QString member;
    QString mechanism;
    Action action = Action::Join;
    QString role; ///< "member" (default), "partner" or "observer"

    QString rationale; ///< one line: why this effect, and why this size

    /**
     * The dyads a Dyad effect touches: its two actors, or every pair of an "among" list, in
     * list order (i before j); none for a Membership effect or a pair of one actor twice.
     */
    QList<DyadKey> dyads() const;

    bool operator==(const Effect &o) const;
};

/// Where an event comes from: the paper's section and footnote, and the primary document.
struct Source
{
    QString section;  ///< the paper's section: "intro", "1" … "5"
    QString footnote; ///< the paper's footnote nearest the passage, e.g. "[2] 蒲俜 1997"
    QString document; ///< the primary document the paper cites, where it cites one
    QString note;     ///< for context events: the general source

    bool operator==(const Source &o) const;
};

struct Event
{
    QString id;
    QDate date; ///< the first day of the period the date names (1993-01 → 1993-01-01)
    Precision precision = Precision::Day;
    std::optional<QDate> end; ///< the last day, for events that last (sanctions, talks)
    LocalizedText title;
    LocalizedText summary;
    QString category;
    QStringList actors;
    QList<Effect> effects;
    Source source;
    bool context = false; ///< from general knowledge the paper presupposes, not the paper

    /// The date as written at its precision: "1993", "1993-01" or "1993-01-15".
    QString dateText() const;
    bool operator==(const Event &o) const;
};

/// A term of office (docs/DATA.md "governments"): who governed a state, from when, with what
/// orientation. Drawn as bands under the timeline; conditions of kind "stance" may refer to one.
struct Government
{
    QString id;
    QString actor;             ///< a state id
    QDate start;
    std::optional<QDate> end;  ///< absent: still in office
    LocalizedText leader;
    LocalizedText party;
    QString orientation;       ///< "progressive", "conservative" or "centrist"
    Source source;

    bool operator==(const Government &o) const;
};

/// A standing score level of a dyad's layer over an interval (docs/DATA.md "conditions"): a
/// structural difference, a government's stance or a constraint that holds without events.
struct Condition
{
    QString id;
    QString kind;              ///< "structure", "stance" or "constraint"
    QStringList actors;        ///< two states, or more (every pair)
    Layer layer = Layer::Political;
    QDate start;
    std::optional<QDate> end;  ///< absent: to the end of the chronology
    double level = 0.0;        ///< -10..10, at full strength over [start, end]
    QString government;        ///< optional: the term that bounds a stance
    LocalizedText title;
    QString rationale;
    Source source;

    bool operator==(const Condition &o) const;
};

/// The date string at @p precision.
QString formatDate(const QDate &date, Precision precision);

} // namespace AllianceScope
