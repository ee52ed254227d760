// The GUI entry point and the figure commands' QApplication set-up.
#include "gui.h"

#include "cli/commandline.h"
#include "graphview/graphview.h"
#include "session/document.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDate>
#include <QIcon>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

    void ensurePlatform()
    {
        // Without a display server, draw offscreen rather than fail to start.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

/// Quits the application after the first paint of the widget it filters.
class FirstFrameQuitter : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int runFigureCommand(int &argc, char **argv)
{
    ensurePlatform();
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine cli(out, err);
    return cli.run(QCoreApplication::arguments());
}

int runGui(int &argc, char **argv, const QStringList &arguments)
{
    ensurePlatform();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"AllianceScope"_s);
    QCoreApplication::setApplicationName(u"AllianceScope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ALLIANCESCOPE_VERSION));
    QGuiApplication::setDesktopFileName(u"alliancescope"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/icons/alliancescope.svg"_s));

    MainWindow window;
    window.restoreSettings();
    // The FILE argument, else the bundled chronology; a FILE that fails falls back to it.
    const QString file = arguments.isEmpty() ? QString() : arguments.last();
    if (file.isEmpty() || !window.openFile(file))
        window.openFile(CommandLine::bundledChronologyPath());
    // ALLIANCESCOPE_START_DATE=YYYY-MM-DD starts elsewhere than at the last event (screenshots).
    const QDate start
        = QDate::fromString(qEnvironmentVariable("ALLIANCESCOPE_START_DATE"), Qt::ISODate);
    if (start.isValid())
        window.document()->setDate(start);
    window.show();
    // ALLIANCESCOPE_START_EDGE=JPN-KOR opens with that edge's history shown (screenshots).
    const QStringList edge = qEnvironmentVariable("ALLIANCESCOPE_START_EDGE").split(u'-');
    if (edge.size() == 2)
        window.selectEdge(edge[0], edge[1]);
    // ALLIANCESCOPE_QUIT_AFTER_FIRST_FRAME=1 quits once the graph has been painted: the
    // start-up benchmark (tests/bench/bench_startup.cpp) times the whole process with it.
    FirstFrameQuitter quitter;
    if (qEnvironmentVariableIntValue("ALLIANCESCOPE_QUIT_AFTER_FIRST_FRAME") == 1)
        window.graphView()->viewport()->installEventFilter(&quitter);
    return app.exec();
}

} // namespace AllianceScope
