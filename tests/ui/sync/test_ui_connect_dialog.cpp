// The connection form and dialog: profiles from the shared config files, domains listed from the
// emulator, "Test connection" reporting success and failure as text, and only names kept.

#include "sync/connect_dialog.h"
#include "sync_test_support.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;
using cw::emu::testing::EmulatorProcess;

class TestConnectDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    EmulatorProcess m_emulator;

private slots:
    void initTestCase()
    {
        useEmulatorEnvironment(m_home.path());
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral(".aws")));
        QFile config(m_home.filePath(QStringLiteral(".aws/config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[default]\nregion = eu-west-1\n\n[profile dev]\nregion = us-east-1\n\n[services x]\n");
        config.close();
        QFile credentials(m_home.filePath(QStringLiteral(".aws/credentials")));
        QVERIFY(credentials.open(QIODevice::WriteOnly));
        credentials.write("[ops]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = not-used-here\n");
        credentials.close();
        QVERIFY2(startEmulator(m_emulator), qPrintable(m_emulator.errorText()));
    }

    void profilesComeFromTheSharedFiles()
    {
        ConnectDialog dialog;
        QComboBox *profiles = dialog.form()->profileCombo();
        QStringList names;
        for (int i = 1; i < profiles->count(); ++i)
            names << profiles->itemData(i).toString();
        names.sort();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("default"), QStringLiteral("dev"), QStringLiteral("ops")}));
        QCOMPARE(profiles->itemData(0).toString(), QString()); // the AWS default chain
        chooseData(profiles, QStringLiteral("dev"));
        QCOMPARE(dialog.choice().profile, QStringLiteral("dev"));
    }

    void loadDomainsAndTestTheConnection()
    {
        ConnectDialog dialog;
        ConnectionForm *form = dialog.form();
        form->setChoice(
            {QString(), QStringLiteral("us-east-1"), m_emulator.url().toString(), QString(), QString()});
        QSignalSpy loaded(form, &ConnectionForm::domainsLoaded);
        QTest::mouseClick(form->loadDomainsButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(15000));
        QVERIFY(loaded.front().front().toInt() >= 1);
        const int sample = form->domainCombo()->findData(kDomainId);
        QVERIFY(sample >= 0);
        QVERIFY(form->domainCombo()->itemText(sample).contains(QStringLiteral("Support Centre")));
        form->domainCombo()->setCurrentIndex(sample);
        QCOMPARE(dialog.choice().domainId, kDomainId);
        QCOMPARE(dialog.choice().domainName, QStringLiteral("Support Centre"));

        QSignalSpy tested(form, &ConnectionForm::connectionTested);
        QTest::mouseClick(form->testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.front().at(0).toBool(), true);
        QVERIFY2(form->statusLabel()->text().contains(QStringLiteral("Support Centre")),
                 qPrintable(form->statusLabel()->text()));

        // A domain id the service does not know: the service's error, as text.
        form->domainCombo()->setEditText(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QCOMPARE(dialog.choice().domainId, QStringLiteral("00000000-0000-0000-0000-000000000000"));
        tested.clear();
        form->testConnection();
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.front().at(0).toBool(), false);
        QVERIFY2(form->statusLabel()->text().contains(QStringLiteral("not-found")),
                 qPrintable(form->statusLabel()->text()));
    }

    void failuresAreShownAsText()
    {
        ConnectionForm form;
        // A profile the files do not have: the credential chain says so when signing.
        form.setChoice(
            {QStringLiteral("nowhere"), QString(), m_emulator.url().toString(), kDomainId, QString()});
        QSignalSpy tested(&form, &ConnectionForm::connectionTested);
        form.testConnection();
        QVERIFY(tested.count() == 1 || tested.wait(15000));
        QCOMPARE(tested.front().at(0).toBool(), false);
        QVERIFY2(form.statusLabel()->text().contains(QStringLiteral("nowhere")),
                 qPrintable(form.statusLabel()->text()));
        // An endpoint that is no URL fails before any request.
        form.setChoice({QString(), QString(), QStringLiteral("ftp://example.com"), kDomainId, QString()});
        tested.clear();
        form.testConnection();
        QCOMPARE(tested.count(), 1);
        QCOMPARE(tested.front().at(0).toBool(), false);
        QVERIFY(!form.statusLabel()->text().isEmpty());
    }

    void onlyNamesAreKept()
    {
        ConnectDialog dialog;
        dialog.setChoice(
            {QStringLiteral("ops"), QStringLiteral("eu-west-1"), QString(), kDomainId, QString()});
        const ConnectionChoice choice = dialog.choice();
        QCOMPARE(choice.profile, QStringLiteral("ops"));
        QCOMPARE(choice.region, QStringLiteral("eu-west-1"));
        QCOMPARE(choice.domainId, kDomainId);
        // What the dialog hands back has no member a secret could go in; the form shows none either.
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            QVERIFY(!edit->text().contains(QStringLiteral("not-used-here")));
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "test_ui_connect_dialog.moc"
