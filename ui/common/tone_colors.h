#pragma once
// The few colours that carry meaning -- error, warning, success, information, muted text, and the
// backgrounds of chips and marked cells -- picked for the palette in use. Fixed colours chosen on
// white (dark red text, light grey chips) become unreadable on a dark palette: #b00020 on a dark
// window is below 3:1 contrast and a #f7f7f7 chip under light text is invisible. Each tone has a
// light-palette and a dark-palette value with at least 4.5:1 contrast (WCAG AA) against the
// palette's window and base colours; tests/ui/test_ui_appearance.cpp checks it.
//
// Read when a widget is (re)styled; a palette change while the window is open is picked up by the
// next restyle, as the rest of the text's colours are.

#include <QColor>
#include <QEvent>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

namespace cw::ui {

enum class Tone { Error, Warning, Success, Info, Muted };

// A palette is dark when its window colour is: light text on a dark background.
bool isDarkPalette(const QPalette &palette = QGuiApplication::palette());

QColor toneColor(Tone tone, const QPalette &palette = QGuiApplication::palette());
// "color: #rrggbb;" for a widget's style sheet.
QString toneStyleSheet(Tone tone, const QPalette &palette = QGuiApplication::palette());
// For a widget whose tone never changes (a legend, a count): styles its text with `tone` now and
// again whenever the palette changes, so it needs no restyling by its view. Call it once the
// widget has its parent.
void keepTone(QWidget *widget, Tone tone);

// A rule chip's fill (selected or not), and a matrix cell marked as not usable.
QColor chipBackground(bool selected, const QPalette &palette = QGuiApplication::palette());
QColor markedCellBackground(const QPalette &palette = QGuiApplication::palette());

// Whether a widget's changeEvent is telling it the palette changed (the system went dark or light),
// so views that styled something with a tone restyle it. Qt sends ApplicationPaletteChange only to
// windows; every widget whose palette follows hears of it as a PaletteChange of its own.
bool isPaletteChange(const QEvent *event);

// WCAG 2 contrast ratio between two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace cw::ui
