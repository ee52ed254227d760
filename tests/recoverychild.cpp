// The child process of tst_recovery: opens the file it is given, makes an edit, prints
// "AUTOSAVED" once the autosave (ALLIANCESCOPE_AUTOSAVE_MS) wrote the recovery file, and then
// waits to be killed with SIGKILL.
#include "edit/autosaver.h"
#include "edit/editui.h"
#include "mainwindow/mainwindow.h"
#include "recoveryedit.h"

#include <QApplication>
#include <QTextStream>

using namespace AllianceScope;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AllianceScope"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recovery"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2)
        return 2;
    MainWindow window;
    window.setErrorBoxesEnabled(false);
    if (!window.openFile(args[1]))
        return 3;
    QObject::connect(window.editUi()->autoSaver(), &AutoSaver::autosaved, &app, [](const QString &path) {
        QTextStream(stdout) << "AUTOSAVED " << path << Qt::endl;
    });
    if (!makeRecoveryEdit(window.editUi()->session()))
        return 4;
    return app.exec(); // until the parent kills it
}
