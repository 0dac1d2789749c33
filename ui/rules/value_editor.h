#pragma once
// The value a comparison compares with, edited the way the field's type wants: a single-select
// field's options (inactive ones marked), a number, true/false, or text. Nothing for "is empty".

#include "commands/pending_text.h"
#include "model/domain_snapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedLayout;

namespace cw::ui {

class ValueEditor : public QWidget, public PendingText {
    Q_OBJECT
public:
    enum class Mode { None, Options, Number, Boolean, Text, Unsupported };

    explicit ValueEditor(QWidget *parent = nullptr);

    // Shapes the editor for the field (options may be null) and shows `value`, without emitting.
    void showValue(const Field *field, const std::vector<FieldOption> *options, bool takesValue,
                   const Value &value);
    Mode mode() const { return m_mode; }
    QWidget *currentEditor() const;
    QComboBox *optionsCombo() const { return m_options; }
    QLineEdit *numberEdit() const { return m_number; }
    QComboBox *booleanCombo() const { return m_boolean; }
    QLineEdit *textEdit() const { return m_text; }
    // Names the editors for assistive technology ("Value of condition 1.2").
    void setAccessibleNames(const QString &name);

    // A number typed that is not (yet) the number stored ("-", "1e"); discarding shows the stored
    // one again. Text and choices are edits as soon as they are made.
    bool hasPendingText() const override;
    void discardPendingText() override;

signals:
    // `typing`: the edit is one keystroke of a text being typed (consecutive ones merge in undo).
    void valueEdited(const cw::Value &value, bool typing);

private:
    void fillOptions(const std::vector<FieldOption> *options, const Value &value);

    Mode m_mode = Mode::None;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_none = nullptr;
    QComboBox *m_options = nullptr;
    QLineEdit *m_number = nullptr;
    QComboBox *m_boolean = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_unsupported = nullptr;
    double m_storedNumber = 0;
};

} // namespace cw::ui
