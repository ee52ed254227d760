// PresenterView: notes, next step and clocks for the presenter (see presenterview.h).
#include "presenterview.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QTime>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

    QFont sized(const QFont &base, int px, bool bold = false)
    {
        QFont f = base;
        f.setPixelSize(px);
        f.setBold(bold);
        return f;
    }

} // namespace

PresenterView::PresenterView(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_currentHeading(new QLabel(this))
    , m_current(new QLabel(this))
    , m_notesHeading(new QLabel(this))
    , m_notes(new QTextBrowser(this))
    , m_nextHeading(new QLabel(this))
    , m_next(new QLabel(this))
    , m_position(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"presenterView"_s);
    m_current->setObjectName(u"presenterCurrent"_s);
    m_notes->setObjectName(u"presenterNotes"_s);
    m_next->setObjectName(u"presenterNext"_s);
    m_position->setObjectName(u"presenterPosition"_s);
    m_clock->setObjectName(u"presenterClock"_s);
    m_elapsed->setObjectName(u"presenterElapsed"_s);

    const QFont base = font();
    for (QLabel *heading : {m_currentHeading, m_notesHeading, m_nextHeading})
        heading->setFont(sized(base, 18, true));
    m_current->setFont(sized(base, 26, true));
    m_notes->setFont(sized(base, 24));
    m_next->setFont(sized(base, 22));
    m_position->setFont(sized(base, 22));
    m_clock->setFont(sized(base, 44, true));
    m_elapsed->setFont(sized(base, 44, true));
    for (QLabel *label : {m_current, m_next}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_notes->setOpenLinks(false);
    QPalette p = m_elapsed->palette();
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x6f, 0xb4));
    m_elapsed->setPalette(p);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(24, 24, 24, 24);
    grid->setHorizontalSpacing(32);
    grid->addWidget(m_currentHeading, 0, 0);
    grid->addWidget(m_current, 1, 0);
    grid->addWidget(m_notesHeading, 2, 0);
    grid->addWidget(m_notes, 3, 0);
    grid->addWidget(m_nextHeading, 4, 0);
    grid->addWidget(m_next, 5, 0);
    auto *clocks = new QVBoxLayout;
    clocks->addWidget(m_clock);
    clocks->addWidget(m_elapsed);
    clocks->addWidget(m_position);
    clocks->addStretch(1);
    grid->addLayout(clocks, 0, 1, 6, 1);
    grid->setRowStretch(3, 1);
    grid->setColumnStretch(0, 1);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &PresenterView::tick);
    m_timer->start();
    restartClock();
    retranslateUi();
    resize(1280, 800);
}

void PresenterView::setSlide(const Slide &slide)
{
    m_slide = slide;
    m_current->setText(slide.date.isEmpty() ? slide.title : slide.date + u" — "_s + slide.title);
    m_notes->setPlainText(slide.notes.isEmpty() ? slide.summary : slide.notes);
    m_next->setText(slide.next.isEmpty() ? tr("(the end)") : slide.next);
    m_position->setText(slide.count > 0 ? tr("%1 of %2").arg(slide.position).arg(slide.count)
                                        : QString());
}

void PresenterView::restartClock()
{
    m_started.start();
    tick();
}

QString PresenterView::formatElapsed(qint64 ms)
{
    const qint64 s = ms / 1000;
    const QString mmss = u"%1:%2"_s.arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                             .arg(s % 60, 2, 10, QLatin1Char('0'));
    return s >= 3600 ? QString::number(s / 3600) + u':' + mmss : mmss;
}

void PresenterView::tick()
{
    m_clock->setText(QTime::currentTime().toString(u"HH:mm"_s));
    m_elapsed->setText(formatElapsed(m_started.elapsed()));
    m_clock->setToolTip(tr("The time"));
    m_elapsed->setToolTip(tr("Time since the presentation began"));
}

void PresenterView::retranslateUi()
{
    setWindowTitle(tr("Presenter View"));
    m_currentHeading->setText(tr("Now showing"));
    m_notesHeading->setText(tr("Speaker notes"));
    m_nextHeading->setText(tr("Next"));
    setSlide(m_slide);
    tick();
}

void PresenterView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace AllianceScope
