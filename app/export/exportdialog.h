// ExportDialog: the Export Figure… dialog — what to export, format, size or DPI, caption,
// language, background — remembering its settings with QSettings.
#pragma once

#include "figureexporter.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QRadioButton;

namespace AllianceScope {

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// What is exported.
    enum class Range {
        CurrentDate, ///< one figure at the current date
        AllFrames,   ///< one figure per event into a folder
        Animation    ///< an animated GIF, one frame per event
    };

    /// @p chartAvailable: whether the chart can be exported (else Graph only).
    explicit ExportDialog(const QDate &date, bool chartAvailable, QWidget *parent = nullptr);

    Range range() const;
    FigureFormat format() const;
    FigureOptions options() const;
    QString path() const; ///< a file, or the folder for AllianceScope::ExportDialog::Range::AllFrames
    int delayMs() const;

    void setPath(const QString &path);

    /// Runs the export the dialog describes with @p exporter (progress dialog for series);
    /// reports failures in a message box. Returns true on success.
    static bool run(QWidget *parent, FigureExporter &exporter, const ExportDialog &dialog, const QDate &date);

public slots:
    void accept() override;

private:
    void browse();
    void followPathSuffix();
    void updateControls();
    void loadSettings();
    void saveSettings() const;

    QDate m_date;
    QComboBox *m_range = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QRadioButton *m_byWidth = nullptr;
    QRadioButton *m_byDpi = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_dpi = nullptr;
    QSpinBox *m_delay = nullptr;
    QCheckBox *m_caption = nullptr;
    QCheckBox *m_legend = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_layer = nullptr;
    QComboBox *m_background = nullptr;
    QComboBox *m_content = nullptr;
};

} // namespace AllianceScope
