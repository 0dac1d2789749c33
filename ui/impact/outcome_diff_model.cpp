#include "impact/outcome_diff_model.h"

#include "common/counted.h"
#include "common/std_text.h"

#include <QGuiApplication>
#include <QPalette>

namespace cw::ui {

OutcomeDiffModel::Node *OutcomeDiffModel::Node::add(std::unique_ptr<Node> child)
{
    child->parent = this;
    child->row = int(children.size());
    children.push_back(std::move(child));
    return children.back().get();
}

OutcomeDiffModel::OutcomeDiffModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

OutcomeDiffModel::~OutcomeDiffModel() = default;

QString OutcomeDiffModel::changeText(OutcomeChange change)
{
    switch (change) {
    case OutcomeChange::BecomeRequired:
        return tr("become required");
    case OutcomeChange::BecomeNotRequired:
        return tr("become not required");
    case OutcomeChange::BecomeHidden:
        return tr("become hidden");
    case OutcomeChange::BecomeShown:
        return tr("become shown");
    case OutcomeChange::LoseOptions:
        return tr("lose options");
    case OutcomeChange::GainOptions:
        return tr("gain options");
    }
    return {};
}

void OutcomeDiffModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
}

void OutcomeDiffModel::setDiff(const OutcomeDiff &diff)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    for (const FieldOutcomeChanges &field : diff.fields) {
        auto fieldNode = std::make_unique<Node>();
        fieldNode->text =
            QStringLiteral("%1 (%2)").arg(userText(field.fieldName), userText(field.templateName));
        fieldNode->toolTip =
            tr("Field %1 of template %2").arg(userText(field.fieldId), userText(field.templateId));
        fieldNode->fieldId = qs(field.fieldId);
        fieldNode->templateId = qs(field.templateId);
        Node *fieldRow = m_root->add(std::move(fieldNode));
        for (std::size_t change = 0; change < kOutcomeChangeCount; ++change) {
            const FieldOutcomeChanges::Count &count = field.counts[change];
            if (count.cases == 0)
                continue;
            auto changeNode = std::make_unique<Node>();
            changeNode->text = changeText(OutcomeChange(change));
            changeNode->cases = qulonglong(count.cases);
            changeNode->change = int(change);
            Node *changeRow = fieldRow->add(std::move(changeNode));
            for (const std::string &example : count.examples) {
                auto exampleNode = std::make_unique<Node>();
                exampleNode->text = userText(example);
                exampleNode->caseId = qs(example);
                exampleNode->toolTip = tr("Click to show this case in the preview");
                changeRow->add(std::move(exampleNode));
            }
            if (count.cases > count.examples.size()) {
                const auto more = count.cases - count.examples.size();
                auto moreNode = std::make_unique<Node>();
                moreNode->text =
                    plural(tr("\u2026 and %n more case(s)", nullptr, int(more)), qsizetype(more));
                changeRow->add(std::move(moreNode));
            }
        }
    }
    endResetModel();
}

OutcomeDiffModel::Node *OutcomeDiffModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex OutcomeDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[std::size_t(row)].get());
}

QModelIndex OutcomeDiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeOf(child)->parent;
    if (parentNode == nullptr || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int OutcomeDiffModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int OutcomeDiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OutcomeDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TextColumn)
            return node->text;
        return node->cases.isValid() ? QVariant(QString::number(node->cases.toULongLong())) : QVariant();
    case Qt::ToolTipRole:
        return node->toolTip.isEmpty() ? QVariant() : QVariant(node->toolTip);
    case Qt::TextAlignmentRole:
        return index.column() == CasesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole:
        // Example cases read as links: a click shows the case.
        return node->caseId.isEmpty() ? QVariant()
                                      : QVariant(QGuiApplication::palette().brush(QPalette::Link));
    case CaseIdRole:
        return node->caseId.isEmpty() ? QVariant() : QVariant(node->caseId);
    case ChangeRole:
        return node->change;
    case CasesRole:
        return node->cases;
    case FieldIdRole:
        return node->fieldId.isEmpty() ? QVariant() : QVariant(node->fieldId);
    case TemplateIdRole:
        return node->templateId.isEmpty() ? QVariant() : QVariant(node->templateId);
    default:
        return {};
    }
}

QVariant OutcomeDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Field, change, example cases");
    case CasesColumn:
        return tr("Cases");
    default:
        return {};
    }
}

} // namespace cw::ui
