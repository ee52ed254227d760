// testsupport.h: what several test suites share — running the built executables as a user runs
// them (without a display server, or offscreen), the bundled chronology's path, and reading and
// writing whole files. Header-only: each suite is its own executable.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace AllianceScope::TestSupport {

/// How a child process finds a display.
enum class Display {
    None,     ///< no display server at all (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset)
    Offscreen ///< Qt's offscreen platform
};

struct RunOptions
{
    QString program = QStringLiteral(ALLIANCESCOPE_EXECUTABLE);
    Display display = Display::None;
    QStringList extraEnv; ///< NAME=VALUE pairs added to the environment
    QString workingDirectory;
    int timeoutMs = 120000;
};

/// The default options with Qt's offscreen platform.
inline RunOptions offscreen()
{
    RunOptions options;
    options.display = Display::Offscreen;
    return options;
}

/// What a finished child gave back.
struct Run
{
    int code = -1; ///< its exit code; -1 when it crashed, was killed or timed out
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray outBytes;
    QByteArray errBytes;
    QString out; ///< outBytes as UTF-8
    QString err; ///< errBytes as UTF-8
};

/// Runs @p options.program (alliancescope by default) with @p args and waits for it; a child
/// still running after the timeout is killed.
inline Run run(const QStringList &args, const RunOptions &options = {})
{
    using namespace Qt::StringLiterals;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (options.display == Display::Offscreen) {
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    } else {
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s); // the command line must work without a display server
    }
    for (const QString &nameValue : options.extraEnv)
        env.insert(nameValue.section(u'=', 0, 0), nameValue.section(u'=', 1));
    p.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty())
        p.setWorkingDirectory(options.workingDirectory);
    p.start(options.program, args);
    Run r;
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.status = p.exitStatus();
    r.code = r.status == QProcess::NormalExit ? p.exitCode() : -1;
    r.outBytes = p.readAllStandardOutput();
    r.errBytes = p.readAllStandardError();
    r.out = QString::fromUtf8(r.outBytes);
    r.err = QString::fromUtf8(r.errBytes);
    return r;
}

/// The bundled chronology (resources/chronology.json in the source tree).
inline QString bundled()
{
    return QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY);
}

/// The non-empty lines of @p text.
inline QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

/// The whole file; empty when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Writes @p data as the whole file; whether all of it was written.
inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace AllianceScope::TestSupport
