// EventListPanel: the searchable list of every event beside the graph, bound to a Document: it
// follows the document's chronology, language and current event, and choosing a row makes that
// event current.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace AllianceScope {

class Document;
class EventListModel;

class EventListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EventListPanel(Document *doc, QWidget *parent = nullptr);

    QTableView *view() const { return m_eventList; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// Mirrors the current event in the list without feeding the selection back.
    void selectEvent(int index);

    QPointer<Document> m_doc;
    EventListModel *m_events;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_eventList;
    QLineEdit *m_filter;
    QLabel *m_heading;
    bool m_syncing = false;
};

} // namespace AllianceScope
