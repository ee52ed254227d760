// tst_pngframeencoder: the frames' PNG encoder (issue 15; ISA-L's deflate, our own "Up" row
// filter, libpng's chunks) writes files Qt reads back to the same pixels at any width (the SIMD
// filter's tails), in chunks a PNG reader takes, with the resolution; its SSSE3 and portable
// filters write the same bytes and no more; it works on several threads at once; it declines
// what it does not take with a message.
#include "export/pngframeencoder.h"
#include "export/pngrowfilter.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace AllianceScope;

namespace {

// Noise in the top half, flat runs with a gradient below (both cases of the filter and of
// deflate); random alpha unless RGB32.
QImage randomImage(int width, int height, QImage::Format format, quint32 seed)
{
    QImage image(width, height, format);
    QRandomGenerator rng(seed);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const int a = format == QImage::Format_RGB32 ? 255 : int(rng.bounded(256));
            const QColor c = y < height / 2
                ? QColor(int(rng.bounded(256)), int(rng.bounded(256)), int(rng.bounded(256)), a)
                : QColor((x / 7) % 256, 200, (255 - y) & 0xff, a);
            image.setPixelColor(x, y, c);
        }
    return image;
}

struct Chunk
{
    QByteArray type;
    qsizetype length = 0;
};

// The file's chunks in order, or an empty list if it does not parse as signature and chunks.
QList<Chunk> chunks(const QByteArray &png)
{
    if (!png.startsWith("\x89PNG\r\n\x1a\n"))
        return {};
    QList<Chunk> list;
    qsizetype at = 8;
    while (at + 12 <= png.size()) {
        const auto *p = reinterpret_cast<const uchar *>(png.constData() + at);
        const qsizetype length = qsizetype(quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3]);
        if (at + 12 + length > png.size())
            return {};
        list.append({png.mid(at + 4, 4), length});
        at += 12 + length;
    }
    return at == png.size() ? list : QList<Chunk>();
}

} // namespace

class TestPngFrameEncoder : public QObject
{
    Q_OBJECT

private slots:
    void readsBackTheSamePixels_data();
    void readsBackTheSamePixels();
    void chunksInOrder();
    void keepsTheResolution();
    void filtersWriteTheSameBytes_data();
    void filtersWriteTheSameBytes();
    void encodesOnSeveralThreads();
    void declinesWhatItDoesNotTake();
};

void TestPngFrameEncoder::readsBackTheSamePixels_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    const QList<std::pair<const char *, QImage::Format>> formats = {
        {"rgb32", QImage::Format_RGB32},
        {"argb32", QImage::Format_ARGB32},
        {"argb32 premultiplied", QImage::Format_ARGB32_Premultiplied},
    };
    for (const auto &[name, format] : formats) {
        for (const int width : {1, 3, 17, 1601})
            QTest::addRow("%s %d", name, width) << int(format) << width << 9;
        // Several strips of rows and more than one IDAT chunk (noise hardly compresses).
        QTest::addRow("%s 1601x400", name) << int(format) << 1601 << 400;
    }
}

void TestPngFrameEncoder::readsBackTheSamePixels()
{
    QFETCH(int, format);
    QFETCH(int, width);
    QFETCH(int, height);
    const QImage image = randomImage(width, height, QImage::Format(format), quint32(width * 31 + format));
    QByteArray png;
    QCOMPARE(PngFrameEncoder::encode(image, &png), QString());
    QImage decoded;
    QVERIFY(decoded.loadFromData(png, "png"));
    QCOMPARE(decoded.size(), image.size());
    QCOMPARE(decoded.hasAlphaChannel(), format != QImage::Format_RGB32);
    // Straight alpha in the file: compare in the same straight-alpha format.
    QCOMPARE(decoded.convertToFormat(QImage::Format_ARGB32), image.convertToFormat(QImage::Format_ARGB32));
}

void TestPngFrameEncoder::chunksInOrder()
{
    // Noise: about 3.8 MB of rows that do not compress much, so several IDAT chunks.
    const QImage image = randomImage(1601, 1200, QImage::Format_ARGB32, 7);
    QByteArray png;
    QCOMPARE(PngFrameEncoder::encode(image, &png), QString());
    const QList<Chunk> list = chunks(png);
    QVERIFY(list.size() >= 4);
    QCOMPARE(list.first().type, QByteArray("IHDR"));
    QCOMPARE(list.last().type, QByteArray("IEND"));
    QCOMPARE(list.last().length, 0);
    int idats = 0;
    bool idatsTogether = true;
    for (qsizetype i = 1; i + 1 < list.size(); ++i) {
        if (list[i].type == "IDAT") {
            ++idats;
            QVERIFY(list[i].length > 0);
            QVERIFY(list[i].length <= (1 << 20));
            if (i + 1 < list.size() - 1 && list[i + 1].type != "IDAT")
                idatsTogether = false;
        }
    }
    QVERIFY(idats >= 2);
    QVERIFY(idatsTogether);
    QImage decoded;
    QVERIFY(decoded.loadFromData(png, "png"));
    QCOMPARE(decoded, image);
}

