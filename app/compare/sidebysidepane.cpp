// SideBySidePane: the compared date beside the current one, on the same layout.
#include "sidebysidepane.h"

#include "graphview/alliancescene.h"
#include "graphview/graphview.h"
#include "session/document.h"
#include "session/layoutcontroller.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceScope {

SideBySidePane::SideBySidePane(Document *document, LayoutController *layouts, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_layouts(layouts)
    , m_scene(new AllianceScene(this))
    , m_view(new GraphView(m_scene, this))
    , m_heading(new QLabel(this))
{
    setObjectName(u"sideBySidePane"_s);
    m_view->setObjectName(u"compareGraphView"_s);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont f = m_heading->font();
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);

    // Hidden (the usual case), the pane only notes that it is stale: filling a second scene
    // with thousands of edges would cost the window's start seconds at 100,000 events.
    connect(document, &Document::chronologyChanged, this, [this] {
        m_stale = true;
        rebuildIfShown();
    });
    for (auto signal : {&Document::compareChanged, &Document::scenarioChanged, &Document::parametersChanged})
        connect(document, signal, this, &SideBySidePane::sync);
    connect(document, &Document::layerChanged, this, &SideBySidePane::sync);
    connect(document, &Document::languageChanged, this, [this] {
        m_scene->setLanguage(m_document->language());
        sync();
    });
    connect(layouts, &LayoutController::layoutReady, this, [this](Language lang, const GraphLayout &layout) {
        if (lang != m_document->language())
            return;
        if (isHidden()) {
            m_stale = true;
            return;
        }
        m_scene->applyLayout(layout, false);
        m_view->fitToWindow();
    });
    m_stale = document->hasChronology();
    m_scene->setLanguage(document->language());
    retranslate();
    rebuildIfShown();
}

void SideBySidePane::rebuildIfShown()
{
    if (isHidden() || !m_stale)
        return;
    m_stale = false;
    if (m_document->hasChronology()) {
        m_scene->setChronology(m_document->chronology());
        applyLayout();
    }
    sync();
}

bool SideBySidePane::event(QEvent *event)
{
    // Sent by setVisible(true) even while the window itself is not shown (tests).
    if (event->type() == QEvent::ShowToParent)
        rebuildIfShown();
    return QWidget::event(event);
}

void SideBySidePane::applyLayout()
{
    if (m_layouts->hasLayout(m_document->language()))
        m_scene->applyLayout(m_layouts->layoutFor(m_document->language()), false);
    m_view->fitToWindow();
}

void SideBySidePane::sync()
{
    if (!m_document->hasChronology())
        return;
    if (isHidden()) {
        m_stale = true;
        return;
    }
    m_scene->setLayer(m_document->layer());
    m_scene->setSnapshot(m_document->compareSnapshot(), false);
    m_heading->setText(headingText());
}

QString SideBySidePane::headingText() const
{
    const QDate date = m_document->compareDate();
    return date.isValid() ? tr("Compared date: %1").arg(date.toString(Qt::ISODate)) : QString();
}

void SideBySidePane::retranslate()
{
    m_heading->setText(headingText());
    m_view->setToolTip(tr("The network at the compared date, on the same layout as the main graph"));
}

} // namespace AllianceScope
