#pragma once
// The field of a comparison: a combo box one can type into to search (case-insensitive, anywhere
// in the name), listing each field with its type. All pickers of a rule share one model.

#include "commands/pending_text.h"

#include <QComboBox>
#include <QStandardItemModel>
#include <string>

namespace cw {
struct DomainSnapshot;
}

namespace cw::ui {

// One row per pickable field, sorted by name: "Status (SingleSelect)", the field id as
// Qt::UserRole.
void fillFieldModel(QStandardItemModel &model, const DomainSnapshot &context);

class FieldPicker : public QComboBox, public PendingText {
    Q_OBJECT
public:
    explicit FieldPicker(QStandardItemModel *fields, QWidget *parent = nullptr);

    // Shows the field without emitting; an id the model does not hold is shown as
    // "<id> (unknown field)".
    void setFieldId(const std::string &fieldId);
    std::string fieldId() const { return m_fieldId; }

    // A search typed that picked no field yet; discarding shows the chosen field again.
    bool hasPendingText() const override;
    void discardPendingText() override { restoreText(); }

signals:
    void fieldChosen(const QString &fieldId);

private:
    void chooseRow(int row);
    void restoreText();
    QString chosenText() const;

    std::string m_fieldId;
};

} // namespace cw::ui
