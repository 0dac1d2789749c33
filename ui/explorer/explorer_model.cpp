#include "explorer/explorer_model.h"

#include "common/counted.h"
#include "common/std_text.h"
#include "common/user_text.h"
#include "document/project_document.h"
#include "editing/rule_usage.h"

#include <QApplication>
#include <QStyle>
#include <algorithm>

namespace cw::ui {
using editing::ruleUsages;

namespace {
constexpr int kCategoryCount = 4; // the last one only while there are unreadable files

// A name as a row shows it: a name from a hand-edited file may be megabytes long (laying it out
// took seconds on every paint) or hold control characters. Valid names (at most 100 characters)
// are shown whole.
QString shownName(const std::string &name)
{
    return qs(elideUserText(name, 200));
}

QString kindWord(RuleDetails::Kind kind)
{
    switch (kind) {
    case RuleDetails::Kind::Required:
        return ExplorerModel::tr("required");
    case RuleDetails::Kind::Hidden:
        return ExplorerModel::tr("hidden");
    case RuleDetails::Kind::FieldOptions:
        return ExplorerModel::tr("field options");
    case RuleDetails::Kind::Unknown:
        return ExplorerModel::tr("unknown kind");
    }
    return {};
}

// Severity per entry of one snapshot collection ("/caseRules/3/..." counts for rule 3).
std::vector<int> severities(const std::vector<Finding> &findings, const std::string &collection,
                            std::size_t count)
{
    std::vector<int> result(count, 0);
    const std::string prefix = "/" + collection + "/";
    for (const Finding &finding : findings) {
        const std::string &pointer = finding.where.pointer;
        if (pointer.rfind(prefix, 0) != 0)
            continue;
        std::size_t index = 0;
        std::size_t at = prefix.size();
        bool digits = false;
        for (; at < pointer.size() && pointer[at] >= '0' && pointer[at] <= '9'; ++at, digits = true)
            index = index * 10 + std::size_t(pointer[at] - '0');
        if (!digits || index >= count)
            continue;
        result[index] = std::max(result[index], finding.severity == Finding::Severity::Error ? 2 : 1);
    }
    return result;
}

QString searchText(std::initializer_list<QString> parts)
{
    QString text;
    for (const QString &part : parts)
        text += part + QLatin1Char('\n');
    return text.toLower();
}
} // namespace

ExplorerModel::ExplorerModel(QObject *parent) : QAbstractItemModel(parent)
{
    if (QApplication::style()) {
        m_errorIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        m_warningIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
}

void ExplorerModel::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    beginResetModel();
    m_document = document;
    for (auto &rows : m_rows)
        rows.clear();
    if (m_document) {
        m_rows[int(Category::Fields)] = fieldRows();
        m_rows[int(Category::Templates)] = templateRows();
        m_rows[int(Category::Rules)] = ruleRows();
        m_rows[int(Category::Unreadable)] = unreadableRows();
        connect(document, &ProjectDocument::reloaded, this, &ExplorerModel::rebuild);
        connect(document, &ProjectDocument::ruleChanged, this, &ExplorerModel::ruleChanged);
        connect(document, &ProjectDocument::templateChanged, this, &ExplorerModel::templateChanged);
        connect(document, &ProjectDocument::rulesReset, this, &ExplorerModel::rulesReset);
        connect(document, &ProjectDocument::findingsChanged, this, &ExplorerModel::findingsChanged);
    }
    endResetModel();
}

std::vector<ExplorerModel::Row> &ExplorerModel::rowsOf(Category category)
{
    return m_rows[int(category)];
}

const std::vector<ExplorerModel::Row> &ExplorerModel::rowsOf(Category category) const
{
    return m_rows[int(category)];
}

std::vector<ExplorerModel::Row> ExplorerModel::fieldRows() const
{
    const DomainSnapshot &snapshot = m_document->snapshot();
    std::vector<Row> rows;
    rows.reserve(snapshot.fields.size());
    for (const Field &field : snapshot.fields) {
        Row row;
        row.key = qs(field.fieldId);
        row.columns[NameColumn] = shownName(field.name);
        row.columns[TypeColumn] = qs(field.type);
        if (const auto *options = snapshot.optionsOf(field.fieldId)) {
            const auto inactive = std::count_if(options->begin(), options->end(),
                                                [](const FieldOption &option) { return !option.active; });
            row.columns[DetailColumn] =
                plural(tr("%n option(s)", nullptr, int(options->size())), qsizetype(options->size()));
            if (inactive)
                row.columns[DetailColumn] += tr(", %1 inactive").arg(inactive);
        }
        if (field.isDeleted())
            row.columns[DetailColumn] = tr("deleted");
        row.toolTip = tr("Field id: %1 (%2)").arg(row.key, qs(field.nameSpace));
        row.search = searchText({row.columns[NameColumn], row.columns[TypeColumn], row.key});
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.columns[NameColumn].compare(b.columns[NameColumn], Qt::CaseInsensitive) < 0;
    });
    return rows;
}

