// DifferenceTableModel: the difference view as a table — one row per dyad that has a tie at
// either compared date, with the kind of change, Δ weight, both weights and both tiers. Sortable
// through a proxy (SortRole); each row knows its dyad (ARole, BRole) to select the edge.
#pragma once

#include "chronology/chronology.h"
#include "weights/networkdiff.h"

#include <QAbstractTableModel>

namespace AllianceScope {

class DifferenceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Dyad = 0, Change, Delta, WeightFrom, WeightTo, Tier, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a value that sorts the column naturally (numbers as numbers)
        ARole,                       ///< QString: the dyad's first actor id
        BRole                        ///< QString: the dyad's second actor id
    };

    explicit DifferenceTableModel(QObject *parent = nullptr);

    /// Replaces the rows (reset): @p changes of one layer; dyads without a tie at either date are left out.
    void setChanges(const QList<DyadChange> &changes, const Chronology &chronology, Language lang);
    const QList<DyadChange> &changes() const { return m_changes; }
    /// The translated name of a kind of change.
    static QString kindName(DyadChange::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Re-reads the header texts (after a language change).
    void retranslate();

private:
    QList<DyadChange> m_changes;
    QStringList m_names; ///< "Japan – ROK" per row
};

} // namespace AllianceScope
