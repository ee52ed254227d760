// HeatStripDock: the dock around the heat strip (see heatstripdock.h).
#include "heatstripdock.h"

#include "heatstripexport.h"
#include "heatstripwidget.h"
#include "session/document.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceScope {

HeatStripDock::HeatStripDock(Document *doc, QWidget *parent)
    : QDockWidget(parent)
    , m_doc(doc)
    , m_strip(new HeatStripWidget(doc))
    , m_scroll(new QScrollArea)
    , m_orderLabel(new QLabel)
    , m_order(new QComboBox)
    , m_export(new QPushButton)
{
    setObjectName(u"heatStripDock"_s);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                | QDockWidget::DockWidgetClosable);

    auto *content = new QWidget;
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    m_order->setObjectName(u"heatStripOrder"_s);
    m_orderLabel->setBuddy(m_order);
    m_export->setObjectName(u"heatStripExport"_s);
    bar->addWidget(m_orderLabel);
    bar->addWidget(m_order);
    bar->addStretch(1);
    bar->addWidget(m_export);

    m_scroll->setWidget(m_strip);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    setWidget(content);

    connect(m_order, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_strip->setOrder(static_cast<HeatStripRenderer::Order>(m_order->itemData(index).toInt()));
    });
    connect(m_export, &QPushButton::clicked, this, &HeatStripDock::exportStrip);
    retranslate();
}

HeatStripDock::~HeatStripDock() = default;

HeatStripDock *HeatStripDock::install(QMainWindow *window, Document *doc)
{
    auto *dock = new HeatStripDock(doc, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide(); // the graph gets the room by default; F6 shows the strip
    // Shown for the first time without a size of its own (none restored), the strip takes two
    // fifths of the window's height (the graph keeps the rest); later it keeps the user's size.
    connect(dock, &QDockWidget::visibilityChanged, dock, [dock, window](bool visible) {
        if (!visible || dock->m_sized)
            return;
        dock->m_sized = true;
        if (dock->height() >= 200)
            return;
        window->resizeDocks({dock}, {std::max(280, window->height() * 2 / 5)}, Qt::Vertical);
    });
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(u"heatStrip"_s);
    toggle->setShortcut(QKeySequence(Qt::Key_F6));
    window->addAction(toggle); // works in full screen, with the menu bar hidden
    if (auto *view = window->findChild<QMenu *>(u"viewMenu"_s)) {
        QAction *fullScreen = window->findChild<QAction *>(u"fullScreen"_s);
        view->insertAction(fullScreen && view->actions().contains(fullScreen) ? fullScreen : nullptr, toggle);
    }
    return dock;
}

void HeatStripDock::retranslate()
{
    setWindowTitle(tr("Dyad × Time"));
    toggleViewAction()->setToolTip(tr("Every dyad's weight over time, one row each (F6)"));
    m_orderLabel->setText(tr("&Order:"));
    const int current = std::max(0, m_order->currentIndex());
    const QSignalBlocker block(m_order);
    m_order->clear();
    m_order->addItem(tr("Triangle first"), int(HeatStripRenderer::Order::Triangle));
    m_order->addItem(tr("By name"), int(HeatStripRenderer::Order::Name));
    m_order->addItem(tr("By total change"), int(HeatStripRenderer::Order::Change));
    m_order->setCurrentIndex(current);
    m_order->setToolTip(tr("Total change: the sum of the weight's moves over the range shown"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the heat strip as PNG or SVG"));
}

void HeatStripDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

bool HeatStripDock::exportTo(const QString &path, int width, QString *error) const
{
    if (!m_doc || !m_doc->hasChronology()) {
        if (error)
            *error = tr("no chronology is loaded");
        return false;
    }
    HeatStripExport::Request request;
    request.output = path;
    request.layer = m_doc->layer();
    request.language = m_doc->language();
    request.date = m_doc->date();
    request.order = m_strip->order();
    request.width = width > 0 ? width : std::max(1200, m_strip->width());
    return HeatStripExport::write(m_doc->model(), request, error);
}

void HeatStripDock::exportStrip()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Heat Strip"), m_lastDirectory,
                                                      tr("PNG (*.png);;SVG (*.svg)"));
    if (path.isEmpty())
        return;
    m_lastDirectory = QFileInfo(path).absolutePath();
    QString error;
    if (!exportTo(path, 0, &error))
        QMessageBox::warning(this, tr("Cannot export the heat strip"), error);
}

} // namespace AllianceScope
