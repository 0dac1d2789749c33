#pragma once
// Rule › New Options Rule…: which field's options to limit (the child) and by which field's value
// (the parent), both single-select fields of the domain. OK stays disabled until the two differ.

#include <QDialog>
#include <string>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace cw {
struct DomainSnapshot;
}

namespace cw::ui {

class NewOptionsRuleDialog : public QDialog {
    Q_OBJECT
public:
    // Lists the live single-select fields of `context` by name; the child starts at the first, the
    // parent at defaultParentField's choice for it.
    explicit NewOptionsRuleDialog(const DomainSnapshot &context, QWidget *parent = nullptr);

    QComboBox *childCombo() const { return m_child; }
    QComboBox *parentCombo() const { return m_parent; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    std::string childFieldId() const;
    std::string parentFieldId() const;

private:
    void updateOk();

    QComboBox *m_child = nullptr;
    QComboBox *m_parent = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cw::ui
