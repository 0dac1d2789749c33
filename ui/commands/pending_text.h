#pragma once
// A box of the document editors that can hold typed text the document does not have yet: a search
// typed into a field picker that picked nothing, a number typed halfway ("-"). Document undo
// (DocumentUndoShortcuts) throws such text away first, then undoes the document.

namespace cw::ui {

class PendingText {
public:
    virtual ~PendingText() = default;
    virtual bool hasPendingText() const = 0;
    // Shows what the document holds again.
    virtual void discardPendingText() = 0;

protected:
    PendingText() = default;
    PendingText(const PendingText &) = default;
    PendingText &operator=(const PendingText &) = default;
};

} // namespace cw::ui
