#pragma once
// Which remote rule or template a file stands for can change when the project is published: a
// new one gets its id (and the templates' "local:<slug>" references to it become that id), one
// kept as mine over a remote deletion is created again under a new id, and one that publish
// deleted -- or whose remote deletion was accepted -- has no id any more.
//
// Values recorded before such a publish (the designer's undo history keeps whole rules and
// templates) are brought up to date with these changes when they come back, so undoing an edit
// made before a publish edits the published entity -- a local edit again, relative to the new
// base -- instead of turning it back into a new one that the next publish would create twice.

#include "project.h"

#include <map>
#include <string>

namespace cw::project {

struct IdentityChanges {
    // A rule reference as it was ("local:<slug>" or an id) -> as it is now; an empty target: the
    // rule no longer exists remotely (learned to be "local:<slug>" once a file brings it back).
    std::map<std::string, std::string> ruleRefs;
    // A template's id as it was (empty for a new one, keyed by its slug then) -> as it is now.
    std::map<std::string, std::string> templateIdsBySlug;
    std::map<std::string, std::string> templateIds;

    bool empty() const { return ruleRefs.empty() && templateIdsBySlug.empty() && templateIds.empty(); }
};

// What changed between the project before a publish and as the publish left it.
IdentityChanges identityChanges(const Project &before, const Project &after);

// Brings a rule recorded before the changes, for the file `slug`, up to date. Not const: a rule
// that lost its remote entity teaches `changes` the "local:<slug>" its references now mean.
void updateIdentity(IdentityChanges &changes, const std::string &slug, CaseRule &rule);
void updateIdentity(const IdentityChanges &changes, const std::string &slug, CaseTemplate &caseTemplate);

} // namespace cw::project
