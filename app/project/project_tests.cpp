#include "project_tests.h"

#include <algorithm>

namespace cw::project {

Result<ExpectationResults> testSamples(const DomainSnapshot &snapshot, const std::vector<SampleFile> &samples,
                                       const std::string &directory)
{
    // Only cases with "expect" are checked; the table holds just those (with their file and
    // index kept beside it), so a project with many plain samples pays nothing for them.
    std::vector<SampleCase> cases;
    std::vector<std::pair<std::size_t, std::size_t>> origin; // per row: file, index in the file
    for (std::size_t file = 0; file < samples.size(); ++file) {
        const std::vector<SampleCase> &fileCases = samples[file].cases.cases;
        for (std::size_t index = 0; index < fileCases.size(); ++index)
            if (fileCases[index].expect) {
                cases.push_back(fileCases[index]);
                origin.emplace_back(file, index);
            }
    }
    const CaseTable table(cases);
    ExpectationCheckOptions options;
    options.locate = [&](std::size_t row) {
        const auto [file, index] = origin[row];
        Location where;
        where.file = (directory.empty() ? std::string() : directory + "/") + "samples/" + samples[file].name;
        where.pointer = pointerJoin("/cases", index);
        return where;
    };
    return checkExpectations(snapshot, table, options);
}

Result<ExpectationResults> testProject(const Project &project)
{
    return testSamples(project.workingSnapshot(), project.samples, project.directory);
}

} // namespace cw::project
