// FontCheck: tells the user, once, when no usable font is installed (fontconfig finds none, or
// none draws Latin letters), instead of letting every figure and the window draw empty boxes
// silently. Called by the window and the figure commands after QApplication exists.
#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace AllianceScope {

class FontCheck
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::FontCheck)

public:
    /// True when the labels' font (Palette::font) draws letters, not empty boxes.
    static bool hasUsableFont();
    /// The warning shown when there is none (one line, with what to install).
    static QString warningText();
    /**
     * Writes warningText() to @p err when there is no usable font, at most once per process.
     * Returns true when it warned (now or before).
     */
    static bool warnOnce(QTextStream &err);
};

} // namespace AllianceScope
