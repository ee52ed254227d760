// PngFrameEncoder: PNG signature, IHDR, pHYs, IDAT (rows filtered "Up", deflated with Z_RLE)
// and IEND, written with zlib's crc32 and deflate (see pngframeencoder.h).
#include "pngframeencoder.h"

#include <QtEndian>

#include <zlib.h>

#include <cstring>
#include <vector>

namespace AllianceScope {

namespace {

void appendU32(QByteArray *out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out->append(b, 4);
}

void appendChunk(QByteArray *out, const char type[4], const QByteArray &data)
{
    appendU32(out, quint32(data.size()));
    const qsizetype start = out->size();
    out->append(type, 4);
    out->append(data);
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(out->constData() + start),
                            uInt(out->size() - start));
    appendU32(out, quint32(crc));
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
    const int w = image.width(), h = image.height();
    const int channels = alpha ? 4 : 3;
    const qsizetype rowBytes = qsizetype(w) * channels;

    out->clear();
    out->append("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr;
    appendU32(&ihdr, quint32(w));
    appendU32(&ihdr, quint32(h));
    ihdr.append(char(8));                 // bit depth
    ihdr.append(char(alpha ? 6 : 2));     // colour type: RGBA or RGB
    ihdr.append(char(0));                 // deflate
    ihdr.append(char(0));                 // adaptive filtering (per-row filter bytes)
    ihdr.append(char(0));                 // no interlace
    appendChunk(out, "IHDR", ihdr);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        QByteArray phys;
        appendU32(&phys, quint32(image.dotsPerMeterX()));
        appendU32(&phys, quint32(image.dotsPerMeterY()));
        phys.append(char(1)); // metres
        appendChunk(out, "pHYs", phys);
    }

    z_stream z;
    std::memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 1, Z_DEFLATED, 15, 8, Z_RLE) != Z_OK)
        return tr("the compressor could not start");
    const auto rowSize = static_cast<size_t>(rowBytes);
    std::vector<unsigned char> previous(rowSize, 0);
    std::vector<unsigned char> current(rowSize);
    std::vector<unsigned char> filtered(rowSize + 1);
    QByteArray idat;
    idat.reserve(qsizetype(deflateBound(&z, uLong((rowBytes + 1) * h))) / 4);
    unsigned char buffer[1 << 16];
    const auto drain = [&](int flush) {
        do {
            z.next_out = buffer;
            z.avail_out = sizeof buffer;
            const int rc = deflate(&z, flush);
            if (rc == Z_STREAM_ERROR)
                return false;
            idat.append(reinterpret_cast<const char *>(buffer), qsizetype(sizeof buffer - z.avail_out));
        } while (z.avail_out == 0);
        return true;
    };
    bool ok = true;
    for (int y = 0; y < h && ok; ++y) {
        const QRgb *px = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        unsigned char *c = current.data();
        for (int x = 0; x < w; ++x) {
            const QRgb p = px[x];
            *c++ = uchar(qRed(p));
            *c++ = uchar(qGreen(p));
            *c++ = uchar(qBlue(p));
            if (alpha)
                *c++ = uchar(qAlpha(p));
        }
        filtered[0] = 2; // Up
        for (size_t i = 0; i < rowSize; ++i)
            filtered[i + 1] = uchar(current[i] - previous[i]);
        z.next_in = filtered.data();
        z.avail_in = uInt(rowBytes + 1);
        ok = drain(Z_NO_FLUSH);
        previous.swap(current);
    }
    ok = ok && drain(Z_FINISH);
    deflateEnd(&z);
    if (!ok)
        return tr("the image could not be compressed");
    appendChunk(out, "IDAT", idat);
    appendChunk(out, "IEND", QByteArray());
    return {};
}

} // namespace AllianceScope
