#pragma once
// One family for the edits that replace one whole value of the document -- a rule, a template, a
// sample case, the connection -- after Tiled's ChangeValue: the command keeps the value before and
// after and hands either to the document; a member of the family says only how a value is applied
// (and, where typing can cancel itself out, when two values are the same).
//
// Typing merges: commands of one family (the same id()) on the same item (key) with the same
// non-empty merge key ("name", "condition 1.2 value"), pushed one after another, become one step
// whose value after is the latest.

#include "commands/undo_command_ids.h"

#include <QString>
#include <QUndoCommand>

namespace cw::ui {

class ProjectDocument;

template <typename T, typename Key = QString> class ReplaceValueCommand : public QUndoCommand {
public:
    void undo() override { apply(m_key, m_before); }
    void redo() override { apply(m_key, m_after); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : int(m_family); }
    bool mergeWith(const QUndoCommand *other) override
    {
        // QUndoStack asks only commands of the same id(), so of this family.
        const auto *next = dynamic_cast<const ReplaceValueCommand *>(other);
        if (!next || next->m_key != m_key || next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        // Typing and then deleting the same characters leaves nothing to undo.
        setObsolete(isSameValue(m_before, m_after));
        return true;
    }

    const Key &key() const { return m_key; }
    const QString &mergeKey() const { return m_mergeKey; }

protected:
    ReplaceValueCommand(ProjectDocument &document, UndoCommandId family, Key key, T before, T after,
                        const QString &text, QString mergeKey = {})
        : QUndoCommand(text), m_document(document), m_family(family), m_key(std::move(key)),
          m_before(std::move(before)), m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
    {
    }

    ProjectDocument &document() const { return m_document; }
    // Puts `value` into the document's item `key`: the before value on undo, the after on redo.
    virtual void apply(const Key &key, const T &value) = 0;
    // Whether a merged step changes nothing (it is then dropped); by default it always changes.
    virtual bool isSameValue(const T &, const T &) const { return false; }

private:
    ProjectDocument &m_document;
    UndoCommandId m_family;
    Key m_key;
    T m_before;
    T m_after;
    QString m_mergeKey;
};

} // namespace cw::ui
