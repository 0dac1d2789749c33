#pragma once
// What the window shows with no project open: open a folder, pull a new one, or pick a recent one.

#include <QWidget>

class QListWidget;
class QPushButton;

namespace cw::ui {

class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    void refreshRecent();
    QListWidget *recentList() const { return m_recent; }
    QPushButton *openButton() const { return m_open; }

signals:
    void openFolderRequested();
    void newFromPullRequested();
    void recentRequested(const QString &directory);

private:
    QPushButton *m_open = nullptr;
    QPushButton *m_pull = nullptr;
    QListWidget *m_recent = nullptr;
};

} // namespace cw::ui
