// testchronology.h: building blocks for the small chronologies that the model and view tests
// write by hand — a state, a mechanism, a dyad effect and a membership effect, each valid as the
// reader would give it (rationale set). Header-only: each suite is its own executable.
#pragma once

#include "chronology/types.h"

#include <optional>

namespace AllianceScope::TestChronology {

/// A state whose names (both languages) are its id.
inline Actor state(const QString &id)
{
    Actor a;
    a.id = id;
    a.kind = ActorKind::State;
    a.name = {id, id};
    return a;
}

/// A mechanism whose names are its id.
inline Actor mechanism(const QString &id)
{
    Actor a = state(id);
    a.kind = ActorKind::Mechanism;
    return a;
}

/// An effect on the dyad @p a – @p b.
inline Effect dyad(const QString &a, const QString &b, Layer layer, std::optional<double> score,
                   std::optional<int> tier = std::nullopt, bool ongoing = false)
{
    Effect f;
    f.kind = Effect::Kind::Dyad;
    f.actors = {a, b};
    f.layer = layer;
    f.score = score;
    f.tier = tier;
    f.ongoing = ongoing;
    f.rationale = QStringLiteral("test");
    return f;
}

/// @p member joins or leaves @p mechanism (as @p role: empty, "partner" or "observer").
inline Effect membership(const QString &member, const QString &mechanism, Effect::Action action,
                         const QString &role = QString())
{
    Effect f;
    f.kind = Effect::Kind::Membership;
    f.member = member;
    f.mechanism = mechanism;
    f.action = action;
    f.role = role;
    f.rationale = QStringLiteral("test");
    return f;
}

} // namespace AllianceScope::TestChronology
