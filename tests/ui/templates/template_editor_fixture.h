#pragma once
// A writable copy of the sample project opened in a TemplateEditor showing "Customer support",
// for the template editor's tests.

#include "../ui_test_support.h"
#include "document/document_opener.h"
#include "project/project_io.h"
#include "templates/template_editor.h"
#include "templates/template_field_row.h"

#include <QTemporaryDir>
#include <QtTest>

namespace cw::ui::test {

inline const QString kCustomerSupport = QStringLiteral("customer-support");
inline const std::string kResolutionNotes = "5bc86f00-ef3e-543d-a5c9-6dcb7c519552";
inline const std::string kOrderNumber = "ad007165-26f5-5805-834a-9929af03a56b";
inline const std::string kRefundAmount = "8c21b2a1-6901-5888-8ed9-a7bc245587fd";
inline const std::string kSubcategory = "ee84b1cd-0952-5c83-b7e1-64c2886bf74a";
inline const std::string kResolutionRuleId = "f6e5c101-ac35-5737-849f-9d43f00e9135";

struct TemplateEditorFixture {
    QTemporaryDir dir;
    QString directory;
    std::unique_ptr<ProjectDocument> document;
    std::unique_ptr<TemplateEditor> editor;

    // Opens the copy and shows the editor; false (with a QtTest failure) when that fails.
    bool open()
    {
        directory = dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        if (!copySampleProject(directory))
            return false;
        auto opened = openProjectDocument(
            directory, [](const project::RecoveryInfo &) { return RecoveryChoice::Discard; });
        if (!opened.ok())
            return false;
        document = std::move(opened->document);
        editor = std::make_unique<TemplateEditor>();
        editor->setEditorDocument(document.get());
        editor->showItem(kCustomerSupport);
        editor->resize(1100, 1000);
        editor->show();
        return QTest::qWaitForWindowExposed(editor.get());
    }

    void close()
    {
        editor.reset();
        document.reset();
    }

    const CaseTemplate &shown() const { return document->caseTemplate(kCustomerSupport)->caseTemplate; }
    // The template as its file holds it.
    Json templateJson() const { return project::templateFileJson(shown()); }
    TemplateFieldRow *row(const std::string &fieldId) const
    {
        return editor->fieldRow(QString::fromStdString(fieldId));
    }
};

inline Json attachment(const std::string &caseRuleId, const std::string &fieldId)
{
    return Json{{"caseRuleId", caseRuleId}, {"fieldId", fieldId}};
}

inline bool holdsAttachment(const Json &templateJson, const std::string &caseRuleId,
                            const std::string &fieldId)
{
    if (!templateJson.contains("rules"))
        return false;
    for (const Json &rule : templateJson["rules"])
        if (rule == attachment(caseRuleId, fieldId))
            return true;
    return false;
}

} // namespace cw::ui::test
