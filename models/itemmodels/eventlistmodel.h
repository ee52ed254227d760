// EventListModel: the chronology's events as a table (date, title, category, source) for the
// main window's searchable event list. Qt Core only; the views sort and filter it through a proxy.
#pragma once

#include "chronology/chronology.h"

#include <QAbstractTableModel>

namespace AllianceScope {

/**
 * A table of a chronology's events, one row per event in date order. Its only editable data is
 * the Date column's check box: whether the event is on in the current what-if scenario
 * (setScenario()); ticking it asks for the change with eventToggled() and shows it once the
 * scenario is set again (the document is the one state).
 *
 * Qt::DisplayRole gives the text in the current language (setLanguage()), Qt::ToolTipRole the
 * event's summary, EventIndexRole the row's index into Chronology::events(), SortRole a value
 * that sorts naturally (for the Date column the row: the events are in date order).
 */
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date = 0, Title, Category, Source, ColumnCount };
    enum Role {
        EventIndexRole = Qt::UserRole + 1, ///< int: the index into Chronology::events()
        EventIdRole, ///< QString: the event's id
        SortRole ///< a value that sorts the column in date/text order
    };

    explicit EventListModel(QObject *parent = nullptr);

    /**
     * Replaces the events. Where the new events differ from the old in one run of rows (an
     * edit), those rows are removed, inserted or changed (dataChanged); otherwise, or when the
     * runs differ in length both ways, the model is reset.
     */
    void setChronology(const Chronology &chronology);
    const Chronology &chronology() const { return m_chronology; }

    /// Emits dataChanged for every cell and headerDataChanged when the language changes.
    void setLanguage(Language language);
    Language language() const { return m_language; }

    /// The what-if scenario: its switched-off events are unchecked, struck out and greyed
    /// (nothing is emitted when it is the one set already).
    void setScenario(const Scenario &scenario);

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// The user ticked (@p enabled) or unticked the event @p id.
    void eventToggled(const QString &id, bool enabled);

private:
    QString categoryName(const Event &event) const;
    QString sourceText(const Event &event) const;

    Chronology m_chronology;
    Language m_language = Language::En;
    Scenario m_scenario;
};

} // namespace AllianceScope
