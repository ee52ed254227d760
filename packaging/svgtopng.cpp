// alliancescope_svgtopng: renders the application's SVG icon to square PNGs at build time
// (packaging/CMakeLists.txt), so that no binary icon is kept in the repository.
//   alliancescope_svgtopng ICON.svg OUTDIR SIZE...   writes OUTDIR/SIZExSIZE/apps/alliancescope.png
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Rendering needs no display: draw offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        err << "usage: alliancescope_svgtopng ICON.svg OUTDIR SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(args[1]);
    if (!renderer.isValid()) {
        err << args[1] << ": error: not a valid SVG file\n";
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args[i].toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            err << "alliancescope_svgtopng: error: bad size '" << args[i] << "'\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args[2]).arg(size);
        const QString out = dir + QStringLiteral("/alliancescope.png");
        if (!QDir().mkpath(dir) || !image.save(out, "PNG")) {
            err << out << ": error: cannot write the icon\n";
            return 1;
        }
    }
    return 0;
}
