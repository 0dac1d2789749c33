#pragma once
// Whether a project can be published as it is, before anything is sent: no file of the project
// is unreadable (a designer's lenient open, project_io.h) and nothing the service would reject is
// left. Publish refuses with this error
// (the CLI and the designer alike); the designer disables its Publish button with it.

#include "common/result.h"
#include "project.h"

#include <optional>

namespace cw::project {

// The first reason not to publish, with the count of what is left to fix and where the first
// one is; nullopt when the project may be published.
std::optional<Error> publishBlocker(const Project &project);

} // namespace cw::project
