// ChartPanel: the tabs of charts over time (see chartpanel.h).
#include "chartpanel.h"

#include "chartexport.h"
#include "halflifecontrols.h"
#include "session/document.h"
#include "timechart.h"
#include "weights/weightmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSet>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace AllianceScope {

namespace {

constexpr int kRoleA = Qt::UserRole;
constexpr int kRoleB = Qt::UserRole + 1;
constexpr int kListWidth = 200;

QWidget *page(TimeChart *chart, QListWidget *list)
{
    auto *w = new QWidget;
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(chart, 1);
    list->setFixedWidth(kListWidth);
    layout->addWidget(list);
    return w;
}

} // namespace

ChartPanel::ChartPanel(Document *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    m_dyadChart = new TimeChart(doc, TimeChart::Mode::Dyads);
    m_metricChart = new TimeChart(doc, TimeChart::Mode::Metrics);
    m_dyadList = new QListWidget;
    m_metricList = new QListWidget;
    m_halfLife = new HalfLifeControls(doc);

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(page(m_dyadChart, m_dyadList), QString());
    m_tabs->addTab(page(m_metricChart, m_metricList), QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_halfLife);

    connect(m_dyadList, &QListWidget::itemChanged, this, &ChartPanel::listsChanged);
    connect(m_metricList, &QListWidget::itemChanged, this, &ChartPanel::listsChanged);
    if (m_doc) {
        connect(m_doc, &Document::chronologyChanged, this, &ChartPanel::fillLists);
        connect(m_doc, &Document::languageChanged, this, &ChartPanel::retranslate);
    }
    fillLists();
    retranslate();
}

ChartPanel::~ChartPanel() = default;

TimeChart *ChartPanel::currentChart() const
{
    return m_tabs->currentIndex() == 1 ? m_metricChart : m_dyadChart;
}

QList<std::pair<QString, QString>> ChartPanel::dyads() const
{
    QList<std::pair<QString, QString>> out;
    for (int i = 0; i < m_dyadList->count(); ++i) {
        const QListWidgetItem *item = m_dyadList->item(i);
        if (item->checkState() == Qt::Checked)
            out.append({item->data(kRoleA).toString(), item->data(kRoleB).toString()});
    }
    return out;
}

QStringList ChartPanel::metrics() const
{
    QStringList out;
    for (int i = 0; i < m_metricList->count(); ++i) {
        const QListWidgetItem *item = m_metricList->item(i);
        if (item->checkState() == Qt::Checked)
            out.append(item->data(kRoleA).toString());
    }
    return out;
}

QString ChartPanel::itemText(const SeriesSpec &spec) const
{
    for (const SeriesSpec &t : TimeSeries::defaultDyadSpecs()) {
        if (t == spec)
            return m_dyadChart->nameOf(t); // USA–JPN, not JPN–USA
    }
    return m_dyadChart->nameOf(spec);
}

