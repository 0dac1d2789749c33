#include "preview/sample_cases_model.h"

#include "common/std_text.h"
#include "common/tone_colors.h"
#include "document/project_document.h"
#include "editing/sample_value_text.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>
#include <set>

namespace cw::ui {
using editing::valueDisplayText;
using editing::valueFitsField;
using editing::valueFromText;
using editing::valueWireText;

namespace {
const Value *findValue(const SampleCase &sampleCase, const std::string &fieldId)
{
    return sampleCase.find(fieldId);
}

// Sets or removes (nullopt) one field of a case; the first entry of the field counts, as in
// SampleCase::find, and later duplicates go, so what is shown is what is stored.
void putValue(SampleCase &sampleCase, const std::string &fieldId, const std::optional<Value> &value)
{
    auto &fields = sampleCase.fields;
    auto first =
        std::find_if(fields.begin(), fields.end(), [&](const CaseFieldValue &f) { return f.id == fieldId; });
    if (first == fields.end()) {
        if (value)
            fields.push_back(CaseFieldValue{fieldId, *value, Json::object()});
        return;
    }
    const auto index = first - fields.begin();
    fields.erase(std::remove_if(fields.begin() + index + 1, fields.end(),
                                [&](const CaseFieldValue &f) { return f.id == fieldId; }),
                 fields.end());
    if (value)
        fields[std::size_t(index)].value = *value;
    else
        fields.erase(fields.begin() + index);
}
} // namespace

SampleCasesModel::SampleCasesModel(QObject *parent) : QAbstractTableModel(parent)
{
    qRegisterMetaType<cw::Value>();
}

void SampleCasesModel::setDocument(ProjectDocument *document)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : m_documentConnections)
        disconnect(connection);
    m_documentConnections.clear();
    m_document = document;
    if (document) {
        m_documentConnections << connect(document, &ProjectDocument::sampleCaseChanged, this,
                                         [this](int row) {
                                             emit dataChanged(index(row, 0), index(row, columnCount() - 1));
                                             emit casesChanged();
                                         })
                              << connect(document, &ProjectDocument::sampleRowsAboutToBeInserted, this,
                                         [this](int first, int last) { beginInsertRows({}, first, last); })
                              << connect(document, &ProjectDocument::sampleRowsInserted, this,
                                         [this] {
                                             endInsertRows();
                                             emit casesChanged();
                                         })
                              << connect(document, &ProjectDocument::sampleRowsAboutToBeRemoved, this,
                                         [this](int first, int last) { beginRemoveRows({}, first, last); })
                              << connect(document, &ProjectDocument::sampleRowsRemoved, this,
                                         [this] {
                                             endRemoveRows();
                                             emit casesChanged();
                                         })
                              << connect(document, &ProjectDocument::sampleRowsAboutToBeReset, this,
                                         [this] { beginResetModel(); })
                              << connect(document, &ProjectDocument::sampleRowsReset, this,
                                         [this] {
                                             endResetModel();
                                             emit casesChanged();
                                         })
                              << connect(document, &QObject::destroyed, this, [this] {
                                     m_document = nullptr; // gone: not to be read while the views reset
                                     setDocument(nullptr);
                                 });
    }
    endResetModel();
    emit casesChanged();
}

