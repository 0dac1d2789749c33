#pragma once
// Rule and template files follow their names: a rule created as "New required rule" and renamed
// "Refund reason required" is saved as rules/refund-reason-required.json, not forever as
// rules/new-required-rule.json. A new (unpublished) one is renamed on save; a published one only
// when asked (the designer offers it), since its file name is what people know it by in git.
//
// A rename moves the file's content unchanged, so git sees a rename. The "local:<slug>"
// references to a new rule (template attachments) or template (sample cases) follow it. A name
// another file already has gets a suffix ("-2"), as when the file was created.

#include "project.h"

#include <map>
#include <string>
#include <vector>

namespace cw::project {

struct FileRenames {
    std::map<std::string, std::string> rules;     // slug -> the slug its name gives it
    std::map<std::string, std::string> templates; // the same for templates

    bool empty() const { return rules.empty() && templates.empty(); }
};

// Whether `slug` is what the name gives a file: slugify(name), or that with a "-N" suffix.
bool slugFollowsName(const std::string &slug, const std::string &name, const std::string &fallback);

// The files whose slug does not follow their name: the new ones, and with `published` also the
// published ones (those with an id).
FileRenames filesToRename(const Project &project, bool published);

// The published rules and templates among filesToRename(project, true) -- the ones to offer.
FileRenames publishedFilesToRename(const Project &project);

// Renames the files in `project` (their slugs; saveProject then moves the files) and rewrites the
// "local:<slug>" references to the renamed new rules and templates.
void applyFileRenames(Project &project, const FileRenames &renames);

} // namespace cw::project
