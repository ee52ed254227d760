// DifferencePanel: the dyads by change between the compared and the current date.
#include "differencepanel.h"

#include "differencetablemodel.h"
#include "session/document.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceScope {

DifferencePanel::DifferencePanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new DifferenceTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_span(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_mode(new QComboBox(this))
{
    setObjectName(u"differencePanel"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DifferenceTableModel::SortRole);
    m_view->setObjectName(u"differenceTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DifferenceTableModel::Dyad, QHeaderView::Stretch);
    m_date->setObjectName(u"compareDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_mode->setObjectName(u"compareMode"_s);
    m_mode->addItems({QString(), QString()});
    QFont bold = m_span->font();
    bold.setBold(true);
    m_span->setFont(bold);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_dateLabel);
    controls->addWidget(m_date);
    controls->addWidget(m_mode, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(controls);
    layout->addWidget(m_span);
    layout->addWidget(m_view, 1);

    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (!m_syncing)
            m_document->setCompareDate(date);
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_syncing)
            m_document->setCompareMode(index == 1 ? Document::CompareMode::SideBySide
                                                  : Document::CompareMode::Difference);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncing || !current.isValid())
                    return;
                m_document->setSelectedEdge(current.data(DifferenceTableModel::ARole).toString(),
                                            current.data(DifferenceTableModel::BRole).toString());
            });
    for (auto signal : {&Document::compareChanged, &Document::scenarioChanged, &Document::parametersChanged,
                        &Document::chronologyChanged})
        connect(document, signal, this, &DifferencePanel::sync);
    connect(document, &Document::dateChanged, this, &DifferencePanel::sync);
    connect(document, &Document::layerChanged, this, &DifferencePanel::sync);
    connect(document, &Document::languageChanged, this, &DifferencePanel::sync);
    retranslate();
}

void DifferencePanel::sync()
{
    if (!isVisible() && m_document->compareMode() == Document::CompareMode::Off)
        return; // nothing to show; filled when comparing starts
    m_syncing = true;
    const Chronology &c = m_document->chronology();
    if (m_document->hasChronology() && !c.isEmpty())
        m_date->setDateRange(c.firstDate(), c.lastDate());
    if (m_document->compareDate().isValid())
        m_date->setDate(m_document->compareDate());
    m_mode->setCurrentIndex(m_document->compareMode() == Document::CompareMode::SideBySide ? 1 : 0);
    m_model->setChanges(m_document->difference(), c, m_document->language());
    const auto [from, to] = m_document->compareSpan();
    m_span->setText(m_document->compareDate().isValid()
                        ? tr("From %1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                        : tr("Choose a date to compare with"));
    m_syncing = false;
}

void DifferencePanel::retranslate()
{
    m_syncing = true;
    m_dateLabel->setText(tr("Compare with:"));
    m_date->setToolTip(tr("The second date; the difference runs from the earlier date to the later"));
    m_mode->setItemText(0, tr("Difference"));
    m_mode->setItemText(1, tr("Side by side"));
    m_view->setToolTip(tr("Every dyad by its change between the two dates; click a row to select the edge"));
    m_model->retranslate();
    m_syncing = false;
    sync();
}

} // namespace AllianceScope
