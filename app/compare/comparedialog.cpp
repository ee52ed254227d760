// CompareDialog: choosing the date to compare the current one with.
#include "comparedialog.h"

#include "session/document.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>

using namespace Qt::StringLiterals;

namespace AllianceScope {

CompareDialog::CompareDialog(const Document &document, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
    , m_event(new QComboBox(this))
    , m_mode(new QComboBox(this))
{
    setObjectName(u"compareDialog"_s);
    setWindowTitle(tr("Compare with…"));
    const Chronology &c = document.chronology();
    m_date->setObjectName(u"compareDialogDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    if (!c.isEmpty())
        m_date->setDateRange(c.firstDate(), c.lastDate());
    QDate initial = document.compareDate();
    if (!initial.isValid()) {
        const int i = std::max(0, document.currentEventIndex() - 1);
        initial = i < c.events().size() ? c.events()[i].date : document.date();
    }
    m_date->setDate(initial);
    m_event->addItem(tr("(a date)"));
    for (const Event &e : c.events())
        m_event->addItem(e.dateText() + u"  "_s + e.title.in(document.language()), e.date);
    connect(m_event, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i > 0)
            m_date->setDate(m_event->itemData(i).toDate());
    });
    m_mode->addItems({tr("The difference between the two dates"), tr("Both dates side by side")});
    m_mode->setCurrentIndex(document.compareMode() == Document::CompareMode::SideBySide ? 1 : 0);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Event:"), m_event);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Show:"), m_mode);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QDate CompareDialog::date() const
{
    return m_date->date();
}

bool CompareDialog::sideBySide() const
{
    return m_mode->currentIndex() == 1;
}

} // namespace AllianceScope
