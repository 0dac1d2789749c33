#include "domain_store.h"

#include "wire/wire_json.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

namespace cw::emu {
namespace {
std::string randomUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

std::string utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
}

cw::Error fileError(const std::string &path, const std::string &message)
{
    Location where;
    where.file = path;
    return makeError("emulator.state", message, where);
}
} // namespace

DomainStore::DomainStore(StoreIdentity identity) : m_identity(std::move(identity))
{
    if (!m_identity.newId)
        m_identity.newId = randomUuid;
    if (!m_identity.now)
        m_identity.now = utcNow;
}

void DomainStore::complete(DomainSnapshot &snapshot) const
{
    if (snapshot.domainId.empty())
        snapshot.domainId = newId();
    if (snapshot.domainArn.empty())
        snapshot.domainArn = domainArn(snapshot.domainId);
    if (snapshot.name.empty())
        snapshot.name = snapshot.domainId;
}

DomainState DomainStore::stateOf(DomainSnapshot snapshot, std::string stateFile) const
{
    complete(snapshot);
    const auto created = snapshot.extra.find("createdTime");
    std::string createdTime =
        created != snapshot.extra.end() && created->is_string() ? created->get<std::string>() : now();
    return DomainState{std::move(snapshot), std::move(stateFile), std::move(createdTime), {}};
}

cw::Status DomainStore::addStateFile(const std::string &path, const DomainSnapshot *seedIfMissing)
{
    const QFileInfo info(QString::fromStdString(path));
    if (info.exists()) {
        auto loaded = wire::loadSnapshotFile(path);
        if (!loaded)
            return loaded.error();
        if (find(loaded->domainId) != nullptr)
            return fileError(path,
                             "domain \"" + loaded->domainId +
                                 "\" is already loaded from another state file; give each domain one file.");
        m_domains.push_back(stateOf(std::move(loaded).value(), path));
        return cw::Ok{};
    }
    DomainSnapshot snapshot;
    if (seedIfMissing != nullptr)
        snapshot = *seedIfMissing;
    else
        snapshot.name = info.completeBaseName().toStdString();
    DomainState state = stateOf(std::move(snapshot), path);
    if (find(state.snapshot.domainId) != nullptr)
        return fileError(path, "domain \"" + state.snapshot.domainId +
                                   "\" is already loaded; the seed can start only one state file.");
    auto saved = save(state);
    if (!saved)
        return saved.error();
    m_domains.push_back(std::move(state));
    return cw::Ok{};
}

cw::Status DomainStore::addStateDirectory(const std::string &path, const DomainSnapshot *seedIfEmpty)
{
    QDir dir(QString::fromStdString(path));
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return fileError(path, "cannot create the state folder.");
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        auto added = addStateFile(dir.filePath(file).toStdString());
        if (!added)
            return added;
    }
    if (files.isEmpty() && seedIfEmpty != nullptr) {
        DomainSnapshot seed = *seedIfEmpty;
        complete(seed);
        const QString name = QString::fromStdString(seed.domainId) + QStringLiteral(".snapshot.json");
        return addStateFile(dir.filePath(name).toStdString(), &seed);
    }
    return cw::Ok{};
}

void DomainStore::addInMemory(DomainSnapshot snapshot)
{
    m_domains.push_back(stateOf(std::move(snapshot), {}));
}

DomainState *DomainStore::find(const std::string &domainId)
{
    for (DomainState &domain : m_domains)
        if (domain.snapshot.domainId == domainId)
            return &domain;
    return nullptr;
}

cw::Status DomainStore::save(const DomainState &domain) const
{
    if (domain.stateFile.empty())
        return cw::Ok{};
    const QString path = QString::fromStdString(domain.stateFile);
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return fileError(domain.stateFile, "cannot create the folder of the state file.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(domain.stateFile,
                         "cannot write the state file: " + file.errorString().toStdString());
    const std::string text = toJsonText(wire::writeSnapshot(domain.snapshot));
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit())
        return fileError(domain.stateFile, "cannot save the state file: " + file.errorString().toStdString());
    return cw::Ok{};
}

cw::Status DomainStore::replaceAll(std::vector<DomainState> domains)
{
    m_domains = std::move(domains);
    for (const DomainState &domain : m_domains) {
        auto saved = save(domain);
        if (!saved)
            return saved;
    }
    return cw::Ok{};
}

std::string DomainStore::domainArn(const std::string &domainId) const
{
    return "arn:aws:cases:" + m_identity.region + ":" + m_identity.account + ":domain/" + domainId;
}

std::string DomainStore::arn(const std::string &domainId, const std::string &kind,
                             const std::string &id) const
{
    return domainArn(domainId) + "/" + kind + "/" + id;
}

} // namespace cw::emu
