// HeatStripWidget: the interactive dyad × time heat strip bound to a Document — one row per dyad,
// time across, coloured by weight. It follows the document's chronology, what-if scenario, layer,
// half-lives, date and language; hover a cell for its dyad, date, weight and tier; click to move the date. The
// matrix is sampled once per pixel column off the UI thread; drawing is a HeatStripRenderer.
#pragma once

#include "heatstriprenderer.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QTimer;

namespace AllianceScope {

class Document;

class HeatStripWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatStripWidget(Document *doc, QWidget *parent = nullptr);
    ~HeatStripWidget() override;

    const HeatStripRenderer &renderer() const { return m_renderer; }
    /// The matrix shown (it may lag behind the document while a new one is computed).
    const DyadMatrix &matrix() const { return m_renderer.matrix(); }
    /// True while a matrix is computed off the UI thread.
    bool isComputing() const { return m_running != nullptr; }
    /// Milliseconds the last matrix took to compute (on its worker thread).
    qint64 lastComputeMilliseconds() const { return m_lastMs; }

    void setOrder(HeatStripRenderer::Order order);
    HeatStripRenderer::Order order() const { return m_renderer.order(); }

    /// The hover text at @p pos (widget coordinates); empty outside the cells.
    QString toolTipAt(const QPoint &pos) const;
    /// The centre of the cell of display row @p row and matrix column @p column.
    QPoint cellCenter(int row, int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// A new matrix is shown.
    void matrixReady();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Job;
    void onChronologyChanged();
    void updateLabels();
    /// Recomputes the matrix (soon, once, off the UI thread) if the widget is visible.
    void invalidate();
    void start();
    void finished(const std::shared_ptr<Job> &job);

    QPointer<Document> m_doc;
    HeatStripRenderer m_renderer;
    QTimer *m_debounce;
    bool m_dirty = true;
    std::shared_ptr<Job> m_running; ///< the job whose result will be shown
    qint64 m_lastMs = 0;
};

} // namespace AllianceScope
