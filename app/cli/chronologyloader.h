// ChronologyLoader: how a command gets the chronology its command line names (FILE or the
// bundled one) — read lazily, after the options were checked, errors already printed.
#pragma once

#include "chronology/chronology.h"

#include <functional>
#include <optional>

namespace AllianceScope {

/// Returns the chronology, or nothing after printing FILE:LINE:COL errors on stderr.
using ChronologyLoader = std::function<std::optional<Chronology>()>;

} // namespace AllianceScope
