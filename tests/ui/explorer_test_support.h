#pragma once
// Items of the designer window's explorer: the row a user sees for one, and picking it there.

#include "explorer/explorer_dock.h"
#include "explorer/explorer_filter_proxy.h"
#include "explorer/explorer_model.h"
#include "mainwindow/main_window.h"
#include "ui_test_support.h"

#include <QTest>
#include <QTreeView>

namespace cw::ui::test {

// The row of the item `key` of `kind` in the explorer's view (through its filter); invalid when
// the view does not show it.
inline QModelIndex explorerRow(const ExplorerDock *explorer, ExplorerModel::ItemKind kind, const QString &key)
{
    return explorer->proxy()->mapFromSource(explorer->model()->itemIndex(kind, key));
}

// Makes the item current in the window's explorer, which opens it in the editor area, and lets
// the editor's layouts settle.
inline void selectInExplorer(MainWindow &window, ExplorerModel::ItemKind kind, const QString &key)
{
    ExplorerDock *explorer = window.explorer();
    const QModelIndex index = explorerRow(explorer, kind, key);
    QVERIFY(index.isValid());
    explorer->view()->setCurrentIndex(index);
    settleLayouts();
}

} // namespace cw::ui::test
