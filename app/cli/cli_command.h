#pragma once
// One casewright-cli sub-command: its name, a one-line summary for the overview, and its entry.

#include <QStringList>

namespace cw::cli {

struct Command {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments); // arguments[0] is the command name
};

int runValidate(const QStringList &arguments);
int runEvaluate(const QStringList &arguments);
int runTest(const QStringList &arguments);
int runPull(const QStringList &arguments);
int runStatus(const QStringList &arguments);
int runPlan(const QStringList &arguments);
int runPublish(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runPullCases(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runDiffOutcomes(const QStringList &arguments);
int runPromote(const QStringList &arguments);

} // namespace cw::cli
