// CaptionBand: the band under the graph in presentation mode — the date in large type, the title
// (or the story step's caption), a one-sentence summary and the source. Sized for the back of a
// classroom: at 1080 px screen height the date is 56 px and body text at least 28 px, scaled with
// the screen height and by the presenter (Ctrl+plus / Ctrl+minus).
#pragma once

#include "slide.h"

#include <QWidget>

class QLabel;

namespace AllianceScope {

class CaptionBand : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDatePx = 56;    ///< at 1080 px and scale 1
    static constexpr int kTitlePx = 40;
    static constexpr int kSummaryPx = 32;
    static constexpr int kSourcePx = 28;

    explicit CaptionBand(QWidget *parent = nullptr);

    void setSlide(const Slide &slide);
    /// The height of the screen the band is shown on; font sizes are proportional to it.
    void setScreenHeight(int pixels);
    int screenHeight() const { return m_screenHeight; }
    /// The presenter's factor on every font (0.5–3).
    void setScale(double scale);
    double scale() const { return m_scale; }

    /// A font pixel size of the band: @p base at 1080 px, times the screen and the scale.
    int pixelSize(int base) const;

    QLabel *dateLabel() const { return m_date; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *sourceLabel() const { return m_source; }

private:
    void applyFonts();

    QLabel *m_date;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_source;
    int m_screenHeight = 1080;
    double m_scale = 1.0;
};

} // namespace AllianceScope
