// DifferencePanel: the dock beside the difference view — the two dates, the view mode (the
// difference or side by side) and the table of dyads by change; choosing a row selects the edge.
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace AllianceScope {

class DifferenceTableModel;
class Document;

class DifferencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit DifferencePanel(Document *document, QWidget *parent = nullptr);

    DifferenceTableModel *tableModel() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *modeBox() const { return m_mode; }

    /// Refills the table and the controls from the document.
    void sync();
    void retranslate();

private:
    Document *m_document;
    DifferenceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_span;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QComboBox *m_mode;
    bool m_syncing = false;
};

} // namespace AllianceScope
