// ExportProgressDialog: QProgressDialog as FigureExporter's progress callback.
#include "exportprogressdialog.h"

#include <QCoreApplication>

namespace AllianceScope {

ExportProgressDialog::ExportProgressDialog(const QString &title, QWidget *parent)
    : QProgressDialog(parent)
{
    setWindowTitle(title);
    setLabelText(tr("Preparing…"));
    setCancelButtonText(tr("Cancel"));
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(300);
    setAutoClose(false);
    setAutoReset(false);
    setValue(0);
}

FigureExporter::Progress ExportProgressDialog::callback()
{
    return [this](int done, int total) {
        setMaximum(total);
        setValue(done);
        setLabelText(tr("Frame %1 of %2").arg(done).arg(total));
        QCoreApplication::processEvents();
        return !wasCanceled();
    };
}

} // namespace AllianceScope
