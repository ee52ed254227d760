// Entry points that need a QApplication: the GUI itself, and the commands that draw figures.
#pragma once

#include "cli/commandline.h"

namespace AllianceScope {

class MainWindow;
struct StartOptions;

/// Starts the GUI on the chronology, date, layer and language of @p options (parsed by
/// StartOptions::parse; the bundled chronology by default).
int runGui(int &argc, char **argv, const StartOptions &options);

/// Opens @p options' file (or, when it fails, the bundled chronology) in @p window and applies
/// its date, layer and language over the restored settings.
void applyStartOptions(MainWindow &window, const StartOptions &options);
/// Enters presentation mode when @p options ask for it (--present, --story); after show().
void startPresentation(MainWindow &window, const StartOptions &options);

/// Runs a figure-export command (--export, --export-frames, …) through @p figures with an
/// offscreen-capable QApplication, so that it works with no display server.
int runFigureCommand(int &argc, char **argv, const CommandLine::FigureRunner &figures);

} // namespace AllianceScope