std::vector<ExplorerModel::Row> ExplorerModel::templateRows() const
{
    const project::Project &project = m_document->project();
    const auto severity = severities(m_document->findings(), "templates", project.templates.size());
    std::vector<Row> rows;
    for (std::size_t i = 0; i < project.templates.size(); ++i) {
        const CaseTemplate &caseTemplate = project.templates[i].caseTemplate;
        Row row;
        row.key = qs(project.templates[i].slug);
        row.columns[NameColumn] = shownName(caseTemplate.name);
        row.columns[TypeColumn] = qs(caseTemplate.status);
        const int rules = caseTemplate.rules ? int(caseTemplate.rules->size()) : 0;
        const int required = caseTemplate.requiredFields ? int(caseTemplate.requiredFields->size()) : 0;
        row.columns[DetailColumn] = plural(tr("%n rule(s)", nullptr, rules), rules) + QStringLiteral(", ") +
                                    plural(tr("%n required field(s)", nullptr, required), required);
        row.toolTip = tr("templates/%1.json").arg(row.key);
        row.search = searchText({row.columns[NameColumn], row.columns[TypeColumn], row.key});
        row.severity = severity[i];
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<ExplorerModel::Row> ExplorerModel::ruleRows() const
{
    const project::Project &project = m_document->project();
    const auto usages = ruleUsages(m_document->snapshot());
    const auto severity = severities(m_document->findings(), "caseRules", project.rules.size());
    std::vector<Row> rows;
    rows.reserve(project.rules.size());
    for (std::size_t i = 0; i < project.rules.size(); ++i) {
        const project::RuleFile &file = project.rules[i];
        Row row;
        row.key = qs(file.slug);
        row.columns[NameColumn] = shownName(file.rule.name);
        row.columns[TypeColumn] = kindWord(file.rule.rule.kind);
        const auto used = usages.find(project::Project::ruleRef(file));
        row.columns[DetailColumn] =
            used == usages.end() ? tr("not used") : used->second.join(QStringLiteral("; "));
        row.toolTip = tr("rules/%1.json").arg(row.key);
        if (file.rule.description)
            row.toolTip += QLatin1Char('\n') + shownName(*file.rule.description);
        row.search = searchText(
            {row.columns[NameColumn], row.columns[TypeColumn], row.columns[DetailColumn], row.key});
        row.severity = severity[i];
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<ExplorerModel::Row> ExplorerModel::unreadableRows() const
{
    std::vector<Row> rows;
    for (const project::UnreadableFile &file : m_document->project().unreadable) {
        Row row;
        row.key = qs(file.relative);
        row.columns[NameColumn] = shownName(file.relative);
        row.columns[TypeColumn] = tr("cannot be read");
        row.columns[DetailColumn] = qs(elideUserText(file.error.message, 300));
        row.toolTip = qs(elideUserText(file.error.toString(), 600));
        row.search = searchText({row.columns[NameColumn], row.columns[DetailColumn]});
        row.severity = 2;
        rows.push_back(std::move(row));
    }
    return rows;
}

int ExplorerModel::categoryCount() const
{
    if (!m_document)
        return 0;
    return rowsOf(Category::Unreadable).empty() ? kCategoryCount - 1 : kCategoryCount;
}

void ExplorerModel::rebuild()
{
    beginResetModel();
    m_rows[int(Category::Fields)] = fieldRows();
    m_rows[int(Category::Templates)] = templateRows();
    m_rows[int(Category::Rules)] = ruleRows();
    m_rows[int(Category::Unreadable)] = unreadableRows();
    endResetModel();
}

QModelIndex ExplorerModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < categoryCount() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0)
        return {};
    if (row >= int(rowsOf(Category(parent.row())).size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ExplorerModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ExplorerModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return categoryCount();
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(rowsOf(Category(parent.row())).size());
}

int ExplorerModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ExplorerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const auto category = Category(index.row());
        if (role == KindRole)
            return int(ItemKind::Category);
        if (role != Qt::DisplayRole || index.column() != NameColumn)
            return {};
        const int count = int(rowsOf(category).size());
        switch (category) {
        case Category::Fields:
            return tr("Fields (%1)").arg(count);
        case Category::Templates:
            return tr("Templates (%1)").arg(count);
        case Category::Rules:
            return tr("Rules (%1)").arg(count);
        case Category::Unreadable:
            return tr("Unreadable files (%1)").arg(count);
        }
        return {};
    }
    const auto category = Category(index.internalId() - 1);
    const Row &row = rowsOf(category)[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return row.columns[index.column()];
    case Qt::ToolTipRole:
        return index.column() == DetailColumn && !row.columns[DetailColumn].isEmpty()
                   ? row.columns[DetailColumn]
                   : row.toolTip;
    case Qt::DecorationRole:
        if (index.column() == NameColumn && row.severity > 0)
            return row.severity == 2 ? m_errorIcon : m_warningIcon;
        return {};
    case Qt::AccessibleDescriptionRole:
        if (index.column() == NameColumn && row.severity > 0)
            return row.severity == 2 ? tr("has errors") : tr("has warnings");
        return {};
    case KindRole:
        return int(category == Category::Fields      ? ItemKind::Field
                   : category == Category::Templates ? ItemKind::Template
                   : category == Category::Rules     ? ItemKind::Rule
                                                     : ItemKind::Unreadable);
    case KeyRole:
        return row.key;
    case SearchTextRole:
        return row.search;
    default:
        return {};
    }
}

QVariant ExplorerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

Qt::ItemFlags ExplorerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex ExplorerModel::categoryIndex(Category category) const
{
    return index(int(category), 0);
}

QModelIndex ExplorerModel::itemIndex(ItemKind kind, const QString &key) const
{
    const Category category = kind == ItemKind::Field        ? Category::Fields
                              : kind == ItemKind::Template   ? Category::Templates
                              : kind == ItemKind::Unreadable ? Category::Unreadable
                                                             : Category::Rules;
    const auto &rows = rowsOf(category);
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i].key == key)
            return index(int(i), 0, categoryIndex(category));
    return {};
}

