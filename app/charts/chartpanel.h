// ChartPanel: the charts of the alliance network over time, bound to a Document. Tab 1 shows the
// weight (and tier) of chosen dyads, tab 2 the network metrics; each tab has a checkable list of
// what to show, and the half-life controls sit below.
#pragma once

#include "metrics/timeseries.h"

#include <QPointer>
#include <QWidget>

class QChartView;
class QListWidget;
class QListWidgetItem;
class QTabWidget;

namespace AllianceScope {

class Document;
class HalfLifeControls;
class TimeChart;

class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(Document *doc, QWidget *parent = nullptr);
    ~ChartPanel() override;

    TimeChart *dyadChart() const { return m_dyadChart; }
    TimeChart *metricChart() const { return m_metricChart; }
    /// The chart of the current tab.
    TimeChart *currentChart() const;
    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *dyadList() const { return m_dyadList; }
    QListWidget *metricList() const { return m_metricList; }
    HalfLifeControls *halfLifeControls() const { return m_halfLife; }

    /// The dyads shown, as (a, b) with a < b, in the list's order.
    QList<std::pair<QString, QString>> dyads() const;
    /// The metrics shown, in the list's order.
    QStringList metrics() const;

    /// Renders the current tab's chart to @p path (.svg or .png; PNG @p width pixels wide,
    /// 0 = the chart's size). Returns false and sets @p error when the file cannot be written.
    bool exportCurrentChart(const QString &path, int width = 0, QString *error = nullptr) const;

public slots:
    /// Shows the dyad (a, b) in the weight chart (the main window calls this when the user
    /// selects an edge); adds it to the list when the chronology never touches it.
    void addDyad(const QString &a, const QString &b);
    void removeDyad(const QString &a, const QString &b);
    void setDyads(const QList<std::pair<QString, QString>> &dyads);
    void setMetrics(const QStringList &metrics);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLists();
    void listsChanged();
    void retranslate();
    QListWidgetItem *dyadItem(const QString &a, const QString &b) const;
    QString itemText(const SeriesSpec &spec) const;

    QPointer<Document> m_doc;
    QTabWidget *m_tabs = nullptr;
    TimeChart *m_dyadChart = nullptr;
    TimeChart *m_metricChart = nullptr;
    QListWidget *m_dyadList = nullptr;
    QListWidget *m_metricList = nullptr;
    HalfLifeControls *m_halfLife = nullptr;
    bool m_filling = false;
    // What the lists were filled from (fillLists() leaves equal lists alone).
    QList<std::pair<QString, QString>> m_listedDyads;
    QStringList m_listedMetrics;
    QList<Actor> m_listedActors;
};

} // namespace AllianceScope
