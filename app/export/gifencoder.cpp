// GifEncoder: fixed 6×7×6 palette, Floyd–Steinberg dithering, giflib output into a QSaveFile.
#include "gifencoder.h"

#include <gif_lib.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

constexpr int kR = 6, kG = 7, kB = 6;

int levelIndex(int v, int levels) // nearest level of 0..255 in `levels` steps
{
    return (v * (levels - 1) + 127) / 255;
}

int levelValue(int i, int levels)
{
    return (i * 255 + (levels - 1) / 2) / (levels - 1);
}

// The system's reason for the last failed write (giflib's callback cannot return it).
thread_local int t_writeErrno = 0;

/// The reason @p file failed, in the system's words where Qt has none ("Unknown error").
QString reasonOf(const QFileDevice &file)
{
    const QString qt = file.errorString();
    if (file.error() != QFileDevice::NoError && qt != QLatin1String("Unknown error"))
        return qt;
    return t_writeErrno != 0 ? QString::fromLocal8Bit(std::strerror(t_writeErrno)) : qt;
}

int writeToDevice(GifFileType *gif, const GifByteType *data, int length)
{
    // Straight to the file descriptor of the QSaveFile's temporary file, so that a failure keeps
    // the system's reason (Qt reports "Unknown error" for it); short writes are retried.
    auto *file = static_cast<QFileDevice *>(gif->UserData);
    const int fd = file->handle();
    int done = 0;
    while (done < length) {
        const ssize_t n = ::write(fd, data + done, std::size_t(length - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            t_writeErrno = n < 0 ? errno : ENOSPC;
            return done;
        }
        done += int(n);
    }
    return done;
}

} // namespace

GifEncoder::GifEncoder() = default;

GifEncoder::~GifEncoder()
{
    close();
    if (m_file)
        m_file->cancelWriting();
}

void GifEncoder::close()
{
    if (m_gif) {
        int err = 0;
        EGifCloseFile(m_gif, &err);
        m_gif = nullptr;
    }
}

bool GifEncoder::fail(const QString &what, int gifError)
{
    m_error = what;
    if (gifError != 0) {
        if (const char *msg = GifErrorString(gifError))
            m_error += u": "_s + QString::fromUtf8(msg);
    }
    if (m_file && (m_file->error() != QFileDevice::NoError || t_writeErrno != 0))
        m_error = tr("Cannot write %1: %2").arg(m_file->fileName(), reasonOf(*m_file));
    close();
    if (m_file)
        m_file->cancelWriting();
    return false;
}

bool GifEncoder::open(const QString &path, const QSize &size, int delayMs, bool transparent)
{
    close();
    m_size = size;
    m_delayCs = std::clamp((delayMs + 5) / 10, 1, 65535);
    m_transparent = transparent;
    m_error.clear();
    t_writeErrno = 0;
    if (size.isEmpty() || size.width() > 65535 || size.height() > 65535)
        return fail(tr("Invalid GIF size %1×%2").arg(size.width()).arg(size.height()), 0);

    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    int err = 0;
    m_gif = EGifOpen(m_file.get(), writeToDevice, &err);
    if (!m_gif)
        return fail(tr("Cannot start the GIF"), err);
    EGifSetGifVersion(m_gif, true);

    std::array<GifColorType, 256> colours{};
    for (int r = 0; r < kR; ++r) {
        for (int g = 0; g < kG; ++g) {
            for (int b = 0; b < kB; ++b) {
                GifColorType &c = colours[size_t((r * kG + g) * kB + b)];
                c.Red = GifByteType(levelValue(r, kR));
                c.Green = GifByteType(levelValue(g, kG));
                c.Blue = GifByteType(levelValue(b, kB));
            }
        }
    }
    colours[kTransparentIndex] = GifColorType{255, 255, 255};
    ColorMapObject *map = GifMakeMapObject(256, colours.data());
    const int rc = EGifPutScreenDesc(m_gif, size.width(), size.height(), 8, 0, map);
    GifFreeMapObject(map);
    if (rc == GIF_ERROR)
        return fail(tr("Cannot write the GIF header"), m_gif ? m_gif->Error : 0);

    // NETSCAPE2.0 application extension: loop forever (count 0).
    static const char app[] = "NETSCAPE2.0";
    const GifByteType loop[3] = {1, 0, 0};
    if (EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR
        || EGifPutExtensionBlock(m_gif, 11, app) == GIF_ERROR
        || EGifPutExtensionBlock(m_gif, 3, loop) == GIF_ERROR
        || EGifPutExtensionTrailer(m_gif) == GIF_ERROR)
        return fail(tr("Cannot write the GIF loop extension"), m_gif->Error);
    return true;
}

