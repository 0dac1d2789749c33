// The MFA code dialog: OK only for six digits, the code comes back through the provider the
// connection form gives the credential chain, and cancelling is the "aws.mfa-cancelled" error.
#include "sync/mfa_code_dialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace cw;
using namespace cw::ui;

namespace {
const net::MfaRequest kRequest{QStringLiteral("admin"), QStringLiteral("arn:aws:iam::123456789012:mfa/alice"),
                               QStringLiteral("arn:aws:iam::123456789012:role/Admin")};

// Answers the next MFA dialog that opens with `code`, or cancels it when `code` is empty.
void answerNextDialog(const QString &code)
{
    QTimer::singleShot(0, [code] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<MfaCodeDialog *>(widget);
            if (!dialog || !dialog->isVisible())
                continue;
            if (code.isEmpty()) {
                dialog->reject();
                return;
            }
            QTest::keyClicks(dialog->codeEdit(), code);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
            return;
        }
        answerNextDialog(code); // not shown yet
    });
}
} // namespace

class TestUiMfaCodeDialog : public QObject {
    Q_OBJECT
private slots:
    void okOnlyForSixDigits()
    {
        MfaCodeDialog dialog(kRequest);
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClicks(dialog.codeEdit(), QStringLiteral("12a34"));
        QCOMPARE(dialog.codeEdit()->text(), QStringLiteral("1234")); // letters are not taken
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClicks(dialog.codeEdit(), QStringLiteral("567"));
        QCOMPARE(dialog.codeEdit()->text(), QStringLiteral("123456"));
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void providerReturnsTheCodeOrCancels()
    {
        const net::MfaCodeProvider provider = mfaCodeDialogProvider(nullptr);
        answerNextDialog(QStringLiteral("654321"));
        const Result<QString> code = provider(kRequest);
        QVERIFY(code.ok());
        QCOMPARE(*code, QStringLiteral("654321"));

        answerNextDialog(QString());
        const Result<QString> cancelled = provider(kRequest);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, std::string("aws.mfa-cancelled"));
    }
};

QTEST_MAIN(TestUiMfaCodeDialog)
#include "test_ui_mfa_code_dialog.moc"