void SampleCasesModel::setSnapshot(DomainSnapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    if (caseCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void SampleCasesModel::setFieldColumns(std::vector<std::string> fieldIds)
{
    if (fieldIds == m_fieldColumns)
        return;
    const int before = int(m_fieldColumns.size());
    const int after = int(fieldIds.size());
    // Columns come and go at the end, so views keep the rows' selection and scroll position.
    if (after < before) {
        beginRemoveColumns({}, FirstFieldColumn + after, FirstFieldColumn + before - 1);
        m_fieldColumns.resize(std::size_t(after));
        endRemoveColumns();
    } else if (after > before) {
        beginInsertColumns({}, FirstFieldColumn + before, FirstFieldColumn + after - 1);
        m_fieldColumns.resize(std::size_t(after));
        endInsertColumns();
    }
    m_fieldColumns = std::move(fieldIds);
    if (after > 0) {
        emit headerDataChanged(Qt::Horizontal, FirstFieldColumn, FirstFieldColumn + after - 1);
        if (caseCount() > 0)
            emit dataChanged(index(0, FirstFieldColumn), index(rowCount() - 1, FirstFieldColumn + after - 1));
    }
}

std::string SampleCasesModel::fieldIdAt(int column) const
{
    if (column < FirstFieldColumn || column >= columnCount())
        return {};
    return m_fieldColumns[std::size_t(column - FirstFieldColumn)];
}

int SampleCasesModel::columnOf(const std::string &fieldId) const
{
    const auto it = std::find(m_fieldColumns.begin(), m_fieldColumns.end(), fieldId);
    return it == m_fieldColumns.end() ? -1 : FirstFieldColumn + int(it - m_fieldColumns.begin());
}

int SampleCasesModel::caseCount() const
{
    return m_document ? m_document->sampleCount() : 0;
}

const SampleCase &SampleCasesModel::sampleCase(int row) const
{
    return m_document->sampleCase(row);
}

const std::string &SampleCasesModel::fileOf(int row) const
{
    return m_document->sampleFileOf(row);
}

int SampleCasesModel::rowOfCase(const std::string &caseId) const
{
    if (!m_document)
        return -1;
    int row = 0;
    for (const project::SampleFile &file : m_document->project().samples)
        for (const SampleCase &sampleCase : file.cases.cases) {
            if (sampleCase.id == caseId)
                return row;
            ++row;
        }
    return -1;
}

std::vector<SampleCase> SampleCasesModel::cases() const
{
    std::vector<SampleCase> result;
    if (!m_document)
        return result;
    result.reserve(std::size_t(caseCount()));
    for (const project::SampleFile &file : m_document->project().samples)
        result.insert(result.end(), file.cases.cases.begin(), file.cases.cases.end());
    return result;
}

std::vector<std::string> SampleCasesModel::caseIds() const
{
    std::vector<std::string> ids;
    if (!m_document)
        return ids;
    for (const project::SampleFile &file : m_document->project().samples)
        for (const SampleCase &sampleCase : file.cases.cases)
            ids.push_back(sampleCase.id);
    return ids;
}

std::string SampleCasesModel::freeFileName(const std::string &wanted) const
{
    std::string stem = wanted;
    if (stem.size() > 5 && stem.compare(stem.size() - 5, 5, ".json") == 0)
        stem.resize(stem.size() - 5);
    const auto taken = [&](const std::string &name) {
        if (!m_document)
            return false;
        const auto &files = m_document->project().samples;
        return std::any_of(files.begin(), files.end(),
                           [&](const project::SampleFile &file) { return file.name == name; });
    };
    std::string name = stem + ".json";
    for (int n = 2; taken(name); ++n)
        name = stem + "-" + std::to_string(n) + ".json";
    return name;
}

std::string SampleCasesModel::uniqueCaseId(const std::string &wanted) const
{
    std::string id = wanted;
    for (int n = 2; rowOfCase(id) >= 0; ++n)
        id = wanted + "-" + std::to_string(n);
    return id;
}

// --- edits ---------------------------------------------------------------------------------

void SampleCasesModel::pushCaseEdit(int row, SampleCase after, const QString &description,
                                    const QString &mergeKey)
{
    m_document->editSampleCase(row, after, description, mergeKey);
}

void SampleCasesModel::setValue(int row, const std::string &fieldId, const std::optional<Value> &value,
                                const QString &mergeKey)
{
    if (row < 0 || row >= caseCount())
        return;
    const Value *current = findValue(sampleCase(row), fieldId);
    if ((current == nullptr && !value) ||
        (current && value && *current == *value && current->kind == value->kind))
        return;
    SampleCase after = sampleCase(row);
    putValue(after, fieldId, value);
    const Field *field = m_snapshot.findField(fieldId);
    const QString name = QString::fromStdString(field ? field->name : fieldId);
    pushCaseEdit(
        row, std::move(after),
        value ? tr("Set %1 of a sample case").arg(name) : tr("Remove %1 from a sample case").arg(name),
        mergeKey.isEmpty() ? QString() : mergeKey + QLatin1Char('/') + QString::fromStdString(fieldId));
}

bool SampleCasesModel::setCaseId(int row, const std::string &caseId)
{
    if (row < 0 || row >= caseCount() || caseId.empty())
        return false;
    if (sampleCase(row).id == caseId)
        return true;
    if (rowOfCase(caseId) >= 0)
        return false;
    SampleCase after = sampleCase(row);
    after.id = caseId;
    pushCaseEdit(row, std::move(after), tr("Rename a sample case"));
    return true;
}

void SampleCasesModel::setCaseTemplate(int row, const std::string &templateId)
{
    if (row < 0 || row >= caseCount() || sampleCase(row).templateId == templateId)
        return;
    SampleCase after = sampleCase(row);
    after.templateId = templateId;
    pushCaseEdit(row, std::move(after), tr("Change the template of a sample case"));
}

int SampleCasesModel::addCase(const std::string &templateId, int afterRow)
{
    if (!m_document)
        return -1;
    const bool hasRow = afterRow >= 0 && afterRow < caseCount();
    const auto &files = m_document->project().samples;
    const std::string file =
        hasRow ? fileOf(afterRow) : (files.empty() ? std::string(kDefaultFile) : files.front().name);
    SampleCase added;
    added.id = uniqueCaseId("case-" + std::to_string(caseCount() + 1));
    added.templateId = templateId;
    return m_document->insertSampleCases(hasRow ? afterRow + 1 : caseCount(), file, {std::move(added)},
                                         tr("Add a sample case"));
}

int SampleCasesModel::duplicateCase(int row)
{
    if (row < 0 || row >= caseCount())
        return -1;
    SampleCase copy = sampleCase(row);
    copy.id = uniqueCaseId(copy.id + "-copy");
    return m_document->insertSampleCases(row + 1, fileOf(row), {std::move(copy)},
                                         tr("Duplicate a sample case"));
}

void SampleCasesModel::removeCases(QList<int> rows)
{
    if (!m_document)
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(std::remove_if(rows.begin(), rows.end(), [this](int r) { return r < 0 || r >= caseCount(); }),
               rows.end());
    if (rows.isEmpty())
        return;
    m_document->removeSampleCases(rows, rows.size() == 1 ? tr("Delete a sample case")
                                                         : tr("Delete %1 sample cases").arg(rows.size()));
}

int SampleCasesModel::appendCases(std::vector<SampleCase> cases, const std::string &file,
                                  const QString &description)
{
    if (!m_document)
        return 0;
    return m_document->insertSampleCases(caseCount(), file, std::move(cases), description);
}

// --- QAbstractTableModel -------------------------------------------------------------------

int SampleCasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : caseCount();
}

int SampleCasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFieldColumn + int(m_fieldColumns.size());
}

