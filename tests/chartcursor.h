// chartcursor.h: finds the chart's date cursor in an exported figure, for the tests that check that
// each frame's chart shows its own date (tst_figureexport, tst_mainwindow).
#pragma once

#include <QImage>
#include <QList>
#include <QRect>

#include <algorithm>

namespace AllianceScope::TestSupport {

/// The columns of @p region in @p image crossed by a dark neutral grey line (the cursor is #333333,
/// antialiased) over at least a quarter of its height, counting the pixels where another series
/// crosses it too: the cursor, and any axis line in such a grey.
inline QList<int> darkVerticalLines(const QImage &image, const QRect &region)
{
    QList<int> columns;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int x = region.left(); x <= region.right(); ++x) {
        int count = 0;
        for (int y = region.top(); y <= region.bottom(); ++y) {
            const QRgb c = img.pixel(x, y);
            const int hi = std::max({qRed(c), qGreen(c), qBlue(c)});
            const int lo = std::min({qRed(c), qGreen(c), qBlue(c)});
            const bool grey = hi < 170 && hi - lo < 24;
            count += grey ? 1 : 0;
        }
        if (count >= region.height() / 4)
            columns.append(x);
    }
    return columns;
}

/// The columns found in @p a and not in @p b.
inline QList<int> columnsOnlyIn(const QList<int> &a, const QList<int> &b)
{
    QList<int> only;
    for (int x : a)
        if (!b.contains(x))
            only.append(x);
    return only;
}

} // namespace AllianceScope::TestSupport