void ExplorerModel::refreshRows(Category category, std::vector<Row> rows)
{
    auto &current = rowsOf(category);
    if (rows.size() != current.size()) {
        beginResetModel();
        current = std::move(rows);
        endResetModel();
        return;
    }
    const QModelIndex parent = categoryIndex(category);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &before = current[i];
        const Row &after = rows[i];
        const bool same =
            before.key == after.key && before.toolTip == after.toolTip && before.severity == after.severity &&
            std::equal(std::begin(before.columns), std::end(before.columns), std::begin(after.columns));
        if (same)
            continue;
        current[i] = after;
        emit dataChanged(index(int(i), 0, parent), index(int(i), ColumnCount - 1, parent));
    }
}

void ExplorerModel::ruleChanged(const QString &)
{
    refreshRows(Category::Rules, ruleRows());
}

void ExplorerModel::templateChanged(const QString &)
{
    refreshRows(Category::Templates, templateRows());
    refreshRows(Category::Rules, ruleRows()); // "where used" follows the templates
}

void ExplorerModel::rulesReset()
{
    std::vector<Row> rows = ruleRows();
    auto &current = rowsOf(Category::Rules);
    const QModelIndex parent = categoryIndex(Category::Rules);
    // One rule added or removed (the usual case) moves only that row, so the view keeps its
    // selection and expansion.
    const auto firstDifference = [](const std::vector<Row> &a, const std::vector<Row> &b) {
        std::size_t i = 0;
        while (i < a.size() && i < b.size() && a[i].key == b[i].key)
            ++i;
        return i;
    };
    const std::size_t at = firstDifference(current, rows);
    const auto restMatches = [&](const std::vector<Row> &longer, const std::vector<Row> &shorter) {
        return std::equal(longer.begin() + std::ptrdiff_t(at) + 1, longer.end(),
                          shorter.begin() + std::ptrdiff_t(at), shorter.end(),
                          [](const Row &a, const Row &b) { return a.key == b.key; });
    };
    if (rows.size() == current.size() + 1 && restMatches(rows, current)) {
        beginInsertRows(parent, int(at), int(at));
        current.insert(current.begin() + std::ptrdiff_t(at), rows[at]);
        endInsertRows();
    } else if (rows.size() + 1 == current.size() && restMatches(current, rows)) {
        beginRemoveRows(parent, int(at), int(at));
        current.erase(current.begin() + std::ptrdiff_t(at));
        endRemoveRows();
    } else if (rows.size() != current.size()) {
        beginResetModel();
        current = std::move(rows);
        endResetModel();
        return;
    }
    refreshRows(Category::Rules, std::move(rows));
    emit dataChanged(parent, parent); // the category's count
}

void ExplorerModel::findingsChanged()
{
    refreshRows(Category::Templates, templateRows());
    refreshRows(Category::Rules, ruleRows());
}

} // namespace cw::ui
