// Tests of EventListModel: the structure (QAbstractItemModelTester), the values of every column
// in both languages, the roles, and the signals of a reset and of a language switch.
#include "chronology/chronologyreader.h"
#include "itemmodels/eventlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QFile>
#include <QTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

// Six events, two on the same day, a context event and one of month precision.
/// The small chronology the window tests share (tests/data/window-fixture.json).
QByteArray fixtureData()
{
    QFile file(QStringLiteral(ALLIANCESCOPE_TEST_DATA "/window-fixture.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Chronology fixture()
{
    const ChronologyReader::Result r = ChronologyReader::readData(fixtureData(), u"fixture.json"_s);
    if (!r.ok()) {
        for (const ReadError &e : r.errors)
            qWarning("%s", qPrintable(e.toString()));
        return {};
    }
    return *r.chronology;
}

} // namespace

class TestEventListModel : public QObject
{
    Q_OBJECT

private slots:
    void structureIsSound();
    void columnsInEnglish();
    void columnsInChinese();
    void rolesGiveIndexIdAndSummary();
    void setChronologyResets();
    void editsChangeOnlyTheirRows();
    void languageSwitchEmitsChanges();
    void sortRoleKeepsDateOrder();
    void filterFindsEvents();
};

void TestEventListModel::structureIsSound()
{
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(EventListModel::ColumnCount));
    model.setChronology(fixture());
    QCOMPARE(model.rowCount(), 6);
    model.setLanguage(Language::Zh);
    model.setChronology(Chronology());
    QCOMPARE(model.rowCount(), 0);
    model.setChronology(fixture());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a table: no children
    QVERIFY(!model.data(QModelIndex()).isValid());
}

void TestEventListModel::columnsInEnglish()
{
    EventListModel model;
    model.setChronology(fixture());
    QCOMPARE(model.headerData(EventListModel::Date, Qt::Horizontal).toString(), u"Date"_s);
    QCOMPARE(model.headerData(EventListModel::Title, Qt::Horizontal).toString(), u"Event"_s);
    QCOMPARE(model.headerData(EventListModel::Category, Qt::Horizontal).toString(), u"Category"_s);
    QCOMPARE(model.headerData(EventListModel::Source, Qt::Horizontal).toString(), u"Source"_s);

    // Dates at their precision.
    QCOMPARE(model.index(0, EventListModel::Date).data().toString(), u"1965-06-22"_s);
    QCOMPARE(model.index(1, EventListModel::Date).data().toString(), u"1999-04"_s);
    QCOMPARE(model.index(2, EventListModel::Title).data().toString(), u"Japan and the ROK sign GSOMIA"_s);
    QCOMPARE(model.index(3, EventListModel::Category).data().toString(), u"Dispute"_s);
    QCOMPARE(model.index(2, EventListModel::Source).data().toString(), u"§3 [5] Writer 2017"_s);
    // "none" footnotes are left out; context events are marked.
    QCOMPARE(model.index(3, EventListModel::Source).data().toString(), u"§4"_s);
    QCOMPARE(model.index(0, EventListModel::Source).data().toString(), u"intro (context)"_s);
}

void TestEventListModel::columnsInChinese()
{
    EventListModel model;
    model.setChronology(fixture());
    model.setLanguage(Language::Zh);
    QCOMPARE(model.language(), Language::Zh);
    QCOMPARE(model.headerData(EventListModel::Date, Qt::Horizontal).toString(), u"日期"_s);
    QCOMPARE(model.index(4, EventListModel::Title).data().toString(), u"戴维营峰会"_s);
    QCOMPARE(model.index(3, EventListModel::Category).data().toString(), u"争端"_s);
    QCOMPARE(model.index(0, EventListModel::Source).data().toString(), u"引言（背景）"_s);
    model.setLanguage(Language::En);
    QCOMPARE(model.language(), Language::En);
    QCOMPARE(model.headerData(EventListModel::Date, Qt::Horizontal).toString(), u"Date"_s);
}

void TestEventListModel::rolesGiveIndexIdAndSummary()
{
    EventListModel model;
    model.setChronology(fixture());
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex i = model.index(row, column);
            QCOMPARE(i.data(EventListModel::EventIndexRole).toInt(), row);
        }
    }
    QCOMPARE(model.index(5, 0).data(EventListModel::EventIdRole).toString(),
             u"2023-camp-david-principles"_s);
    QCOMPARE(model.index(2, EventListModel::Title).data(Qt::ToolTipRole).toString(),
             u"An intelligence-sharing agreement."_s);
    QVERIFY(!model.index(2, 0).data(Qt::DecorationRole).isValid());
    QVERIFY(model.roleNames().contains(EventListModel::EventIndexRole));
}

