#include "mainwindow/expectations_message.h"

#include "common/tone_colors.h"
#include "preview/preview_pane.h"

namespace cw::ui {
namespace {
constexpr int kAllHoldMessageMs = 10000;
}

ExpectationsMessage::ExpectationsMessage(PreviewPane *preview, QWidget *parent)
    : QLabel(parent), m_preview(preview)
{
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setAccessibleName(tr("Expectations after the last edit"));
    hide();
    m_hide.setSingleShot(true);
    connect(&m_hide, &QTimer::timeout, this, &QLabel::hide);
    connect(this, &QLabel::linkActivated, this, [this] {
        m_preview->showFailingCases();
        emit failingCasesShown();
    });
    connect(preview, &PreviewPane::expectationsMessage, this, &ExpectationsMessage::showMessage);
    // Mended some other way (a sample edit, an unpin): a "breaks" message must not stay.
    connect(preview, &PreviewPane::expectationsChecked, this, [this] {
        if (m_preview->failingExpectations() == 0 && !m_hide.isActive())
            hide();
    });
}

void ExpectationsMessage::showMessage(const QString &text)
{
    if (text.isEmpty())
        return;
    const bool failing = m_preview->failingExpectations() > 0;
    QString html = text.toHtmlEscaped();
    if (failing)
        html = QStringLiteral("<span style=\"%1\">%2</span> \u2014 <a href=\"show-failing-cases\">%3</a>")
                   .arg(toneStyleSheet(Tone::Error, palette()), html, tr("Show them").toHtmlEscaped());
    setText(html);
    show();
    if (failing)
        m_hide.stop(); // stays while something fails
    else
        m_hide.start(kAllHoldMessageMs);
}

} // namespace cw::ui
