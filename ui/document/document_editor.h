#pragma once
// What an editor of one kind of explorer item (rule, template, field) implements to live in the
// main window's central area: MainWindow::registerEditor() hands it every document that is opened
// and every item of its kind the explorer selects.

class QWidget;
class QString;

namespace cw::ui {

class ProjectDocument;

class DocumentEditor {
public:
    virtual ~DocumentEditor() = default;
    // The page shown in the central area.
    virtual QWidget *editorWidget() = 0;
    // The document now open, or nullptr when none is.
    virtual void setEditorDocument(ProjectDocument *document) = 0;
    // Shows one item: a rule or template slug, or a field id.
    virtual void showItem(const QString &key) = 0;
};

} // namespace cw::ui
