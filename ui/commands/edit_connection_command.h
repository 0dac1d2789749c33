#pragma once
// Replaces where the project connects (profile, region, endpoint in casewright.json): the
// "Connection…" dialog's result, undoable like every other edit and saved with the project.

#include "commands/replace_value_command.h"
#include "project/project.h"

namespace cw::ui {

class EditConnectionCommand : public ReplaceValueCommand<project::ProjectConfig> {
public:
    EditConnectionCommand(ProjectDocument &document, project::ProjectConfig before,
                          project::ProjectConfig after);

protected:
    void apply(const QString &, const project::ProjectConfig &config) override;
};

} // namespace cw::ui
