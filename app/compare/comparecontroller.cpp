// CompareController: the document's comparison and what-if on the window's scene.
#include "comparecontroller.h"

#include "graphview/alliancescene.h"
#include "session/document.h"

namespace AllianceScope {

CompareController::CompareController(Document *document, AllianceScene *scene, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene)
{
    // Connected after the window's own slots, so the scene already shows the new snapshot.
    connect(document, &Document::compareChanged, this, &CompareController::sync);
    connect(document, &Document::dateChanged, this, &CompareController::sync);
    connect(document, &Document::layerChanged, this, &CompareController::sync);
    connect(document, &Document::parametersChanged, this, &CompareController::sync);
    connect(document, &Document::chronologyChanged, this, &CompareController::sync);
    connect(document, &Document::scenarioChanged, this, &CompareController::onScenarioChanged);
}

void CompareController::onScenarioChanged()
{
    m_scene->setSnapshot(m_document->snapshot(), false);
    sync();
}

void CompareController::sync()
{
    if (!m_document->hasChronology()) {
        m_scene->clearDifference();
        m_scene->setBaseline({});
        return;
    }
    if (m_document->compareMode() == Document::CompareMode::Difference && m_document->compareDate().isValid()) {
        const auto [from, to] = m_document->compareSpan();
        m_scene->setDifference(m_document->difference(), from, to);
    } else {
        m_scene->clearDifference();
    }
    // Ghosts compare with the baseline at the current date; the difference view has its own key.
    const bool ghosts = m_document->isWhatIf() && !m_scene->isDifferenceShown();
    m_scene->setBaseline(ghosts ? m_document->baselineSnapshot() : NetworkSnapshot{});
}

} // namespace AllianceScope
