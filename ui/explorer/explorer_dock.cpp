#include "explorer/explorer_dock.h"

#include "explorer/explorer_filter_proxy.h"
#include "explorer/explorer_model.h"

#include <QHeaderView>
#include <QLineEdit>
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
    m_model->setDocument(document);
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
    case ExplorerModel::ItemKind::Category:
        break;
    }
}

} // namespace cw::ui
