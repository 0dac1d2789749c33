#include "promote_dialog.h"

#include "common/std_text.h"
#include "common/tone_colors.h"
#include "project/plan.h"
#include "sync/plan_tree.h"
#include "sync/promote_mapping_model.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw::ui {
namespace {
// A line edit with a "Browse…" button beside it.
QWidget *withBrowseButton(QLineEdit *edit, QPushButton *button)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}
} // namespace

PromoteDialog::PromoteDialog(project::Project source, QStringList selectedRules, QWidget *parent)
    : QDialog(parent), m_source(std::move(source)), m_selectedNames(std::move(selectedRules))
{
    setWindowTitle(tr("Promote to Another Project"));
    setObjectName(QStringLiteral("promoteDialog"));

    m_targetEdit = new QLineEdit;
    m_targetEdit->setAccessibleName(tr("Target project folder:"));
    auto *browseTarget = new QPushButton(tr("Browse\u2026"));
    browseTarget->setAccessibleName(tr("Choose the target project folder"));
    connect(browseTarget, &QPushButton::clicked, this, &PromoteDialog::chooseTarget);
    m_mapEdit = new QLineEdit;
    m_mapEdit->setAccessibleName(tr("Map file (optional):"));
    auto *browseMap = new QPushButton(tr("Browse\u2026"));
    browseMap->setAccessibleName(tr("Choose a map file"));
    connect(browseMap, &QPushButton::clicked, this, &PromoteDialog::chooseMap);
    auto *form = new QFormLayout;
    form->addRow(tr("Target project folder:"), withBrowseButton(m_targetEdit, browseTarget));
    form->addRow(tr("Map file (optional):"), withBrowseButton(m_mapEdit, browseMap));

    auto *rulesBox = new QGroupBox(tr("Rules"));
    m_allRules = new QRadioButton(tr("All rules"));
    m_selectedRules = new QRadioButton(
        tr("Rules selected in the explorer: %1")
            .arg(m_selectedNames.isEmpty() ? tr("none") : m_selectedNames.join(QStringLiteral(", "))));
    m_selectedRules->setEnabled(!m_selectedNames.isEmpty());
    (m_selectedNames.isEmpty() ? m_allRules : m_selectedRules)->setChecked(true);
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_allRules);
    choice->addButton(m_selectedRules);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(m_allRules);
    rulesLayout->addWidget(m_selectedRules);

    m_mapping = new PromoteMappingModel(this);
    m_mappingView = new QTableView;
    m_mappingView->setModel(m_mapping);
    m_mappingView->setAccessibleName(tr("Mapping"));
    m_mappingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mappingView->verticalHeader()->hide();
    m_mappingView->setWordWrap(false);
    // User ARNs are long and differ in their ends (instance and user ids): keep both ends visible.
    m_mappingView->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_mappingView->horizontalHeader();
    header->setSectionResizeMode(PromoteMappingModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PromoteMappingModel::SourceColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PromoteMappingModel::TargetColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PromoteMappingModel::MatchColumn, QHeaderView::ResizeToContents);
    m_errors = new QListWidget;
    m_errors->setAccessibleName(tr("What does not map"));
    m_errors->setVisible(false);
    keepTone(m_errors, Tone::Error);
    auto *mappingBox = new QGroupBox(tr("Mapping"));
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(m_mappingView, 3);
    mappingLayout->addWidget(m_errors, 1);

    m_planTree = new QTreeWidget;
    m_planTree->setHeaderHidden(true);
    m_planTree->setAccessibleName(tr("Resulting plan of the target"));
    auto *planBox = new QGroupBox(tr("Resulting plan of the target"));
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(m_planTree);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(mappingBox);
    splitter->addWidget(planBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel(tr("Choose the project folder to promote into, then review the mapping."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *reviewButton = buttons->addButton(tr("Review"), QDialogButtonBox::ActionRole);
    connect(reviewButton, &QPushButton::clicked, this, &PromoteDialog::review);
    m_promote = buttons->addButton(tr("Promote"), QDialogButtonBox::ApplyRole);
    m_promote->setEnabled(false);
    connect(m_promote, &QPushButton::clicked, this, &PromoteDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_targetEdit, &QLineEdit::editingFinished, this, &PromoteDialog::review);
    connect(m_mapEdit, &QLineEdit::editingFinished, this, &PromoteDialog::review);
    connect(m_allRules, &QRadioButton::toggled, this, [this] {
        if (m_target)
            review();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(rulesBox);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 640);
}

PromoteDialog::~PromoteDialog()
{
    // ~QDialog hides the dialog after this class's members are gone; a line edit losing focus then
    // finishes its editing, and review() would read the destroyed project.
    disconnect(m_targetEdit, nullptr, this, nullptr);
    disconnect(m_mapEdit, nullptr, this, nullptr);
}

void PromoteDialog::setTargetDirectory(const QString &directory)
{
    m_targetEdit->setText(directory);
}

void PromoteDialog::setMapFile(const QString &path)
{
    m_mapEdit->setText(path);
}

void PromoteDialog::chooseTarget()
{
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Choose the target project folder"), m_targetEdit->text());
    if (directory.isEmpty())
        return;
    setTargetDirectory(directory);
    review();
}

void PromoteDialog::chooseMap()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a map file"), m_mapEdit->text(),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    setMapFile(path);
    review();
}

void PromoteDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? toneStyleSheet(Tone::Error) : QString());
}

