// NodeItem: one actor of the alliance graph. States are rounded rectangles with the name in the
// current language and the ISO code small beneath; mechanisms are elongated hexagons in another
// fill. The label is laid out inside the shape, so it never overlaps the node's outline.
#pragma once

#include "chronology/types.h"

#include <QGraphicsItem>

namespace AllianceScope {

class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit NodeItem(const Actor &actor, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &id() const { return m_id; }
    bool isMechanism() const { return m_mechanism; }
    /// The label currently drawn (the name in the current language).
    const QString &label() const { return m_label; }
    /// Relabels the node with its name in @p lang; the node resizes to fit.
    void setLanguage(Language lang);
    /// The actor was renamed: shows @p name in @p lang.
    void setName(const LocalizedText &name, Language lang);
    /// A mechanism without any active member is drawn faded.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /// Drawn with a heavier outline (the USA–JPN–KOR triangle).
    void setEmphasized(bool emphasized);

    /// The box a layout keeps for the node of @p id labelled @p label: the drawn shape with its
    /// pen margin and a little air (what AllianceScene::nodeSizer() reports).
    static QSizeF layoutBox(const QString &id, const QString &label, bool mechanism);

private:
    struct Geometry
    {
        QRectF rect, nameRect, codeRect;
    };
    static Geometry geometryFor(const QString &id, const QString &label, bool mechanism);
    void relayout();
    QPainterPath outline() const;

    QString m_id;
    LocalizedText m_name;
    bool m_mechanism = false;
    bool m_active = true;
    bool m_emphasized = false;
    QString m_label;
    QRectF m_rect;      // the shape's rectangle, centred on (0, 0)
    QRectF m_nameRect;  // where the name is drawn
    QRectF m_codeRect;  // where the code is drawn (states only)
};

} // namespace AllianceScope
