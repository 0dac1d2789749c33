#pragma once
// The project's sample cases as a table: one row per case of every samples/*.json file, columns
// case id, template, then the fields of the template the preview shows. Values are typed (option
// names, numbers, true/false, "(empty)" for emptyValue, nothing for an absent field) and every
// edit is one step on the model's own undo stack.
//
// The cases live here, not in ProjectDocument (which has no sample API yet): "Save samples" writes
// sampleFiles() back to samples/*.json (see sample_files.h).

#include "model/domain_snapshot.h"
#include "model/sample_case.h"
#include "project/project.h"

#include <QAbstractTableModel>
#include <QUndoStack>
#include <optional>
#include <string>
#include <vector>

namespace cw::ui {

struct SampleRow {
    std::string file; // the samples/ file the case is saved in, e.g. "support-centre.json"
    SampleCase sampleCase;
};

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

    // A project was opened: its cases replace the model's, and the undo history starts afresh.
    void setSamples(std::vector<project::SampleFile> files);
    // Field names, types and options, and the template names, come from here.
    void setSnapshot(DomainSnapshot snapshot);
    const DomainSnapshot &snapshot() const { return m_snapshot; }
    // The field columns after the id and template columns.
    void setFieldColumns(std::vector<std::string> fieldIds);
    const std::vector<std::string> &fieldColumns() const { return m_fieldColumns; }
    std::string fieldIdAt(int column) const;
    int columnOf(const std::string &fieldId) const; // -1 when not a column

    int caseCount() const { return int(m_rows.size()); }
    const SampleCase &sampleCase(int row) const { return m_rows[std::size_t(row)].sampleCase; }
    const std::string &fileOf(int row) const { return m_rows[std::size_t(row)].file; }
    int rowOfCase(const std::string &caseId) const; // -1 when no case has the id
    std::vector<SampleCase> cases() const;
    std::vector<std::string> caseIds() const;
    // The cases grouped into their files again, files in their original order (emptied files
    // included, so saving writes them empty rather than leaving stale cases behind).
    std::vector<project::SampleFile> sampleFiles() const;

    QUndoStack *undoStack() { return &m_undoStack; }
    bool isModified() const { return !m_undoStack.isClean(); }
    void markSaved() { m_undoStack.setClean(); }

    // Edits; each pushes one undo command. A nullopt value leaves the field out of the case.
    // Edits with the same non-empty mergeKey pushed one after another merge into one step (typing).
    void setValue(int row, const std::string &fieldId, const std::optional<Value> &value,
                  const QString &mergeKey = {});
    bool setCaseId(int row, const std::string &caseId); // false when empty or taken
    void setCaseTemplate(int row, const std::string &templateId);
    int addCase(const std::string &templateId, int afterRow); // the new row
    int duplicateCase(int row);
    void removeCases(QList<int> rows);
    // Appends cases (import, generate) to `file` as one step; returns the first new row.
    int appendCases(std::vector<SampleCase> cases, const std::string &file, const QString &description);
    // A file name under samples/ not used yet, from `wanted` ("imported.json", "imported-2.json"...).
    std::string freeFileName(const std::string &wanted) const;

    // Applied by the undo commands only.
    void applyCase(int row, const SampleCase &sampleCase);
    void applyInsert(int row, const std::vector<SampleRow> &rows);
    std::vector<SampleRow> applyRemove(int row, int count);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // After every change of the cases: an edit, undo, redo, insertion, removal or reset.
    void casesChanged();
    void modifiedChanged(bool modified);

private:
    QVariant fieldData(const SampleCase &sampleCase, const std::string &fieldId, int role) const;
    QVariant templateData(const SampleCase &sampleCase, int role) const;
    std::string uniqueCaseId(const std::string &wanted) const;
    void pushCaseEdit(int row, SampleCase after, const QString &description, const QString &mergeKey = {});

    DomainSnapshot m_snapshot;
    std::vector<SampleRow> m_rows;
    std::vector<std::pair<std::string, Json>> m_files; // name and the file's unknown members, in order
    std::vector<std::string> m_fieldColumns;
    QUndoStack m_undoStack;
};

} // namespace cw::ui
