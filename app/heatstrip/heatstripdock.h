// HeatStripDock: the window's "Dyad × time" dock — the heat strip in a scroll area, a chooser of
// the row order and an Export… button (PNG or SVG through HeatStripExport). install() adds it to
// a main window with its View-menu toggle (F6).
#pragma once

#include "heatstriprenderer.h"

#include <QDockWidget>
#include <QPointer>

class QComboBox;
class QLabel;
class QMainWindow;
class QPushButton;
class QScrollArea;

namespace AllianceScope {

class Document;
class HeatStripWidget;

class HeatStripDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit HeatStripDock(Document *doc, QWidget *parent = nullptr);
    ~HeatStripDock() override;

    /// Creates the dock in @p window's bottom area (hidden), its toggle action (object name
    /// "heatStrip", shortcut F6, added to the window and to its menu named "viewMenu").
    static HeatStripDock *install(QMainWindow *window, Document *doc);

    HeatStripWidget *strip() const { return m_strip; }
    QComboBox *orderBox() const { return m_order; }
    QPushButton *exportButton() const { return m_export; }

    /// Writes the strip as it is shown (layer, language, date, order) to @p path (.png or .svg),
    /// @p width pixels wide (0: the strip's width, at least 1200). Returns false and sets @p error.
    bool exportTo(const QString &path, int width = 0, QString *error = nullptr) const;

public slots:
    /// Export…: asks for a file, then exportTo().
    void exportStrip();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPointer<Document> m_doc;
    HeatStripWidget *m_strip;
    QScrollArea *m_scroll;
    QLabel *m_orderLabel;
    QComboBox *m_order;
    QPushButton *m_export;
    QString m_lastDirectory;
    bool m_sized = false; ///< given its first height (install())
};

} // namespace AllianceScope
