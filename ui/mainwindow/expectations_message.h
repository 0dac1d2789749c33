#pragma once
// The status bar's "This edit breaks 1 expectation — Show them" after a rule or template edit
// changed what the samples' expectations give. Unlike a temporary status message it carries a
// link (to the failing cases in the preview) and stays while an expectation fails; a message that
// all hold again goes after a few seconds.

#include <QLabel>
#include <QTimer>

namespace cw::ui {

class PreviewPane;

class ExpectationsMessage : public QLabel {
    Q_OBJECT
public:
    // Listens to `preview` (which outlives it) and shows its failing cases when the link is clicked.
    ExpectationsMessage(PreviewPane *preview, QWidget *parent = nullptr);

    // Shows `text` (what the preview said), with the link while an expectation fails.
    void showMessage(const QString &text);

signals:
    // The link was clicked (after the preview was told to show the failing cases).
    void failingCasesShown();

private:
    PreviewPane *m_preview;
    QTimer m_hide;
};

} // namespace cw::ui
