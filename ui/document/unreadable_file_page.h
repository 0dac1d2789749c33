#pragma once
// A file the project opened without (project::UnreadableFile): what is wrong and where, and the
// file's text, read-only, with the line of the error marked. It is fixed in a text editor: the
// folder is watched, so the fixed file is read again as soon as it is saved
// (ProjectDocument::reloadFromDisk) and its rule or template comes back.

#include "document/document_editor.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace cw::ui {

class UnreadableFilePage : public QWidget, public DocumentEditor {
    Q_OBJECT
public:
    explicit UnreadableFilePage(QWidget *parent = nullptr);

    QWidget *editorWidget() override { return this; }
    void setEditorDocument(ProjectDocument *document) override;
    // `key`: the file's path relative to the project folder ("rules/x.json").
    void showItem(const QString &key) override;

    QString file() const { return m_file; }
    QLabel *errorLabel() const { return m_error; }
    QPlainTextEdit *textView() const { return m_text; }
    // The 1-based line marked as the error's, 0 when none is.
    int markedLine() const { return m_markedLine; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void markLine(int line, int column);

    QPointer<ProjectDocument> m_document;
    QString m_file;
    QLabel *m_title = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_hint = nullptr;
    QPlainTextEdit *m_text = nullptr;
    int m_markedLine = 0;
};

} // namespace cw::ui
