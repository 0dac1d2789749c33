#pragma once
// Picks one of the project's rules to attach to a field: a search box (any part of the name,
// any case) over a list showing each rule's kind letter and name, its summary as tooltip.
// Opened with open(), so the editor stays responsive and tests can drive it.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace cw::ui {

struct RuleChoice {
    QString slug;
    QString kindLetter; // R, H, O
    QString name;
    QString summary; // tooltip
};

class RulePickerDialog : public QDialog {
    Q_OBJECT
public:
    RulePickerDialog(const QString &fieldTitle, const QList<RuleChoice> &choices, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // The highlighted rule's slug; empty when none (the search hides every rule).
    QString chosenSlug() const;

private:
    void applySearch(const QString &text);
    void updateOk();

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cw::ui