void TestEventListModel::setChronologyResets()
{
    EventListModel model;
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setChronology(fixture());
    QCOMPARE(aboutToReset.size(), 1);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.chronology().events().size(), 6);
}

void TestEventListModel::editsChangeOnlyTheirRows()
{
    // An edit of one event (issue 11): its row changes, is inserted or removed; no reset, and a
    // sorting proxy keeps the date order.
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(EventListModel::SortRole);
    proxy.sort(EventListModel::Date);
    const Chronology c = fixture();
    model.setChronology(c);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const auto with = [&c](QList<Event> events) {
        Chronology e(c.title(), c.source(), c.actors(), c.categories(), std::move(events));
        return e;
    };
    QList<Event> events = c.events();
    events[2].title.en = u"Retitled"_s;
    model.setChronology(with(events));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
    QCOMPARE(model.index(2, EventListModel::Title).data().toString(), u"Retitled"_s);

    Event added = events[3];
    added.id = u"added"_s;
    events.insert(4, added);
    model.setChronology(with(events));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 4);
    QCOMPARE(inserted.first().at(2).toInt(), 4);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.index(4, 0).data(EventListModel::EventIdRole).toString(), u"added"_s);

    events.removeAt(1);
    model.setChronology(with(events));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(reset.size(), 0);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, 0).data(EventListModel::EventIndexRole).toInt(), row);

    // Another chronology altogether: a reset.
    model.setChronology(with({}));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestEventListModel::languageSwitchEmitsChanges()
{
    EventListModel model;
    model.setChronology(fixture());
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setLanguage(Language::Zh);
    QCOMPARE(data.size(), 1);
    QCOMPARE(header.size(), 1);
    const QModelIndex topLeft = data.first().at(0).toModelIndex();
    const QModelIndex bottomRight = data.first().at(1).toModelIndex();
    QCOMPARE(topLeft, model.index(0, 0));
    QCOMPARE(bottomRight, model.index(5, EventListModel::ColumnCount - 1));
    QCOMPARE(header.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
    // The same language again changes nothing.
    model.setLanguage(Language::Zh);
    QCOMPARE(data.size(), 1);
    QCOMPARE(header.size(), 1);
}

void TestEventListModel::sortRoleKeepsDateOrder()
{
    EventListModel model;
    model.setChronology(fixture());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(EventListModel::SortRole);
    proxy.sort(EventListModel::Date, Qt::DescendingOrder);
    // Same-day events stay apart and ordered: descending puts the later-listed one first.
    QCOMPARE(proxy.index(0, 0).data(EventListModel::EventIndexRole).toInt(), 5);
    QCOMPARE(proxy.index(1, 0).data(EventListModel::EventIndexRole).toInt(), 4);
    QCOMPARE(proxy.index(5, 0).data(EventListModel::EventIndexRole).toInt(), 0);
}

void TestEventListModel::filterFindsEvents()
{
    EventListModel model;
    model.setChronology(fixture());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(u"gsomia"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterFixedString(u"dispute"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(EventListModel::EventIndexRole).toInt(), 3);
    model.setLanguage(Language::Zh);
    proxy.setFilterFixedString(u"戴维营"_s);
    QCOMPARE(proxy.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestEventListModel)
#include "tst_eventlistmodel.moc"