void ChartPanel::fillLists()
{
    // Keep what is shown across a reload; the triangle and its metrics by default.
    QList<std::pair<QString, QString>> shownDyads;
    for (const SeriesSpec &s : m_dyadChart->specs())
        shownDyads.append({std::min(s.a, s.b), std::max(s.a, s.b)});
    QStringList shownMetrics;
    for (const SeriesSpec &s : m_metricChart->specs())
        shownMetrics.append(s.metric);

    // A set beside the list: 5,000 dyads made the list's contains() a quadratic pass.
    QList<std::pair<QString, QString>> all;
    QSet<std::pair<QString, QString>> inAll;
    auto add = [&](const std::pair<QString, QString> &d) {
        if (!inAll.contains(d)) {
            inAll.insert(d);
            all.append(d);
        }
    };
    for (const SeriesSpec &s : TimeSeries::defaultDyadSpecs())
        add({std::min(s.a, s.b), std::max(s.a, s.b)});
    if (m_doc && m_doc->hasChronology()) {
        for (const auto &d : m_doc->model().dyads()) {
            const Actor *x = m_doc->chronology().actor(d.first);
            const Actor *y = m_doc->chronology().actor(d.second);
            if ((!x || x->isState()) && (!y || y->isState()))
                add(d);
        }
    }
    for (const auto &d : std::as_const(shownDyads))
        add(d);
    QStringList metricNames = TimeSeries::metricNames(m_doc && m_doc->hasChronology()
                                                          ? m_doc->chronology()
                                                          : Chronology());
    // The chart's order first (triangle_min, triangle_geomean, density), then the degrees.
    for (const SeriesSpec &s : TimeSeries::defaultMetricSpecs())
        metricNames.removeAll(s.metric);
    QStringList ordered;
    for (const SeriesSpec &s : TimeSeries::defaultMetricSpecs())
        ordered.append(s.metric);
    ordered += metricNames;
    // An edit that leaves the dyads, the metrics and the actors' names as they were (an event's
    // text, date or score): the lists stay, and with them what is checked (the charts follow the
    // document themselves). Filling 5,000 dyads again took a good part of an edit's time.
    const QList<Actor> actors = m_doc && m_doc->hasChronology() ? m_doc->chronology().actors() : QList<Actor>();
    if (all == m_listedDyads && ordered == m_listedMetrics && actors == m_listedActors && m_dyadList->count() > 0)
        return;
    m_listedDyads = all;
    m_listedMetrics = ordered;
    m_listedActors = actors;

    m_filling = true;
    m_dyadList->clear();
    m_metricList->clear();
    for (const auto &[a, b] : std::as_const(all)) {
        auto *item = new QListWidgetItem(m_dyadList);
        item->setData(kRoleA, a);
        item->setData(kRoleB, b);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(shownDyads.contains(std::pair(a, b)) ? Qt::Checked : Qt::Unchecked);
    }
    for (const QString &m : std::as_const(ordered)) {
        auto *item = new QListWidgetItem(m_metricList);
        item->setData(kRoleA, m);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(shownMetrics.contains(m) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    retranslate();
    listsChanged();
}

void ChartPanel::listsChanged()
{
    if (m_filling)
        return;
    QList<SeriesSpec> dyadSpecs;
    for (const auto &[a, b] : dyads())
        dyadSpecs.append(SeriesSpec::dyad(a, b));
    // The triangle edges keep their USA-first order (and so their colours and names).
    for (SeriesSpec &s : dyadSpecs) {
        for (const SeriesSpec &t : TimeSeries::defaultDyadSpecs()) {
            if (t == s)
                s = t;
        }
    }
    m_dyadChart->setSpecs(dyadSpecs);
    QList<SeriesSpec> metricSpecs;
    for (const QString &m : metrics())
        metricSpecs.append(SeriesSpec::metricSpec(m));
    m_metricChart->setSpecs(metricSpecs);
}

QListWidgetItem *ChartPanel::dyadItem(const QString &a, const QString &b) const
{
    const QString lo = std::min(a, b), hi = std::max(a, b);
    for (int i = 0; i < m_dyadList->count(); ++i) {
        QListWidgetItem *item = m_dyadList->item(i);
        if (item->data(kRoleA).toString() == lo && item->data(kRoleB).toString() == hi)
            return item;
    }
    return nullptr;
}

void ChartPanel::addDyad(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty() || a == b)
        return;
    QListWidgetItem *item = dyadItem(a, b);
    if (!item) {
        m_filling = true;
        item = new QListWidgetItem(m_dyadList);
        item->setData(kRoleA, std::min(a, b));
        item->setData(kRoleB, std::max(a, b));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setText(itemText(SeriesSpec::dyad(a, b)));
        m_filling = false;
    }
    item->setCheckState(Qt::Checked); // emits itemChanged → listsChanged
    m_dyadList->scrollToItem(item);
    m_tabs->setCurrentIndex(0);
}

void ChartPanel::removeDyad(const QString &a, const QString &b)
{
    if (QListWidgetItem *item = dyadItem(a, b))
        item->setCheckState(Qt::Unchecked);
}

void ChartPanel::setDyads(const QList<std::pair<QString, QString>> &dyads)
{
    m_filling = true;
    for (int i = 0; i < m_dyadList->count(); ++i)
        m_dyadList->item(i)->setCheckState(Qt::Unchecked);
    m_filling = false;
    listsChanged();
    for (const auto &[a, b] : dyads)
        addDyad(a, b);
}

void ChartPanel::setMetrics(const QStringList &metrics)
{
    m_filling = true;
    for (int i = 0; i < m_metricList->count(); ++i) {
        QListWidgetItem *item = m_metricList->item(i);
        item->setCheckState(metrics.contains(item->data(kRoleA).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    listsChanged();
}

bool ChartPanel::exportCurrentChart(const QString &path, int width, QString *error) const
{
    return ChartExport::render(currentChart(), path, width, error);
}

void ChartPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Dyad weights"));
    m_tabs->setTabText(1, tr("Metrics"));
    m_tabs->setTabToolTip(0, tr("The weight of the chosen pairs of states over time; dashed: the institutional tier"));
    m_tabs->setTabToolTip(1, tr("Triangle cohesion, density and weighted degrees over time"));
    m_dyadList->setToolTip(tr("The pairs of states to show"));
    m_metricList->setToolTip(tr("The metrics to show"));
    for (int i = 0; i < m_dyadList->count(); ++i) {
        QListWidgetItem *item = m_dyadList->item(i);
        const QSignalBlocker block(m_dyadList);
        item->setText(itemText(SeriesSpec::dyad(item->data(kRoleA).toString(), item->data(kRoleB).toString())));
    }
    for (int i = 0; i < m_metricList->count(); ++i) {
        QListWidgetItem *item = m_metricList->item(i);
        const QSignalBlocker block(m_metricList);
        item->setText(m_metricChart->nameOf(SeriesSpec::metricSpec(item->data(kRoleA).toString())));
    }
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace AllianceScope
