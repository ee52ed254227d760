// CompareController: keeps the window's AllianceScene in step with the document's comparison and
// what-if state — the difference view between the compared date and the current date, and the
// ghost edges of the baseline while a scenario is on. The document stays the one state.
#pragma once

#include <QObject>

namespace AllianceScope {

class AllianceScene;
class Document;

class CompareController : public QObject
{
    Q_OBJECT

public:
    CompareController(Document *document, AllianceScene *scene, QObject *parent = nullptr);

    /// Shows the document's state on the scene now (also called on every relevant signal).
    void sync();

private:
    void onScenarioChanged();

    Document *m_document;
    AllianceScene *m_scene;
};

} // namespace AllianceScope
