// PngRowFilter: PNG's "Up" filter on QImage rows (see pngrowfilter.h), in portable C++ and with
// SSSE3 (one byte shuffle puts 4 pixels in PNG's byte order).
#include "pngrowfilter.h"

#include <QColor>

#ifdef ALLIANCESCOPE_PNG_FILTER_SSSE3
#include <immintrin.h>
#endif

namespace AllianceScope::PngRowFilter {

namespace {

// Pixels [from, width) of the row, written from out (already at pixel from's first byte).
void upPortableFrom(const quint32 *row, const quint32 *above, int from, int width, bool alpha, uchar *out)
{
    for (int x = from; x < width; ++x) {
        const QRgb p = row[x];
        const QRgb q = above ? above[x] : 0;
        *out++ = uchar(qRed(p) - qRed(q));
        *out++ = uchar(qGreen(p) - qGreen(q));
        *out++ = uchar(qBlue(p) - qBlue(q));
        if (alpha)
            *out++ = uchar(qAlpha(p) - qAlpha(q));
    }
}

} // namespace

void upPortable(const quint32 *row, const quint32 *above, int width, bool alpha, uchar *out)
{
    upPortableFrom(row, above, 0, width, alpha, out);
}

#ifdef ALLIANCESCOPE_PNG_FILTER_SSSE3
__attribute__((target("ssse3"))) void upSsse3(const quint32 *row, const quint32 *above, int width, bool alpha,
                                              uchar *out)
{
    // x86-64 is little-endian: a QRgb is B, G, R, A in memory. "Up" works byte by byte, so the
    // rows are subtracted as they are and the difference reordered: to R, G, B, A for RGBA, to
    // R, G, B (the 4 trailing bytes of the shuffle zero) for RGB.
    const __m128i rgba = _mm_setr_epi8(2, 1, 0, 3, 6, 5, 4, 7, 10, 9, 8, 11, 14, 13, 12, 15);
    const __m128i rgb = _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    const __m128i order = alpha ? rgba : rgb;
    const int step = alpha ? 16 : 12;
    // Every store is 16 bytes: for RGB the last 4 are the next pixels' and are written over by the
    // next store, so the loop stops while 16 bytes still fit in the row (6 pixels or more left).
    const int stop = alpha ? width - 4 : width - 6;
    int x = 0;
    for (; x <= stop; x += 4) {
        __m128i p = _mm_loadu_si128(reinterpret_cast<const __m128i *>(row + x));
        if (above)
            p = _mm_sub_epi8(p, _mm_loadu_si128(reinterpret_cast<const __m128i *>(above + x)));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_shuffle_epi8(p, order));
        out += step;
    }
    upPortableFrom(row, above, x, width, alpha, out);
}

bool hasSsse3()
{
    static const bool has = __builtin_cpu_supports("ssse3");
    return has;
}
#else
bool hasSsse3()
{
    return false;
}
#endif

void up(const quint32 *row, const quint32 *above, int width, bool alpha, uchar *out)
{
#ifdef ALLIANCESCOPE_PNG_FILTER_SSSE3
    if (hasSsse3()) {
        upSsse3(row, above, width, alpha, out);
        return;
    }
#endif
    upPortable(row, above, width, alpha, out);
}

} // namespace AllianceScope::PngRowFilter