void PromoteDialog::review()
{
    m_outcome.reset();
    m_target.reset();
    m_mapping->setMapping({});
    m_errors->clear();
    m_errors->setVisible(false);
    m_planTree->clear();
    m_promote->setEnabled(false);
    if (m_targetEdit->text().trimmed().isEmpty()) {
        showStatus(tr("Choose the project folder to promote into, then review the mapping."), false);
        return;
    }
    project::PromoteRequest request;
    request.all = m_allRules->isChecked();
    for (const QString &name : m_selectedNames)
        request.ruleNames.push_back(toStd(name));
    if (!m_mapEdit->text().trimmed().isEmpty()) {
        auto map = project::loadPromoteMap(toStd(m_mapEdit->text().trimmed()));
        if (!map) {
            showStatus(tr("Cannot read the map: %1").arg(qs(map.error().toString())), true);
            return;
        }
        request.map = std::move(map).value();
    }
    auto loaded = project::loadProject(toStd(m_targetEdit->text().trimmed()));
    if (!loaded) {
        showStatus(tr("Cannot open the target: %1").arg(qs(loaded.error().toString())), true);
        return;
    }
    m_target = std::move(loaded).value();
    m_outcome = project::promote(m_source, m_target->project, request);
    m_mapping->setMapping(m_outcome->mapping);
    if (!m_outcome->errors.empty()) {
        for (const Error &error : m_outcome->errors)
            m_errors->addItem(qs(error.toString()));
        m_errors->setVisible(true);
        showStatus(tr("%1 reference(s) do not map; nothing can be promoted until the target has them or the "
                      "map names them.")
                       .arg(m_outcome->errors.size()),
                   true);
        return;
    }
    auto plan = project::computePlan(m_outcome->target);
    if (plan)
        fillPlanTree(m_planTree, *plan);
    if (!m_outcome->changed()) {
        showStatus(tr("The target already has these rules: nothing to promote."), false);
        return;
    }
    if (!plan) {
        showStatus(tr("Cannot plan the target: %1").arg(qs(plan.error().toString())), true);
        return;
    }
    int changes = 0;
    for (const project::PromoteChange &change : m_outcome->changes)
        changes += change.action == project::PromoteChange::Action::UnchangedRule ? 0 : 1;
    showStatus(tr("Ready: %1 change(s) to the target's files. Publish the target project to send them.")
                   .arg(changes),
               false);
    m_promote->setEnabled(true);
}

bool PromoteDialog::apply()
{
    if (!m_outcome || !m_target || !m_outcome->errors.empty() || !m_outcome->changed())
        return false;
    if (auto status = project::saveProject(m_outcome->target, m_target->disk); !status) {
        showStatus(tr("Cannot write the target: %1").arg(qs(status.error().toString())), true);
        m_promote->setEnabled(false);
        return false;
    }
    const QString directory = m_targetEdit->text().trimmed();
    review();
    showStatus(tr("Promoted into %1. Open that project to publish it.").arg(directory), false);
    emit promoted(directory);
    return true;
}

} // namespace cw::ui
