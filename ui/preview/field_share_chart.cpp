#include "preview/field_share_chart.h"

#include "common/counted.h"
#include "common/tone_colors.h"

#include <QPaintEvent>
#include <QPainter>
#include <cmath>

namespace cw::ui {
namespace {
const QColor kRequiredColor(0xc0, 0x39, 0x2b);
const QColor kHiddenColor(0x7f, 0x8c, 0x8d);
constexpr int kMargin = 8;
constexpr int kBarHeight = 7;
constexpr int kBarGap = 2;

QString percent(double share)
{
    return QStringLiteral("%1%").arg(std::lround(share * 100.0));
}
} // namespace

FieldShareChart::FieldShareChart(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Required and hidden shares per field"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void FieldShareChart::setShares(FieldShares shares)
{
    m_shares = std::move(shares);
    m_computing = false;
    setAccessibleDescription(summaryLines().join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

void FieldShareChart::setComputing(bool computing)
{
    m_computing = computing;
    update();
}

QStringList FieldShareChart::summaryLines() const
{
    QStringList lines;
    for (std::size_t f = 0; f < m_shares.fields.size(); ++f)
        lines << tr("%1: required %2, hidden %3")
                     .arg(QString::fromStdString(m_shares.fields[f].fieldName),
                          percent(m_shares.requiredShare(f)), percent(m_shares.hiddenShare(f)));
    return lines;
}

QFont FieldShareChart::percentFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

int FieldShareChart::rowHeight() const
{
    // Two percentages stacked beside the two bars, and a little air between fields.
    const int percents = 2 * QFontMetrics(percentFont()).height();
    return std::max({fontMetrics().height(), 2 * kBarHeight + kBarGap, percents}) + 6;
}

int FieldShareChart::headerHeight() const
{
    return 2 * fontMetrics().height() + 10;
}

QSize FieldShareChart::sizeHint() const
{
    return {320, headerHeight() + kMargin + int(m_shares.fields.size()) * rowHeight() + kMargin};
}

QSize FieldShareChart::minimumSizeHint() const
{
    return {200, headerHeight() + 2 * kMargin};
}

void FieldShareChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(rect(), palette().base());
    const QFontMetrics metrics = fontMetrics();
    const int width = this->width() - 2 * kMargin;

    // Header: what the bars count, and the legend.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::Text));
    QString title =
        plural(tr("Over %n sample case(s)", nullptr, int(m_shares.caseCount)), qsizetype(m_shares.caseCount));
    if (m_computing)
        title += tr(" \u2014 computing\u2026");
    painter.drawText(QRect(kMargin, kMargin, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    painter.setFont(font());
    int x = kMargin;
    const int legendY = kMargin + metrics.height() + 4;
    for (const auto &[color, label] :
         {std::pair{kRequiredColor, tr("required")}, std::pair{kHiddenColor, tr("hidden")}}) {
        painter.fillRect(QRect(x, legendY + (metrics.height() - 10) / 2, 10, 10), color);
        x += 14;
        painter.drawText(QPoint(x, legendY + metrics.ascent()), label);
        x += metrics.horizontalAdvance(label) + 16;
    }

    if (m_shares.fields.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(kMargin, headerHeight() + kMargin, width, metrics.height() * 2),
                         Qt::AlignLeft | Qt::TextWordWrap, tr("No field of this template has rules."));
        return;
    }
    const int nameWidth = std::min(width * 2 / 5, 180);
    const int percentWidth = QFontMetrics(percentFont()).horizontalAdvance(QStringLiteral("100%")) + 8;
    const int barX = kMargin + nameWidth + 8;
    const int barWidth = std::max(20, width - nameWidth - 8 - percentWidth);
    int y = headerHeight() + kMargin;
    for (std::size_t f = 0; f < m_shares.fields.size(); ++f) {
        const int height = rowHeight();
        const QString name = metrics.elidedText(QString::fromStdString(m_shares.fields[f].fieldName),
                                                Qt::ElideRight, nameWidth);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(kMargin, y, nameWidth, height), Qt::AlignRight | Qt::AlignVCenter, name);
        const int barsTop = y + (height - (2 * kBarHeight + kBarGap)) / 2;
        const double shares[] = {m_shares.requiredShare(f), m_shares.hiddenShare(f)};
        const QColor colors[] = {kRequiredColor, kHiddenColor};
        for (int bar = 0; bar < 2; ++bar) {
            const int top = barsTop + bar * (kBarHeight + kBarGap);
            painter.fillRect(QRect(barX, top, barWidth, kBarHeight), markedCellBackground(palette()));
            painter.fillRect(QRect(barX, top, int(std::lround(barWidth * shares[bar])), kBarHeight),
                             colors[bar]);
        }
        painter.setFont(percentFont());
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(barX + barWidth + 6, y, percentWidth, height / 2),
                         Qt::AlignLeft | Qt::AlignBottom, percent(shares[0]));
        painter.drawText(QRect(barX + barWidth + 6, y + height / 2, percentWidth, height / 2),
                         Qt::AlignLeft | Qt::AlignTop, percent(shares[1]));
        painter.setFont(font());
        y += height;
    }
}

} // namespace cw::ui
