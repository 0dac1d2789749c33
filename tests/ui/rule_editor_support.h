#pragma once
// A RuleEditor shown on a writable copy of the sample project, for the tests that drive the
// condition builder and the rule's reading through the editor's widgets.

#include "document/document_opener.h"
#include "rules/rule_editor.h"
#include "ui_test_support.h"

#include <QDateTime>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace cw::ui::test {

// Copies the sample project into a new folder of `dir`, opens it into `document` and shows
// `editor` on it at `size`. Call it from init(): a step that fails fails the test about to run.
inline void showRuleEditorOnSampleCopy(const QTemporaryDir &dir, QSize size,
                                       std::unique_ptr<ProjectDocument> &document,
                                       std::unique_ptr<RuleEditor> &editor)
{
    const QString directory = dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(copySampleProject(directory));
    auto opened =
        openProjectDocument(directory, [](const project::RecoveryInfo &) { return RecoveryChoice::Discard; });
    QVERIFY(opened.ok());
    document = std::move(opened->document);
    editor = std::make_unique<RuleEditor>();
    editor->setDocument(document.get());
    editor->resize(size);
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
}

} // namespace cw::ui::test
