// PngFrameEncoder: frames as PNG through libpng, with the settings that suit figures (see
// pngframeencoder.h): every row filtered "Up", deflated at level 1 with zlib's run-length
// strategy. The image's rows go to libpng as they are in memory (libpng swaps BGR and drops the
// padding byte), so nothing is converted pixel by pixel here.
#include "pngframeencoder.h"

#include <png.h>
#include <zlib.h> // Z_RLE

#include <csetjmp>

namespace AllianceScope {

namespace {

void appendData(png_structp png, png_bytep data, png_size_t length)
{
    auto *out = static_cast<QByteArray *>(png_get_io_ptr(png));
    out->append(reinterpret_cast<const char *>(data), qsizetype(length));
}

void noFlush(png_structp)
{
}

// libpng's errors end the encoding through the longjmp to encode()'s setjmp; the message is
// kept for the caller.
void onError(png_structp png, png_const_charp message)
{
    auto *error = static_cast<QString *>(png_get_error_ptr(png));
    *error = QString::fromUtf8(message);
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp)
{
}

} // namespace

bool PngFrameEncoder::supports(const QImage &image)
{
    return !image.isNull()
        && (image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32_Premultiplied
            || image.format() == QImage::Format_ARGB32);
}

QString PngFrameEncoder::encode(const QImage &source, QByteArray *out)
{
    if (!supports(source))
        return tr("unsupported image format");
    const bool alpha = source.format() != QImage::Format_RGB32;
    // Straight alpha, as PNG stores it.
    const QImage image = source.format() == QImage::Format_ARGB32_Premultiplied
        ? source.convertToFormat(QImage::Format_ARGB32)
        : source;
    out->clear();
    out->reserve(qsizetype(image.width()) * image.height() / 4); // a frame compresses about 4:1 or better
    QString error;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &error, onError, onWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return tr("the PNG encoder could not start");
    }
    // Everything with a destructor lives above: a libpng error jumps back here.
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        out->clear();
        return tr("the image could not be encoded: %1").arg(error);
    }
    png_set_write_fn(png, out, appendData, noFlush);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()), png_uint_32(image.dotsPerMeterY()),
                     PNG_RESOLUTION_METER);
    // A figure is mostly flat colour and horizontal runs: "Up" on every row and run-length
    // deflate give files of about the size of libpng's defaults (every filter tried on every
    // row, level 6) several times faster.
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    png_set_compression_level(png, 1);
    png_set_compression_strategy(png, Z_RLE);
    png_set_compression_buffer_size(png, 1 << 20); // fewer, larger IDAT chunks and deflate calls
    png_write_info(png, info);
    // A QRgb is 0xAARRGGBB in a 32-bit word: B, G, R, A in memory on a little-endian machine.
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    png_set_bgr(png);
    if (!alpha)
        png_set_filler(png, 0, PNG_FILLER_AFTER);
#else
    if (alpha)
        png_set_swap_alpha(png);
    else
        png_set_filler(png, 0, PNG_FILLER_BEFORE);
#endif
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, image.constScanLine(y));
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return {};
}

} // namespace AllianceScope
