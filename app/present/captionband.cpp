// CaptionBand: large, high-contrast captions for presentation mode (see captionband.h).
#include "captionband.h"

#include <QGridLayout>
#include <QLabel>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

CaptionBand::CaptionBand(QWidget *parent)
    : QWidget(parent)
    , m_date(new QLabel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_source(new QLabel(this))
{
    setObjectName(u"captionBand"_s);
    m_date->setObjectName(u"captionDate"_s);
    m_title->setObjectName(u"captionTitle"_s);
    m_summary->setObjectName(u"captionSummary"_s);
    m_source->setObjectName(u"captionSource"_s);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x1b, 0x26, 0x3b)); // deep navy: contrast on projectors
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
    for (QLabel *label : {m_date, m_title, m_summary, m_source}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(label != m_date);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    QPalette soft = p;
    soft.setColor(QPalette::WindowText, QColor(0xd6, 0xdc, 0xe6));
    m_summary->setPalette(soft);
    QPalette source = p;
    source.setColor(QPalette::WindowText, QColor(0xa9, 0xb8, 0xcc));
    m_source->setPalette(source);
    QPalette date = p;
    date.setColor(QPalette::WindowText, QColor(0xff, 0xc4, 0x00)); // amber, like the change flash
    m_date->setPalette(date);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_date, 0, 0, 3, 1);
    grid->addWidget(m_title, 0, 1);
    grid->addWidget(m_summary, 1, 1);
    grid->addWidget(m_source, 2, 1);
    grid->setColumnStretch(1, 1);
    applyFonts();
}

void CaptionBand::setSlide(const Slide &slide)
{
    m_date->setText(slide.date);
    m_title->setText(slide.title);
    m_summary->setText(slide.summary);
    m_summary->setVisible(!slide.summary.isEmpty());
    m_source->setText(slide.source);
    m_source->setVisible(!slide.source.isEmpty());
}

void CaptionBand::setScreenHeight(int pixels)
{
    m_screenHeight = std::max(240, pixels);
    applyFonts();
}

void CaptionBand::setScale(double scale)
{
    m_scale = std::clamp(scale, 0.5, 3.0);
    applyFonts();
}

int CaptionBand::pixelSize(int base) const
{
    return std::max(8, int(std::lround(base * m_scale * m_screenHeight / 1080.0)));
}

void CaptionBand::applyFonts()
{
    const auto set = [this](QLabel *label, int base, bool bold) {
        QFont f = font();
        f.setPixelSize(pixelSize(base));
        f.setBold(bold);
        label->setFont(f);
    };
    set(m_date, kDatePx, true);
    set(m_title, kTitlePx, true);
    set(m_summary, kSummaryPx, false);
    set(m_source, kSourcePx, false);
    const int margin = pixelSize(24);
    layout()->setContentsMargins(margin, margin * 2 / 3, margin, margin * 2 / 3);
    static_cast<QGridLayout *>(layout())->setHorizontalSpacing(margin * 3 / 2);
    static_cast<QGridLayout *>(layout())->setVerticalSpacing(margin / 3);
}

} // namespace AllianceScope
