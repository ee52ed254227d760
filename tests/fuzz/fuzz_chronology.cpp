// libFuzzer target over the domain core: bytes → ChronologyReader; for every accepted input the
// writer round trip (re-reading the written file must give an equal chronology), a weight model,
// snapshots at several dates (every weight finite), the metrics, every scenario's model and the
// data exporters.
// Built only with -DALLIANCESCOPE_FUZZ=ON and clang; run by scripts/fuzz.sh (docs/RELIABILITY.md).
#include "chronology/chronologyreader.h"
#include "chronology/chronologywriter.h"
#include "io/dotexporter.h"
#include "io/gexfexporter.h"
#include "io/graphmlexporter.h"
#include "io/weightscsvexporter.h"
#include "metrics/metrics.h"
#include "weights/weightmodel.h"
#include "weights/whatif.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace AllianceScope;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_chronology: %s\n", what);
    std::abort();
}

void checkSnapshot(const Chronology &chronology, const WeightModel &model, const QDate &date)
{
    const NetworkSnapshot snapshot = model.snapshotAt(date);
    for (const DyadState &d : snapshot.dyads) {
        if (!(d.a < d.b))
            fail("a snapshot dyad is not ordered a < b");
        for (const LayerState &l : d.layers) {
            if (!std::isfinite(l.weight) || !std::isfinite(l.score))
                fail("a weight or score is not finite");
        }
    }
    for (const Layer layer : kViewLayers) {
        for (const MetricValue &m :
             Metrics::all(chronology, snapshot, layer, model.parameters())) {
            if (!std::isfinite(m.value))
                fail("a metric is not finite");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QDate, QLocale and the exporters want a QCoreApplication; it lives for the whole run.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ChronologyReader::Result result =
        ChronologyReader::readData(bytes, QStringLiteral("fuzz.json"));
    if (!result.ok()) {
        if (result.errors.isEmpty())
            fail("a rejected input has no error");
        for (const ReadError &e : result.errors) {
            if (e.line <= 0 || e.column <= 0 || e.message.isEmpty())
                fail("an error of an input read from memory has no position or message");
        }
        return 0;
    }
    const Chronology &chronology = *result.chronology;

    // The writer round trip: what it writes reads back to the same chronology.
    const QByteArray written = ChronologyWriter::toJson(chronology);
    const ChronologyReader::Result again =
        ChronologyReader::readData(written, QStringLiteral("fuzz-rewritten.json"));
    if (!again.ok())
        fail("the writer wrote a file the reader rejects");
    if (*again.chronology != chronology)
        fail("the writer round trip changed the chronology");

    // The model at several dates, before, inside and after the chronology.
    const WeightModel model(chronology);
    if (!chronology.isEmpty()) {
        const QDate first = chronology.firstDate();
        const QDate last = chronology.lastDate();
        const qint64 span = first.daysTo(last);
        for (const QDate &d : {first.addDays(-1), first, first.addDays(span / 2), last,
                               last.addYears(5)}) {
            checkSnapshot(chronology, model, d);
        }
    }

    // Every scenario the reader accepted applies cleanly, and its model stays finite.
    for (const Scenario &scenario : chronology.scenarios()) {
        if (!WhatIf::problems(chronology, scenario).isEmpty())
            fail("the reader accepted a scenario that does not fit its chronology");
        const std::unique_ptr<WeightModel> whatIf = WhatIf::model(chronology, scenario);
        if (!whatIf->chronology().isEmpty())
            checkSnapshot(whatIf->chronology(), *whatIf, whatIf->chronology().lastDate());
    }

    // The data exporters: their cost grows with events × dyads, so only small inputs.
    if (chronology.events().size() <= 64 && chronology.actors().size() <= 32) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!DotExporter::write(model, DotExporter::Options{}, &buffer, &error)
            || !GraphmlExporter::write(model, GraphmlExporter::Options{}, &buffer, &error)
            || !GexfExporter::write(model, GexfExporter::Options{}, &buffer, &error)
            || !WeightsCsvExporter::write(model, &buffer, &error)) {
            fail("a data exporter failed on a memory buffer");
        }
    }
    return 0;
}
