// ExportDialog: builds FigureOptions from the user's choices and runs FigureExporter.
#include "exportdialog.h"

#include "exportprogressdialog.h"
#include "graphview/palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

const QString kGroup = u"export"_s;

} // namespace

ExportDialog::ExportDialog(const QDate &date, bool chartAvailable, QWidget *parent)
    : QDialog(parent)
    , m_date(date)
{
    setWindowTitle(tr("Export Figure"));

    m_range = new QComboBox(this);
    m_range->addItem(tr("This date (%1)").arg(date.toString(Qt::ISODate)), int(Range::CurrentDate));
    m_range->addItem(tr("Every event, one file each"), int(Range::AllFrames));
    m_range->addItem(tr("Animated GIF of every event"), int(Range::Animation));

    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), int(FigureFormat::Png));
    m_format->addItem(tr("SVG vector graphics"), int(FigureFormat::Svg));
    m_format->addItem(tr("PDF document"), int(FigureFormat::Pdf));

    m_path = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ExportDialog::followPathSuffix);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_byWidth = new QRadioButton(tr("Width in pixels"), this);
    m_byDpi = new QRadioButton(tr("Resolution (%1 in wide)").arg(FigureOptions::kPhysicalWidthInches), this);
    m_width = new QSpinBox(this);
    m_width->setRange(FigureOptions::kMinWidth, FigureOptions::kMaxWidth);
    m_width->setSuffix(tr(" px"));
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(FigureOptions::kMinDpi, FigureOptions::kMaxDpi);
    m_dpi->setSuffix(tr(" dpi"));
    auto *widthRow = new QHBoxLayout;
    widthRow->addWidget(m_byWidth);
    widthRow->addWidget(m_width);
    auto *dpiRow = new QHBoxLayout;
    dpiRow->addWidget(m_byDpi);
    dpiRow->addWidget(m_dpi);
    connect(m_byWidth, &QRadioButton::toggled, this, &ExportDialog::updateControls);

    m_delay = new QSpinBox(this);
    m_delay->setRange(10, 60000);
    m_delay->setSingleStep(100);
    m_delay->setSuffix(tr(" ms per frame"));

    m_content = new QComboBox(this);
    m_content->addItem(tr("Graph"), int(FigureOptions::Content::Graph));
    m_content->addItem(tr("Chart"), int(FigureOptions::Content::Chart));
    m_content->addItem(tr("Graph and chart"), int(FigureOptions::Content::Both));
    if (!chartAvailable)
        m_content->setEnabled(false);

    m_layer = new QComboBox(this);
    for (Layer l : kViewLayers)
        m_layer->addItem(Palette::layerTitle(int(l)), int(l));

    m_language = new QComboBox(this);
    m_language->addItem(tr("Chinese"), languageCode(Language::Zh));
    m_language->addItem(tr("English"), languageCode(Language::En));

    m_background = new QComboBox(this);
    m_background->addItem(tr("White"), false);
    m_background->addItem(tr("Transparent"), true);

    m_caption = new QCheckBox(tr("Caption: date, event and source"), this);
    m_legend = new QCheckBox(tr("Legend"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), m_range);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Size:"), widthRow);
    form->addRow(QString(), dpiRow);
    form->addRow(tr("Animation:"), m_delay);
    form->addRow(tr("Show:"), m_content);
    form->addRow(tr("Layer:"), m_layer);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Background:"), m_background);
    form->addRow(QString(), m_caption);
    form->addRow(QString(), m_legend);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    loadSettings();
    connect(m_range, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    updateControls();
}

ExportDialog::Range ExportDialog::range() const
{
    return Range(m_range->currentData().toInt());
}

FigureFormat ExportDialog::format() const
{
    return range() == Range::Animation ? FigureFormat::Gif : FigureFormat(m_format->currentData().toInt());
}

