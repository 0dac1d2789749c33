#pragma once
// A layout that places its items left to right and wraps them onto the next line when the width
// runs out, as text wraps: a template field's rule chips fit a narrow editor instead of pushing
// the row's buttons out of sight. Its height follows its width (heightForWidth).

#include <QLayout>
#include <QList>

namespace cw::ui {

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = 6, int verticalSpacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    // The widest item: anything narrower cannot show it whole.
    QSize minimumSize() const override;
    // Every item on one line.
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (when `apply`) and returns the height they take.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};

} // namespace cw::ui
