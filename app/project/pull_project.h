#pragma once
// Pull: fetch a whole domain and write it into a project folder -- a new one, or an existing
// one whose local edits are merged with the remote changes (see pull_merge.h).

#include "client/cases_client.h"
#include "project_io.h"
#include "pull_merge.h"

#include <functional>

namespace cw::project {

struct PullResult {
    bool created = false; // a new project folder was written
    MergeReport merge;
    std::size_t fields = 0, rules = 0, templates = 0, layouts = 0;
};

// `config` names the domain and the connection settings stored in casewright.json (never
// secrets). An existing project keeps its settings unless `config` gives new ones; pulling a
// different domain into it is refused. Refused too while a publish is unfinished.
void pullIntoProject(net::CasesClient &client, const std::string &directory, const ProjectConfig &config,
                     net::PullProgressCallback progress, std::function<void(Result<PullResult>)> done);

} // namespace cw::project
