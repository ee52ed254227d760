// PngFrameEncoder: PNG signature, IHDR, pHYs, IDAT (rows filtered "Up", deflated raw with Z_RLE
// in a zlib wrapper and checksum written here) and IEND, with zlib's crc32 (see pngframeencoder.h).
#include "pngframeencoder.h"

#include <QtEndian>

#include <zlib.h>

#include <algorithm>
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

// The Adler-32 checksum of the zlib stream, updated over @p n bytes at @p p: a run of zero bytes
// leaves the first sum alone and adds it to the second once per byte, so runs of whole zero words
// cost one step; the rest goes to zlib's adler32.
quint32 adler32Of(quint32 adler, const unsigned char *p, size_t n)
{
    constexpr quint64 kBase = 65521;
    const auto word = [p](size_t i) {
        quint64 v;
        std::memcpy(&v, p + i, sizeof v);
        return v;
    };
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n && word(i) == 0) {
            const size_t start = i;
            while (i + 8 <= n && word(i) == 0)
                i += 8;
            const quint64 a = adler & 0xffff, b = adler >> 16;
            adler = quint32((((b + a * ((i - start) % kBase)) % kBase) << 16) | a);
            continue;
        }
        const size_t start = i;
        i += 8;
        while (i + 8 <= n && word(i) != 0)
            i += 8;
        i = std::min(i, n);
        adler = quint32(adler32(adler, p + start, uInt(i - start)));
    }
    return adler;
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

    // A raw deflate stream in a zlib wrapper written here: the checksum skips the runs of zero
    // bytes that most rows are after filtering (see adler32Of).
    z_stream z;
    std::memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 1, Z_DEFLATED, -15, 8, Z_RLE) != Z_OK)
        return tr("the compressor could not start");
    const auto rowSize = static_cast<size_t>(rowBytes);
    std::vector<unsigned char> filtered(rowSize + 1);
    QByteArray idat;
    // Room for the worst case; only what is written is touched.
    idat.resize(qsizetype(deflateBound(&z, uLong((rowBytes + 1) * h))) + 6);
    idat[0] = char(0x78); // deflate, 32 KiB window
    idat[1] = char(0x01); // fastest; header check bits
    z.next_out = reinterpret_cast<Bytef *>(idat.data() + 2);
    z.avail_out = uInt(idat.size() - 6);
    quint32 adler = 1;
    bool ok = true;
    for (int y = 0; y < h && ok; ++y) {
        // "Up": each byte minus the byte above it, taken straight from the image's two rows
        // (the channels subtracted within the 32-bit pixel, without borrows between them).
        const QRgb *px = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        const QRgb *up = y > 0 ? reinterpret_cast<const QRgb *>(image.constScanLine(y - 1)) : nullptr;
        unsigned char *f = filtered.data();
        *f++ = 2; // Up
        for (int x = 0; x < w; ++x) {
            const quint32 p = px[x];
            const quint32 q = up ? up[x] : 0u;
            const quint32 d = ((p | 0x80808080u) - (q & 0x7f7f7f7fu)) ^ ((p ^ ~q) & 0x80808080u);
            *f++ = uchar(d >> 16); // red
            *f++ = uchar(d >> 8);  // green
            *f++ = uchar(d);       // blue
            if (alpha)
                *f++ = uchar(d >> 24);
        }
        adler = adler32Of(adler, filtered.data(), rowSize + 1);
        z.next_in = filtered.data();
        z.avail_in = uInt(rowBytes + 1);
        ok = deflate(&z, Z_NO_FLUSH) == Z_OK && z.avail_in == 0;
    }
    ok = ok && deflate(&z, Z_FINISH) == Z_STREAM_END;
    const qsizetype written = 2 + qsizetype(z.total_out);
    deflateEnd(&z);
    if (!ok)
        return tr("the image could not be compressed");
    idat.resize(written);
    appendU32(&idat, adler);
    appendChunk(out, "IDAT", idat);
    appendChunk(out, "IEND", QByteArray());
    return {};
}

} // namespace AllianceScope
