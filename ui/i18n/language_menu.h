#pragma once
// View > Language: "Use System Language" and each shipped language under its own name. Choosing
// one stores it and installs its translation at once; the window that is open was built in the
// old language, so the menu offers to restart Casewright (closing the window asks about unsaved
// work first, as quitting does).

#include <QMenu>

class QActionGroup;

namespace cw::ui::i18n {

class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The action choosing `code` ("" for the system language); nullptr for an unknown code.
    QAction *actionFor(const QString &code) const;

signals:
    // After a language was chosen and installed.
    void languageChanged(const QString &code);

private:
    void choose(const QString &code);
    void offerRestart(const QString &code);
    void updateChecks();

    QActionGroup *m_group = nullptr;
};

// Adds the Language submenu at the end of `menu` and returns it.
LanguageMenu *addLanguageMenu(QMenu *menu);

} // namespace cw::ui::i18n
