// libFuzzer target over the story and scenario formats: the fuzzed bytes are the last members of
// the bundled chronology's top-level object (its "stories" and "scenarios" taken out, and only the
// events they name kept), so every
// input reaches the story and scenario checks with real actors, events and categories to refer
// to. For every accepted input: the writer round trip, every scenario applied and modelled
// (weights finite), every story step resolved (a valid date, known event and actors).
// Built only with -DALLIANCESCOPE_FUZZ=ON and clang; run by scripts/fuzz.sh (docs/RELIABILITY.md).
#include "chronology/chronologyreader.h"
#include "chronology/chronologywriter.h"
#include "weights/weightmodel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace AllianceScope;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_stories: %s\n", what);
    std::abort();
}

/// The bundled chronology without stories and scenarios, written out without its closing brace.
QByteArray &prefix()
{
    static QByteArray bytes;
    return bytes;
}

void checkScenario(const Chronology &chronology, const Scenario &scenario)
{
    const Chronology applied = applyScenario(chronology, scenario);
    if (applied.events().size() > chronology.events().size())
        fail("a scenario added events");
    const WeightModel model(applied);
    const QDate date = chronology.firstDate().addDays(chronology.firstDate().daysTo(chronology.lastDate()) / 2);
    for (const DyadState &d : model.snapshotAt(date).dyads) {
        for (const LayerState &l : d.layers) {
            if (!std::isfinite(l.weight) || !std::isfinite(l.score))
                fail("a what-if weight or score is not finite");
        }
    }
}

void checkStory(const Chronology &chronology, const Story &story)
{
    if (story.steps.isEmpty())
        fail("an accepted story has no steps");
    for (const StoryStep &step : story.steps) {
        if (!step.date.isValid())
            fail("an accepted story step has no valid date");
        if (!step.event.isEmpty() && !chronology.event(step.event))
            fail("an accepted story step names an unknown event");
        for (const QString &id : step.focus + step.highlightActors) {
            if (!chronology.actor(id))
                fail("an accepted story step names an unknown actor");
        }
        for (const DyadKey &k : step.highlightEdges) {
            if (!chronology.actor(k.a) || !chronology.actor(k.b))
                fail("an accepted story step highlights an edge of an unknown actor");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    ChronologyReader::Result bundled =
        ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    if (!bundled.ok())
        fail("the bundled chronology does not read");
    // Only the events the bundled stories and scenarios (and the seeds) name: every input is read
    // whole, so a small base keeps the fuzzer fast while its references stay real.
    const Chronology &full = *bundled.chronology;
    QSet<QString> named = {QStringLiteral("2016-11-gsomia-signed"), QStringLiteral("2019-08-gsomia-non-renewal")};
    for (const Story &story : full.stories()) {
        for (const StoryStep &step : story.steps)
            named.insert(step.event);
    }
    for (const Scenario &scenario : full.scenarios()) {
        for (const QString &id : scenario.withoutEvents)
            named.insert(id);
        for (const EffectOverride &o : scenario.overrides)
            named.insert(o.event);
    }
    QList<Event> events;
    for (const Event &e : full.events()) {
        if (named.contains(e.id))
            events.append(e);
    }
    const Chronology base(full.title(), full.source(), full.actors(), full.categories(), events,
                          full.governments(), full.conditions());
    QByteArray json = ChronologyWriter::toJson(base);
    const qsizetype brace = json.lastIndexOf('}');
    if (brace < 0)
        fail("the written chronology has no closing brace");
    json.truncate(brace);
    while (!json.isEmpty() && std::isspace(static_cast<unsigned char>(json.back())))
        json.chop(1);
    prefix() = json + ",\n";
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes = prefix();
    bytes.append(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    bytes.append("\n}\n");
    const ChronologyReader::Result result =
        ChronologyReader::readData(bytes, QStringLiteral("fuzz-stories.json"));
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
    const ChronologyReader::Result again =
        ChronologyReader::readData(ChronologyWriter::toJson(chronology),
                                   QStringLiteral("fuzz-stories-rewritten.json"));
    if (!again.ok())
        fail("the writer wrote stories or scenarios the reader rejects");
    if (*again.chronology != chronology)
        fail("the writer round trip changed the stories or scenarios");
    for (const Scenario &scenario : chronology.scenarios())
        checkScenario(chronology, scenario);
    for (const Story &story : chronology.stories())
        checkStory(chronology, story);
    return 0;
}
