// PngFrameEncoder: frames as PNG (see pngframeencoder.h). The rows are filtered "Up" here
// (pngrowfilter.cpp: QImage's 32-bit pixels to PNG's RGB or RGBA bytes and the filter in one
// pass), a strip of rows at a time, and each strip goes to ISA-L's igzip (level 1, zlib
// wrapper: the IDAT data is a zlib stream). libpng writes the signature, IHDR and pHYs; the
// compressed data goes out through png_write_chunk as IDAT chunks, then IEND. png_write_end is
// not called: it would refuse a file whose IDATs libpng did not write itself.
#include "pngframeencoder.h"

#include "pngrowfilter.h"

#include <isa-l/igzip_lib.h>
#include <png.h>

#include <algorithm>
#include <csetjmp>
#include <vector>

namespace AllianceScope {

namespace {

// A frame encoder's state, one per thread (frames are encoded on several workers at once),
// kept from frame to frame so that its buffers are allocated once.
struct Deflater
{
    isal_zstream stream;
    std::vector<uint8_t> levelBuffer = std::vector<uint8_t>(ISAL_DEF_LVL1_DEFAULT);
    std::vector<uint8_t> filtered; // a strip of filtered rows
    std::vector<uint8_t> compressed; // its size is its capacity: resizing would clear it again
};

constexpr qsizetype kStripBytes = 256 * 1024; // filtered rows per deflate call: stay in the cache
constexpr size_t kMaxChunk = 1 << 20;         // IDAT chunk size

void appendData(png_structp png, png_bytep data, png_size_t length)
{
    auto *out = static_cast<QByteArray *>(png_get_io_ptr(png));
    out->append(reinterpret_cast<const char *>(data), qsizetype(length));
}

void noFlush(png_structp)
{
}

// libpng's errors end the encoding through the longjmp to writeContainer()'s setjmp; the
// message is kept for the caller.
void onError(png_structp png, png_const_charp message)
{
    auto *error = static_cast<QString *>(png_get_error_ptr(png));
    *error = QString::fromUtf8(message);
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp)
{
}

// The image's rows, filtered and deflated into the first *length bytes of deflater.compressed.
// Returns an ISA-L error code, or COMP_OK.
int deflateRows(const QImage &image, bool alpha, Deflater &deflater, size_t *length)
{
    const int width = image.width();
    const int height = image.height();
    const qsizetype rowBytes = 1 + qsizetype(width) * (alpha ? 4 : 3);
    const qsizetype stripRows = std::max<qsizetype>(1, kStripBytes / rowBytes);
    deflater.filtered.resize(size_t(std::min<qsizetype>(stripRows, height) * rowBytes));
    // Room for all of it even if it did not compress, so that one call usually does.
    const qsizetype raw = rowBytes * height;
    const size_t room = size_t(raw + raw / 8 + (1 << 20));
    if (deflater.compressed.size() < room)
        deflater.compressed.resize(room);

    isal_zstream &s = deflater.stream;
    isal_deflate_init(&s);
    s.level = 1;
    s.level_buf = deflater.levelBuffer.data();
    s.level_buf_size = uint32_t(deflater.levelBuffer.size());
    s.gzip_flag = IGZIP_ZLIB; // zlib header and Adler-32, as PNG has it
    s.flush = NO_FLUSH;
    size_t written = 0;
    for (int y0 = 0; y0 < height; y0 += int(stripRows)) {
        const int y1 = int(std::min<qsizetype>(height, y0 + stripRows));
        uint8_t *p = deflater.filtered.data();
        for (int y = y0; y < y1; ++y, p += rowBytes) {
            p[0] = 2; // PNG filter type "Up"
            PngRowFilter::up(reinterpret_cast<const quint32 *>(image.constScanLine(y)),
                             y > 0 ? reinterpret_cast<const quint32 *>(image.constScanLine(y - 1)) : nullptr,
                             width, alpha, p + 1);
        }
        s.next_in = deflater.filtered.data();
        s.avail_in = uint32_t(p - deflater.filtered.data());
        s.end_of_stream = y1 == height;
        for (;;) {
            if (written == deflater.compressed.size())
                deflater.compressed.resize(deflater.compressed.size() * 2);
            s.next_out = deflater.compressed.data() + written;
            s.avail_out = uint32_t(std::min<size_t>(deflater.compressed.size() - written, 1u << 30));
            const uint32_t before = s.avail_out;
            if (const int result = isal_deflate(&s); result != COMP_OK)
                return result;
            written += before - s.avail_out;
            // Done with the strip when all of it went in (and, for the last, the stream ended).
            if (s.avail_in == 0 && (!s.end_of_stream || s.internal_state.state == ZSTATE_END))
                break;
        }
    }
    *length = written;
    return COMP_OK;
}

// The PNG file around the compressed rows: signature, IHDR, pHYs, IDAT chunks, IEND.
QString writeContainer(const QImage &image, bool alpha, const uint8_t *data, size_t length, QByteArray *out)
{
    QString error;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &error, onError, onWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return PngFrameEncoder::tr("the PNG encoder could not start");
    }
    // Everything with a destructor lives above: a libpng error jumps back here.
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        out->clear();
        return PngFrameEncoder::tr("the image could not be encoded: %1").arg(error);
    }
    png_set_write_fn(png, out, appendData, noFlush);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()), png_uint_32(image.dotsPerMeterY()),
                     PNG_RESOLUTION_METER);
    png_write_info(png, info);
    for (size_t at = 0; at < length; at += kMaxChunk)
        png_write_chunk(png, reinterpret_cast<png_const_bytep>("IDAT"), data + at, std::min(kMaxChunk, length - at));
    png_write_chunk(png, reinterpret_cast<png_const_bytep>("IEND"), nullptr, 0);
    png_destroy_write_struct(&png, &info);
    return {};
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
    thread_local Deflater deflater;
    size_t length = 0;
    if (const int result = deflateRows(image, alpha, deflater, &length); result != COMP_OK)
        return tr("the image could not be encoded: %1").arg(QStringLiteral("ISA-L error %1").arg(result));
    out->clear();
    out->reserve(qsizetype(length) + 1024);
    return writeContainer(image, alpha, deflater.compressed.data(), length, out);
}

} // namespace AllianceScope
