// Tests of figure export: SVG (well-formed, <text> in both languages), PNG (size and DPI), PDF,
// frame series, sheets, GIF (decoded back with giflib), atomic writes and the CLI exit codes.
#include "chartcursor.h"
#include "chronology/chronologyreader.h"
#include "export/exportdialog.h"
#include "export/exportprogressdialog.h"
#include "export/figureexporter.h"
#include "export/gifencoder.h"
#include "testsupport.h"
#include "weights/weightmodel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QXmlStreamReader>

#include <gif_lib.h>

#include <cmath>
#include <cstring>
#include <memory>

using namespace AllianceScope::TestSupport;
using namespace Qt::StringLiterals;
using namespace AllianceScope;

namespace {

// Figures of many frames take a while under the sanitizers.
Run runApp(const QStringList &args)
{
    RunOptions options;
    options.timeoutMs = 300000;
    return run(args, options);
}

// The text of every <text> element of an SVG; sets *error when it is not well-formed.
QStringList svgTexts(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QXmlStreamReader r(&f);
    QStringList texts;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"text"_s)
            texts.append(r.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    if (r.hasError())
        *error = r.errorString();
    return texts;
}

int gifFrames(const QString &path, QSize *size, bool *loops)
{
    int err = 0;
    GifFileType *gif = DGifOpenFileName(path.toUtf8().constData(), &err);
    if (!gif)
        return -1;
    if (DGifSlurp(gif) != GIF_OK) {
        DGifCloseFile(gif, &err);
        return -2;
    }
    *size = QSize(gif->SWidth, gif->SHeight);
    *loops = false;
    // Extensions before the first image are saved with it; trailing ones with the file.
    auto scan = [&](const ExtensionBlock *blocks, int count) {
        for (int i = 0; i < count; ++i) {
            const ExtensionBlock &b = blocks[i];
            if (b.Function == APPLICATION_EXT_FUNC_CODE && b.ByteCount == 11
                && std::memcmp(b.Bytes, "NETSCAPE2.0", 11) == 0)
                *loops = true;
        }
    };
    scan(gif->ExtensionBlocks, gif->ExtensionBlockCount);
    if (gif->ImageCount > 0)
        scan(gif->SavedImages[0].ExtensionBlocks, gif->SavedImages[0].ExtensionBlockCount);
    const int n = gif->ImageCount;
    DGifCloseFile(gif, &err);
    return n;
}

// Every entry of @p dir, hidden ones too (leftover temporary files or directories).
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestFigureExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void formats();
    void svgHasTextInBothLanguages_data();
    void svgHasTextInBothLanguages();
    void pngSizeAndDpi_data();
    void pngSizeAndDpi();
    void transparentBackground();
    void pdfIsPdf();
    void framesOnePerEvent();
    void framesCancelLeavesNothing();
    void sheet();
    void gifDecodes();
    void gifQuantizeExactColours();
    void unwritableLeavesNothing();

    void dialogRemembersSettings();
    void progressDialogCancels();

    void cliExport();
    void cliExitCodes_data();
    void cliExitCodes();
    void cliUnwritable();
    void cliFramesAndGif();
    void chartFollowsEachFrame();
    void cliChartFollowsEachFrame();
    void zhFiguresAreChineseThroughout();

private:
    std::unique_ptr<WeightModel> m_model;
    std::unique_ptr<FigureExporter> m_exporter;
    QTemporaryDir m_dir;
};

void TestFigureExport::initTestCase()
{
    auto result = ChronologyReader::readFile(bundled());
    QVERIFY(result.ok());
    m_model = std::make_unique<WeightModel>(std::move(*result.chronology));
    m_exporter = FigureExporter::create(*m_model);
    QVERIFY(m_dir.isValid());
}

