// FontCheck: one warning when no font can draw the labels (see fontcheck.h).
#include "fontcheck.h"

#include "palette.h"

#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <atomic>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

// One character drawn in the labels' font, black on white.
QImage glyphImage(QChar c)
{
    QImage image(32, 32, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(Palette::font(20));
    painter.setPen(Qt::black);
    painter.drawText(image.rect(), Qt::AlignCenter, QString(c));
    return image;
}

} // namespace

bool FontCheck::hasUsableFont()
{
    // Without a font Qt still lists fontconfig's aliases ("Sans Serif"…) and draws every
    // character as the same empty box (QRawFont even crashes then); real glyphs differ.
    if (QFontDatabase::families().isEmpty())
        return false;
    return glyphImage(u'A') != glyphImage(u'B') && glyphImage(u'o') != glyphImage(u'x');
}

QString FontCheck::warningText()
{
    return tr("warning: no usable font was found (fontconfig lists no font that draws Latin letters), so "
              "labels and text will be drawn as empty boxes; install a font, e.g. `apt-get install "
              "fonts-noto-cjk fonts-dejavu-core`, or check FONTCONFIG_FILE and QT_QPA_FONTDIR");
}

bool FontCheck::warnOnce(QTextStream &err)
{
    static std::atomic<int> state{0}; // 0 unknown, 1 fine, 2 warned
    if (state.load() == 0) {
        if (hasUsableFont()) {
            state = 1;
        } else {
            state = 2;
            err << warningText() << Qt::endl;
        }
    }
    return state.load() == 2;
}

} // namespace AllianceScope
