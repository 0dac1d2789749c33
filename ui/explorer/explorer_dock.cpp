#include "explorer/explorer_dock.h"

#include "document/project_document.h"
#include "explorer/explorer_filter_proxy.h"
#include "explorer/explorer_model.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

namespace cw::ui {

ExplorerDock::ExplorerDock(QWidget *parent) : QDockWidget(tr("Explorer"), parent)
{
    setObjectName(QStringLiteral("explorerDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                QDockWidget::DockWidgetClosable);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter = new QLineEdit(content);
    m_filter->setPlaceholderText(tr("Filter fields, templates and rules"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the explorer"));
    layout->addWidget(m_filter);

    m_model = new ExplorerModel(this);
    m_proxy = new ExplorerFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTreeView(content);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Domain explorer"));
    m_view->setUniformRowHeights(true); // fast with thousands of fields
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_view);
    setWidget(content);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ExplorerDock::showContextMenu);
    m_filter->installEventFilter(this);
    m_view->installEventFilter(this);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ExplorerModel::KindRole).toInt() != int(ExplorerModel::ItemKind::Category))
            emit itemOpened();
    });

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        if (text.trimmed().isEmpty())
            expandDefaults();
        else
            m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { currentChanged(current); });
}

void ExplorerDock::setDocument(ProjectDocument *document)
{
    disconnect(m_reloaded);
    m_model->setDocument(document);
    if (document)
        m_reloaded = connect(document, &ProjectDocument::reloaded, this, [this] {
            if (m_filter->text().trimmed().isEmpty())
                expandDefaults();
            else
                m_view->expandAll();
        });
    expandDefaults();
    m_view->resizeColumnToContents(ExplorerModel::NameColumn);
    m_view->resizeColumnToContents(ExplorerModel::TypeColumn);
}

void ExplorerDock::expandDefaults()
{
    // Templates and rules are few and what one edits; fields may be a thousand.
    m_view->collapse(m_proxy->mapFromSource(m_model->categoryIndex(ExplorerModel::Category::Fields)));
    m_view->expand(m_proxy->mapFromSource(m_model->categoryIndex(ExplorerModel::Category::Templates)));
    m_view->expand(m_proxy->mapFromSource(m_model->categoryIndex(ExplorerModel::Category::Rules)));
    m_view->expand(m_proxy->mapFromSource(m_model->categoryIndex(ExplorerModel::Category::Unreadable)));
}

void ExplorerDock::selectRule(const QString &slug)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->itemIndex(ExplorerModel::ItemKind::Rule, slug));
    if (!index.isValid())
        return;
    m_view->scrollTo(index);
    m_view->setCurrentIndex(index);
}

void ExplorerDock::currentChanged(const QModelIndex &current)
{
    const auto kind = ExplorerModel::ItemKind(current.data(ExplorerModel::KindRole).toInt());
    const QString key = current.data(ExplorerModel::KeyRole).toString();
    if (!current.isValid() || kind == ExplorerModel::ItemKind::Category) {
        emit nothingSelected();
        return;
    }
    switch (kind) {
    case ExplorerModel::ItemKind::Rule:
        emit ruleSelected(key);
        break;
    case ExplorerModel::ItemKind::Template:
        emit templateSelected(key);
        break;
    case ExplorerModel::ItemKind::Field:
        emit fieldSelected(key);
        break;
    case ExplorerModel::ItemKind::Unreadable:
        emit unreadableSelected(key);
        break;
    case ExplorerModel::ItemKind::Category:
        break;
    }
}

QModelIndex ExplorerDock::firstResult() const
{
    for (int category = 0; category < m_proxy->rowCount(); ++category) {
        const QModelIndex parent = m_proxy->index(category, 0);
        if (m_proxy->rowCount(parent) > 0)
            return m_proxy->index(0, 0, parent);
    }
    return {};
}

bool ExplorerDock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDockWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter &&
        (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        // Down: into the results; Enter: open the first result, as a search box does.
        const QModelIndex first = firstResult();
        if (!first.isValid())
            return false;
        m_view->setFocus(Qt::TabFocusReason);
        m_view->scrollTo(first);
        m_view->setCurrentIndex(first);
        if (key->key() != Qt::Key_Down)
            emit itemOpened();
        return true;
    }
    if (watched == m_view && key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
        const QModelIndex current = m_view->currentIndex();
        if (current.data(ExplorerModel::KindRole).toInt() == int(ExplorerModel::ItemKind::Rule)) {
            emit deleteRuleRequested(current.data(ExplorerModel::KeyRole).toString());
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void ExplorerDock::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position).siblingAtColumn(ExplorerModel::NameColumn);
    const auto kind = ExplorerModel::ItemKind(index.data(ExplorerModel::KindRole).toInt());
    if (!index.isValid() || kind == ExplorerModel::ItemKind::Category)
        return;
    const QString key = index.data(ExplorerModel::KeyRole).toString();
    m_view->setCurrentIndex(index); // opens it, as a click would
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Open"), this, [this] { emit itemOpened(); });
    if (kind == ExplorerModel::ItemKind::Rule) {
        menu->addAction(tr("Re&name"), this, [this, key] { emit renameRuleRequested(key); });
        menu->addAction(tr("D&uplicate"), this, [this, key] { emit duplicateRuleRequested(key); });
        menu->addAction(tr("&Where Used"), this, [this, key] { emit ruleUsageRequested(key); });
        menu->addSeparator();
        menu->addAction(tr("&Delete\u2026"), this, [this, key] { emit deleteRuleRequested(key); });
    }
    m_contextMenu = menu;
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

} // namespace cw::ui
