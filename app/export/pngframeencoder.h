// PngFrameEncoder: the PNG encoder of frame series, with the settings that suit figures. Qt's
// PNG writer (libpng with its defaults) tries every row filter on every row and deflates with
// zlib at level 6, which spent about half of a frame's CPU at 10,000 events. Here every row is
// filtered "Up" (a figure is mostly flat colour and horizontal runs; pngrowfilter.h, with SSSE3
// where the processor has it) and deflated by ISA-L's igzip at level 1, several times faster
// than zlib for files of about the same size; libpng writes the file's other chunks. Lossless.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace AllianceScope {

class PngFrameEncoder
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::PngFrameEncoder)

public:
    /// Whether encode() takes @p image as it is: Format_RGB32 (written as 8-bit RGB) or
    /// Format_ARGB32_Premultiplied / Format_ARGB32 (written as 8-bit RGBA, straight alpha).
    static bool supports(const QImage &image);
    /// @p image as a PNG file into @p out (replaced), with its resolution (pHYs) when set.
    /// Returns an error message, or "" when encoded. Thread-safe: each thread keeps its own
    /// compressor and buffers.
    static QString encode(const QImage &image, QByteArray *out);
};

} // namespace AllianceScope
