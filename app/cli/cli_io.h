#pragma once
// What every casewright-cli command shares: its output streams, exit codes, and how an input
// path (a snapshot file today, a project folder once projects exist) becomes a DomainSnapshot.

#include "common/result.h"
#include "evaluator/case_table.h"
#include "model/domain_snapshot.h"
#include "project/domain_input.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cw::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // findings with errors, unreadable input, a failed operation
    ExitUsage = 2,   // wrong arguments: the usage text says what to type
};

QTextStream &out();
QTextStream &err();

// Prints "casewright-cli: <message>" and a hint to the command's --help; returns ExitUsage.
int usageError(const QString &command, const QString &message);
// Prints an Error as "casewright-cli: file:line:col: /pointer: message [code]"; returns ExitFailure.
int reportError(const Error &error);

// A snapshot file, or a project folder (then `project` is set and `snapshot` is its working
// snapshot): project::loadDomainInput, which the designer's Impact of Edits reads a file with too.
using project::DomainInput;
// `base`: whether a project's last pulled state is read (project_io.h); a command that only
// checks or runs the working rules does without it.
Result<DomainInput> loadDomain(const QString &path, project::BaseSnapshot base = project::BaseSnapshot::Read);

// Where a pointer into the input's snapshot points for the user: the snapshot file itself, or
// the project file (rules/x.json, templates/y.json, ...) and the pointer inside it.
Location locate(const DomainInput &input, const QString &path, const std::string &snapshotPointer);

// The cases a command runs: `casesFile` streamed straight into the table (no DOM, no SampleCase
// per case) when it is not empty, else the project's samples/*.json.
Result<CaseTable> readCases(const DomainInput &input, const std::string &casesFile);

std::string toStd(const QString &text);
QString fromStd(const std::string &text);

} // namespace cw::cli
