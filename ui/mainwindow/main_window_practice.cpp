// File > Practice Domain: the shipped practice service (project::PracticeService) started from the
// designer. While it runs, every pull and publish dialog connects to it -- with its own key pair,
// never the user's AWS profile -- and the status bar says so in words, so nobody mistakes it for
// the real service. Its state lives under the user's data folder, never in the project.
#include "dialogs/message_box.h"
#include "document/project_document.h"
#include "mainwindow/main_window.h"
#include "mainwindow/project_status_bar.h"
#include "project/practice_service.h"
#include "sync/connection_form.h"

#include <QLabel>
#include <QStatusBar>

namespace cw::ui {

void MainWindow::practiceDomain()
{
    if (m_practice && m_practice->isRunning()) {
        if (MessageBox::ask(this, tr("Practice domain"),
                            tr("The practice service is running at %1. Stop it? Pull and publish then "
                               "go to the project's own connection again.")
                                .arg(m_practice->endpoint()),
                            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                            {{QMessageBox::Yes, tr("Stop")}}) == QMessageBox::Yes)
            m_practice->stop();
        return;
    }
    const project::Project *project = m_document ? &m_document->project() : nullptr;
    const bool canCopy = project && project->base.has_value();
    QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::Cancel;
    if (canCopy)
        buttons |= QMessageBox::No;
    const auto answer = MessageBox::ask(
        this, tr("Practice domain"),
        tr("Start a practice service on this computer: a local Cases service to pull from and publish "
           "to without AWS. Nothing reaches your AWS account while it runs.%1")
            .arg(canCopy ? tr(" Start it on the sample domain, or on a copy of this project's last pulled "
                              "state (a fresh copy: earlier practice on it is replaced)?")
                         : QString()),
        buttons, canCopy ? QMessageBox::No : QMessageBox::Yes,
        {{QMessageBox::Yes, tr("Sample domain")}, {QMessageBox::No, tr("Copy of this project")}});
    if (answer != QMessageBox::Yes && answer != QMessageBox::No)
        return;
    if (!m_practice) {
        m_practice = new project::PracticeService(this);
        connect(m_practice, &project::PracticeService::listening, this, &MainWindow::practiceListening);
        connect(m_practice, &project::PracticeService::failed, this, &MainWindow::practiceEnded);
        connect(m_practice, &project::PracticeService::stopped, this, [this] { practiceEnded({}); });
    }
    const Status started =
        answer == QMessageBox::No ? m_practice->startOnSnapshot(*project->base) : m_practice->startOnSample();
    if (!started)
        MessageBox::warn(this, tr("Practice domain"), QString::fromStdString(started.error().toString()));
}

void MainWindow::practiceListening()
{
    if (!m_practiceLabel) {
        m_practiceLabel = new QLabel(this);
        m_practiceLabel->setTextFormat(Qt::PlainText);
        m_practiceLabel->setAccessibleName(tr("Practice service"));
        statusBar()->addPermanentWidget(m_practiceLabel);
    }
    m_practiceLabel->setText(
        tr("PRACTICE service, not AWS: %1 (domain %2)").arg(m_practice->endpoint(), m_practice->domainId()));
    m_practiceLabel->setToolTip(tr("Pull and publish go to this local practice service until you stop it "
                                   "(File > Practice Domain). Its state: %1")
                                    .arg(m_practice->stateFile()));
    m_practiceLabel->show();
    m_status->setPracticeTarget(m_practice->endpoint(), m_practice->domainId());
    m_practiceAction->setText(tr("Stop Practice &Domain\u2026"));
}

void MainWindow::practiceEnded(const QString &message)
{
    if (m_practiceLabel)
        m_practiceLabel->hide();
    m_status->setPracticeTarget(QString(), QString());
    m_practiceAction->setText(tr("Practice &Domain\u2026"));
    if (!message.isEmpty())
        MessageBox::warn(this, tr("Practice domain"), message);
}

void MainWindow::connectToPractice(ConnectionForm *form) const
{
    if (!form || !m_practice || !m_practice->isListening())
        return;
    form->setEnvironment(m_practice->environment());
    ConnectionChoice choice = form->choice();
    choice.profile.clear();
    choice.region = QStringLiteral("us-east-1");
    choice.endpoint = m_practice->endpoint();
    if (choice.domainId.isEmpty())
        choice.domainId = m_practice->domainId();
    form->setChoice(choice);
}

} // namespace cw::ui
