#pragma once
// The project's sample cases as a table: one row per case of every samples/*.json file, columns
// case id, template, then the fields of the template the preview shows. Values are typed (option
// names, numbers, true/false, "(empty)" for emptyValue, nothing for an absent field).
//
// The cases are the document's (ProjectDocument's sample rows): every edit here is one step on
// the document's undo stack, marks the document modified and is saved with the project.

#include "model/domain_snapshot.h"
#include "model/sample_case.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMetaObject>
#include <optional>
#include <string>
#include <vector>

namespace cw::ui {

class ProjectDocument;

class SampleCasesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn = 0, TemplateColumn = 1, FirstFieldColumn = 2 };
    enum Role {
        TemplateIdRole = Qt::UserRole + 1, // the row's templateId (QString), on every column
        FieldIdRole,                       // headerData: the column's field id (QString); "" for id/template
        ValueRole,                         // data/setData: a cw::Value; an invalid QVariant is "absent"
    };
    // Where added cases go when the project has no sample file yet.
    static constexpr const char *kDefaultFile = "samples.json";

    explicit SampleCasesModel(QObject *parent = nullptr);

    // The document whose sample cases are shown and edited, or nullptr (no rows).
    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const { return m_document; }
    // Field names, types and options, and the template names, come from here.
    void setSnapshot(DomainSnapshot snapshot);
    const DomainSnapshot &snapshot() const { return m_snapshot; }
    // The field columns after the id and template columns.
    void setFieldColumns(std::vector<std::string> fieldIds);
    const std::vector<std::string> &fieldColumns() const { return m_fieldColumns; }
    std::string fieldIdAt(int column) const;
    int columnOf(const std::string &fieldId) const; // -1 when not a column

    int caseCount() const;
    const SampleCase &sampleCase(int row) const;
    const std::string &fileOf(int row) const;
    int rowOfCase(const std::string &caseId) const; // -1 when no case has the id
    std::vector<SampleCase> cases() const;
    std::vector<std::string> caseIds() const;

    // Edits; each pushes one undo command on the document's stack. A nullopt value leaves the
    // field out of the case.
    // Edits with the same non-empty mergeKey pushed one after another merge into one step (typing).
    void setValue(int row, const std::string &fieldId, const std::optional<Value> &value,
                  const QString &mergeKey = {});
    bool setCaseId(int row, const std::string &caseId); // false when empty or taken
    void setCaseTemplate(int row, const std::string &templateId);
    int addCase(const std::string &templateId, int afterRow); // the new row
    int duplicateCase(int row);
    void removeCases(QList<int> rows);
    // Appends cases (import, generate) to `file` (after its other cases) as one step; returns the
    // first new row.
    int appendCases(std::vector<SampleCase> cases, const std::string &file, const QString &description);
    // A file name under samples/ not used yet, from `wanted` ("imported.json", "imported-2.json"...).
    std::string freeFileName(const std::string &wanted) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // After every change of the cases: an edit, undo, redo, insertion, removal or reset.
    void casesChanged();

private:
    QVariant fieldData(const SampleCase &sampleCase, const std::string &fieldId, int role) const;
    QVariant templateData(const SampleCase &sampleCase, int role) const;
    std::string uniqueCaseId(const std::string &wanted) const;
    void pushCaseEdit(int row, SampleCase after, const QString &description, const QString &mergeKey = {});

    ProjectDocument *m_document = nullptr;
    QList<QMetaObject::Connection> m_documentConnections;
    DomainSnapshot m_snapshot;
    std::vector<std::string> m_fieldColumns;
};

} // namespace cw::ui
