// A generated chronology for the benchmarks: @p actors states, exactly @p dyads distinct dyads,
// @p events single-effect events over 1950-2023 with random layers, scores and some tiers.
// It passes --validate when written (tests/bench/generate_chronology writes one to a file).
#pragma once

#include "chronology/chronology.h"

#include <QRandomGenerator>
#include <QSet>

namespace AllianceScope::Bench {

using namespace Qt::StringLiterals;

/// A chronology of @p events events among @p actors states over exactly @p dyads dyads.
inline Chronology generatedChronology(int actors, int dyads, int events, quint32 seed = 7)
{
    QRandomGenerator rng(seed);
    QList<Actor> states;
    for (int i = 0; i < actors; ++i) {
        Actor a;
        // Three capital letters, as the file format wants state ids (AAA, AAB, …).
        a.id = QString(QChar(u'A' + i / 676 % 26)) + QChar(u'A' + i / 26 % 26) + QChar(u'A' + i % 26);
        a.name = {a.id, a.id};
        states.append(a);
    }
    QList<std::pair<int, int>> pairs;
    QSet<int> seen;
    while (pairs.size() < dyads) {
        const int x = rng.bounded(actors);
        const int y = rng.bounded(actors);
        if (x != y && !seen.contains(std::min(x, y) * actors + std::max(x, y))) {
            seen.insert(std::min(x, y) * actors + std::max(x, y));
            pairs.append({x, y});
        }
    }
    Category c;
    c.id = u"c"_s;
    c.score = 3;
    c.name = {u"c"_s, u"c"_s};
    QList<Event> list;
    const QDate start(1950, 1, 1);
    for (int i = 0; i < events; ++i) {
        Event e;
        e.id = u"e%1"_s.arg(i);
        e.date = start.addDays(rng.bounded(365 * 74));
        e.title = e.summary = {e.id, e.id};
        e.category = c.id;
        e.source.section = u"1"_s;
        e.source.footnote = u"none"_s;
        Effect f;
        const auto [x, y] = pairs[i < dyads ? i : rng.bounded(int(pairs.size()))];
        f.actors = {states[x].id, states[y].id};
        f.layer = static_cast<Layer>(rng.bounded(3));
        f.score = rng.bounded(20.0) - 10.0;
        if (rng.bounded(10) == 0)
            f.tier = rng.bounded(7) - 2;
        f.rationale = u"generated"_s;
        e.actors = f.actors;
        e.effects = {f};
        list.append(e);
    }
    return Chronology({u"g"_s, u"g"_s}, {}, states, {c}, list);
}

} // namespace AllianceScope::Bench