QByteArray GifEncoder::quantize(const QImage &image, bool transparent)
{
    const QImage img = image.convertToFormat(QImage::Format_ARGB32);
    const int w = img.width(), h = img.height();
    QByteArray out(qsizetype(w) * h, '\0');
    // Error rows for the current and the next line, 3 channels, with one pixel of padding.
    std::vector<int> cur(size_t(w + 2) * 3, 0), next(size_t(w + 2) * 3, 0);
    for (int y = 0; y < h; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        std::fill(next.begin(), next.end(), 0);
        char *dst = out.data() + qsizetype(y) * w;
        for (int x = 0; x < w; ++x) {
            const QRgb px = line[x];
            if (transparent && qAlpha(px) < 128) {
                dst[x] = char(kTransparentIndex);
                continue;
            }
            const size_t e = size_t(x + 1) * 3;
            // Errors are kept in 1/16ths.
            const int r = std::clamp(qRed(px) + cur[e] / 16, 0, 255);
            const int g = std::clamp(qGreen(px) + cur[e + 1] / 16, 0, 255);
            const int b = std::clamp(qBlue(px) + cur[e + 2] / 16, 0, 255);
            const int ri = levelIndex(r, kR), gi = levelIndex(g, kG), bi = levelIndex(b, kB);
            dst[x] = char((ri * kG + gi) * kB + bi);
            const int er = r - levelValue(ri, kR), eg = g - levelValue(gi, kG), eb = b - levelValue(bi, kB);
            if (er == 0 && eg == 0 && eb == 0)
                continue;
            const int errs[3] = {er, eg, eb};
            for (int c = 0; c < 3; ++c) {
                cur[e + 3 + c] += errs[c] * 7;
                next[e - 3 + c] += errs[c] * 3;
                next[e + c] += errs[c] * 5;
                next[e + 3 + c] += errs[c] * 1;
            }
        }
        std::swap(cur, next);
    }
    return out;
}

bool GifEncoder::addFrame(const QImage &frame)
{
    if (!m_gif)
        return false;
    const QImage img = frame.size() == m_size
                           ? frame
                           : frame.scaled(m_size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QByteArray pixels = quantize(img, m_transparent);

    GraphicsControlBlock gcb{};
    gcb.DisposalMode = m_transparent ? DISPOSE_BACKGROUND : DISPOSE_DO_NOT;
    gcb.UserInputFlag = false;
    gcb.DelayTime = m_delayCs;
    gcb.TransparentColor = m_transparent ? kTransparentIndex : NO_TRANSPARENT_COLOR;
    GifByteType ext[4];
    const size_t len = EGifGCBToExtension(&gcb, ext);
    if (EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, int(len), ext) == GIF_ERROR)
        return fail(tr("Cannot write a GIF frame"), m_gif->Error);
    if (EGifPutImageDesc(m_gif, 0, 0, m_size.width(), m_size.height(), false, nullptr) == GIF_ERROR)
        return fail(tr("Cannot write a GIF frame"), m_gif->Error);
    for (int y = 0; y < m_size.height(); ++y) {
        auto *row = reinterpret_cast<GifPixelType *>(pixels.data() + qsizetype(y) * m_size.width());
        if (EGifPutLine(m_gif, row, m_size.width()) == GIF_ERROR)
            return fail(tr("Cannot write a GIF frame"), m_gif->Error);
    }
    return true;
}

bool GifEncoder::finish()
{
    if (!m_gif || !m_file)
        return false;
    int err = 0;
    const int rc = EGifCloseFile(m_gif, &err);
    m_gif = nullptr;
    if (rc == GIF_ERROR)
        return fail(tr("Cannot finish the GIF"), err);
    // Flush before commit(): QSaveFile ignores a failed flush inside commit() and would keep a
    // truncated GIF.
    errno = 0;
    if (!m_file->flush()) {
        if (errno != 0)
            t_writeErrno = errno;
        m_error = tr("Cannot write %1: %2").arg(m_file->fileName(), reasonOf(*m_file));
        m_file->cancelWriting();
        m_file.reset();
        return false;
    }
    errno = 0;
    if (!m_file->commit()) {
        if (errno != 0)
            t_writeErrno = errno;
        m_error = tr("Cannot write %1: %2").arg(m_file->fileName(), reasonOf(*m_file));
        m_file.reset();
        return false;
    }
    m_file.reset();
    return true;
}

} // namespace AllianceScope
