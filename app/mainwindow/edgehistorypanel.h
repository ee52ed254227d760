// EdgeHistoryPanel: why an edge has its weight — the events that moved the selected dyad (from
// WeightModel::eventsTouching) with their effects on it, and the dyad's state at the current date.
#pragma once

#include <QWidget>

class QLabel;
class QModelIndex;
class QStandardItemModel;
class QTableView;

namespace AllianceScope {

class Document;

class EdgeHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { DateColumn = 0, EventColumn, LayerColumn, TierColumn, ScoreColumn, ColumnCount };
    enum Role { EventIndexRole = Qt::UserRole + 1 };

    explicit EdgeHistoryPanel(Document *document, QWidget *parent = nullptr);
    ~EdgeHistoryPanel() override;

    /// Shows the history of the dyad (a, b); empty ids clear the panel.
    void setEdge(const QString &a, const QString &b);
    void clear() { setEdge({}, {}); }
    QString edgeA() const { return m_a; }
    QString edgeB() const { return m_b; }
    const QStandardItemModel *historyModel() const { return m_model; }
    QString headingText() const;

signals:
    /// A row was activated: go to that event.
    void eventActivated(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void updateCurrent();

    Document *m_document;
    QString m_a;
    QString m_b;
    QLabel *m_heading;
    QLabel *m_state;
    QTableView *m_view;
    QStandardItemModel *m_model;
};

} // namespace AllianceScope
