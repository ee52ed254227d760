// Measures IR scholars use on signed, tiered alliance networks (docs/MODEL.md, "Measures"):
// structural balance of signed triads, and alliance-portfolio similarity of two states —
// Signorino and Ritter's S and Cohen's kappa, as Häge (2011) recommends.
#pragma once

#include "chronology/types.h"
#include "weights/networksnapshot.h"

#include <QList>
#include <QString>

namespace AllianceScope::Measures {

/// The signed triads of a snapshot: triples of states whose three edges are all ties
/// (|weight| ≥ Metrics::kTieThreshold on the layer), and how many of them are balanced
/// (the product of the three signs is positive: "the friend of my friend", "the enemy of my
/// enemy"; Heider 1946, Cartwright and Harary 1956).
struct Balance
{
    int triads = 0;
    int balanced = 0;
    /// The share of balanced triads, 1 when there is no signed triad (nothing is unbalanced).
    double share() const { return triads == 0 ? 1.0 : double(balanced) / triads; }
};

/// Counts the signed triads of @p snapshot on @p layer. Cost: O(Σ degree²), not O(states³).
Balance structuralBalance(const NetworkSnapshot &snapshot, Layer layer);

/// The balance of one triad: +1 balanced, −1 unbalanced, 0 when one of its edges is no tie.
int triadBalance(const NetworkSnapshot &snapshot, const QString &a, const QString &b,
                 const QString &c, Layer layer);

/**
 * Alliance-portfolio similarity of states @p i and @p j at a snapshot.
 *
 * A state's portfolio has one entry per actor: for every state k its tier with k on the `all`
 * layer (−2..4; its own entry is 4, the strongest tie), for every mechanism its membership
 * (1 or 0). Signorino and Ritter's S (1999) = 1 − 2·Σ_k (|x_ik − x_jk| / Δ_k) / N, with Δ_k
 * the range of entry k (6 for tiers, 1 for memberships) and N the number of entries: 1 for
 * identical portfolios, −1 for opposite ones.
 */
double similarityS(const QList<Actor> &actors, const NetworkSnapshot &snapshot, const QString &i,
                   const QString &j);

/**
 * Cohen's kappa over the same portfolios, each entry a category (a tier value, or member /
 * non-member): κ = (p_o − p_e) / (1 − p_e), with p_o the share of equal entries and p_e the
 * agreement expected from the two states' own distributions of categories. Häge (2011) shows
 * that S overstates similarity when most entries are "no tie"; κ corrects for chance.
 * 1 when p_e = 1 and the portfolios are identical.
 */
double similarityKappa(const QList<Actor> &actors, const NetworkSnapshot &snapshot,
                       const QString &i, const QString &j);

} // namespace AllianceScope::Measures
