#include "common/tone_colors.h"

#include <QWidget>
#include <algorithm>
#include <cmath>

namespace cw::ui {
namespace {

QColor pick(const QPalette &palette, QRgb light, QRgb dark)
{
    return QColor::fromRgb(isDarkPalette(palette) ? dark : light);
}

double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

// Restyles its widget when the palette changes. A widget with a style sheet of its own is not
// told (its palette is the style sheet's), so it listens to its parent's PaletteChange too. Setting
// the same style sheet again is skipped, so the style sheet's own palette update cannot loop.
class ToneKeeper : public QObject {
public:
    ToneKeeper(QWidget *widget, Tone tone) : QObject(widget), m_widget(widget), m_tone(tone)
    {
        restyle();
        widget->installEventFilter(this);
        if (QWidget *parent = widget->parentWidget())
            parent->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (isPaletteChange(event))
            restyle();
        return QObject::eventFilter(watched, event);
    }

private:
    void restyle()
    {
        const QString sheet = toneStyleSheet(m_tone);
        if (m_widget->styleSheet() != sheet)
            m_widget->setStyleSheet(sheet);
    }

    QWidget *m_widget;
    Tone m_tone;
};

} // namespace

void keepTone(QWidget *widget, Tone tone)
{
    new ToneKeeper(widget, tone); // owned by the widget
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    switch (tone) {
    case Tone::Error:
        return pick(palette, 0xb00020, 0xff8a80);
    case Tone::Warning:
        return pick(palette, 0x8a5a00, 0xffc66d);
    case Tone::Success:
        return pick(palette, 0x1e7b34, 0x81c995);
    case Tone::Info:
        return pick(palette, 0x1f5fa8, 0x8ab4f8);
    case Tone::Muted:
        return pick(palette, 0x555555, 0xb4b4b4);
    }
    return palette.color(QPalette::WindowText);
}

QString toneStyleSheet(Tone tone, const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(toneColor(tone, palette).name());
}

QColor chipBackground(bool selected, const QPalette &palette)
{
    if (selected)
        return pick(palette, 0xe3ecf9, 0x28406a);
    return pick(palette, 0xf7f7f7, 0x383838);
}

QColor markedCellBackground(const QPalette &palette)
{
    return pick(palette, 0xeeeeee, 0x444444);
}

bool isPaletteChange(const QEvent *event)
{
    return event->type() == QEvent::PaletteChange;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace cw::ui
