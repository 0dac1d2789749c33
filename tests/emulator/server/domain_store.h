#pragma once
// The emulator's state: the Cases domains it serves, each a DomainSnapshot, and where each one is
// saved. Saving is atomic (temp file + rename, via QSaveFile) so a crash or a kill mid-save never
// leaves a half-written state file behind.

#include "common/result.h"
#include "model/domain_snapshot.h"
#include "stored_case.h"

#include <functional>
#include <string>
#include <vector>

namespace cw::emu {

struct DomainState {
    DomainSnapshot snapshot;
    std::string stateFile; // where mutations are saved; empty: memory only
    // GetDomain's createdTime: the snapshot's own "createdTime" member when it has one, else the
    // time the emulator first served the domain. Kept out of the snapshot so that a state file
    // stays exactly what a pull of the domain would write.
    std::string createdTime;
    DomainCases cases; // memory only (stored_case.h)
};

// What ARNs, ids and timestamps look like. Ids and the clock are replaceable so tests can pin them.
struct StoreIdentity {
    std::string region = "us-east-1";
    std::string account = "123456789012";
    std::function<std::string()> newId; // default: a random UUID
    std::function<std::string()> now;   // default: UTC RFC 3339 with milliseconds
};

class DomainStore {
public:
    explicit DomainStore(StoreIdentity identity = {});

    // Loads a snapshot file. When it does not exist: with `seedIfMissing` set, that snapshot is
    // adopted and saved there; otherwise an empty domain named after the file is created there.
    cw::Status addStateFile(const std::string &path, const DomainSnapshot *seedIfMissing = nullptr);
    // Every "*.json" file in a folder becomes a domain; a new domain (the seed, when given and the
    // folder has none) is saved as "<domainId>.snapshot.json" in it.
    cw::Status addStateDirectory(const std::string &path, const DomainSnapshot *seedIfEmpty = nullptr);
    // A domain kept only in memory.
    void addInMemory(DomainSnapshot snapshot);

    std::vector<DomainState> &domains() { return m_domains; }
    const std::vector<DomainState> &domains() const { return m_domains; }
    DomainState *find(const std::string &domainId);

    // Writes a domain to its state file (nothing for an in-memory one).
    cw::Status save(const DomainState &domain) const;

    // Forgets every domain and restores `domains` (used by POST /_emulator/reset), saving each.
    cw::Status replaceAll(std::vector<DomainState> domains);

    std::string newId() const { return m_identity.newId(); }
    const std::string &account() const { return m_identity.account; }
    std::string now() const { return m_identity.now(); }
    // "arn:aws:cases:{region}:{account}:domain/{domainId}" and ".../{kind}/{id}" with kind one of
    // "field", "layout", "template", "case-rule".
    std::string domainArn(const std::string &domainId) const;
    std::string arn(const std::string &domainId, const std::string &kind, const std::string &id) const;

private:
    // Fills what the service always has (id, ARN, name) in a snapshot that lacks it.
    void complete(DomainSnapshot &snapshot) const;
    DomainState stateOf(DomainSnapshot snapshot, std::string stateFile) const;

    StoreIdentity m_identity;
    std::vector<DomainState> m_domains;
};

} // namespace cw::emu