void TestFigureExport::formats()
{
    QCOMPARE(figureFormatForPath(u"a/b.SVG"_s), FigureFormat::Svg);
    QCOMPARE(figureFormatForPath(u"b.png"_s), FigureFormat::Png);
    QCOMPARE(figureFormatForPath(u"b.pdf"_s), FigureFormat::Pdf);
    QVERIFY(!figureFormatForPath(u"b.bmp"_s));
    QVERIFY(!figureFormatForPath(u"b"_s));
    Event e;
    e.id = u"2016-gsomia"_s;
    e.date = QDate(2016, 11, 23);
    QCOMPARE(FigureExporter::frameFileName(6, 80, e, FigureFormat::Svg), u"007_2016-11-23_2016-gsomia.svg"_s);
    QCOMPARE(FigureExporter::frameFileName(6, 1200, e, FigureFormat::Png), u"0007_2016-11-23_2016-gsomia.png"_s);
    FigureOptions o;
    o.dpi = 300;
    QCOMPARE(o.pixelWidth(), 1950);
}

void TestFigureExport::svgHasTextInBothLanguages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected"); // any of these
    QTest::newRow("zh") << u"zh"_s << QStringList{u"日本"_s, u"韩国"_s};
    QTest::newRow("en") << u"en"_s << QStringList{u"Japan"_s};
}

void TestFigureExport::svgHasTextInBothLanguages()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    const QString path = m_dir.filePath(u"fig-"_s + lang + u".svg"_s);
    FigureOptions o;
    o.language = *languageFromCode(lang);
    o.caption = true;
    QCOMPARE(m_exporter->exportFigure(path, QDate(2023, 8, 18), o), FigureExporter::Status::Ok);
    QString error;
    const QStringList texts = svgTexts(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(texts.size() > 10);
    const QString all = texts.join(u'\n');
    QVERIFY2(std::any_of(expected.cbegin(), expected.cend(), [&](const QString &s) { return all.contains(s); }),
             qPrintable(all.left(400)));
    QVERIFY(all.contains(u"2023-08-18"_s)); // the caption
}

void TestFigureExport::pngSizeAndDpi_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("expectedWidth");
    QTest::addColumn<double>("expectedDpi");
    QTest::newRow("default") << 1600 << 0 << 1600 << 1600 / 6.5;
    QTest::newRow("width 800") << 800 << 0 << 800 << 800 / 6.5;
    QTest::newRow("300 dpi") << 1600 << 300 << 1950 << 300.0;
    QTest::newRow("600 dpi") << 1600 << 600 << 3900 << 600.0;
}

void TestFigureExport::pngSizeAndDpi()
{
    QFETCH(int, width);
    QFETCH(int, dpi);
    QFETCH(int, expectedWidth);
    QFETCH(double, expectedDpi);
    const QString path = m_dir.filePath(u"fig.png"_s);
    FigureOptions o;
    o.width = width;
    o.dpi = dpi;
    QCOMPARE(m_exporter->exportFigure(path, QDate(2016, 11, 23), o), FigureExporter::Status::Ok);
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage img = reader.read();
    QCOMPARE(img.width(), expectedWidth);
    QVERIFY(img.height() > expectedWidth / 4);
    QVERIFY(std::abs(img.dotsPerMeterX() * 0.0254 - expectedDpi) < 0.5);
    QVERIFY(std::abs(img.dotsPerMeterY() * 0.0254 - expectedDpi) < 0.5);
    // White background, something drawn.
    QCOMPARE(img.pixelColor(1, 1), QColor(Qt::white));
    QVERIFY(img.convertToFormat(QImage::Format_Grayscale8) != QImage(img.size(), QImage::Format_Grayscale8));
}

void TestFigureExport::transparentBackground()
{
    FigureOptions o;
    o.width = 400;
    o.transparent = true;
    const QImage img = m_exporter->renderImage(QDate(2016, 11, 23), o);
    QCOMPARE(img.width(), 400);
    QCOMPARE(qAlpha(img.pixel(0, 0)), 0);
    o.transparent = false;
    QCOMPARE(qAlpha(m_exporter->renderImage(QDate(2016, 11, 23), o).pixel(0, 0)), 255);
}

