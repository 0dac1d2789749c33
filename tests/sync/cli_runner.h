#pragma once
// Runs casewright-cli the way a user does, against a cases-emulator, with credentials that come
// only from the environment (a scratch HOME, so the developer's ~/.aws is never read).

#include "common/json_text.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cw::testing {

struct CliRun {
    int exitCode = -1; // -1: crashed or did not finish
    QString out;
    QString err;
    QString all() const { return out + err; }
};

class CliRunner {
public:
    CliRunner(QUrl endpoint, QString scratchHome);

    // Connection options are added for the commands that talk to the service.
    CliRun run(const QStringList &arguments, const QStringList &extraEnvironment = {}) const;

private:
    QUrl m_endpoint;
    QString m_home;
};

// Whole-file helpers for editing project files as a person would with an editor.
Json readJson(const QString &path);
void writeJson(const QString &path, const Json &json);
// Every *.json below `folder` (relative path -> parsed content), hidden folders excluded.
std::map<QString, Json> readTree(const QString &folder);

} // namespace cw::testing
