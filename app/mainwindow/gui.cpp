// The GUI entry point and the figure commands' QApplication set-up.
#include "gui.h"

#include "cli/commandline.h"
#include "cli/startoptions.h"
#include "edit/editui.h"
#include "layout/graphlayout.h"
#include "graphview/fontcheck.h"
#include "graphview/graphview.h"
#include "session/document.h"
#include "mainwindow.h"
#include "present/presentationcontroller.h"

#include <QApplication>
#include <QDate>
#include <QIcon>
#include <QTextStream>

#include <cstdio>

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

/// Quits the application after the first paint of the widget it filters (with @p window given:
/// the first paint after the file opened in the background is shown).
class FirstFrameQuitter : public QObject
{
public:
    const MainWindow *window = nullptr;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done
            && !(window && (window->isLoading() || !window->document()->hasChronology()))) {
            m_done = true;
            QMetaObject::invokeMethod(
                qApp,
                [] {
                    // The event loop answers again: bench_window times the start to this line
                    // (the exit after it waits for work still on the pool, e.g. a layout).
                    std::fputs("alliancescope: first frame painted, event loop answering\n", stderr);
                    std::fflush(stderr);
                    QCoreApplication::quit();
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int runFigureCommand(int &argc, char **argv, const CommandLine::FigureRunner &figures)
{
    ensurePlatform();
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    FontCheck::warnOnce(err);
    CommandLine cli(out, err, Usage::Scope::All, figures);
    return cli.run(QCoreApplication::arguments());
}

void applyStartOptions(MainWindow &window, const StartOptions &options)
{
    // The FILE argument, else the bundled chronology; a FILE that fails falls back to it (also
    // when it fails after loading in the background).
    if (options.file.isEmpty() || !window.openFile(options.file))
        window.openFile(CommandLine::bundledChronologyPath());
    if (window.isLoading()) {
        QObject::connect(&window, &MainWindow::loadFinished, &window, [&window](const QString &, bool ok) {
            if (!ok && !window.document()->hasChronology())
                window.openFile(CommandLine::bundledChronologyPath());
        }, Qt::SingleShotConnection);
    }
    if (options.date)
        window.document()->setDate(*options.date);
    if (options.layer)
        window.document()->setLayer(*options.layer);
    if (options.language)
        window.setLanguage(*options.language);
    if (options.compare)
        window.document()->setCompareDate(*options.compare);
}

void startPresentation(MainWindow &window, const StartOptions &options)
{
    if (!options.present)
        return;
    if (!window.presentation()->start(options.story))
        QTextStream(stderr) << Usage::programName() << ": no story \"" << options.story
                            << "\" in the chronology; presenting its events\n";
    // ALLIANCESCOPE_PRESENTER_VIEW=1 opens the presenter view also with one screen (screenshots).
    if (qEnvironmentVariableIntValue("ALLIANCESCOPE_PRESENTER_VIEW") == 1)
        window.presentation()->showPresenterView();
}

int runGui(int &argc, char **argv, const StartOptions &options)
{
    ensurePlatform();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"AllianceScope"_s);
    QCoreApplication::setApplicationName(u"AllianceScope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ALLIANCESCOPE_VERSION));
    QGuiApplication::setDesktopFileName(u"alliancescope"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/icons/alliancescope.svg"_s));
    // On the UI thread, after QApplication set the locale and before any layout runs on a
    // worker: from now on Graphviz never switches the process's LC_NUMERIC.
    GraphLayouter::prepare();
    {
        QTextStream err(stderr);
        FontCheck::warnOnce(err);
    }

    MainWindow window;
    window.restoreSettings();
    applyStartOptions(window, options);
    // ALLIANCESCOPE_START_DATE=YYYY-MM-DD starts elsewhere than at the last event (screenshots).
    const QDate start
        = QDate::fromString(qEnvironmentVariable("ALLIANCESCOPE_START_DATE"), Qt::ISODate);
    if (start.isValid() && !options.date)
        window.document()->setDate(start);
    window.show();
    window.editUi()->offerRecovery(); // unsaved edits of a crashed or killed session
    startPresentation(window, options);
    // ALLIANCESCOPE_START_EDGE=JPN-KOR opens with that edge's history shown (screenshots).
    const QStringList edge = qEnvironmentVariable("ALLIANCESCOPE_START_EDGE").split(u'-');
    if (edge.size() == 2)
        window.selectEdge(edge[0], edge[1]);
    // ALLIANCESCOPE_QUIT_AFTER_FIRST_FRAME=1 quits once the graph has been painted (=2: once it
    // has been painted with the chronology, after a file opened in the background): the
    // start-up benchmarks (tests/bench/bench_startup.cpp, bench_window.cpp) time the process.
    FirstFrameQuitter quitter;
    const int quitAfter = qEnvironmentVariableIntValue("ALLIANCESCOPE_QUIT_AFTER_FIRST_FRAME");
    if (quitAfter == 2)
        quitter.window = &window;
    if (quitAfter == 1 || quitAfter == 2)
        window.graphView()->viewport()->installEventFilter(&quitter);
    return app.exec();
}

} // namespace AllianceScope