void TestFigureExport::pdfIsPdf()
{
    const QString path = m_dir.filePath(u"fig.pdf"_s);
    FigureOptions o;
    o.caption = true;
    o.language = Language::Zh;
    QCOMPARE(m_exporter->exportFigure(path, QDate(2023, 8, 18), o), FigureExporter::Status::Ok);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY(data.startsWith("%PDF-"));
    QVERIFY(data.size() > 2000);
    QVERIFY(data.trimmed().endsWith("%%EOF"));
}

void TestFigureExport::framesOnePerEvent()
{
    const QString dir = m_dir.filePath(u"frames"_s);
    FigureOptions o;
    o.width = 400;
    int calls = 0;
    QCOMPARE(m_exporter->exportFrames(dir, FigureFormat::Svg, o, [&](int, int) { return ++calls > 0; }),
             FigureExporter::Status::Ok);
    const auto &events = m_model->chronology().events();
    const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), events.size());
    QCOMPARE(calls, events.size());
    static const QRegularExpression re(u"^\\d{3}_\\d{4}-\\d{2}-\\d{2}_[a-z0-9_-]+\\.svg$"_s);
    for (int i = 0; i < files.size(); ++i) {
        QVERIFY2(re.match(files[i]).hasMatch(), qPrintable(files[i]));
        QVERIFY(files[i].endsWith(events[i].id + u".svg"_s)); // sorted by name = event order
    }
    QString error;
    svgTexts(QDir(dir).filePath(files.first()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // No temporary directory is left next to it.
    QCOMPARE(entries(m_dir.path()).filter(u".frames"_s).size(), 0);
}

void TestFigureExport::framesCancelLeavesNothing()
{
    QTemporaryDir parent(m_dir.filePath(u"cancel-XXXXXX"_s));
    const QString dir = parent.filePath(u"frames"_s);
    FigureOptions o;
    o.width = 300;
    const auto status = m_exporter->exportFrames(dir, FigureFormat::Png, o, [](int done, int) { return done < 3; });
    QCOMPARE(status, FigureExporter::Status::Cancelled);
    QVERIFY(entries(parent.path()).isEmpty());

    const QString gif = parent.filePath(u"a.gif"_s);
    QCOMPARE(m_exporter->exportGif(gif, 500, o, [](int done, int) { return done < 2; }),
             FigureExporter::Status::Cancelled);
    const QString sheet = parent.filePath(u"s.png"_s);
    QCOMPARE(m_exporter->exportSheet(sheet, {QDate(1960, 1, 19), QDate(2016, 11, 23), QDate(2023, 8, 18)}, o,
                                     [](int done, int) { return done < 2; }),
             FigureExporter::Status::Cancelled);
    QVERIFY2(entries(parent.path()).isEmpty(), qPrintable(entries(parent.path()).join(u' ')));
}

void TestFigureExport::sheet()
{
    const QString path = m_dir.filePath(u"sheet.png"_s);
    FigureOptions o;
    o.width = 1200;
    o.caption = true;
    const QList<QDate> dates = {QDate(1960, 1, 19), QDate(2012, 6, 29), QDate(2016, 11, 23), QDate(2023, 8, 18)};
    int panels = 0;
    QCOMPARE(m_exporter->exportSheet(path, dates, o, [&](int, int) { return ++panels > 0; }),
             FigureExporter::Status::Ok);
    QCOMPARE(panels, dates.size());
    const QImage img(path);
    QCOMPARE(img.width(), 1200);
    QVERIFY(img.height() > 400);
    const QString svg = m_dir.filePath(u"sheet.svg"_s);
    QCOMPARE(m_exporter->exportSheet(svg, dates, o), FigureExporter::Status::Ok);
    QString error;
    const QString texts = svgTexts(svg, &error).join(u'\n');
    QVERIFY(error.isEmpty());
    for (const QDate &d : dates)
        QVERIFY2(texts.contains(d.toString(Qt::ISODate)), qPrintable(d.toString(Qt::ISODate))); // panel captions
}

void TestFigureExport::gifDecodes()
{
    const QString path = m_dir.filePath(u"timeline.gif"_s);
    FigureOptions o;
    o.width = 320;
    o.caption = true;
    QCOMPARE(m_exporter->exportGif(path, 250, o), FigureExporter::Status::Ok);
    QSize size;
    bool loops = false;
    QCOMPARE(gifFrames(path, &size, &loops), int(m_model->chronology().events().size()));
    QCOMPARE(size.width(), 320);
    QVERIFY(loops);
    // Qt's own reader agrees and reads the delay.
    QImageReader reader(path);
    QVERIFY(reader.supportsAnimation() || reader.imageCount() >= 0);
}

void TestFigureExport::gifQuantizeExactColours()
{
    QImage img(4, 1, QImage::Format_ARGB32);
    img.setPixel(0, 0, qRgb(255, 255, 255));
    img.setPixel(1, 0, qRgb(0, 0, 0));
    img.setPixel(2, 0, qRgba(0, 0, 0, 0));
    img.setPixel(3, 0, qRgb(255, 255, 255));
    const QByteArray idx = GifEncoder::quantize(img, true);
    QCOMPARE(idx.size(), 4);
    QCOMPARE(int(uchar(idx[0])), 251); // the cube's white
    QCOMPARE(int(uchar(idx[1])), 0);   // black
    QCOMPARE(int(uchar(idx[2])), GifEncoder::kTransparentIndex);
    QCOMPARE(int(uchar(idx[3])), 251); // no error spread from exact colours
    // A mid grey dithers into a mix of neighbours whose mean is close to it.
    QImage grey(64, 64, QImage::Format_ARGB32);
    grey.fill(qRgb(128, 128, 128));
    const QByteArray g = GifEncoder::quantize(grey, false);
    QSet<int> used;
    for (char c : g)
        used.insert(uchar(c));
    QVERIFY(used.size() >= 2);
}

void TestFigureExport::unwritableLeavesNothing()
{
    QTemporaryFile file(m_dir.filePath(u"plain-XXXXXX"_s));
    QVERIFY(file.open());
    const QString path = file.fileName() + u"/x.png"_s;
    FigureOptions o;
    o.width = 300;
    QCOMPARE(m_exporter->exportFigure(path, QDate(2023, 8, 18), o), FigureExporter::Status::Failed);
    QVERIFY(!m_exporter->errorString().isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(m_exporter->exportGif(file.fileName() + u"/x.gif"_s, 100, o), FigureExporter::Status::Failed);
    QCOMPARE(m_exporter->exportFrames(file.fileName() + u"/frames"_s, FigureFormat::Svg, o),
             FigureExporter::Status::Failed);
}

void TestFigureExport::dialogRemembersSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(u"export"_s);
    const QString path = m_dir.filePath(u"dialog.svg"_s);
    {
        ExportDialog dialog(QDate(2023, 8, 18), false);
        QCOMPARE(dialog.range(), ExportDialog::Range::CurrentDate);
        const FigureOptions o = dialog.options();
        QCOMPARE(o.width, FigureOptions::kDefaultWidth);
        QCOMPARE(o.dpi, 0);
        QCOMPARE(o.content, FigureOptions::Content::Graph); // no chart available
        dialog.setPath(path);
        dialog.accept(); // saves the settings
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(ExportDialog::run(nullptr, *m_exporter, dialog, QDate(2023, 8, 18)));
    }
    QVERIFY(QFile::exists(path)); // the typed .svg chose the format
    ExportDialog again(QDate(2016, 11, 23), false);
    QCOMPARE(again.path(), QDir::toNativeSeparators(path));
    QCOMPARE(again.format(), FigureFormat::Svg);
    QSettings().remove(u"export"_s);
}

void TestFigureExport::progressDialogCancels()
{
    ExportProgressDialog dialog(u"Export"_s);
    const FigureExporter::Progress progress = dialog.callback();
    QVERIFY(progress(1, 10));
    QCOMPARE(dialog.value(), 1);
    QCOMPARE(dialog.maximum(), 10);
    dialog.cancel();
    QVERIFY(!progress(2, 10));
}

void TestFigureExport::cliExport()
{
    const QString path = m_dir.filePath(u"cli.png"_s);
    const Run r = runApp({u"--export"_s, path, u"--date"_s, u"2023-08-18"_s, u"--dpi"_s, u"300"_s,
                       u"--caption"_s, u"--lang"_s, u"zh"_s, bundled()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QImageReader reader(path);
    const QImage img = reader.read();
    QCOMPARE(img.width(), 1950);
    QVERIFY(std::abs(img.dotsPerMeterX() * 0.0254 - 300.0) < 0.5);

    const QString svg = m_dir.filePath(u"cli.svg"_s);
    QCOMPARE(runApp({u"--export"_s, svg, u"--date"_s, u"2019-08-22"_s, u"--layer"_s, u"security"_s,
                  u"--lang"_s, u"zh"_s, bundled()})
                 .code,
             0);
    QString error;
    const QString texts = svgTexts(svg, &error).join(u'\n');
    QVERIFY(error.isEmpty());
    QVERIFY(texts.contains(u"日本"_s) || texts.contains(u"韩国"_s));

    const QString pdf = m_dir.filePath(u"cli.pdf"_s);
    QCOMPARE(runApp({u"--export"_s, pdf, u"--date"_s, u"2023-08-18"_s, u"--transparent"_s, bundled()}).code, 0);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
}

void TestFigureExport::cliExitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    const QString out = m_dir.filePath(u"bad.png"_s);
    const QString d = u"--date"_s, date = u"2023-08-18"_s;
    QTest::newRow("unknown extension") << QStringList{u"--export"_s, m_dir.filePath(u"x.bmp"_s), d, date} << 2;
    QTest::newRow("no extension") << QStringList{u"--export"_s, m_dir.filePath(u"x"_s), d, date} << 2;
    QTest::newRow("no date") << QStringList{u"--export"_s, out} << 2;
    QTest::newRow("bad date") << QStringList{u"--export"_s, out, d, u"2023-02-30"_s} << 2;
    QTest::newRow("bad date text") << QStringList{u"--export"_s, out, d, u"yesterday"_s} << 2;
    QTest::newRow("width small") << QStringList{u"--export"_s, out, d, date, u"--width"_s, u"5"_s} << 2;
    QTest::newRow("width text") << QStringList{u"--export"_s, out, d, date, u"--width"_s, u"wide"_s} << 2;
    QTest::newRow("dpi 601") << QStringList{u"--export"_s, out, d, date, u"--dpi"_s, u"601"_s} << 2;
    QTest::newRow("dpi 0") << QStringList{u"--export"_s, out, d, date, u"--dpi"_s, u"0"_s} << 2;
    QTest::newRow("width and dpi")
        << QStringList{u"--export"_s, out, d, date, u"--width"_s, u"800"_s, u"--dpi"_s, u"300"_s} << 2;
    QTest::newRow("bad lang") << QStringList{u"--export"_s, out, d, date, u"--lang"_s, u"ja"_s} << 2;
    QTest::newRow("bad layer") << QStringList{u"--export"_s, out, d, date, u"--layer"_s, u"x"_s} << 2;
    QTest::newRow("frames format") << QStringList{u"--export-frames"_s, m_dir.filePath(u"f"_s), u"--format"_s, u"json"_s} << 2;
    QTest::newRow("sheet no dates") << QStringList{u"--export-sheet"_s, out} << 2;
    QTest::newRow("sheet bad date") << QStringList{u"--export-sheet"_s, out, u"--dates"_s, u"2020-01-01,2020-13-01"_s} << 2;
    QTest::newRow("sheet every 0") << QStringList{u"--export-sheet"_s, out, u"--every"_s, u"0"_s} << 2;
    QTest::newRow("gif extension") << QStringList{u"--export-gif"_s, m_dir.filePath(u"x.png"_s)} << 2;
    QTest::newRow("gif delay") << QStringList{u"--export-gif"_s, m_dir.filePath(u"x.gif"_s), u"--delay"_s, u"0"_s} << 2;
    QTest::newRow("missing file") << QStringList{u"--export"_s, out, d, date, m_dir.filePath(u"none.json"_s)} << 1;
}

void TestFigureExport::cliExitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run r = runApp(args);
    QCOMPARE(r.code, code);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(u"bad.png"_s)));
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.gif"_s)));
    QVERIFY(!QFile::exists(m_dir.filePath(u"f"_s)));
}

