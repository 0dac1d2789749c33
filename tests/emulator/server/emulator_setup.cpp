#include "emulator_setup.h"

#include "generated_cases.h"
#include "wire/wire_json.h"

#include <QFileInfo>
#include <optional>

namespace cw::emu {

StoreIdentity identityFor(const EmulatorOptions &options)
{
    StoreIdentity identity;
    identity.region = options.region.toStdString();
    identity.account = options.account.toStdString();
    return identity;
}

cw::Status loadDomains(DomainStore &store, const EmulatorOptions &options)
{
    std::optional<DomainSnapshot> sample;
    if (options.seedSample) {
        auto loaded = wire::loadSnapshotFile(options.samplePath.toStdString());
        if (!loaded)
            return loaded.error();
        sample = std::move(loaded).value();
    }
    const auto unusedSample = [&]() -> const DomainSnapshot * {
        return sample && store.find(sample->domainId) == nullptr ? &*sample : nullptr;
    };

    for (const QString &path : options.statePaths) {
        const QFileInfo info(path);
        const bool folder = info.isDir() || path.endsWith(QLatin1Char('/'));
        auto added = folder ? store.addStateDirectory(path.toStdString(), unusedSample())
                            : store.addStateFile(path.toStdString(), unusedSample());
        if (!added)
            return added;
    }
    if (const DomainSnapshot *seed = unusedSample())
        store.addInMemory(*seed);
    if (store.domains().empty() && options.statePaths.isEmpty()) {
        DomainSnapshot empty;
        empty.name = "Emulator domain";
        store.addInMemory(std::move(empty));
    }
    if (options.generateCases > 0)
        for (DomainState &domain : store.domains())
            if (auto generated = generateCases(domain, store, static_cast<std::size_t>(options.generateCases),
                                               options.faults.seed);
                !generated)
                return generated;
    return cw::Ok{};
}

} // namespace cw::emu