QVariant SampleCasesModel::templateData(const SampleCase &sampleCase, int role) const
{
    const CaseTemplate *caseTemplate = m_snapshot.findTemplate(sampleCase.templateId);
    switch (role) {
    case Qt::DisplayRole:
        if (caseTemplate)
            return QString::fromStdString(caseTemplate->name);
        return sampleCase.templateId.empty() ? tr("(none)") : QString::fromStdString(sampleCase.templateId);
    case Qt::EditRole:
        return QString::fromStdString(sampleCase.templateId);
    case Qt::ToolTipRole:
        return caseTemplate ? tr("Template id: %1").arg(userText(sampleCase.templateId))
                            : tr("The project has no template with this id");
    case Qt::ForegroundRole:
        return caseTemplate ? QVariant() : QVariant(QBrush(toneColor(Tone::Error)));
    default:
        return {};
    }
}

QVariant SampleCasesModel::fieldData(const SampleCase &sampleCase, const std::string &fieldId, int role) const
{
    const Value *value = findValue(sampleCase, fieldId);
    const Field *field = m_snapshot.findField(fieldId);
    const std::vector<FieldOption> *options = m_snapshot.optionsOf(fieldId);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return valueDisplayText(value, field, options);
    case ValueRole:
        return value ? QVariant::fromValue(*value) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = valueWireText(value);
        if (value && !valueFitsField(*value, field))
            tip +=
                QLatin1Char('\n') + tr("Not a value of this %1 field: rules comparing it with a value of the "
                                       "field's type never match it.")
                                        .arg(QString::fromLatin1(toString(field->fieldType())));
        return tip;
    }
    case Qt::ForegroundRole:
        if (value && !valueFitsField(*value, field))
            return QBrush(toneColor(Tone::Error));
        if (value && value->kind == Value::Kind::Empty)
            return QBrush(toneColor(Tone::Muted));
        return {};
    case Qt::FontRole:
        if (value && value->kind == Value::Kind::Empty) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (value && value->kind == Value::Kind::Double)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant SampleCasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SampleCase &current = sampleCase(index.row());
    if (role == TemplateIdRole)
        return QString::fromStdString(current.templateId);
    switch (index.column()) {
    case IdColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return QString::fromStdString(current.id);
        if (role == Qt::ToolTipRole)
            return tr("Saved in samples/%1").arg(QString::fromStdString(fileOf(index.row())));
        return {};
    case TemplateColumn:
        return templateData(current, role);
    default:
        return fieldData(current, fieldIdAt(index.column()), role);
    }
}

QVariant SampleCasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const std::string fieldId = fieldIdAt(section);
    if (role == FieldIdRole)
        return QString::fromStdString(fieldId);
    if (section == IdColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Case id")) : QVariant();
    if (section == TemplateColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Template")) : QVariant();
    const Field *field = m_snapshot.findField(fieldId);
    if (role == Qt::DisplayRole)
        return QString::fromStdString(field ? field->name : fieldId);
    if (role == Qt::ToolTipRole)
        return field ? tr("%1 field, id %2").arg(userText(field->type), userText(fieldId))
                     : tr("Field %1 is not in the project").arg(userText(fieldId));
    return {};
}

Qt::ItemFlags SampleCasesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool SampleCasesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    switch (index.column()) {
    case IdColumn:
        return role == Qt::EditRole && setCaseId(row, value.toString().trimmed().toStdString());
    case TemplateColumn:
        if (role != Qt::EditRole)
            return false;
        setCaseTemplate(row, value.toString().toStdString());
        return true;
    default:
        break;
    }
    const std::string fieldId = fieldIdAt(index.column());
    if (role == ValueRole) {
        setValue(row, fieldId, value.isValid() ? std::optional<Value>(value.value<Value>()) : std::nullopt);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    auto parsed =
        valueFromText(value.toString(), m_snapshot.findField(fieldId), m_snapshot.optionsOf(fieldId));
    if (!parsed)
        return false;
    setValue(row, fieldId, *parsed);
    return true;
}

} // namespace cw::ui