void TestFigureExport::cliUnwritable()
{
    QTemporaryFile file(m_dir.filePath(u"plain-XXXXXX"_s));
    QVERIFY(file.open());
    const QString base = file.fileName();
    const QList<QStringList> cases = {
        {u"--export"_s, base + u"/x.png"_s, u"--date"_s, u"2023-08-18"_s},
        {u"--export"_s, base + u"/x.svg"_s, u"--date"_s, u"2023-08-18"_s},
        {u"--export-sheet"_s, base + u"/x.pdf"_s, u"--every"_s, u"20"_s},
        {u"--export-frames"_s, base + u"/frames"_s, u"--width"_s, u"200"_s},
        {u"--export-gif"_s, base + u"/x.gif"_s, u"--width"_s, u"200"_s},
    };
    for (const QStringList &args : cases) {
        const Run r = runApp(args + QStringList{bundled()});
        QVERIFY2(r.code == 1, qPrintable(args.join(u' ') + u": "_s + QString::number(r.code) + u' ' + r.err));
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(args[1]));
    }
}

void TestFigureExport::cliFramesAndGif()
{
    const int events = int(m_model->chronology().events().size());
    const QString dir = m_dir.filePath(u"cli-frames"_s);
    const Run r = runApp({u"--export-frames"_s, dir, u"--format"_s, u"png"_s, u"--width"_s, u"200"_s, bundled()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), events);
    QVERIFY(r.err.contains(u"frame %1/%1"_s.arg(events)));

    const QString gif = m_dir.filePath(u"cli.gif"_s);
    QCOMPARE(runApp({u"--export-gif"_s, gif, u"--delay"_s, u"200"_s, u"--width"_s, u"240"_s, bundled()}).code, 0);
    QSize size;
    bool loops = false;
    QCOMPARE(gifFrames(gif, &size, &loops), events);
    QCOMPARE(size.width(), 240);

    const QString sheet = m_dir.filePath(u"cli-sheet.svg"_s);
    QCOMPARE(runApp({u"--export-sheet"_s, sheet, u"--every"_s, u"10"_s, u"--width"_s, u"800"_s, bundled()}).code, 0);
    QString error;
    svgTexts(sheet, &error);
    QVERIFY(error.isEmpty());
}

