#include "mainwindow/start_page.h"

#include "mainwindow/recent_projects.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::ui {

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    auto *title = new QLabel(tr("Casewright"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto *intro =
        new QLabel(tr("Design Amazon Connect Cases case rules in a project folder, try them on sample cases, "
                      "and publish when they are ready."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(16);
    m_open = new QPushButton(tr("&Open a project folder\u2026"), this);
    m_pull = new QPushButton(tr("&New project from a pull\u2026"), this);
    for (QPushButton *button : {m_open, m_pull}) {
        button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        layout->addWidget(button);
    }
    layout->addSpacing(16);
    auto *recentLabel = new QLabel(tr("&Recent projects:"), this);
    layout->addWidget(recentLabel);
    m_recent = new QListWidget(this);
    m_recent->setAccessibleName(tr("Recent projects"));
    recentLabel->setBuddy(m_recent);
    layout->addWidget(m_recent, 1);

    connect(m_open, &QPushButton::clicked, this, &StartPage::openFolderRequested);
    connect(m_pull, &QPushButton::clicked, this, &StartPage::newFromPullRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    refreshRecent();
}

void StartPage::refreshRecent()
{
    m_recent->clear();
    for (const QString &directory : recentProjects()) {
        auto *item = new QListWidgetItem(directory, m_recent);
        item->setData(Qt::UserRole, directory);
    }
    if (m_recent->count() == 0) {
        auto *item = new QListWidgetItem(tr("(none yet)"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace cw::ui
