// FigureLimits: the sizes a figure or chart may be drawn at — one definition for the exporters
// that draw them and the command line that reads them.
#pragma once

namespace AllianceScope::FigureLimits {

inline constexpr int kMinWidth = 100;    ///< pixels
inline constexpr int kMaxWidth = 10000;  ///< pixels
inline constexpr int kMinDpi = 50;
inline constexpr int kMaxDpi = 600;

} // namespace AllianceScope::FigureLimits
