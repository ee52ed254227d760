// The weight model keeps its range on the bundled chronology: every dyad effect of an event
// after 1990 moves its dyad's drawn weight visibly, on its layer and on `all` (issue 8), and
// the triangle's edges move in 2022–23 without sitting at their tier's ceiling.
#include "chronology/chronologyreader.h"
#include "weights/weightmodel.h"

#include <QTest>

#include <cmath>
#include <memory>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

/// The smallest change of a drawn weight a viewer can see (docs/MODEL.md).
constexpr double kVisible = 0.01;

} // namespace

class TestModelRange : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WeightModel> m_model;

    double weight(const QString &a, const QString &b, const QDate &d, Layer layer) const
    {
        return m_model->dyadAt(a, b, d).at(layer).weight;
    }

private slots:
    void initTestCase();
    void everyEffectAfter1990IsVisible();
    void triangleMovesIn2022And2023();
    void triangleStaysBelowItsCeiling();
};

void TestModelRange::initTestCase()
{
    const ChronologyReader::Result result =
        ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY(result.ok());
    m_model = std::make_unique<WeightModel>(*result.chronology);
}

// For every pair of every dyad/among effect of an event dated after 1990-01-01: the weight on
// the effect's layer and on `all` differs by at least 0.01 between the eve and the day, unless
// the effect's rationale says why it is negligible in `all` (then only its layer is checked).
void TestModelRange::everyEffectAfter1990IsVisible()
{
    int checked = 0, exempt = 0;
    QStringList invisible;
    for (const Event &e : m_model->chronology().events()) {
        if (e.date < QDate(1990, 1, 1))
            continue;
        const QDate eve = e.date.addDays(-1);
        for (const Effect &f : e.effects) {
            if (f.kind != Effect::Kind::Dyad)
                continue;
            // An effect may be negligible in `all` (where a layer counts a third) when its
            // rationale says so; on its own layer it must still show.
            const bool negligibleInAll = f.rationale.contains(u"Negligible in `all`"_s);
            exempt += negligibleInAll ? 1 : 0;
            for (int i = 0; i < f.actors.size(); ++i) {
                for (int j = i + 1; j < f.actors.size(); ++j) {
                    for (Layer layer : {f.layer, Layer::All}) {
                        if (layer == Layer::All && negligibleInAll)
                            continue;
                        ++checked;
                        const double d = weight(f.actors[i], f.actors[j], e.date, layer)
                            - weight(f.actors[i], f.actors[j], eve, layer);
                        if (std::abs(d) < kVisible)
                            invisible.append(u"%1 %2-%3 %4: %5"_s.arg(e.id, f.actors[i], f.actors[j],
                                                                      layerName(layer))
                                                 .arg(d, 0, 'f', 4));
                    }
                }
            }
        }
    }
    qInfo("%d weight changes checked, %d effects negligible in all", checked, exempt);
    QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
    for (const QString &line : std::as_const(invisible))
        qWarning("invisible: %s", qPrintable(line));
    QCOMPARE(invisible.size(), 0);
}

// The paper's climax: across 2022 and 2023 each edge of the triangle changes visibly (more than
// 0.05 between its lowest and highest monthly value), on `all` and on its security layer.
void TestModelRange::triangleMovesIn2022And2023()
{
    for (const auto &[a, b] : {std::pair{"USA", "JPN"}, std::pair{"USA", "KOR"}, std::pair{"JPN", "KOR"}}) {
        for (Layer layer : {Layer::All, Layer::Security, Layer::Political}) {
            double lo = 2.0, hi = -2.0;
            for (QDate t(2022, 1, 1); t <= QDate(2023, 12, 31); t = t.addMonths(1)) {
                const double w = weight(QLatin1String(a), QLatin1String(b), t, layer);
                lo = std::min(lo, w);
                hi = std::max(hi, w);
            }
            QVERIFY2(hi - lo > 0.05, qPrintable(u"%1-%2 %3: %4..%5"_s.arg(QLatin1String(a), QLatin1String(b),
                                                                             layerName(layer))
                                                    .arg(lo).arg(hi)));
        }
    }
}

// No edge of the triangle sits at its tier's ceiling (base + 0.4): at Camp David and at the end
// of 2023 each is at least 0.05 below it on `all` and on every layer.
void TestModelRange::triangleStaysBelowItsCeiling()
{
    const WeightParameters &p = m_model->parameters();
    for (const QDate &t : {QDate(2023, 8, 18), QDate(2023, 12, 31)}) {
        for (const auto &[a, b] : {std::pair{"USA", "JPN"}, std::pair{"USA", "KOR"}, std::pair{"JPN", "KOR"}}) {
            const DyadState s = m_model->dyadAt(QLatin1String(a), QLatin1String(b), t);
            for (Layer layer : kViewLayers) {
                const LayerState &l = s.at(layer);
                const double ceiling = p.tierStep * l.tier + p.lambda;
                QVERIFY2(l.weight < ceiling - 0.05,
                         qPrintable(u"%1-%2 %3 on %4: %5, ceiling %6"_s.arg(QLatin1String(a), QLatin1String(b),
                                                                            layerName(layer), t.toString(Qt::ISODate))
                                        .arg(l.weight).arg(ceiling)));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestModelRange)
#include "tst_modelrange.moc"
