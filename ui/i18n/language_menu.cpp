#include "i18n/language_menu.h"

#include "dialogs/message_box.h"
#include "i18n/languages.h"
#include "i18n/translators.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QProcess>

namespace cw::ui::i18n {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    const auto add = [this](const QString &text, const QString &code) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setData(code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(tr("Use &System Language"), QString());
    addSeparator();
    for (const Language &language : shippedLanguages())
        add(language.nativeName, language.code);
    connect(this, &QMenu::aboutToShow, this, &LanguageMenu::updateChecks);
    updateChecks();
}

QAction *LanguageMenu::actionFor(const QString &code) const
{
    for (QAction *action : m_group->actions())
        if (action->data().toString() == code)
            return action;
    return nullptr;
}

void LanguageMenu::updateChecks()
{
    if (QAction *action = actionFor(languageSetting()))
        action->setChecked(true);
}

void LanguageMenu::choose(const QString &code)
{
    const QString before = installedLanguage();
    if (auto status = setLanguage(code); !status) {
        MessageBox::warn(window(), tr("Cannot change the language"),
                         QString::fromStdString(status.error().toString()));
        updateChecks();
        return;
    }
    emit languageChanged(code);
    if (installedLanguage() != before)
        offerRestart(installedLanguage());
}

void LanguageMenu::offerRestart(const QString &code)
{
    // Asked in the new language: its translators are installed already.
    const auto answer =
        MessageBox::ask(window(), tr("Language changed"),
                        tr("Casewright is now in %1. The open window shows it after a restart. Restart now?")
                            .arg(nativeName(code)),
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
                        {{QMessageBox::Yes, tr("Restart Now")}, {QMessageBox::No, tr("Later")}});
    if (answer != QMessageBox::Yes)
        return;
    // Closing asks about unsaved edits and may be cancelled; the new instance reopens the project,
    // which is the most recent one.
    if (window()->close())
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1));
}

LanguageMenu *addLanguageMenu(QMenu *menu)
{
    auto *languages = new LanguageMenu(menu);
    menu->addMenu(languages);
    return languages;
}

} // namespace cw::ui::i18n
