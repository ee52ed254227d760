// Cameo: the Goldstein (1992) conflict–cooperation score of every CAMEO event code, for the
// event import (docs/DATA.md, "Importing event tables"; docs/MODEL.md, "Imported events").
#pragma once

#include <QString>

#include <optional>

namespace AllianceScope::Cameo {

/// Where the table comes from (shown in the documentation and in imported effects' rationale).
inline constexpr const char *kGoldsteinSource =
    "CAMEO.goldsteinscale.txt of the CAMEO codebook (Schrodt, CAMEO Event and Actor Codebook "
    "1.1b3, 2012), the scale of J. S. Goldstein, \"A Conflict-Cooperation Scale for WEIS Events "
    "Data\", Journal of Conflict Resolution 36(2), 1992";

/**
 * The Goldstein score (−10..+10) of the CAMEO event code @p code, or nothing when it is not a
 * CAMEO code. Accepted: a root code of two digits ("05", the value of its "not specified
 * below" code 050), a three-digit code ("057"), or a four-digit code ("0874"; a four-digit
 * code takes its own value where the table gives one that differs from its three-digit
 * parent, else the parent's). Leading and trailing spaces are ignored; a root written without
 * its leading zero ("5", "57") is not accepted, since "57" is ambiguous.
 */
std::optional<double> goldstein(const QString &code);

} // namespace AllianceScope::Cameo
