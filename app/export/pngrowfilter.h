// PngRowFilter: the row filter of the frames' PNG encoder (pngframeencoder.cpp), apart so that
// the tests can hold the SIMD version to the portable one. Internal to the encoder.
//
// One row of a QImage (Format_RGB32 or straight Format_ARGB32: a QRgb, 0xAARRGGBB, per pixel)
// becomes the bytes PNG stores after filter type 2, "Up": each byte of the pixel in PNG's order
// (R, G, B or R, G, B, A) minus the same byte of the row above (0 above the first row), modulo
// 256. The filter-type byte that begins a PNG row is the caller's.
#pragma once

#include <QtGlobal>

// The SSSE3 version is compiled only for x86-64 with GCC or Clang (a target attribute and a
// run-time check choose it); other machines use the portable version.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define ALLIANCESCOPE_PNG_FILTER_SSSE3 1
#endif

namespace AllianceScope::PngRowFilter {

/// Writes @p width × (3, or 4 with @p alpha) bytes to @p out: @p row "Up"-filtered against
/// @p above (nullptr for the first row). @p out must not overlap the rows.
void upPortable(const quint32 *row, const quint32 *above, int width, bool alpha, uchar *out);

#ifdef ALLIANCESCOPE_PNG_FILTER_SSSE3
/// The same bytes as upPortable(), 4 pixels at a time; only where hasSsse3().
void upSsse3(const quint32 *row, const quint32 *above, int width, bool alpha, uchar *out);
#endif

/// Whether this processor runs upSsse3() (false where it is not compiled).
bool hasSsse3();

/// upSsse3() where the processor has it, otherwise upPortable().
void up(const quint32 *row, const quint32 *above, int width, bool alpha, uchar *out);

} // namespace AllianceScope::PngRowFilter
