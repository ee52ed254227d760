// EventListPanel: the searchable event list (see eventlistpanel.h).
#include "eventlistpanel.h"

#include "itemmodels/eventlistmodel.h"
#include "session/document.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceScope {

EventListPanel::EventListPanel(Document *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_events(new EventListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_eventList(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_heading(new QLabel(this))
{
    // The searchable event list.
    m_proxy->setSourceModel(m_events);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(EventListModel::SortRole);
    m_eventList->setObjectName(u"eventList"_s);
    m_eventList->setModel(m_proxy);
    m_eventList->setSortingEnabled(true);
    m_eventList->sortByColumn(EventListModel::Date, Qt::AscendingOrder);
    m_eventList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventList->setWordWrap(false);
    m_eventList->verticalHeader()->hide();
    // The title takes the room; category and source are narrow (their full text is a hover away).
    QHeaderView *header = m_eventList->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(EventListModel::Date, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EventListModel::Title, QHeaderView::Stretch);
    header->resizeSection(EventListModel::Category, 110);
    header->resizeSection(EventListModel::Source, 60);
    m_eventList->setTextElideMode(Qt::ElideRight);
    m_eventList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_filter->setObjectName(u"eventFilter"_s);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_eventList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncing || !current.isValid())
                    return;
                const int index = current.data(EventListModel::EventIndexRole).toInt();
                m_doc->setEventIndex(index);
            });

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    auto *listLayout = new QVBoxLayout(this);
    listLayout->setContentsMargins(6, 6, 6, 6);
    listLayout->addWidget(m_heading);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_eventList, 1);

    connect(m_doc, &Document::chronologyChanged, this, [this] {
        m_events->setChronology(m_doc->chronology());
        m_events->setScenario(m_doc->scenario());
        selectEvent(m_doc->currentEventIndex());
    });
    connect(m_doc, &Document::currentEventChanged, this, &EventListPanel::selectEvent);
    // What-if: a tick per event; the document's scenario is the one state.
    connect(m_events, &EventListModel::eventToggled, m_doc, &Document::setEventEnabled);
    connect(m_doc, &Document::scenarioChanged, this, [this] { m_events->setScenario(m_doc->scenario()); });
    connect(m_doc, &Document::languageChanged, this,
            [this](Language lang) { m_events->setLanguage(lang); });
    m_events->setLanguage(m_doc->language());
    retranslate();
}

void EventListPanel::selectEvent(int index)
{
    m_syncing = true;
    const QModelIndex source = m_events->index(index, EventListModel::Date);
    const QModelIndex proxy = m_proxy->mapFromSource(source);
    if (proxy.isValid()) {
        m_eventList->selectionModel()->setCurrentIndex(
            proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_eventList->scrollTo(proxy);
    } else {
        m_eventList->selectionModel()->clearSelection();
    }
    m_syncing = false;
}

void EventListPanel::retranslate()
{
    m_heading->setText(tr("All events"));
    m_filter->setPlaceholderText(tr("Filter events…"));
    m_filter->setToolTip(tr("Show only the events whose date, title, category or source "
                            "contains this text"));
    m_eventList->setToolTip(tr("Every event of the chronology; choose one to go to its date. "
                               "Untick an event to see the network without it (what-if)"));
}

void EventListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace AllianceScope
