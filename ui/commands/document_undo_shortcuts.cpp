#include "commands/document_undo_shortcuts.h"

#include "commands/pending_text.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace cw::ui {

DocumentUndoShortcuts::DocumentUndoShortcuts(QWidget *scope, QAction *undo, QAction *redo)
    : QObject(scope), m_scope(scope), m_undo(undo), m_redo(redo)
{
    qApp->installEventFilter(this);
}

DocumentUndoShortcuts::Step DocumentUndoShortcuts::stepFor(QObject *watched, QEvent *event) const
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return Step::None;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || !m_scope || !m_scope->isAncestorOf(widget))
        return Step::None;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Undo))
        return Step::Undo;
    if (key->matches(QKeySequence::Redo))
        return Step::Redo;
    return Step::None;
}

bool DocumentUndoShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    const Step step = stepFor(watched, event);
    if (step == Step::None)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Accepted: the key press comes to the widget (and so here) instead of going to a shortcut
        // that only fires while the window is active; filtered: the widget's own undo never sees it.
        event->accept();
        return true;
    }
    take(static_cast<QWidget *>(watched), step);
    return true;
}

void DocumentUndoShortcuts::take(QWidget *focus, Step step)
{
    if (step == Step::Undo) {
        for (QWidget *widget = focus; widget && widget != m_scope; widget = widget->parentWidget()) {
            auto *pending = dynamic_cast<PendingText *>(widget);
            if (pending && pending->hasPendingText()) {
                pending->discardPendingText();
                return;
            }
        }
    }
    // Queued: the step may delete the widget whose key press is being delivered (undoing the
    // addition of the condition being typed into), which must not happen under its own event.
    QPointer<QAction> action = step == Step::Undo ? m_undo : m_redo;
    QMetaObject::invokeMethod(
        this,
        [action] {
            if (action && action->isEnabled())
                action->trigger();
        },
        Qt::QueuedConnection);
}

} // namespace cw::ui
