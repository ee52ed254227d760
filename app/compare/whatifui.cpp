// WhatIfUi: the What-If menu and status note over the document's scenario.
#include "whatifui.h"

#include "chronology/chronologywriter.h"
#include "scenariodialog.h"
#include "session/document.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace AllianceScope {

WhatIfUi::WhatIfUi(Document *document, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_categories(new QMenu(window))
    , m_scenarios(new QMenu(window))
    , m_reset(new QAction(window))
    , m_save(new QAction(window))
    , m_status(new QLabel(window))
{
    m_menu->setObjectName(u"whatIfMenu"_s);
    m_categories->setObjectName(u"whatIfCategories"_s);
    m_scenarios->setObjectName(u"whatIfScenarios"_s);
    m_reset->setObjectName(u"resetScenario"_s);
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_reset->setShortcutContext(Qt::WindowShortcut);
    connect(m_reset, &QAction::triggered, document, &Document::resetScenario);
    m_save->setObjectName(u"saveScenario"_s);
    connect(m_save, &QAction::triggered, this, &WhatIfUi::saveScenarioDialog);
    m_menu->addAction(m_reset);
    m_menu->addMenu(m_categories);
    m_menu->addSeparator();
    m_menu->addMenu(m_scenarios);
    m_menu->addAction(m_save);
    QMenu *help = window->findChild<QMenu *>(u"helpMenu"_s);
    window->menuBar()->insertMenu(help ? help->menuAction() : nullptr, m_menu);
    m_status->setObjectName(u"whatIfStatus"_s);
    m_status->setStyleSheet(u"QLabel { background: #e8eef7; color: #1a3a66; padding: 1px 6px; }"_s);
    window->statusBar()->addPermanentWidget(m_status);

    connect(document, &Document::chronologyChanged, this, &WhatIfUi::rebuildMenus);
    connect(document, &Document::scenarioChanged, this, &WhatIfUi::rebuildMenus);
    connect(document, &Document::languageChanged, this, &WhatIfUi::rebuildMenus);
    retranslate();
}

void WhatIfUi::rebuildMenus()
{
    const Chronology &c = m_document->chronology();
    const Scenario &current = m_document->scenario();
    m_categories->clear();
    for (const Category &category : c.categories()) {
        QAction *a = m_categories->addAction(category.name.in(m_document->language()));
        a->setObjectName(u"switchOff_"_s + category.id);
        a->setCheckable(true);
        a->setChecked(current.withoutCategories.contains(category.id));
        const QString id = category.id;
        connect(a, &QAction::toggled, this, [this, id](bool off) { m_document->setCategoryEnabled(id, !off); });
    }
    m_scenarios->clear();
    for (const Scenario &s : m_document->scenarios()) {
        QAction *a = m_scenarios->addAction(s.name.isEmpty() ? s.id : s.name);
        a->setObjectName(u"loadScenario_"_s + s.id);
        a->setToolTip(s.note);
        a->setCheckable(true);
        a->setChecked(!current.id.isEmpty() && current.id == s.id && current == s);
        connect(a, &QAction::triggered, this, [this, s] { m_document->setScenario(s); });
    }
    m_scenarios->setEnabled(!m_document->scenarios().isEmpty());
    m_reset->setEnabled(m_document->isWhatIf());
    updateStatus();
}

void WhatIfUi::updateStatus()
{
    const Scenario &s = m_document->scenario();
    m_status->setVisible(m_document->isWhatIf());
    if (!m_document->isWhatIf())
        return;
    QStringList parts;
    if (!s.withoutEvents.isEmpty())
        parts.append(tr("%n event(s) off", nullptr, int(s.withoutEvents.size())));
    if (!s.withoutCategories.isEmpty())
        parts.append(tr("%n categories off", nullptr, int(s.withoutCategories.size())));
    if (!s.overrides.isEmpty())
        parts.append(tr("%n effect(s) changed", nullptr, int(s.overrides.size())));
    const QString name = s.name.isEmpty() ? QString() : u"“"_s + s.name + u"” "_s;
    m_status->setText(tr("What-if %1: %2 (dashed grey: the baseline)").arg(name, parts.join(u", "_s)));
}

bool WhatIfUi::saveScenario(const QString &id, const QString &name, const QString &note, const QString &path,
                            QString *error)
{
    Scenario s = m_document->scenario();
    s.id = id;
    s.name = name;
    s.note = note;
    QList<Scenario> all = m_document->scenarios();
    all.removeIf([&](const Scenario &o) { return o.id == id; });
    all.append(s);
    Chronology c = m_document->chronology();
    c.setScenarios(all);
    const QString target = path.isEmpty() ? m_document->path() : path;
    if (!ChronologyWriter::writeFile(c, target, error))
        return false;
    m_document->addScenario(s);
    m_document->setScenario(s);
    return true;
}

void WhatIfUi::saveScenarioDialog()
{
    if (!m_document->hasChronology())
        return;
    const Scenario &s = m_document->scenario();
    ScenarioDialog dialog(s.name, s.note, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString path = m_document->path();
    if (path.isEmpty() || path.startsWith(u':')) {
        // The bundled chronology is read-only: save a copy with the scenario.
        path = QFileDialog::getSaveFileName(m_window, tr("Save Chronology with the Scenario"),
                                            u"chronology.alliance.json"_s, tr("Chronologies (*.json)"));
        if (path.isEmpty())
            return;
    }
    QString error;
    if (!saveScenario(dialog.id(), dialog.name(), dialog.note(), path, &error)) {
        QMessageBox::warning(m_window, tr("Cannot save the scenario"), error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Scenario “%1” saved to %2").arg(dialog.name(), path), 8000);
}

void WhatIfUi::retranslate()
{
    m_menu->setTitle(tr("&What-If"));
    m_categories->setTitle(tr("Switch Off &Category"));
    m_scenarios->setTitle(tr("&Load Scenario"));
    m_reset->setText(tr("&Reset to Baseline"));
    m_reset->setToolTip(tr("Switch every event back on and undo every changed effect"));
    m_save->setText(tr("&Save Scenario…"));
    rebuildMenus();
}

} // namespace AllianceScope
