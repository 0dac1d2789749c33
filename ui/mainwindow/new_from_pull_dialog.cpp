#include "mainwindow/new_from_pull_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cw::ui {
namespace {
QString shellQuoted(const QString &text)
{
    if (!text.isEmpty() && text.indexOf(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./:=-]"))) < 0)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

NewFromPullDialog::NewFromPullDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New project from a pull"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(tr("Pulling a domain from this window is not available yet. "
                                      "casewright-cli makes the same project folder: "
                                      "fill in the values, run the command below in a terminal (it uses your "
                                      "AWS profile; Casewright never "
                                      "stores secrets), then open the folder here."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto *form = new QFormLayout;
    m_domain = new QLineEdit(this);
    m_domain->setPlaceholderText(tr("the Cases domain id"));
    m_profile = new QLineEdit(this);
    m_profile->setPlaceholderText(tr("default"));
    m_region = new QLineEdit(this);
    m_region->setPlaceholderText(tr("e.g. us-east-1"));
    m_folder = new QLineEdit(this);
    m_folder->setPlaceholderText(tr("e.g. ~/casewright/support-centre"));
    form->addRow(tr("&Domain id:"), m_domain);
    form->addRow(tr("AWS &profile:"), m_profile);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Project &folder:"), m_folder);
    layout->addLayout(form);
    m_command = new QPlainTextEdit(this);
    m_command->setReadOnly(true);
    m_command->setAccessibleName(tr("Command to run"));
    m_command->setMaximumHeight(m_command->fontMetrics().lineSpacing() * 4);
    layout->addWidget(m_command);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open the folder\u2026"), QDialogButtonBox::AcceptRole);
    open->setToolTip(tr("After the pull has finished"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_domain, m_profile, m_region, m_folder})
        connect(edit, &QLineEdit::textChanged, this, &NewFromPullDialog::updateCommand);
    updateCommand();
}

QString NewFromPullDialog::command() const
{
    QStringList parts{QStringLiteral("casewright-cli"), QStringLiteral("pull"), QStringLiteral("--domain"),
                      m_domain->text().trimmed().isEmpty() ? QStringLiteral("DOMAIN_ID")
                                                           : shellQuoted(m_domain->text().trimmed())};
    if (!m_profile->text().trimmed().isEmpty())
        parts << QStringLiteral("--profile") << shellQuoted(m_profile->text().trimmed());
    if (!m_region->text().trimmed().isEmpty())
        parts << QStringLiteral("--region") << shellQuoted(m_region->text().trimmed());
    parts << (folder().isEmpty() ? QStringLiteral("PROJECT_DIR") : shellQuoted(folder()));
    return parts.join(QLatin1Char(' '));
}

QString NewFromPullDialog::folder() const
{
    return m_folder->text().trimmed();
}

void NewFromPullDialog::updateCommand()
{
    m_command->setPlainText(command());
}

} // namespace cw::ui
