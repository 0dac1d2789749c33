#pragma once
// A field's page, shown when the explorer selects a field: its type and options (active and
// inactive), and where it is used -- every rule that reads it (in a condition, as the parent or
// child of an options rule), every rule attached to it per template, and the templates that
// require it -- what an admin checks before changing a field in the admin website. Fields come
// from the domain: the page is read-only; a rule in its lists opens in the rule editor.

#include "document/document_editor.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace cw::ui {

class FieldPage : public QWidget, public DocumentEditor {
    Q_OBJECT
public:
    explicit FieldPage(QWidget *parent = nullptr);

    QWidget *editorWidget() override { return this; }
    void setEditorDocument(ProjectDocument *document) override;
    // `key`: the field id.
    void showItem(const QString &key) override;

    QString fieldId() const { return m_fieldId; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *typeLabel() const { return m_type; }
    QTableWidget *optionsTable() const { return m_options; }
    QLabel *optionsLabel() const { return m_optionsLabel; }
    // One row per rule reading the field; Qt::UserRole holds the rule's id as templates use it.
    QListWidget *readersList() const { return m_readers; }
    // One row per rule attached to the field in a template; Qt::UserRole as above.
    QListWidget *attachmentsList() const { return m_attachments; }
    QLabel *requiredLabel() const { return m_required; }

signals:
    // A rule of the lists was opened (double click, Enter): its caseRuleId or "local:<slug>".
    void ruleActivated(const QString &ruleRef);

private:
    void refresh();

    QPointer<ProjectDocument> m_document;
    QString m_fieldId;
    QLabel *m_title = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_optionsLabel = nullptr;
    QTableWidget *m_options = nullptr;
    QListWidget *m_readers = nullptr;
    QListWidget *m_attachments = nullptr;
    QLabel *m_required = nullptr;
};

} // namespace cw::ui