FigureOptions ExportDialog::options() const
{
    FigureOptions o;
    o.width = m_width->value();
    o.dpi = m_byDpi->isChecked() ? m_dpi->value() : 0;
    o.caption = m_caption->isChecked();
    o.legend = m_legend->isChecked();
    o.language = languageFromCode(m_language->currentData().toString()).value_or(Language::En);
    o.layer = Layer(m_layer->currentData().toInt());
    o.transparent = m_background->currentData().toBool();
    o.content = m_content->isEnabled() ? FigureOptions::Content(m_content->currentData().toInt())
                                       : FigureOptions::Content::Graph;
    return o;
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

int ExportDialog::delayMs() const
{
    return m_delay->value();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    followPathSuffix();
}

void ExportDialog::followPathSuffix()
{
    // A typed extension chooses the format (a .gif chooses the animation).
    if (range() == Range::AllFrames)
        return;
    const auto f = figureFormatForPath(path());
    if (!f)
        return;
    if (*f == FigureFormat::Gif) {
        m_range->setCurrentIndex(m_range->findData(int(Range::Animation)));
        return;
    }
    if (range() == Range::Animation)
        m_range->setCurrentIndex(m_range->findData(int(Range::CurrentDate)));
    m_format->setCurrentIndex(m_format->findData(int(*f)));
}

void ExportDialog::updateControls()
{
    const bool gif = range() == Range::Animation;
    m_format->setEnabled(!gif);
    m_delay->setEnabled(gif);
    m_width->setEnabled(m_byWidth->isChecked());
    m_dpi->setEnabled(m_byDpi->isChecked());
    // Keep the file name's extension in step with the format.
    QString p = path();
    if (!p.isEmpty() && range() != Range::AllFrames) {
        const QFileInfo fi(p);
        const QString suffix = figureFormatSuffix(format());
        if (fi.suffix().toLower() != suffix) {
            const QString base = fi.suffix().isEmpty() ? p : p.left(p.size() - fi.suffix().size() - 1);
            m_path->setText(base + u'.' + suffix);
        }
    }
}

void ExportDialog::browse()
{
    QString chosen;
    if (range() == Range::AllFrames) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the frames"), path());
    } else {
        const QString suffix = figureFormatSuffix(format());
        chosen = QFileDialog::getSaveFileName(this, tr("Export Figure"), path(),
                                              tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    }
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
    updateControls();
}

void ExportDialog::loadSettings()
{
    QSettings s;
    s.beginGroup(kGroup);
    auto select = [](QComboBox *box, const QVariant &value) {
        const int i = box->findData(value);
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    select(m_range, s.value(u"range"_s, int(Range::CurrentDate)).toInt());
    select(m_format, s.value(u"format"_s, int(FigureFormat::Png)).toInt());
    const bool byDpi = s.value(u"byDpi"_s, false).toBool();
    m_byDpi->setChecked(byDpi);
    m_byWidth->setChecked(!byDpi);
    m_width->setValue(s.value(u"width"_s, FigureOptions::kDefaultWidth).toInt());
    m_dpi->setValue(s.value(u"dpi"_s, 300).toInt());
    m_delay->setValue(s.value(u"delay"_s, 1000).toInt());
    m_caption->setChecked(s.value(u"caption"_s, true).toBool());
    m_legend->setChecked(s.value(u"legend"_s, true).toBool());
    select(m_language, s.value(u"language"_s, languageCode(Language::Zh)).toString());
    select(m_layer, s.value(u"layer"_s, int(Layer::All)).toInt());
    select(m_background, s.value(u"transparent"_s, false).toBool());
    select(m_content, s.value(u"content"_s, int(FigureOptions::Content::Graph)).toInt());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    m_path->setText(s.value(u"path"_s, QDir(dir).filePath(u"alliancescope.png"_s)).toString());
    s.endGroup();
}

void ExportDialog::saveSettings() const
{
    QSettings s;
    s.beginGroup(kGroup);
    s.setValue(u"range"_s, m_range->currentData());
    s.setValue(u"format"_s, m_format->currentData());
    s.setValue(u"byDpi"_s, m_byDpi->isChecked());
    s.setValue(u"width"_s, m_width->value());
    s.setValue(u"dpi"_s, m_dpi->value());
    s.setValue(u"delay"_s, m_delay->value());
    s.setValue(u"caption"_s, m_caption->isChecked());
    s.setValue(u"legend"_s, m_legend->isChecked());
    s.setValue(u"language"_s, m_language->currentData());
    s.setValue(u"layer"_s, m_layer->currentData());
    s.setValue(u"transparent"_s, m_background->currentData());
    s.setValue(u"content"_s, m_content->currentData());
    s.setValue(u"path"_s, path());
    s.endGroup();
}

void ExportDialog::accept()
{
    if (path().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose where to save the export."));
        return;
    }
    followPathSuffix();
    updateControls();
    saveSettings();
    QDialog::accept();
}

bool ExportDialog::run(QWidget *parent, FigureExporter &exporter, const ExportDialog &dialog, const QDate &date)
{
    const QString path = QDir::fromNativeSeparators(dialog.path());
    FigureExporter::Status status = FigureExporter::Status::Ok;
    switch (dialog.range()) {
    case Range::CurrentDate:
        status = exporter.exportFigure(path, date, dialog.options());
        break;
    case Range::AllFrames: {
        ExportProgressDialog progress(tr("Exporting frames"), parent);
        status = exporter.exportFrames(path, dialog.format(), dialog.options(), progress.callback());
        break;
    }
    case Range::Animation: {
        ExportProgressDialog progress(tr("Exporting animation"), parent);
        status = exporter.exportGif(path, dialog.delayMs(), dialog.options(), progress.callback());
        break;
    }
    }
    if (status == FigureExporter::Status::Failed) {
        QMessageBox::critical(parent, tr("Export Figure"), exporter.errorString());
        return false;
    }
    return status == FigureExporter::Status::Ok;
}

} // namespace AllianceScope
