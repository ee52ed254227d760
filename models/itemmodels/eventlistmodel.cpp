// EventListModel: the chronology's events as a table for the main window's event list.
#include "eventlistmodel.h"

#include "chronology/scenarioinplace.h"

#include <QColor>
#include <QFont>

#include <algorithm>
#include <array>

namespace AllianceScope {

namespace {

    // The column titles in both languages. The model follows the data's language switch (as the
    // node labels do), so its headers are data, not UI strings from the translator.
    const std::array<LocalizedText, EventListModel::ColumnCount> &columnTitles()
    {
        static const std::array<LocalizedText, EventListModel::ColumnCount> titles = { {
            { QStringLiteral("日期"), QStringLiteral("Date") },
            { QStringLiteral("事件"), QStringLiteral("Event") },
            { QStringLiteral("类别"), QStringLiteral("Category") },
            { QStringLiteral("出处"), QStringLiteral("Source") },
        } };
        return titles;
    }

} // namespace

EventListModel::EventListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventListModel::setChronology(const Chronology &chronology)
{
    // The rows from the first event that differs to the last: an edit changes, adds or deletes
    // one event (or moves one by date), so the views (and their sorting proxy) update those
    // rows only; a reset re-sorted 10,000 rows after every edit (issue 11).
    const QList<Event> &before = m_chronology.events();
    const QList<Event> &after = chronology.events();
    const qsizetype common = std::min(before.size(), after.size());
    qsizetype head = 0;
    while (head < common && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < common - head && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    const int removed = int(before.size() - head - tail);
    const int inserted = int(after.size() - head - tail);
    const bool categories = m_chronology.categories() != chronology.categories();
    const int first = int(head);
    constexpr int kMostChanged = 64; // more rows changed: a reset costs no more
    if (before.isEmpty() || after.isEmpty()
        || (removed > 0 && inserted > 0 && (removed != inserted || removed > kMostChanged))) {
        beginResetModel();
        m_chronology = chronology;
        endResetModel();
        return;
    }
    if (removed > 0 && inserted == 0) {
        beginRemoveRows({}, first, first + removed - 1);
        m_chronology = chronology;
        endRemoveRows();
    } else if (inserted > 0 && removed == 0) {
        beginInsertRows({}, first, first + inserted - 1);
        m_chronology = chronology;
        endInsertRows();
    } else {
        m_chronology = chronology;
        if (inserted > 0)
            emit dataChanged(index(first, 0), index(first + inserted - 1, ColumnCount - 1));
    }
    if (categories) // their names show in every row
        emit dataChanged(index(0, Category), index(rowCount() - 1, Category),
                         { Qt::DisplayRole, SortRole });
}

void EventListModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         { Qt::DisplayRole, Qt::ToolTipRole, SortRole });
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chronology.events().size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QString EventListModel::categoryName(const Event &event) const
{
    const AllianceScope::Category *c = m_chronology.category(event.category);
    return c ? c->name.in(m_language) : event.category;
}

QString EventListModel::sourceText(const Event &event) const
{
    const QString section = event.source.section == QLatin1String("intro")
        ? (m_language == Language::Zh ? QStringLiteral("引言") : QStringLiteral("intro"))
        : QStringLiteral("§") + event.source.section;
    QString text = section;
    if (!event.source.footnote.isEmpty() && event.source.footnote != QLatin1String("none"))
        text += QStringLiteral(" ") + event.source.footnote;
    if (event.context)
        text += m_language == Language::Zh ? QStringLiteral("（背景）") : QStringLiteral(" (context)");
    return text;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Event &event = m_chronology.events().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return event.dateText();
        case Title:
            return event.title.in(m_language);
        case Category:
            return categoryName(event);
        case Source:
            return sourceText(event);
        }
        break;
    case SortRole:
        switch (index.column()) {
        // The events are in date order (Chronology sorts them stably), so the row sorts by
        // date and keeps events of the same date in chronology order; an int compares fast
        // (a string per row made sorting 100,000 events take a second).
        case Date:
            return index.row();
        case Title:
            return event.title.in(m_language);
        case Category:
            return categoryName(event);
        case Source:
            return sourceText(event);
        }
        break;
    case Qt::ToolTipRole:
        return event.summary.in(m_language);
    case Qt::CheckStateRole:
        if (index.column() == Date)
            return isSwitchedOff(m_scenario, event) ? Qt::Unchecked : Qt::Checked;
        break;
    case Qt::FontRole:
        if (isSwitchedOff(m_scenario, event)) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (isSwitchedOff(m_scenario, event))
            return QColor(0x80, 0x80, 0x80);
        break;
    case EventIndexRole:
        return index.row();
    case EventIdRole:
        return event.id;
    default:
        break;
    }
    return {};
}

void EventListModel::setScenario(const Scenario &scenario)
{
    if (scenario == m_scenario)
        return;
    m_scenario = scenario;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         { Qt::CheckStateRole, Qt::FontRole, Qt::ForegroundRole });
}

Qt::ItemFlags EventListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Date)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool EventListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Date)
        return false;
    const Event &event = m_chronology.events().at(index.row());
    emit eventToggled(event.id, value.toInt() == Qt::Checked);
    return true;
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitles()[std::size_t(section)].in(m_language);
    return {};
}

QHash<int, QByteArray> EventListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EventIndexRole, "eventIndex");
    names.insert(EventIdRole, "eventId");
    names.insert(SortRole, "sortKey");
    return names;
}

} // namespace AllianceScope
