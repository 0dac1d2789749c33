#pragma once
// Hostile variants of the sample project (issue #18), generated into a temporary folder: each
// breaks the folder in one way that git, a colleague or a hand edit can produce. The CLI and the
// designer's headless mode must answer each one fast, briefly and without waiting for anyone.

#include <QString>
#include <vector>

namespace cw::hostile {

struct HostileProject {
    QString name;    // "5 MB name", "link loop", ...
    QString folder;  // absolute path of the project folder
    QString culprit; // the file (relative to the folder) the answer must name
    bool loads;      // whether the folder opens (the problem is in what it holds, not in reading it)
};

// Writes every variant below `root` (a fresh temporary folder).
std::vector<HostileProject> makeHostileProjects(const QString &root);

} // namespace cw::hostile
