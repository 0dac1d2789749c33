#pragma once
// An in-process emulator service over the sample domain, with pinned ids and clock, for tests
// that exercise the operations without HTTP.

#include "domain_store.h"
#include "emulator_service.h"
#include "router.h"
#include "wire/wire_json.h"

#include <QByteArray>
#include <QtTest>
#include <memory>
#include <string>

namespace cw::emu::testing {

inline const char *sampleDomainId()
{
    return "09360fd9-e272-549f-9122-b5c47c94cb3b";
}

class ServiceFixture {
public:
    explicit ServiceFixture(std::size_t pageSize = 100)
    {
        StoreIdentity identity;
        identity.newId = [this] { return "id-" + std::to_string(++m_ids); };
        // One millisecond later on every call, so an update's time is always after its creation.
        identity.now = [this] {
            const int ms = ++m_ticks;
            char text[32];
            std::snprintf(text, sizeof text, "2026-06-01T00:00:%02d.%03dZ", (ms / 1000) % 60, ms % 1000);
            return std::string(text);
        };
        store = std::make_unique<DomainStore>(identity);
        auto sample =
            wire::loadSnapshotFile(CASEWRIGHT_SOURCE_DIR "/resources/sample/support-centre.snapshot.json");
        if (sample)
            store->addInMemory(std::move(sample).value());
        service = std::make_unique<EmulatorService>(*store, pageSize);
        m_ticks = 0; // loading read the clock once (the domain's createdTime); tests count from here
    }

    ApiResponse call(const std::string &method, const std::string &path, const Json &body = Json(),
                     const QueryParameters &query = {})
    {
        ApiRequest request;
        request.method = method;
        request.rawPath = path;
        request.body = body.is_null() ? std::string() : body.dump();
        for (const auto &[key, value] : query) {
            if (!request.rawQuery.empty())
                request.rawQuery += '&';
            request.rawQuery += QByteArray::fromStdString(key).toPercentEncoding().toStdString() + '=' +
                                QByteArray::fromStdString(value).toPercentEncoding().toStdString();
        }
        return service->handle(std::move(request)).response;
    }

    // "/domains/<sample>" + suffix
    static std::string domainPath(const std::string &suffix = {})
    {
        return std::string("/domains/") + sampleDomainId() + suffix;
    }

    DomainSnapshot &snapshot() { return store->domains().front().snapshot; }

    std::unique_ptr<DomainStore> store;
    std::unique_ptr<EmulatorService> service;

private:
    int m_ids = 0;
    int m_ticks = 0;
};

} // namespace cw::emu::testing
