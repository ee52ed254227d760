// ExportProgressDialog: a cancellable progress dialog for long exports (frames, GIF, sheets).
#pragma once

#include "figureexporter.h"

#include <QProgressDialog>

namespace AllianceScope {

/**
 * A modal QProgressDialog that hands FigureExporter a Progress callback: each step updates the
 * bar ("Frame 12 of 45"), keeps the event loop responsive and reports Cancel as false, which
 * makes the exporter stop and discard what it wrote.
 */
class ExportProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    explicit ExportProgressDialog(const QString &title, QWidget *parent = nullptr);

    /// The callback for FigureExporter; valid while this dialog lives.
    FigureExporter::Progress callback();
};

} // namespace AllianceScope
