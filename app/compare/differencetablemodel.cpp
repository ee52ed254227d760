// DifferenceTableModel: the dyads by their change between two dates (see differencetablemodel.h).
#include "differencetablemodel.h"

#include "graphview/diffedgeitem.h"
#include "graphview/palette.h"
#include "style/edgestyle.h"

#include <QBrush>

#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

DifferenceTableModel::DifferenceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString DifferenceTableModel::kindName(DyadChange::Kind kind)
{
    switch (kind) {
    case DyadChange::Kind::Strengthened: return tr("strengthened");
    case DyadChange::Kind::Weakened: return tr("weakened");
    case DyadChange::Kind::New: return tr("new");
    case DyadChange::Kind::Gone: return tr("gone");
    case DyadChange::Kind::Unchanged: break;
    }
    return tr("unchanged");
}

void DifferenceTableModel::setChanges(const QList<DyadChange> &changes, const Chronology &chronology, Language lang)
{
    beginResetModel();
    m_changes.clear();
    m_names.clear();
    const auto name = [&](const QString &id) {
        const Actor *actor = chronology.actor(id);
        return actor ? actor->name.in(lang) : id;
    };
    for (const DyadChange &c : changes) {
        if (c.kind() == DyadChange::Kind::Unchanged && !EdgeStyle::visibleFor(c.tierTo, c.weightTo))
            continue;
        m_changes.append(c);
        m_names.append(name(c.a) + u" – "_s + name(c.b));
    }
    endResetModel();
}

int DifferenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int DifferenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant DifferenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DyadChange &c = m_changes[index.row()];
    const auto number = [](double v) { return QString::number(v, 'f', 3); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Dyad: return m_names[index.row()];
        case Change: return kindName(c.kind());
        case Delta: return DiffEdgeItem::signedText(c.delta());
        case WeightFrom: return number(c.weightFrom);
        case WeightTo: return number(c.weightTo);
        case Tier: return c.tierFrom == c.tierTo ? QString::number(c.tierTo)
                                                 : u"%1 → %2"_s.arg(c.tierFrom).arg(c.tierTo);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Dyad: return m_names[index.row()];
        case Change: return int(c.kind());
        case Delta: return c.delta();
        case WeightFrom: return c.weightFrom;
        case WeightTo: return c.weightTo;
        case Tier: return c.tierTo - c.tierFrom;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Change || index.column() == Delta)
            return QBrush(DiffEdgeItem::colorFor(c.kind()));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Delta)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        return tr("Tier: %1 → %2").arg(Palette::tierName(c.tierFrom), Palette::tierName(c.tierTo));
    case ARole: return c.a;
    case BRole: return c.b;
    default: break;
    }
    return {};
}

QVariant DifferenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Dyad: return tr("Dyad");
    case Change: return tr("Change");
    case Delta: return tr("Δ weight");
    case WeightFrom: return tr("From");
    case WeightTo: return tr("To");
    case Tier: return tr("Tier");
    default: break;
    }
    return {};
}

void DifferenceTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_changes.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace AllianceScope
