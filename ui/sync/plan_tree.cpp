#include "sync/plan_tree.h"

#include "common/std_text.h"
#include "common/tone_colors.h"
#include "sync/plan_details.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QTreeWidget>
#include <optional>

namespace cw::ui {
namespace {
// lupdate files a tr() outside a class under the enclosing namespace: look it up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("cw::ui", text);
}

QColor colorOf(project::PlanStep::Action action)
{
    switch (action) {
    case project::PlanStep::Action::CreateRule:
    case project::PlanStep::Action::CreateTemplate:
        return toneColor(Tone::Success);
    case project::PlanStep::Action::UpdateRule:
    case project::PlanStep::Action::UpdateTemplate:
        return toneColor(Tone::Warning);
    case project::PlanStep::Action::DeleteRule:
        return toneColor(Tone::Error);
    }
    return {};
}
} // namespace

QString planSymbol(project::PlanStep::Action action)
{
    switch (action) {
    case project::PlanStep::Action::CreateRule:
    case project::PlanStep::Action::CreateTemplate:
        return QStringLiteral("+");
    case project::PlanStep::Action::UpdateRule:
    case project::PlanStep::Action::UpdateTemplate:
        return QStringLiteral("~");
    case project::PlanStep::Action::DeleteRule:
        return QStringLiteral("-");
    }
    return {};
}

void fillPlanTree(QTreeWidget *tree, const project::Plan &plan, const project::Project *project)
{
    std::optional<DomainSnapshot> working;
    if (project && !plan.empty())
        working = project->workingSnapshot(); // once: it names what every step refers to
    tree->clear();
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Change"), tr("File or id")});
    if (plan.empty()) {
        auto *item = new QTreeWidgetItem(tree, {tr("No changes: the domain matches the project.")});
        item->setFlags(Qt::ItemIsEnabled);
    }
    for (const project::PlanStep &step : plan.steps) {
        const QString where = step.slug.empty() ? QString::fromStdString(step.id)
                                                : QString::fromStdString(step.slug) + QStringLiteral(".json");
        auto *item = new QTreeWidgetItem(
            tree, {QStringLiteral("%1 %2 \u201c%3\u201d")
                       .arg(planSymbol(step.action), QString::fromLatin1(project::toString(step.action)),
                            QString::fromStdString(step.name)),
                   where});
        item->setForeground(0, QBrush(colorOf(step.action)));
        item->setData(0, Qt::UserRole, QString::fromLatin1(project::actionCode(step.action)));
        if (working) {
            for (const QString &line :
                 describePlanStepChanges(step, *working, project->base ? &*project->base : nullptr))
                new QTreeWidgetItem(item, {line});
        } else {
            for (const std::string &member : step.changes)
                new QTreeWidgetItem(item, {tr("changed: %1").arg(userText(member))});
        }
        item->setExpanded(true);
    }
    for (const std::string &note : plan.notes) {
        auto *item = new QTreeWidgetItem(tree, {tr("Note: %1").arg(qs(boundedMessage(note)))});
        item->setForeground(0, QBrush(toneColor(Tone::Muted)));
    }
    tree->resizeColumnToContents(0);
}

} // namespace cw::ui