void TestPngFrameEncoder::keepsTheResolution()
{
    QImage image = randomImage(17, 5, QImage::Format_RGB32, 3);
    image.setDotsPerMeterX(11811);
    image.setDotsPerMeterY(5906);
    QByteArray png;
    QCOMPARE(PngFrameEncoder::encode(image, &png), QString());
    bool hasPhys = false;
    for (const Chunk &chunk : chunks(png))
        hasPhys = hasPhys || chunk.type == "pHYs";
    QVERIFY(hasPhys);
    QImage decoded;
    QVERIFY(decoded.loadFromData(png, "png"));
    QCOMPARE(decoded.dotsPerMeterX(), 11811);
    QCOMPARE(decoded.dotsPerMeterY(), 5906);
}

void TestPngFrameEncoder::filtersWriteTheSameBytes_data()
{
    QTest::addColumn<bool>("alpha");
    QTest::newRow("rgb") << false;
    QTest::newRow("rgba") << true;
}

void TestPngFrameEncoder::filtersWriteTheSameBytes()
{
    QFETCH(bool, alpha);
    const int bytesPerPixel = alpha ? 4 : 3;
    QRandomGenerator rng(alpha ? 2 : 1);
    for (int width = 1; width <= 70 || width == 1601; width = width == 70 ? 1601 : width + 1) {
        std::vector<quint32> above(static_cast<size_t>(width)), row(static_cast<size_t>(width));
        for (int x = 0; x < width; ++x) {
            above[size_t(x)] = rng.generate();
            // Some pixels the same as above (differences of 0), the rest random.
            row[size_t(x)] = x % 3 == 0 ? above[size_t(x)] : rng.generate();
        }
        for (const bool first : {true, false}) {
            const quint32 *up = first ? nullptr : above.data();
            // The bytes by PNG's definition, then what each filter writes, with a guard after the
            // row that none may write over.
            const size_t length = size_t(width) * size_t(bytesPerPixel);
            std::vector<uchar> expected;
            for (int x = 0; x < width; ++x) {
                const QRgb p = row[size_t(x)];
                const QRgb q = up ? up[x] : 0;
                expected.push_back(uchar(qRed(p) - qRed(q)));
                expected.push_back(uchar(qGreen(p) - qGreen(q)));
                expected.push_back(uchar(qBlue(p) - qBlue(q)));
                if (alpha)
                    expected.push_back(uchar(qAlpha(p) - qAlpha(q)));
            }
            expected.insert(expected.end(), 32, uchar(0xa5));
            std::vector<uchar> portable(length + 32, uchar(0xa5));
            PngRowFilter::upPortable(row.data(), up, width, alpha, portable.data());
            QVERIFY2(portable == expected, qPrintable(QStringLiteral("portable, width %1").arg(width)));
            std::vector<uchar> chosen(length + 32, uchar(0xa5));
            PngRowFilter::up(row.data(), up, width, alpha, chosen.data());
            QVERIFY2(chosen == expected, qPrintable(QStringLiteral("chosen, width %1").arg(width)));
#ifdef ALLIANCESCOPE_PNG_FILTER_SSSE3
            if (PngRowFilter::hasSsse3()) {
                std::vector<uchar> simd(length + 32, uchar(0xa5));
                PngRowFilter::upSsse3(row.data(), up, width, alpha, simd.data());
                QVERIFY2(simd == expected, qPrintable(QStringLiteral("SSSE3, width %1").arg(width)));
            }
#endif
        }
    }
#ifdef ALLIANCESCOPE_PNG_FILTER_SSSE3
    if (!PngRowFilter::hasSsse3())
        QSKIP("this processor has no SSSE3: only the portable filter was tested");
#else
    QSKIP("no SSSE3 filter on this architecture: only the portable filter was tested");
#endif
}

void TestPngFrameEncoder::encodesOnSeveralThreads()
{
    // Each thread alternates a large and a small image of its own: the per-thread buffers
    // carry nothing from one frame, or one thread, to another.
    constexpr int kThreads = 4;
    std::vector<QImage> large, small;
    for (int t = 0; t < kThreads; ++t) {
        large.push_back(randomImage(401, 120, t % 2 ? QImage::Format_RGB32 : QImage::Format_ARGB32, quint32(100 + t)));
        small.push_back(randomImage(3 + t, 4, t % 2 ? QImage::Format_ARGB32 : QImage::Format_RGB32, quint32(200 + t)));
    }
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            for (int round = 0; round < 6; ++round) {
                const QImage &image = round % 2 ? small[size_t(t)] : large[size_t(t)];
                QByteArray png;
                QImage decoded;
                if (!PngFrameEncoder::encode(image, &png).isEmpty() || !decoded.loadFromData(png, "png")
                    || decoded.convertToFormat(QImage::Format_ARGB32) != image.convertToFormat(QImage::Format_ARGB32))
                    ++failures;
            }
        });
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
}

void TestPngFrameEncoder::declinesWhatItDoesNotTake()
{
    QByteArray png("left over");
    QVERIFY(!PngFrameEncoder::supports(QImage()));
    QVERIFY(!PngFrameEncoder::encode(QImage(), &png).isEmpty());
    for (const QImage::Format format : {QImage::Format_Indexed8, QImage::Format_RGB888, QImage::Format_RGBA8888}) {
        QImage image(4, 4, format);
        image.fill(Qt::red);
        QVERIFY(!PngFrameEncoder::supports(image));
        QVERIFY(!PngFrameEncoder::encode(image, &png).isEmpty());
    }
}

QTEST_MAIN(TestPngFrameEncoder)
#include "tst_pngframeencoder.moc"
