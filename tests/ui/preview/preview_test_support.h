#pragma once
// The sample project ("Support Centre") opened as a document for the preview's tests, and the ids
// the tests talk about.

#include "../ui_test_support.h"
#include "document/document_opener.h"
#include "mainwindow/main_window.h"

#include <QAction>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <memory>

namespace cw::ui::test {

const std::string kStatus = "status";
const std::string kTitle = "title";
const std::string kPriority = "10fd19fe-bb18-514b-978f-b601f0533303";
const std::string kCategory = "494a2506-681f-5d8b-9091-d436305b9d66";
const std::string kSubcategory = "ee84b1cd-0952-5c83-b7e1-64c2886bf74a";
const std::string kResolutionNotes = "5bc86f00-ef3e-543d-a5c9-6dcb7c519552";
const std::string kEscalationReason = "7f00a1fc-790b-59f4-8b89-b43c8a6ab407";
const std::string kRefundAmount = "8c21b2a1-6901-5888-8ed9-a7bc245587fd";
const std::string kVip = "eb956ec4-562b-5f25-a901-b5602f529bb3";
const QString kCustomerSupport = QStringLiteral("66fb10d0-289e-58cc-94e8-03b79f8ad8b8");
const QString kBillingDispute = QStringLiteral("b634f74e-0471-52bf-9c09-acf928781988");
const QString kComplaintLegacy = QStringLiteral("6fc5760c-e3ce-5f3e-bc08-31dd6fb0d8a6");
const QString kClosedNotesRule = QStringLiteral("resolution-notes-required-when-closed");
// Customer support cases of samples/support-centre.json.
const std::string kOpenLoginCase = "e439bda2-4ddc-5523-9c9e-ff136bdea4ec"; // status open, category account
const std::string kClosedCrashCase =
    "a43a2c57-8194-5974-b838-92733f6730a2"; // status closed, category technical

// Opens a writable copy of the sample project in `directory` (which must not exist yet).
inline std::unique_ptr<ProjectDocument> openSampleCopy(const QString &directory)
{
    if (!copySampleProject(directory))
        qFatal("cannot copy the sample project to %s", qPrintable(directory));
    auto opened =
        openProjectDocument(directory, [](const project::RecoveryInfo &) { return RecoveryChoice::Discard; });
    if (!opened)
        qFatal("%s", opened.error().toString().c_str());
    return std::move(opened->document);
}

// A designer window, shown and active, open on a fresh copy of the sample project in `directory`
// (which must not exist yet); `size` when given. False when any step fails.
inline bool openSampleInWindow(std::unique_ptr<MainWindow> &window, const QString &directory,
                               QSize size = QSize())
{
    if (!copySampleProject(directory))
        return false;
    window = std::make_unique<MainWindow>();
    if (size.isValid())
        window->resize(size);
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window.get()) && window->openProject(directory);
}

// Clicks the toolbar button of `action`, as a user does.
inline void clickAction(QToolBar *toolBar, QAction *action)
{
    auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
    QVERIFY2(button && button->isEnabled(), qPrintable(action->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

inline QString screenshotPath(const QString &name)
{
    const QString directory = QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots");
    QDir().mkpath(directory);
    return directory + QLatin1Char('/') + name;
}

} // namespace cw::ui::test
