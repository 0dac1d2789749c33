// ProjectDocument's sample cases: rows over the project's samples/*.json files, and their edits
// as undo commands on the document's one undo stack.

#include "commands/sample_case_commands.h"
#include "document/project_document.h"

#include <algorithm>

namespace cw::ui {

int ProjectDocument::sampleCount() const
{
    std::size_t count = 0;
    for (const project::SampleFile &file : m_loaded.project.samples)
        count += file.cases.cases.size();
    return int(count);
}

std::pair<std::size_t, std::size_t> ProjectDocument::locateSample(int row) const
{
    const auto &files = m_loaded.project.samples;
    auto left = std::size_t(row);
    std::size_t index = 0;
    while (left >= files[index].cases.cases.size()) {
        left -= files[index].cases.cases.size();
        ++index;
    }
    return {index, left};
}

int ProjectDocument::firstSampleRowOf(std::size_t fileIndex) const
{
    std::size_t row = 0;
    for (std::size_t i = 0; i < fileIndex; ++i)
        row += m_loaded.project.samples[i].cases.cases.size();
    return int(row);
}

const SampleCase &ProjectDocument::sampleCase(int row) const
{
    const auto [file, index] = locateSample(row);
    return m_loaded.project.samples[file].cases.cases[index];
}

const std::string &ProjectDocument::sampleFileOf(int row) const
{
    return m_loaded.project.samples[locateSample(row).first].name;
}

void ProjectDocument::editSampleCase(int row, const SampleCase &sampleCase, const QString &description,
                                     const QString &mergeKey)
{
    if (row < 0 || row >= sampleCount())
        return;
    m_undoStack.push(
        new EditSampleCaseCommand(*this, row, this->sampleCase(row), sampleCase, description, mergeKey));
}

int ProjectDocument::insertSampleCases(int row, const std::string &file, std::vector<SampleCase> cases,
                                       const QString &description)
{
    const auto &files = m_loaded.project.samples;
    const auto known = std::find_if(files.begin(), files.end(),
                                    [&](const project::SampleFile &f) { return f.name == file; });
    // A file's cases stay together, as they are saved: the row moves into the file's range.
    const int first =
        known == files.end() ? sampleCount() : firstSampleRowOf(std::size_t(known - files.begin()));
    const int end = known == files.end() ? first : first + int(known->cases.cases.size());
    const int at = std::clamp(row, first, end);
    if (cases.empty())
        return at;
    std::vector<SampleRow> rows;
    rows.reserve(cases.size());
    for (SampleCase &sampleCase : cases)
        rows.push_back(SampleRow{file, std::move(sampleCase)});
    m_undoStack.push(new InsertSampleCasesCommand(*this, at, std::move(rows), description));
    return at;
}

void ProjectDocument::removeSampleCases(QList<int> rows, const QString &description)
{
    const int count = sampleCount();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(std::remove_if(rows.begin(), rows.end(), [count](int r) { return r < 0 || r >= count; }),
               rows.end());
    if (rows.isEmpty())
        return;
    auto *command = new QUndoCommand(description);
    // Bottom-up in runs of adjacent rows, so each child's row numbers are still right when it runs.
    auto end = rows.size();
    while (end > 0) {
        auto begin = end - 1;
        while (begin > 0 && rows[begin - 1] == rows[begin] - 1)
            --begin;
        new RemoveSampleCasesCommand(*this, rows[begin], int(end - begin), description, command);
        end = begin;
    }
    m_undoStack.push(command);
}

void ProjectDocument::applySampleCase(int row, const SampleCase &sampleCase)
{
    const auto [file, index] = locateSample(row);
    m_loaded.project.samples[file].cases.cases[index] = sampleCase;
    emit sampleCaseChanged(row);
}

void ProjectDocument::applyInsertSamples(int row, const std::vector<SampleRow> &rows)
{
    if (rows.empty())
        return;
    const int last = row + int(rows.size()) - 1;
    emit sampleRowsAboutToBeInserted(row, last);
    auto &files = m_loaded.project.samples;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        auto file = std::find_if(files.begin(), files.end(),
                                 [&](const project::SampleFile &f) { return f.name == rows[i].file; });
        if (file == files.end()) {
            files.push_back(project::SampleFile{rows[i].file, {}});
            file = files.end() - 1;
        }
        auto &cases = file->cases.cases;
        const int first = firstSampleRowOf(std::size_t(file - files.begin()));
        const auto at = std::size_t(std::clamp(row + int(i) - first, 0, int(cases.size())));
        cases.insert(cases.begin() + std::ptrdiff_t(at), rows[i].sampleCase);
    }
    emit sampleRowsInserted(row, last);
}

std::vector<SampleRow> ProjectDocument::applyRemoveSamples(int row, int count)
{
    if (count <= 0)
        return {};
    emit sampleRowsAboutToBeRemoved(row, row + count - 1);
    std::vector<SampleRow> removed;
    removed.reserve(std::size_t(count));
    // The rows may end one file and begin the next; emptied files stay, so saving writes them empty
    // rather than leaving their old cases behind.
    for (int i = 0; i < count; ++i) {
        const auto [file, index] = locateSample(row);
        auto &cases = m_loaded.project.samples[file].cases.cases;
        removed.push_back(SampleRow{m_loaded.project.samples[file].name, std::move(cases[index])});
        cases.erase(cases.begin() + std::ptrdiff_t(index));
    }
    emit sampleRowsRemoved(row, row + count - 1);
    return removed;
}

} // namespace cw::ui