namespace {

// Checks that the chart regions of the first and the last of the frames in @p dir (graph and
// chart, @p width wide, no caption) show the cursor at different dates, the first one left.
void checkCursorsMove(const QString &dir, int width)
{
    const QStringList frames = QDir(dir).entryList({u"*.png"_s}, QDir::Files, QDir::Name);
    QVERIFY(frames.size() > 2);
    const QImage first(QDir(dir).filePath(frames.first()));
    const QImage last(QDir(dir).filePath(frames.last()));
    QCOMPARE(first.width(), width);
    QCOMPARE(first.size(), last.size());
    const int chartH = int(width * 0.45);
    const QRect chart(0, first.height() - chartH + 2, width, chartH - 4);
    QVERIFY(first.copy(chart) != last.copy(chart));
    const QList<int> a = TestSupport::darkVerticalLines(first, chart);
    const QList<int> b = TestSupport::darkVerticalLines(last, chart);
    const QList<int> onlyFirst = TestSupport::columnsOnlyIn(a, b), onlyLast = TestSupport::columnsOnlyIn(b, a);
    QVERIFY2(!onlyFirst.isEmpty() && !onlyLast.isEmpty(), "each frame has a cursor of its own");
    QVERIFY(onlyFirst.last() < onlyLast.first());
}

} // namespace

