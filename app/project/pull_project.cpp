#include "pull_project.h"

#include "publish_journal.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <memory>

namespace cw::project {
namespace {
Error folderError(const std::string &code, const std::string &message, const std::string &directory)
{
    Location where;
    where.file = directory;
    return makeError(code, message, where);
}

void keepSetting(std::string &stored, const std::string &given)
{
    if (!given.empty())
        stored = given;
}
} // namespace

void pullIntoProject(net::CasesClient &client, const std::string &directory, const ProjectConfig &config,
                     net::PullProgressCallback progress, std::function<void(Result<PullResult>)> done)
{
    const QDir dir(QString::fromStdString(directory));
    auto existing = std::make_shared<std::optional<LoadedProject>>();
    if (dir.exists(QStringLiteral("casewright.json"))) {
        auto loaded = loadProject(directory);
        if (!loaded)
            return done(loaded.error());
        if (!config.domainId.empty() && loaded->project.config.domainId != config.domainId)
            return done(folderError("pull.other-domain",
                                    "this project holds domain " + loaded->project.config.domainId +
                                        ", not " + config.domainId + "; pull into a new folder",
                                    directory));
        auto journal = readJournal(directory);
        if (!journal)
            return done(journal.error());
        if (*journal)
            return done(folderError("pull.publish-unfinished",
                                    "a publish was interrupted; run publish again to finish it before pulling",
                                    directory));
        *existing = std::move(loaded).value();
    } else if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        return done(folderError("pull.not-empty",
                                "the folder is not empty and is not a Casewright project; choose an empty or new "
                                "folder",
                                directory));
    } else if (config.domainId.empty()) {
        return done(folderError("pull.no-domain", "a new project needs --domain", directory));
    }

    const std::string domainId = *existing ? (*existing)->project.config.domainId : config.domainId;
    client.pullDomain(domainId, std::move(progress),
                      [existing, directory, config, done](Result<DomainSnapshot> pulled) {
                          if (!pulled)
                              return done(pulled.error());
                          const std::string now =
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
                          PullResult result;
                          LoadedProject target;
                          if (*existing) {
                              target = std::move(**existing);
                              ProjectConfig &stored = target.project.config;
                              keepSetting(stored.region, config.region);
                              keepSetting(stored.endpoint, config.endpoint);
                              keepSetting(stored.profile, config.profile);
                              result.merge = mergePulled(target.project, *pulled, now);
                          } else {
                              target.project = projectFromSnapshot(*pulled, config, directory, now);
                              result.created = true;
                              for (const RuleFile &file : target.project.rules)
                                  result.merge.created.push_back(file.slug);
                              for (const TemplateFile &file : target.project.templates)
                                  result.merge.created.push_back(file.slug);
                          }
                          result.fields = pulled->fields.size();
                          result.rules = pulled->caseRules.size();
                          result.templates = pulled->templates.size();
                          result.layouts = pulled->layouts.size();
                          if (auto status = saveProject(target.project, target.disk); !status)
                              return done(status.error());
                          done(result);
                      });
}

} // namespace cw::project
