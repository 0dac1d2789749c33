#include "cli_io.h"

#include "evaluator/case_table_reader.h"

#include <QDir>

namespace cw::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &command, const QString &message)
{
    err() << "casewright-cli: " << message << "\n"
          << "Run 'casewright-cli " << (command.isEmpty() ? QString() : command + QLatin1Char(' '))
          << "--help' for usage.\n";
    err().flush();
    return ExitUsage;
}

int reportError(const Error &error)
{
    err() << "casewright-cli: " << fromStd(error.toString()) << "\n";
    err().flush();
    return ExitFailure;
}

Result<DomainInput> loadDomain(const QString &path, project::BaseSnapshot base)
{
    return project::loadDomainInput(toStd(path), base);
}

Location locate(const DomainInput &input, const QString &path, const std::string &snapshotPointer)
{
    if (!input.project) {
        Location where;
        where.file = toStd(path);
        where.pointer = snapshotPointer;
        return where;
    }
    Location where = project::locateInProject(input.project->project, snapshotPointer);
    where.file = toStd(QDir(path).filePath(fromStd(where.file)));
    return where;
}

Result<CaseTable> readCases(const DomainInput &input, const std::string &casesFile)
{
    if (!casesFile.empty() || !input.project)
        return readCaseTableFile(casesFile);
    std::vector<SampleCase> cases;
    for (const project::SampleFile &file : input.project->project.samples)
        cases.insert(cases.end(), file.cases.cases.begin(), file.cases.cases.end());
    return CaseTable(cases);
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace cw::cli
