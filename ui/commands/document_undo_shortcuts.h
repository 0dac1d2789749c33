#pragma once
// Ctrl+Z / Ctrl+Shift+Z in the document editors undo and redo the document, even while a text box
// there has the focus: a line edit would otherwise take the keys for its own undo (or swallow
// them), and the editors are mostly text boxes. Typing commits as one types, consecutive
// keystrokes merging into one undo step, so the box holds nothing the document lacks; the one
// exception, text a PendingText box holds that is not an edit yet, is thrown away by the first
// Ctrl+Z and the next one undoes the document.

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace cw::ui {

class DocumentUndoShortcuts : public QObject {
    Q_OBJECT
public:
    // Watches the key presses the application delivers to the widgets inside `scope`; `undo` and
    // `redo` are the document's actions (triggered only while enabled).
    DocumentUndoShortcuts(QWidget *scope, QAction *undo, QAction *redo);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Step { None, Undo, Redo };
    Step stepFor(QObject *watched, QEvent *event) const;
    void take(QWidget *focus, Step step);

    QPointer<QWidget> m_scope;
    QPointer<QAction> m_undo;
    QPointer<QAction> m_redo;
};

} // namespace cw::ui
