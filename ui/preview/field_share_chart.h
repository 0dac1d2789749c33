#pragma once
// A small bar chart of FieldShares: per field of the template, the share of sample cases in which
// it comes out required (red) and hidden (grey), painted with QPainter.

#include "samples/field_shares.h"

#include <QWidget>

namespace cw::ui {

class FieldShareChart : public QWidget {
    Q_OBJECT
public:
    explicit FieldShareChart(QWidget *parent = nullptr);

    void setShares(FieldShares shares);
    const FieldShares &shares() const { return m_shares; }
    // Says "computing…" over the old bars until the next setShares().
    void setComputing(bool computing);
    bool isComputing() const { return m_computing; }
    // One line per field for screen readers and tests: "Resolution notes: required 40%, hidden 0%".
    QStringList summaryLines() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QFont percentFont() const;
    int rowHeight() const;
    int headerHeight() const;

    FieldShares m_shares;
    bool m_computing = false;
};

} // namespace cw::ui
