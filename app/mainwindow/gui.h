// Entry points that need a QApplication: the GUI itself, and the commands that draw figures.
#pragma once

#include <QStringList>

namespace AllianceScope {

/// Starts the GUI on the chronology named in @p arguments (the bundled one by default).
int runGui(int &argc, char **argv, const QStringList &arguments);

/// Runs a figure-export command (--export, --export-frames, …) with an offscreen-capable
/// QApplication, so that it works with no display server.
int runFigureCommand(int &argc, char **argv);

} // namespace AllianceScope
