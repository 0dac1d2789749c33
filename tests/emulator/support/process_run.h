#pragma once
// Runs a program to its end, for tests that compare another client (the AWS CLI, casewright-cli)
// with the emulator's answers: the exit code and everything it printed.
//
//   QProcessEnvironment environment = ...;
//   const ProcessRun run = runToEnd(aws, {"connectcases", "list-domains"}, environment);
//   QVERIFY2(run.exitCode == 0, run.err.constData());

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cw::emu::testing {

struct ProcessRun {
    int exitCode = -1; // -1: crashed or did not finish in time
    QByteArray out;
    QByteArray err; // "timed out" when it did not finish
};

// Starts `program` with `environment` and no input (it reads end of file, never waits for a
// keyboard) and waits up to `timeoutMs` for it to end; one that does not is killed.
ProcessRun runToEnd(const QString &program, const QStringList &arguments,
                    const QProcessEnvironment &environment, int timeoutMs = 120000);

} // namespace cw::emu::testing
