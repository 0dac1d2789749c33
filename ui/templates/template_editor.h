#pragma once
// The editor of one case template: name, description, status, default layout, the fields that are
// always required, and the template's fields as rows, each with its rules as chips. A row attaches
// an existing rule (a searchable picker of the rules that fit), creates a new one (added to the
// project as "local:<slug>" and attached, one undo step), detaches one; a selected chip shows the
// rule's summary, where else it is used, and can be opened in the rule editor (ruleActivated).
// The service's limits (50 rules, 100 required fields) disable the gestures that would break them,
// with a tooltip saying why, and the validator's and lint's findings appear next to what they
// concern. Every change is one ProjectDocument::editTemplate; the editor only listens afterwards.

#include "document/document_editor.h"
#include "model/case_rule.h"
#include "model/case_template.h"

#include <QPointer>
#include <QStandardItemModel>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace cw::ui {

class FieldPicker;
class ProjectDocument;
class RulePickerDialog;
class TemplateFieldRow;

class TemplateEditor : public QWidget, public DocumentEditor {
    Q_OBJECT
public:
    explicit TemplateEditor(QWidget *parent = nullptr);
    ~TemplateEditor() override;

    QWidget *editorWidget() override { return this; }
    void setEditorDocument(ProjectDocument *document) override;
    // `key` is a template slug; an unknown or empty slug shows nothing.
    void showItem(const QString &key) override;
    QString templateSlug() const { return m_slug; }

    // The gestures, as the widgets make them.
    void addRequiredField(const QString &fieldId);
    void removeRequiredField(const QString &fieldId);
    // Shows a row for a field the template does not name yet, to attach rules to.
    void addFieldRow(const QString &fieldId);
    void openRulePicker(const QString &fieldId);
    void attachRule(const QString &fieldId, const QString &ruleSlug);
    // Adds a new rule of `kind` for the field and attaches it; returns its slug (empty if refused).
    QString createRule(const QString &fieldId, RuleDetails::Kind kind);
    void detachRule(const QString &fieldId, const QString &caseRuleId);
    void selectAttachment(const QString &fieldId, const QString &caseRuleId);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *layoutCombo() const { return m_layout; }
    QListWidget *requiredList() const { return m_requiredList; }
    FieldPicker *requiredPicker() const { return m_requiredPicker; }
    QPushButton *addRequiredButton() const { return m_addRequired; }
    QPushButton *removeRequiredButton() const { return m_removeRequired; }
    FieldPicker *fieldRowPicker() const { return m_fieldRowPicker; }
    QPushButton *addFieldRowButton() const { return m_addFieldRow; }
    QList<TemplateFieldRow *> fieldRows() const { return m_rows; }
    TemplateFieldRow *fieldRow(const QString &fieldId) const;
    // The picker openRulePicker() opened, while it is open.
    RulePickerDialog *rulePicker() const;
    QGroupBox *selectedRuleBox() const { return m_selectedBox; }
    QListWidget *usageList() const { return m_usages; }
    QPushButton *openRuleButton() const { return m_openRule; }
    QPushButton *detachSelectedButton() const { return m_detachSelected; }
    QLabel *nameFindingsLabel() const { return m_nameFindings; }
    QLabel *statusFindingsLabel() const { return m_statusFindings; }
    QLabel *layoutFindingsLabel() const { return m_layoutFindings; }
    QLabel *requiredFindingsLabel() const { return m_requiredFindings; }
    QLabel *otherFindingsLabel() const { return m_otherFindings; }
    QLabel *ruleCountLabel() const { return m_ruleCount; }
    QLabel *requiredCountLabel() const { return m_requiredCount; }

signals:
    // "Jump to rule": the rule editor should show rules/<slug>.json.
    void ruleActivated(const QString &slug);
    // The template shown was removed (its addition undone).
    void templateGone();

protected:
    // A palette change (the system went dark or light) restyles what carries a tone colour.
    void changeEvent(QEvent *event) override;

private:
    void buildHeader(QWidget *content, QVBoxLayout *layout);
    void buildRequiredFields(QWidget *content, QVBoxLayout *layout);
    void buildFieldRows(QWidget *content, QVBoxLayout *layout);
    void buildSelectedRule(QWidget *content, QVBoxLayout *layout);
    void refresh();
    void refreshHeader();
    void refreshRequiredFields();
    void updateAddRequired();
    void refreshFieldRows();
    void refreshSelectedRule();
    void refreshFindings();
    void rename(const QString &name);
    void describe(const QString &description);
    void chooseStatus(int row);
    void chooseLayout(int row);
    void edit(const CaseTemplate &changed, const QString &description, const QString &mergeKey = {});
    const CaseTemplate *shownTemplate() const;
    QString fieldTitle(const std::string &fieldId) const;
    QString ruleLimitReason() const;

    ProjectDocument *m_document = nullptr;
    QString m_slug;
    QStringList m_extraFields; // rows added with "Add Field" that no rule or requirement names yet
    QString m_selectedField;
    QString m_selectedRule;
    QStandardItemModel m_requiredChoices;
    QStandardItemModel m_rowChoices;
    QPointer<RulePickerDialog> m_picker;

    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameFindings = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_descriptionFindings = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_statusFindings = nullptr;
    QComboBox *m_layout = nullptr;
    QLabel *m_layoutFindings = nullptr;
    QLabel *m_requiredCount = nullptr;
    QListWidget *m_requiredList = nullptr;
    FieldPicker *m_requiredPicker = nullptr;
    QPushButton *m_addRequired = nullptr;
    QPushButton *m_removeRequired = nullptr;
    QLabel *m_requiredFindings = nullptr;
    QLabel *m_ruleCount = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QList<TemplateFieldRow *> m_rows;
    FieldPicker *m_fieldRowPicker = nullptr;
    QPushButton *m_addFieldRow = nullptr;
    QGroupBox *m_selectedBox = nullptr;
    QLabel *m_selectedTitle = nullptr;
    QLabel *m_selectedSummary = nullptr;
    QListWidget *m_usages = nullptr;
    QPushButton *m_openRule = nullptr;
    QPushButton *m_detachSelected = nullptr;
    QLabel *m_otherFindings = nullptr;
};

} // namespace cw::ui
