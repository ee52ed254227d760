// GifEncoder: writes an animated GIF (GIF89a, looping) from QImages with giflib.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSaveFile>
#include <QString>

#include <memory>

struct GifFileType;

namespace AllianceScope {

/**
 * An animated GIF written frame by frame through giflib (EGifOpen with a QSaveFile as its
 * output, so a failed or abandoned encoding never leaves a half-written file).
 *
 * Colour quantisation: one fixed global palette for every frame — the 6×7×6 RGB cube
 * (6 levels of red and blue, 7 of green: 252 colours that include pure white and black) —
 * with Floyd–Steinberg error diffusion. A fixed palette keeps colours steady from frame to
 * frame (no flicker between per-frame palettes) and costs one pass per frame; pixels that are
 * already cube colours (the white background, black text) map exactly and spread no error.
 * Index 252 is the transparent colour: pixels with alpha < 128 map to it when the encoder
 * is made with transparency. The file carries a NETSCAPE2.0 extension that loops forever.
 */
class GifEncoder
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::GifEncoder)

public:
    GifEncoder();
    ~GifEncoder(); ///< abandons an unfinished file (nothing is written at the path)
    GifEncoder(const GifEncoder &) = delete;
    GifEncoder &operator=(const GifEncoder &) = delete;

    /// Starts @p path, @p size pixels, every frame shown @p delayMs (rounded to 10 ms).
    bool open(const QString &path, const QSize &size, int delayMs, bool transparent = false);
    /// Adds one frame; it is scaled to the GIF's size if it differs.
    bool addFrame(const QImage &frame);
    /// Finishes the file and renames it into place.
    bool finish();
    QString errorString() const { return m_error; }

    /// The palette index of each pixel of @p image (size × size bytes), dithered. Public for tests.
    static QByteArray quantize(const QImage &image, bool transparent);
    static constexpr int kTransparentIndex = 252;

private:
    bool fail(const QString &what, int gifError);
    void close();

    std::unique_ptr<QSaveFile> m_file;
    GifFileType *m_gif = nullptr;
    QSize m_size;
    int m_delayCs = 100;
    bool m_transparent = false;
    QString m_error;
};

} // namespace AllianceScope
