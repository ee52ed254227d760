// Tests of EventListModel: the structure (QAbstractItemModelTester), the values of every column
// in both languages, the roles, and the signals of a reset and of a language switch.
#include "chronology/chronologyreader.h"
#include "itemmodels/eventlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

// Six events, two on the same day, a context event and one of month precision.
const char kFixture[] = R"json({
  "format": 1,
  "title": {"zh": "测试年表", "en": "Test chronology"},
  "source": {"zh": "一篇测试论文", "en": "A test paper"},
  "actors": [
    {"id": "USA", "name": {"zh": "美国", "en": "United States"}, "lat": 38.9, "lon": -77.0},
    {"id": "JPN", "name": {"zh": "日本", "en": "Japan"}, "lat": 35.7, "lon": 139.7},
    {"id": "KOR", "name": {"zh": "韩国", "en": "Republic of Korea"}, "lat": 37.6, "lon": 127.0}
  ],
  "mechanisms": [
    {"id": "TCOG", "name": {"zh": "三边协调监督小组", "en": "TCOG"}}
  ],
  "categories": [
    {"id": "agreement", "score": 6, "name": {"zh": "协定", "en": "Agreement"}},
    {"id": "dispute", "score": -5, "name": {"zh": "争端", "en": "Dispute"}}
  ],
  "events": [
    {"id": "1965-normalisation", "date": "1965-06-22", "precision": "day",
     "title": {"zh": "日韩关系正常化", "en": "Japan and the ROK normalise relations"},
     "summary": {"zh": "两国建交。", "en": "The two states establish relations."},
     "category": "agreement", "actors": ["JPN", "KOR"],
     "effects": [{"dyad": ["JPN", "KOR"], "layer": "political", "tier": 1, "rationale": "diplomatic relations"}],
     "source": {"section": "intro", "footnote": "none", "note": "Treaty on Basic Relations, 1965"},
     "context": true},
    {"id": "1999-tcog", "date": "1999-04", "precision": "month",
     "title": {"zh": "三边协调监督小组成立", "en": "TCOG is set up"},
     "summary": {"zh": "三国设立协调小组。", "en": "The three states set up a coordination group."},
     "category": "agreement", "actors": ["USA", "JPN", "KOR", "TCOG"],
     "effects": [
       {"member": "USA", "mechanism": "TCOG", "action": "join", "rationale": "founding member"},
       {"member": "JPN", "mechanism": "TCOG", "action": "join", "rationale": "founding member"},
       {"member": "KOR", "mechanism": "TCOG", "action": "join", "rationale": "founding member"},
       {"among": ["USA", "JPN", "KOR"], "layer": "political", "tier": 1, "rationale": "a regular consultation"}],
     "source": {"section": "2", "footnote": "[3] Author 2001"}},
    {"id": "2016-gsomia", "date": "2016-11-23", "precision": "day",
     "title": {"zh": "日韩签署军事情报保护协定", "en": "Japan and the ROK sign GSOMIA"},
     "summary": {"zh": "情报共享协定。", "en": "An intelligence-sharing agreement."},
     "category": "agreement", "actors": ["JPN", "KOR"],
     "effects": [{"dyad": ["JPN", "KOR"], "layer": "security", "tier": 2, "rationale": "functional agreement"}],
     "source": {"section": "3", "footnote": "[5] Writer 2017", "document": "GSOMIA, 2016-11-23"}},
    {"id": "2019-termination", "date": "2019-08-22", "precision": "day",
     "title": {"zh": "韩国宣布不续签协定", "en": "The ROK announces it will end GSOMIA"},
     "summary": {"zh": "关系恶化。", "en": "Relations worsen."},
     "category": "dispute", "actors": ["JPN", "KOR"],
     "effects": [{"dyad": ["JPN", "KOR"], "layer": "security", "score": -6, "rationale": "a sharp setback"}],
     "source": {"section": "4", "footnote": "none"}},
    {"id": "2023-camp-david", "date": "2023-08-18", "precision": "day",
     "title": {"zh": "戴维营峰会", "en": "Camp David summit"},
     "summary": {"zh": "三国承诺磋商。", "en": "The three states commit to consult."},
     "category": "agreement", "actors": ["USA", "JPN", "KOR"],
     "effects": [{"among": ["USA", "JPN", "KOR"], "layer": "security", "tier": 3, "rationale": "commitment to consult"}],
     "source": {"section": "5", "footnote": "[9] Someone 2023"}},
    {"id": "2023-camp-david-principles", "date": "2023-08-18", "precision": "day",
     "title": {"zh": "戴维营原则", "en": "Camp David Principles"},
     "summary": {"zh": "三国发表原则。", "en": "The three states state their principles."},
     "category": "agreement", "actors": ["USA", "JPN", "KOR"],
     "effects": [{"among": ["USA", "JPN", "KOR"], "layer": "political", "score": 5, "rationale": "joint principles"}],
     "source": {"section": "5", "footnote": "[9] Someone 2023"}}
  ]
}
)json";

Chronology fixture()
{
    const ChronologyReader::Result r = ChronologyReader::readData(QByteArray(kFixture), u"fixture.json"_s);
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
    model.setLanguage(u"zh"_s);
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
    model.setLanguage(u"zh"_s);
    QCOMPARE(model.language(), u"zh"_s);
    QCOMPARE(model.headerData(EventListModel::Date, Qt::Horizontal).toString(), u"日期"_s);
    QCOMPARE(model.index(4, EventListModel::Title).data().toString(), u"戴维营峰会"_s);
    QCOMPARE(model.index(3, EventListModel::Category).data().toString(), u"争端"_s);
    QCOMPARE(model.index(0, EventListModel::Source).data().toString(), u"引言（背景）"_s);
    // An unknown language is ignored.
    model.setLanguage(u"fr"_s);
    QCOMPARE(model.language(), u"zh"_s);
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

void TestEventListModel::languageSwitchEmitsChanges()
{
    EventListModel model;
    model.setChronology(fixture());
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setLanguage(u"zh"_s);
    QCOMPARE(data.size(), 1);
    QCOMPARE(header.size(), 1);
    const QModelIndex topLeft = data.first().at(0).toModelIndex();
    const QModelIndex bottomRight = data.first().at(1).toModelIndex();
    QCOMPARE(topLeft, model.index(0, 0));
    QCOMPARE(bottomRight, model.index(5, EventListModel::ColumnCount - 1));
    QCOMPARE(header.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
    // The same language again changes nothing.
    model.setLanguage(u"zh"_s);
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
    model.setLanguage(u"zh"_s);
    proxy.setFilterFixedString(u"戴维营"_s);
    QCOMPARE(proxy.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestEventListModel)
#include "tst_eventlistmodel.moc"
