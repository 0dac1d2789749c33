#pragma once
// The editor of a fieldOptions rule's mappings: the parent and child single-select fields, and a
// matrix of check boxes -- one row per parent value, one column per child value -- saying which
// child options each parent value offers. Rows and columns can be offered wholesale (buttons on the
// current cell, or the headers' context menus), filtered by name, and counted; the service's
// limits (1-200 mappings, 1500 child values each) refuse gestures with a tooltip saying why.
// CSV import and export use the Connect admin website's format (project/options_csv.h).
//
// Every change is one ProjectDocument::editRule, so it can be undone; the editor only listens to
// the document afterwards. The rule's name and description stay the rule editor's.

#include "common/result.h"
#include "document/document_editor.h"

#include <QWidget>
#include <optional>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace cw::ui {

class OptionsMatrixModel;
class ProjectDocument;

class FieldOptionsEditor : public QWidget, public DocumentEditor {
    Q_OBJECT
public:
    explicit FieldOptionsEditor(QWidget *parent = nullptr);

    QWidget *editorWidget() override { return this; }
    void setEditorDocument(ProjectDocument *document) override;
    // `key` is a rule slug; a rule of another kind is shown as "not a field options rule".
    void showItem(const QString &key) override;
    QString ruleSlug() const { return m_slug; }
    // Whether `slug` names a fieldOptions rule: the main window sends those here.
    static bool isFieldOptionsRule(const ProjectDocument *document, const QString &slug);

    // Replaces the mappings with the file's as one undoable edit; the notice lists skipped rows.
    // On an error nothing changes and the notice shows it (with the line).
    Status importCsv(const QString &path);
    Status exportCsv(const QString &path);

    // Offers every active option shown in `row` (or none of the columns shown); the buttons and the
    // row header's menu call these. False when a limit refused it.
    bool offerRow(int row, bool offered);
    // Offers `column`'s child value for every parent value shown, or for none.
    bool offerColumn(int column, bool offered);

    QComboBox *parentPicker() const { return m_parentPicker; }
    QComboBox *childPicker() const { return m_childPicker; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *matrixView() const { return m_view; }
    OptionsMatrixModel *matrixModel() const { return m_model; }
    QPushButton *rowAllButton() const { return m_rowAll; }
    QPushButton *rowNoneButton() const { return m_rowNone; }
    QPushButton *columnAllButton() const { return m_columnAll; }
    QPushButton *columnNoneButton() const { return m_columnNone; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *mappingCountLabel() const { return m_mappingCount; }
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *findingsLabel() const { return m_findings; }
    QLabel *filterNoteLabel() const { return m_filterNote; }

signals:
    // The rule shown was removed (deleted, or its addition undone).
    void ruleGone();

protected:
    // A palette change (the system went dark or light) restyles what carries a tone colour.
    void changeEvent(QEvent *event) override;

private:
    void buildMatrixSection(QWidget *content, QVBoxLayout *layout);
    void refresh();
    void fillPicker(QComboBox *picker, const std::optional<std::string> &fieldId,
                    const QString &otherFieldId);
    void refreshFindings();
    void applyFilter();
    void updateButtons();
    void chooseField(bool parent, int row);
    void storeMappings(const QString &description);
    void showNotice(const QString &text, bool isError);
    void rowHeaderMenu(const QPoint &position);
    void columnHeaderMenu(const QPoint &position);
    void chooseImportFile();
    void chooseExportFile();
    QList<int> shownColumns() const;
    QList<int> shownRows() const;

    ProjectDocument *m_document = nullptr;
    QString m_slug;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_kindNote = nullptr;
    QWidget *m_body = nullptr;
    QComboBox *m_parentPicker = nullptr;
    QLabel *m_parentFindings = nullptr;
    QComboBox *m_childPicker = nullptr;
    QLabel *m_childFindings = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_filterNote = nullptr;
    QLabel *m_mappingCount = nullptr;
    QPushButton *m_rowAll = nullptr;
    QPushButton *m_rowNone = nullptr;
    QPushButton *m_columnAll = nullptr;
    QPushButton *m_columnNone = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_view = nullptr;
    OptionsMatrixModel *m_model = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_findings = nullptr;
};

} // namespace cw::ui
