// HeatStripExport: the dyad × time heat strip as an SVG or PNG file, drawn offscreen from a
// WeightModel by a HeatStripRenderer — for the dock's Export… button and --export-heatstrip alike.
#pragma once

#include "heatstriprenderer.h"

#include "chronology/language.h"
#include "chronology/types.h"
#include "style/figurelimits.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace AllianceScope {

class WeightModel;

class HeatStripExport
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::HeatStripExport)

public:
    /// What is drawn.
    struct Request
    {
        QString output;                  ///< .svg or .png
        Layer layer = Layer::All;
        Language language = Language::En;
        QDate date;                      ///< the cursor; invalid: none
        int width = 1600;                ///< pixels (PNG) / points (SVG); the height follows the rows
        HeatStripRenderer::Order order = HeatStripRenderer::Order::Triangle;
    };
    static constexpr int kMinWidth = FigureLimits::kMinWidth, kMaxWidth = FigureLimits::kMaxWidth;

    /**
     * Samples @p model at one date per pixel column of the plot and writes the strip to
     * request.output atomically (a failed write leaves no file and the old one intact). Texts are
     * in the installed translation and request.language's names. Needs a QGuiApplication (fonts).
     * Returns false and sets @p error.
     */
    static bool write(const WeightModel &model, const Request &request, QString *error = nullptr);
};

} // namespace AllianceScope