void TestFigureExport::chartFollowsEachFrame()
{
    FigureOptions o;
    o.content = FigureOptions::Content::Both;
    o.width = 800;
    const QString dir = m_dir.filePath(u"chart-frames"_s);
    QCOMPARE(m_exporter->exportFrames(dir, FigureFormat::Png, o), FigureExporter::Status::Ok);
    checkCursorsMove(dir, o.width);
}

void TestFigureExport::cliChartFollowsEachFrame()
{
    const QString dir = m_dir.filePath(u"cli-chart-frames"_s);
    const Run r = runApp({u"--export-frames"_s, dir, u"--format"_s, u"png"_s, u"--with-chart"_s, u"--width"_s,
                       u"800"_s, bundled()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    checkCursorsMove(dir, 800);
    const QString one = m_dir.filePath(u"cli-with-chart.png"_s);
    QCOMPARE(runApp({u"--export"_s, one, u"--date"_s, u"2023-08-18"_s, u"--with-chart"_s, u"--width"_s, u"800"_s,
                  bundled()}).code, 0);
    const QImage withChart(one);
    QCOMPARE(withChart.width(), 800);
    QVERIFY(!TestSupport::darkVerticalLines(withChart, QRect(0, withChart.height() - 360, 800, 356)).isEmpty());
}

void TestFigureExport::zhFiguresAreChineseThroughout()
{
    // The legend (and the chart) of a zh figure from the command line: Chinese, never English.
    const auto readText = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    const QString zh = m_dir.filePath(u"legend-zh.svg"_s);
    Run r = runApp({u"--export"_s, zh, u"--date"_s, u"2023-08-18"_s, u"--lang"_s, u"zh"_s, u"--with-chart"_s, bundled()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QString svg = readText(zh);
    // (QSvgGenerator splits a text where the font changes: "连线权重 |" and "w|".)
    QVERIFY(svg.contains(u"连线权重"_s));
    QVERIFY(svg.contains(u"制度等级"_s));
    QVERIFY(!svg.contains(u"Edge weight"_s));
    QVERIFY(!svg.contains(u"Institutional tier"_s));
    QVERIFY(!svg.contains(u"Weight (solid)"_s)); // the chart's axis

    const QString sheet = m_dir.filePath(u"legend-zh-sheet.svg"_s);
    r = runApp({u"--export-sheet"_s, sheet, u"--every"_s, u"20"_s, u"--lang"_s, u"zh"_s, bundled()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    svg = readText(sheet);
    QVERIFY(svg.contains(u"连线权重"_s));
    QVERIFY(!svg.contains(u"Edge weight"_s));

    // English stays English, also in process right after a Chinese figure.
    const QString en = m_dir.filePath(u"legend-en.svg"_s);
    FigureOptions o;
    o.language = Language::Zh;
    QCOMPARE(m_exporter->exportFigure(m_dir.filePath(u"legend-zh-inprocess.svg"_s), QDate(2023, 8, 18), o),
             FigureExporter::Status::Ok);
    QVERIFY(readText(m_dir.filePath(u"legend-zh-inprocess.svg"_s)).contains(u"连线权重"_s));
    o.language = Language::En;
    QCOMPARE(m_exporter->exportFigure(en, QDate(2023, 8, 18), o), FigureExporter::Status::Ok);
    svg = readText(en);
    QVERIFY(svg.contains(u"Edge weight"_s));
    QVERIFY(!svg.contains(u"连线权重"_s));
}

QTEST_MAIN(TestFigureExport)
#include "tst_figureexport.moc"
