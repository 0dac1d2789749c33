// File > Promote to Another Project: the open project's rules into another domain's project folder.
#include "document/project_document.h"
#include "explorer/explorer_dock.h"
#include "explorer/explorer_model.h"
#include "mainwindow/main_window.h"
#include "sync/promote_dialog.h"

#include <QItemSelectionModel>
#include <QTreeView>

namespace cw::ui {

void MainWindow::promoteToProject()
{
    if (!m_document)
        return;
    // The rules selected in the explorer, by name: promote matches rules by name.
    QStringList selected;
    for (const QModelIndex &index : m_explorer->view()->selectionModel()->selectedIndexes()) {
        if (index.column() != 0 || ExplorerModel::ItemKind(index.data(ExplorerModel::KindRole).toInt()) !=
                                       ExplorerModel::ItemKind::Rule)
            continue;
        if (const project::RuleFile *file = m_document->project().findRuleBySlug(
                index.data(ExplorerModel::KeyRole).toString().toStdString()))
            selected << QString::fromStdString(file->rule.name);
    }
    auto *dialog = new PromoteDialog(m_document->project(), selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace cw::ui
