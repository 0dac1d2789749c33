#pragma once
// "Promote to Another Project…": the rules of the open project copied into another domain's
// project folder (project/promote.h, exactly as `casewright-cli promote` does it). The user picks
// the target folder (and, optionally, a map file for renamed things), all rules or those selected
// in the explorer, reviews the mapping -- matched by name, overridden by the map, missing in red
// -- and the plan the target would then have; Promote writes the target folder. The open project
// is only read, as it is in memory (unsaved edits included).

#include "project/project_io.h"
#include "project/promote.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;
class QTreeWidget;

namespace cw::ui {

class PromoteMappingModel;

class PromoteDialog : public QDialog {
    Q_OBJECT
public:
    // `selectedRules`: the names of the rules selected in the explorer (may be empty).
    PromoteDialog(project::Project source, QStringList selectedRules, QWidget *parent = nullptr);
    ~PromoteDialog() override;

    void setTargetDirectory(const QString &directory);
    void setMapFile(const QString &path);
    // Reads the target (and the map) again and shows the mapping and the resulting plan.
    void review();
    // Writes the promoted rules into the target folder; false (with the reason shown) when it
    // cannot. Unchanged files are not rewritten.
    bool apply();

    const std::optional<project::PromoteOutcome> &outcome() const { return m_outcome; }

    QLineEdit *targetEdit() const { return m_targetEdit; }
    QLineEdit *mapEdit() const { return m_mapEdit; }
    QRadioButton *allRulesButton() const { return m_allRules; }
    QRadioButton *selectedRulesButton() const { return m_selectedRules; }
    QTableView *mappingView() const { return m_mappingView; }
    PromoteMappingModel *mappingModel() const { return m_mapping; }
    QListWidget *errorList() const { return m_errors; }
    QTreeWidget *planTree() const { return m_planTree; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *promoteButton() const { return m_promote; }

signals:
    // The target folder was written.
    void promoted(const QString &directory);

private:
    void chooseTarget();
    void chooseMap();
    void showStatus(const QString &text, bool error);

    project::Project m_source;
    QStringList m_selectedNames;
    std::optional<project::LoadedProject> m_target;
    std::optional<project::PromoteOutcome> m_outcome;

    QLineEdit *m_targetEdit = nullptr;
    QLineEdit *m_mapEdit = nullptr;
    QRadioButton *m_allRules = nullptr;
    QRadioButton *m_selectedRules = nullptr;
    PromoteMappingModel *m_mapping = nullptr;
    QTableView *m_mappingView = nullptr;
    QListWidget *m_errors = nullptr;
    QTreeWidget *m_planTree = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_promote = nullptr;
};

} // namespace cw::ui
