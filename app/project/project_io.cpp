#include "project_io.h"

#include "folder_entries.h"
#include "model/model_members.h"
#include "project_file_reads.h"
#include "slug.h"
#include "unreadable_file_ids.h"
#include "wire/wire_json.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <algorithm>
#include <any>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <tuple>
#include <type_traits>
#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace cw::project {
namespace {
const char *const kConfigFile = "casewright.json";
const char *const kFieldsFile = "fields.json";
const char *const kLayoutsFile = "layouts.json";
const char *const kBaseFile = ".casewright/base.json";
const char *const kStateFile = ".casewright/state.json";

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string joinPath(const std::string &directory, const std::string &relative)
{
    return QDir(qs(directory)).filePath(qs(relative)).toStdString();
}

Error fileError(const std::string &code, const std::string &message, const std::string &path)
{
    Location where;
    where.file = path;
    return makeError(code, message, where);
}

// The parsed JSON of one file of the project (read beforehand by `reads`, or now), remembering
// its hash. Missing optional files give a null Json. An entry that is not a file, or a link out
// of `root` (the project folder's real path), is an error and is never opened (folder_entries.h).
Result<Json> readProjectJson(const std::string &directory, const std::string &root,
                             const std::string &relative, DiskState &disk, bool required,
                             ProjectFileReads *reads = nullptr)
{
    std::optional<ProjectFileRead> read = reads ? reads->take(relative) : std::nullopt;
    if (!read)
        read = readProjectFile(directory, root, relative);
    if (!read->found)
        return read->found.error();
    if (!*read->found) {
        if (required)
            return fileError("project.missing-file", "the project has no " + relative,
                             joinPath(directory, relative));
        return Json();
    }
    disk.contentHashes[relative] = std::move(read->hash);
    return std::move(read->json);
}

template <typename T> Result<T> inFile(Result<T> result, const std::string &path)
{
    if (result)
        return result;
    Error error = result.error();
    error.where.file = path;
    return error;
}

// A file of the project read into its model by `read` (a wire reader), on the reading thread
// when `reads` had it: the same errors, in the same order, as reading the JSON and then the model.
// An optional file that is missing gives nothing.
template <typename R> struct ResultOf;
template <typename T> struct ResultOf<Result<T>> {
    using Value = T;
};
template <typename Read, typename Model = decltype(std::declval<Read>()(std::declval<const Json &>()))>
Result<std::optional<typename ResultOf<Model>::Value>>
readProjectModel(const std::string &directory, const std::string &root, const std::string &relative,
                 DiskState &disk, ProjectFileReads &reads, Read read, bool required = true)
{
    using Value = typename ResultOf<Model>::Value;
    std::optional<ProjectFileRead> prefetched = reads.take(relative);
    if (prefetched && prefetched->found && *prefetched->found && prefetched->model.has_value()) {
        disk.contentHashes[relative] = std::move(prefetched->hash);
        auto model =
            inFile(std::any_cast<Model>(std::move(prefetched->model)), joinPath(directory, relative));
        if (!model)
            return model.error();
        return std::optional<Value>(std::move(model).value());
    }
    if (prefetched) // not read into a model: an error, or nothing there
        reads.putBack(relative, std::move(*prefetched));
    auto json = readProjectJson(directory, root, relative, disk, required, &reads);
    if (!json)
        return json.error();
    if (json->is_null() && !required)
        return std::optional<Value>();
    auto model = inFile(read(*json), joinPath(directory, relative));
    if (!model)
        return model.error();
    return std::optional<Value>(std::move(model).value());
}

template <typename Read> ProjectFileModel modelReader(Read read)
{
    return [read](const Json &json) { return std::any(read(json)); };
}

// A rule, template or samples file's model read by readProjectModel (from `reads` when it was read
// beforehand), for the walk over the folders (EntryModels).
template <typename Read>
auto modelFromDisk(const std::string &directory, const std::string &root, DiskState &disk,
                   ProjectFileReads &reads, Read read)
{
    return [&directory, &root, &disk, &reads, read](const std::string &relative) {
        auto model = readProjectModel(directory, root, relative, disk, reads, read);
        using Value = std::decay_t<decltype(**model)>;
        if (!model)
            return Result<Value>(model.error());
        return Result<Value>(std::move(**model));
    };
}

const auto readRuleModel = [](const Json &json) { return wire::readCaseRule(json); };
const auto readTemplateModel = [](const Json &json) { return wire::readTemplate(json); };
const auto readSnapshotModel = [](const Json &json) { return wire::readSnapshot(json); };
const auto readSamplesModel = [](const Json &json) { return wire::readSampleCaseSet(json); };

Result<ProjectConfig> readConfig(const Json &json, const std::string &path)
{
    ProjectConfig config;
    if (!json.is_object())
        return fileError("project.config", "casewright.json must hold a JSON object", path);
    const auto version = json.find("formatVersion");
    if (version == json.end() || !version->is_number_integer())
        return fileError("project.version", "casewright.json has no whole-number \"formatVersion\"", path);
    config.formatVersion = version->get<int>();
    if (config.formatVersion > kProjectFormatVersion)
        return fileError("project.version-newer",
                         "this project was written by a newer Casewright (format " +
                             std::to_string(config.formatVersion) + "; this one reads up to " +
                             std::to_string(kProjectFormatVersion) + "); update Casewright to open it",
                         path);
    if (config.formatVersion < 1)
        return fileError("project.version", "formatVersion must be 1 or more", path);
    // Format 1 is the first; a migration for each later version goes here, oldest first.
    config.extra = json;
    const auto take = [&](const char *key, std::string &into) -> Status {
        const auto it = config.extra.find(key);
        if (it == config.extra.end())
            return Ok{};
        if (!it->is_string()) {
            Location where;
            where.file = path;
            where.pointer = std::string("/") + key;
            return makeError("wire.type", std::string("\"") + key + "\" must be a string", where);
        }
        into = it->get<std::string>();
        config.extra.erase(it);
        return Ok{};
    };
    config.extra.erase("formatVersion");
    for (auto [key, into] :
         {std::pair{"domainId", &config.domainId}, std::pair{"domainArn", &config.domainArn},
          std::pair{"domainName", &config.domainName}, std::pair{"region", &config.region},
          std::pair{"endpoint", &config.endpoint}, std::pair{"profile", &config.profile}}) {
        if (auto status = take(key, *into); !status)
            return status.error();
    }
    return config;
}

Result<ProjectState> readState(const Json &json, const std::string &path)
{
    ProjectState state;
    if (json.is_null())
        return state;
    if (!json.is_object())
        return fileError("project.state", "the state file must hold a JSON object", path);
    state.extra = json;
    if (auto it = state.extra.find("lastPullTime"); it != state.extra.end() && it->is_string()) {
        state.lastPullTime = it->get<std::string>();
        state.extra.erase(it);
    }
    if (auto it = state.extra.find("conflicts"); it != state.extra.end() && it->is_array()) {
        for (const Json &item : *it) {
            Conflict conflict;
            if (!item.is_object() || !item.contains("kind") || !item["kind"].is_string() ||
                !item.contains("slug") || !item["slug"].is_string())
                return fileError("project.state", "a conflict entry needs \"kind\" and \"slug\" strings",
                                 path);
            conflict.kind = item["kind"].get<std::string>();
            conflict.slug = item["slug"].get<std::string>();
            if (item.contains("id") && item["id"].is_string())
                conflict.id = item["id"].get<std::string>();
            conflict.theirs = item.value("theirs", Json());
            state.conflicts.push_back(std::move(conflict));
        }
        state.extra.erase(it);
    }
    return state;
}

// *.json files of a sub-folder, sorted by name for a stable order.
QStringList jsonFilesIn(const std::string &directory, const char *folder)
{
    QDir dir(qs(joinPath(directory, folder)));
    if (!dir.exists())
        return {};
    return dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

struct PlannedWrite {
    std::string relative;
    std::string content;
};

Status writeProjectFiles(const std::string &directory, const std::vector<PlannedWrite> &writes,
                         const std::vector<std::string> &removals, DiskState &disk);
} // namespace

// The wire form without the service's members (model/model_members.h: ARN, timestamps, deleted),
// which live in the base, not in the file. Unknown members stay: a file keeps what it was given.
Json ruleFileJson(const CaseRule &rule)
{
    Json json = wire::writeCaseRule(rule);
    eraseMembers(json, caseRuleMemberNames(MemberRole::Service));
    return json;
}

Json templateFileJson(const CaseTemplate &caseTemplate)
{
    Json json = wire::writeTemplate(caseTemplate);
    eraseMembers(json, caseTemplateMemberNames(MemberRole::Service));
    return json;
}

Json configJson(const ProjectConfig &config)
{
    Json json = config.extra;
    json["formatVersion"] = config.formatVersion;
    json["domainId"] = config.domainId;
    json["domainArn"] = config.domainArn;
    json["domainName"] = config.domainName;
    json["region"] = config.region;
    json["endpoint"] = config.endpoint;
    json["profile"] = config.profile;
    return json;
}

Json stateJson(const ProjectState &state)
{
    Json json = state.extra;
    json["lastPullTime"] = state.lastPullTime;
    Json conflicts = Json::array();
    for (const Conflict &conflict : state.conflicts)
        conflicts.push_back({{"kind", conflict.kind},
                             {"slug", conflict.slug},
                             {"id", conflict.id},
                             {"theirs", conflict.theirs}});
    json["conflicts"] = std::move(conflicts);
    return json;
}

namespace {
// Where the walk over rules/, templates/ and samples/ gets each file's model: read from disk now
// (its hash recorded), or kept from an earlier read of the same bytes (reloadChangedFiles).
struct EntryModels {
    std::function<Result<CaseRule>(const std::string &relative)> rule;
    std::function<Result<CaseTemplate>(const std::string &relative)> caseTemplate;
    std::function<Result<SampleCaseSet>(const std::string &relative)> samples;
};

// The *.json entries of rules/, templates/ and samples/, as jsonEntriesIn lists them.
struct FolderListings {
    Result<QStringList> rules;
    Result<QStringList> templates;
    Result<QStringList> samples;
};

FolderListings listFolderEntries(const std::string &directory)
{
    return {jsonEntriesIn(directory, "rules"), jsonEntriesIn(directory, "templates"),
            jsonEntriesIn(directory, "samples")};
}

// Appends to `files` the listed entries that `wanted` accepts, each with its folder's model
// reader, samples first: the threads of ProjectFileReads take the files in list order, and the
// many small rule files after the large ones even out the end.
void addEntryReads(std::vector<std::pair<std::string, ProjectFileModel>> &files,
                   const FolderListings &listings,
                   const std::function<bool(const std::string &relative)> &wanted)
{
    for (const auto &[entries, folder, reader] :
         {std::tuple{&listings.samples, "samples/", modelReader(readSamplesModel)},
          std::tuple{&listings.rules, "rules/", modelReader(readRuleModel)},
          std::tuple{&listings.templates, "templates/", modelReader(readTemplateModel)}})
        if (*entries)
            for (const QString &name : **entries)
                if (std::string relative = folder + name.toStdString(); wanted(relative))
                    files.emplace_back(std::move(relative), reader);
}

// The rules/, templates/ and samples/ files, in name order, into `project`, with the checks that
// span files (a duplicate id, a "local:" reference to no rule file). With LoadMode::KeepUnreadable
// a file's error is kept with the file and the walk goes on (project_io.h); strictly, it is the
// load's error.
Status readFolderEntries(Project &project, const std::string &root, LoadMode mode,
                         const FolderListings &listings, const EntryModels &models)
{
    const Result<QStringList> &rulesEntries = listings.rules;
    const Result<QStringList> &templatesEntries = listings.templates;
    const Result<QStringList> &samplesEntries = listings.samples;
    const auto keepOrFail = [&](const std::string &relative, Error error) -> std::optional<Error> {
        if (mode == LoadMode::Strict)
            return error;
        project.unreadable.push_back(
            {relative, std::move(error), idsNamedInUnreadableFile(project.directory, root, relative)});
        return std::nullopt;
    };
    std::map<std::string, std::string> ruleIds; // caseRuleId -> file, to refuse duplicates
    if (!rulesEntries)
        return rulesEntries.error();
    for (const QString &name : *rulesEntries) {
        const std::string relative = "rules/" + name.toStdString();
        const std::string path = joinPath(project.directory, relative);
        auto rule = models.rule(relative);
        if (!rule) {
            if (auto error = keepOrFail(relative, rule.error()))
                return std::move(*error);
            continue;
        }
        RuleFile file{QFileInfo(name).completeBaseName().toStdString(), std::move(rule).value()};
        if (!file.rule.caseRuleId.empty()) {
            auto [it, inserted] = ruleIds.emplace(file.rule.caseRuleId, relative);
            if (!inserted) {
                if (auto error = keepOrFail(
                        relative,
                        fileError(
                            "project.duplicate-id",
                            "caseRuleId \"" + file.rule.caseRuleId + "\" is also used by " + it->second +
                                "; each rule file must hold a different rule (remove the id from a copy)",
                            path)))
                    return std::move(*error);
                continue;
            }
        }
        project.rules.push_back(std::move(file));
    }
    // A rule file kept unreadable still holds the rule a "local:" reference names.
    const std::set<std::string> unreadableRules = project.unreadableSlugs("rules");
    std::map<std::string, std::string> templateIds;
    if (!templatesEntries)
        return templatesEntries.error();
    for (const QString &name : *templatesEntries) {
        const std::string relative = "templates/" + name.toStdString();
        const std::string path = joinPath(project.directory, relative);
        auto caseTemplate = models.caseTemplate(relative);
        if (!caseTemplate) {
            if (auto error = keepOrFail(relative, caseTemplate.error()))
                return std::move(*error);
            continue;
        }
        TemplateFile file{QFileInfo(name).completeBaseName().toStdString(), std::move(caseTemplate).value()};
        std::optional<Error> problem;
        if (!file.caseTemplate.templateId.empty()) {
            auto [it, inserted] = templateIds.emplace(file.caseTemplate.templateId, relative);
            if (!inserted)
                problem = fileError("project.duplicate-id",
                                    "templateId \"" + file.caseTemplate.templateId + "\" is also used by " +
                                        it->second + "; remove the id from the copy to create a new template",
                                    path);
        }
        // A "local:<slug>" reference must name a rule file of this project.
        if (!problem && file.caseTemplate.rules) {
            for (std::size_t i = 0; i < file.caseTemplate.rules->size(); ++i) {
                const std::string &ref = (*file.caseTemplate.rules)[i].caseRuleId;
                if (isLocalRuleRef(ref) && project.findRuleBySlug(slugOfLocalRef(ref)) == nullptr &&
                    unreadableRules.count(slugOfLocalRef(ref)) == 0) {
                    Location where;
                    where.file = path;
                    where.pointer = "/rules/" + std::to_string(i) + "/caseRuleId";
                    problem = makeError("project.dangling-local-ref",
                                        "\"" + ref + "\" names no rule file: there is no rules/" +
                                            slugOfLocalRef(ref) + ".json; fix the name or create the rule",
                                        where);
                    break;
                }
            }
        }
        if (problem) {
            if (auto error = keepOrFail(relative, std::move(*problem)))
                return std::move(*error);
            continue;
        }
        project.templates.push_back(std::move(file));
    }
    if (!samplesEntries)
        return samplesEntries.error();
    for (const QString &name : *samplesEntries) {
        const std::string relative = "samples/" + name.toStdString();
        auto cases = models.samples(relative);
        if (!cases) {
            if (auto error = keepOrFail(relative, cases.error()))
                return std::move(*error);
            continue;
        }
        project.samples.push_back(SampleFile{name.toStdString(), std::move(cases).value()});
    }

    return Ok{};
}
} // namespace

Result<LoadedProject> loadProject(const std::string &directory, LoadMode mode, BaseSnapshot base)
{
    LoadedProject loaded;
    Project &project = loaded.project;
    DiskState &disk = loaded.disk;
    project.directory = directory;
    if (!QFileInfo(qs(directory)).isDir())
        return fileError("project.missing", "no such project folder", directory);
    const auto root = projectRoot(directory);
    if (!root)
        return root.error();

    // Every file read, parsed and (rules, templates, samples, the base) read into its model at once
    // on all cores; the walk below takes them in its order and checks what spans files. The threads
    // take the files in list order, so the usually largest come first (the base, fields, samples)
    // and the many small rule files even out the end: a large file taken last would leave the
    // other cores idle while it is read.
    const FolderListings listings = listFolderEntries(directory);
    std::vector<std::pair<std::string, ProjectFileModel>> files;
    if (base == BaseSnapshot::Read)
        files.emplace_back(kBaseFile, modelReader(readSnapshotModel));
    files.emplace_back(kFieldsFile, nullptr);
    addEntryReads(files, listings, [](const std::string &) { return true; });
    for (const char *relative : {kLayoutsFile, kConfigFile, kStateFile})
        files.emplace_back(relative, nullptr);
    ProjectFileReads reads(directory, *root, files);

    auto config = readProjectJson(directory, *root, kConfigFile, disk, true, &reads);
    if (!config)
        return config.error();
    auto parsedConfig = readConfig(*config, joinPath(directory, kConfigFile));
    if (!parsedConfig)
        return parsedConfig.error();
    project.config = std::move(parsedConfig).value();

    // fields.json and layouts.json share the snapshot's member names, so the snapshot reader
    // checks them (with the project's domain id filled in).
    auto fields = readProjectJson(directory, *root, kFieldsFile, disk, false, &reads);
    if (!fields)
        return fields.error();
    auto layouts = readProjectJson(directory, *root, kLayoutsFile, disk, false, &reads);
    if (!layouts)
        return layouts.error();
    if (!fields->is_null() || !layouts->is_null()) {
        Json combined = Json::object();
        combined["domainId"] = project.config.domainId;
        for (const char *key : {"fields", "fieldOptions"})
            if (fields->is_object() && fields->contains(key))
                combined[key] = std::move((*fields)[key]);
        if (layouts->is_object() && layouts->contains("layouts"))
            combined["layouts"] = std::move((*layouts)["layouts"]);
        auto snapshot = wire::readSnapshot(combined);
        if (!snapshot) {
            Error error = snapshot.error();
            error.where.file = joinPath(
                directory, error.where.pointer.rfind("/layouts", 0) == 0 ? kLayoutsFile : kFieldsFile);
            return error;
        }
        project.fields = std::move(snapshot->fields);
        project.fieldOptions = std::move(snapshot->fieldOptions);
        project.layouts = std::move(snapshot->layouts);
    }

    const EntryModels models{modelFromDisk(directory, *root, disk, reads, readRuleModel),
                             modelFromDisk(directory, *root, disk, reads, readTemplateModel),
                             modelFromDisk(directory, *root, disk, reads, readSamplesModel)};
    if (auto status = readFolderEntries(project, *root, mode, listings, models); !status)
        return status.error();

    if (base == BaseSnapshot::Read) {
        auto pulled = readProjectModel(directory, *root, kBaseFile, disk, reads, readSnapshotModel, false);
        if (!pulled)
            return pulled.error();
        if (*pulled)
            project.base = std::move(**pulled);
    }
    auto state = readProjectJson(directory, *root, kStateFile, disk, false, &reads);
    if (!state)
        return state.error();
    auto parsedState = readState(*state, joinPath(directory, kStateFile));
    if (!parsedState)
        return parsedState.error();
    project.state = std::move(parsedState).value();
    return loaded;
}

namespace {
// The folders that hold a project's files: the project folder itself, then its sub-folders.
const char *const kProjectFolders[] = {"", "rules", "templates", "samples", ".casewright"};
const char *const kEntryFolders[] = {"rules", "templates", "samples"};
// The files a project has one of, outside those folders.
const char *const kSingleFiles[] = {kConfigFile, kFieldsFile, kLayoutsFile, kBaseFile, kStateFile};

// A rules/, templates/ or samples/ file: what jsonEntriesIn lists (*.json, not hidden).
bool isFolderEntry(const std::string &relative)
{
    const auto slash = relative.find('/');
    if (slash == std::string::npos || relative.find('/', slash + 1) != std::string::npos)
        return false;
    const std::string folder = relative.substr(0, slash);
    const QString name = qs(relative.substr(slash + 1));
    return std::any_of(std::begin(kEntryFolders), std::end(kEntryFolders),
                       [&](const char *entryFolder) { return folder == entryFolder; }) &&
           name.size() > 5 && !name.startsWith(QLatin1Char('.')) &&
           name.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
}

// The hashes of those of `files` that are readable files now, as loadProject records them.
DiskState diskStateOf(const std::string &directory, const std::vector<std::string> &files)
{
    DiskState disk;
    const auto root = projectRoot(directory);
    if (!root)
        return disk;
    std::vector<std::pair<std::string, ProjectFileModel>> reading;
    for (const std::string &relative : files)
        reading.emplace_back(relative, nullptr);
    // Entries that are not readable files are left out.
    ProjectFileReads reads(directory, *root, reading);
    for (const std::string &relative : files)
        if (auto read = reads.take(relative); read && read->found && *read->found)
            disk.contentHashes[relative] = std::move(read->hash);
    return disk;
}
} // namespace

const std::vector<std::string> &projectFolders()
{
    static const std::vector<std::string> folders(std::begin(kProjectFolders), std::end(kProjectFolders));
    return folders;
}

bool isProjectFile(const std::string &relative)
{
    for (const char *single : kSingleFiles)
        if (relative == single)
            return true;
    return isFolderEntry(relative);
}

std::vector<std::string> projectFilesIn(const std::string &directory, const std::string &folder)
{
    std::vector<std::string> files;
    for (const char *single : kSingleFiles) {
        const std::string relative = single;
        const auto slash = relative.rfind('/');
        if ((slash == std::string::npos ? std::string() : relative.substr(0, slash)) == folder)
            files.push_back(relative);
    }
    for (const char *entryFolder : kEntryFolders)
        if (folder == entryFolder)
            if (const auto entries = jsonEntriesIn(directory, entryFolder))
                for (const QString &name : *entries)
                    files.push_back(folder + "/" + name.toStdString());
    return files;
}

DiskState currentDiskState(const std::string &directory)
{
    std::vector<std::string> files;
    for (const std::string &folder : projectFolders())
        for (std::string &relative : projectFilesIn(directory, folder))
            files.push_back(std::move(relative));
    return diskStateOf(directory, files);
}

std::vector<std::string> filesChangedSince(const std::string &directory, const DiskState &disk)
{
    std::set<std::string> candidates;
    for (const std::string &folder : projectFolders())
        for (std::string &relative : projectFilesIn(directory, folder))
            candidates.insert(std::move(relative));
    for (const auto &[relative, hash] : disk.contentHashes)
        candidates.insert(relative);
    return filesChangedAmong(directory, disk, {candidates.begin(), candidates.end()});
}

std::vector<std::string> filesChangedAmong(const std::string &directory, const DiskState &disk,
                                           const std::vector<std::string> &candidates)
{
    const DiskState now = diskStateOf(directory, candidates);
    std::set<std::string> changed;
    for (const std::string &relative : candidates) {
        const auto known = disk.contentHashes.find(relative);
        const auto current = now.contentHashes.find(relative);
        const bool wasThere = known != disk.contentHashes.end();
        const bool isThere = current != now.contentHashes.end();
        if (wasThere != isThere || (wasThere && known->second != current->second))
            changed.insert(relative);
    }
    return {changed.begin(), changed.end()};
}

Result<LoadedProject> reloadChangedFiles(const Project &previous, const DiskState &previousDisk,
                                         const std::vector<std::string> &changed,
                                         std::vector<std::string> *read)
{
    const std::string &directory = previous.directory;
    if (!std::all_of(changed.begin(), changed.end(), isFolderEntry)) {
        // casewright.json, fields.json, layouts.json or .casewright/: what every file means.
        auto loaded = loadProject(directory, LoadMode::KeepUnreadable);
        if (loaded && read) {
            std::set<std::string> files;
            for (const auto &[relative, hash] : loaded->disk.contentHashes)
                files.insert(relative);
            for (const UnreadableFile &file : loaded->project.unreadable)
                files.insert(file.relative);
            read->assign(files.begin(), files.end());
        }
        return loaded;
    }
    if (!QFileInfo(qs(directory)).isDir())
        return fileError("project.missing", "no such project folder", directory);
    const auto root = projectRoot(directory);
    if (!root)
        return root.error();

    // What `previous` holds of each file it read, to keep where the file did not change.
    std::map<std::string, const CaseRule *> keptRules;
    std::map<std::string, const CaseTemplate *> keptTemplates;
    std::map<std::string, const SampleCaseSet *> keptSamples;
    for (const RuleFile &file : previous.rules)
        keptRules["rules/" + file.slug + ".json"] = &file.rule;
    for (const TemplateFile &file : previous.templates)
        keptTemplates["templates/" + file.slug + ".json"] = &file.caseTemplate;
    for (const SampleFile &file : previous.samples)
        keptSamples["samples/" + file.name] = &file.cases;
    std::set<std::string> readAgain(changed.begin(), changed.end());
    // An unreadable file's model is not kept, and its trouble may lie in another file.
    for (const UnreadableFile &file : previous.unreadable)
        readAgain.insert(file.relative);

    const FolderListings listings = listFolderEntries(directory);
    std::vector<std::pair<std::string, ProjectFileModel>> files;
    addEntryReads(files, listings, [&](const std::string &relative) {
        return readAgain.count(relative) != 0 ||
               (keptRules.count(relative) == 0 && keptTemplates.count(relative) == 0 &&
                keptSamples.count(relative) == 0);
    });
    ProjectFileReads reads(directory, *root, files);
    std::set<std::string> readNow;
    for (const auto &[relative, reader] : files)
        readNow.insert(relative);
    if (read)
        read->assign(readNow.begin(), readNow.end());

    LoadedProject loaded;
    loaded.project = previous;
    loaded.project.rules.clear();
    loaded.project.templates.clear();
    loaded.project.samples.clear();
    loaded.project.unreadable.clear();
    loaded.disk = previousDisk;
    std::erase_if(loaded.disk.contentHashes, [](const auto &entry) { return isFolderEntry(entry.first); });
    DiskState &disk = loaded.disk;
    // Each file read now, or kept as `previous` read it (with the hash of the bytes it came from).
    const auto source = [&](const auto &kept, const auto &readModel) {
        return [&, fromDisk =
                       modelFromDisk(directory, *root, disk, reads, readModel)](const std::string &relative) {
            using Value = std::remove_cvref_t<decltype(*kept.begin()->second)>;
            if (readNow.count(relative) != 0)
                return fromDisk(relative);
            if (const auto hash = previousDisk.contentHashes.find(relative);
                hash != previousDisk.contentHashes.end())
                disk.contentHashes[relative] = hash->second;
            return Result<Value>(*kept.at(relative));
        };
    };
    const EntryModels models{source(keptRules, readRuleModel), source(keptTemplates, readTemplateModel),
                             source(keptSamples, readSamplesModel)};
    if (auto status = readFolderEntries(loaded.project, *root, LoadMode::KeepUnreadable, listings, models);
        !status)
        return status.error();
    return loaded;
}

Result<LoadedProject> saveProjectAs(const LoadedProject &project, const std::string &target)
{
    const QFileInfo targetInfo(qs(target));
    const QDir source(qs(project.project.directory));
    const QDir destination(qs(target));
    if (targetInfo.exists() &&
        (!targetInfo.isDir() ||
         !destination.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
              .isEmpty()))
        return fileError("project.save-as-target", "choose a new or empty folder to save the copy in",
                         target);
    // A copy inside the project would be copied into itself (and be part of the project's git).
    const QString sourcePath = QDir::cleanPath(source.absolutePath()) + QLatin1Char('/');
    const QString targetPath = QDir::cleanPath(destination.absolutePath()) + QLatin1Char('/');
    if (targetPath.startsWith(sourcePath))
        return fileError("project.save-as-target", "choose a folder outside the project folder for the copy",
                         target);
    if (!QDir().mkpath(qs(target)))
        return fileError("file.unwritable", "cannot create the folder", target);
    // Everything the folder holds (README, .gitignore, unreadable files...) but git's own folder
    // and the recovery copy: the edits it holds are saved in the copy.
    QDirIterator it(source.absolutePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = source.relativeFilePath(path);
        if (relative == QStringLiteral(".casewright/recovery.json") || relative == QStringLiteral(".git") ||
            relative.startsWith(QStringLiteral(".git/")))
            continue;
        const QString copy = destination.filePath(relative);
        if (!QDir().mkpath(QFileInfo(copy).absolutePath()) || !QFile::copy(path, copy))
            return fileError("file.unwritable",
                             "cannot copy " + relative.toStdString() + " into the new folder", target);
    }
    LoadedProject copy = project;
    copy.project.directory = target;
    // The copy must hold the document's state, whatever the original's files hold now.
    copy.disk = currentDiskState(target);
    if (auto status = saveProject(copy.project, copy.disk); !status)
        return status.error();
    return copy;
}

Status writeFileAtomically(const std::string &path, const std::string &content, Durability durability)
{
    const QFileInfo info(qs(path));
    if (!QDir().mkpath(info.absolutePath()))
        return fileError("file.unwritable", "cannot create the folder " + info.absolutePath().toStdString(),
                         path);
    if (durability == Durability::Now) {
        // QSaveFile: temporary file, fsync, rename.
        QSaveFile file(qs(path));
        if (!file.open(QIODevice::WriteOnly))
            return fileError("file.unwritable", "cannot write the file: " + file.errorString().toStdString(),
                             path);
        file.write(content.data(), qint64(content.size()));
        if (!file.commit())
            return fileError("file.unwritable", "cannot write the file: " + file.errorString().toStdString(),
                             path);
        return Ok{};
    }
    QTemporaryFile temporary(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                             QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        return fileError("file.unwritable", "cannot write the file: " + temporary.errorString().toStdString(),
                         path);
    const bool written = temporary.write(content.data(), qint64(content.size())) == qint64(content.size()) &&
                         temporary.flush();
    // Files of a project are shared in git: ordinary permissions, not the temporary file's 0600.
    temporary.setPermissions(info.exists() ? info.permissions()
                                           : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ReadGroup | QFileDevice::ReadOther);
    temporary.close();
    std::error_code renameError;
    if (written)
        std::filesystem::rename(std::filesystem::path(temporary.fileName().toStdString()),
                                std::filesystem::path(path), renameError);
    if (!written || renameError)
        return fileError("file.unwritable",
                         "cannot write the file: " +
                             (written ? renameError.message() : std::string("write failed")),
                         path);
    temporary.setAutoRemove(false); // it has become `path`
    return Ok{};
}

Status syncWrittenFiles(const std::string &directory, const std::vector<std::string> &paths)
{
    if (paths.empty())
        return Ok{};
#ifdef Q_OS_LINUX
    // One syncfs() for the file system that holds the project instead of one fsync per file.
    const int folder = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY);
    if (folder >= 0) {
        const int synced = ::syncfs(folder);
        ::close(folder);
        if (synced == 0)
            return Ok{};
    }
#endif
    // Elsewhere (or if syncfs failed): rewrite each file durably, one by one.
    for (const std::string &path : paths) {
        QFile file(qs(path));
        if (!file.open(QIODevice::ReadOnly))
            return fileError("file.unreadable", "cannot read back the file just written", path);
        const QByteArray bytes = file.readAll();
        file.close();
        if (auto status = writeFileAtomically(path, bytes.toStdString(), Durability::Now); !status)
            return status;
    }
    return Ok{};
}

Status saveProject(const Project &project, DiskState &disk)
{
    const std::string &directory = project.directory;
    std::vector<PlannedWrite> writes;
    const auto plan = [&](const std::string &relative, const Json &json) {
        writes.push_back({relative, toJsonText(json)});
    };
    plan(kConfigFile, configJson(project.config));
    Json fields = Json::object();
    DomainSnapshot pulled;
    pulled.fields = project.fields;
    pulled.fieldOptions = project.fieldOptions;
    pulled.layouts = project.layouts;
    const Json pulledJson = wire::writeSnapshot(pulled);
    fields["fields"] = pulledJson["fields"];
    fields["fieldOptions"] = pulledJson["fieldOptions"];
    plan(kFieldsFile, fields);
    plan(kLayoutsFile, Json{{"layouts", pulledJson["layouts"]}});
    std::set<std::string> keep;
    for (const RuleFile &file : project.rules) {
        plan("rules/" + file.slug + ".json", ruleFileJson(file.rule));
        keep.insert("rules/" + file.slug + ".json");
    }
    for (const TemplateFile &file : project.templates) {
        plan("templates/" + file.slug + ".json", templateFileJson(file.caseTemplate));
        keep.insert("templates/" + file.slug + ".json");
    }
    for (const SampleFile &file : project.samples)
        plan("samples/" + file.name, wire::writeSampleCaseSet(file.cases));
    if (project.base)
        plan(kBaseFile, wire::writeSnapshot(*project.base));
    plan(kStateFile, stateJson(project.state));

    // An unreadable file stays as it is until it is fixed: not removed, and not overwritten by a
    // rule or template that took its name meanwhile.
    for (const UnreadableFile &file : project.unreadable) {
        keep.insert(file.relative);
        for (const PlannedWrite &write : writes)
            if (write.relative == file.relative)
                return fileError("project.unreadable-file",
                                 "this file cannot be read, so it is not overwritten; fix it, or rename "
                                 "the rule, template or samples file that would take its name",
                                 joinPath(directory, file.relative));
    }
    std::vector<std::string> removals;
    for (const char *folder : {"rules", "templates"})
        for (const QString &name : jsonFilesIn(directory, folder)) {
            const std::string relative = std::string(folder) + "/" + name.toStdString();
            if (keep.count(relative) == 0)
                removals.push_back(relative);
        }
    return writeProjectFiles(directory, writes, removals, disk);
}

namespace {
// Checks everything, then writes: a refusal leaves the folder untouched.
Status writeProjectFiles(const std::string &directory, const std::vector<PlannedWrite> &writes,
                         const std::vector<std::string> &removals, DiskState &disk)
{

    // First check everything, then write: a refusal must leave the folder untouched.
    const auto changedOnDisk = [&](const std::string &relative) -> std::optional<Error> {
        QFile file(qs(joinPath(directory, relative)));
        const auto known = disk.contentHashes.find(relative);
        if (!file.exists()) {
            // Removed by hand (or by git) since it was read: writing it back would undo that.
            if (known != disk.contentHashes.end())
                return fileError(
                    "project.changed-on-disk",
                    "the file was deleted on disk since the project was opened; reopen the project "
                    "(your changes are kept in the recovery copy) or keep them in a copy of the "
                    "project with File > Save As",
                    joinPath(directory, relative));
            return std::nullopt;
        }
        if (!file.open(QIODevice::ReadOnly))
            return fileError("file.unreadable", "cannot read the file, so it is not overwritten",
                             joinPath(directory, relative));
        const std::string now = contentHash(file.readAll());
        if (known == disk.contentHashes.end() || known->second != now)
            return fileError(
                "project.changed-on-disk",
                "the file changed on disk since the project was opened; reopen the project (your "
                "changes are kept in the recovery copy) or keep them in a copy of the project with "
                "File > Save As",
                joinPath(directory, relative));
        return std::nullopt;
    };
    for (const PlannedWrite &write : writes)
        if (auto error = changedOnDisk(write.relative))
            return *error;
    for (const std::string &relative : removals)
        if (auto error = changedOnDisk(relative))
            return *error;

    std::vector<std::string> written;
    for (const PlannedWrite &write : writes) {
        const QByteArray bytes = QByteArray::fromStdString(write.content);
        const std::string hash = contentHash(bytes);
        const auto known = disk.contentHashes.find(write.relative);
        if (known != disk.contentHashes.end() && known->second == hash &&
            QFileInfo::exists(qs(joinPath(directory, write.relative))))
            continue; // unchanged: leave the file (and its timestamp) alone
        const std::string path = joinPath(directory, write.relative);
        if (auto status = writeFileAtomically(path, write.content, Durability::Deferred); !status)
            return status;
        disk.contentHashes[write.relative] = hash;
        written.push_back(path);
    }
    for (const std::string &relative : removals) {
        if (!QFile::remove(qs(joinPath(directory, relative))))
            return fileError("file.unwritable", "cannot remove the file", joinPath(directory, relative));
        disk.contentHashes.erase(relative);
    }
    return syncWrittenFiles(directory, written);
}
} // namespace

} // namespace cw::project
