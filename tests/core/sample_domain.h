#pragma once
// The sample domain ("Support Centre", resources/sample) read straight from its snapshot file, for
// the core tests that need a real domain, and the ids they talk about.

#include "common/result.h"
#include "model/domain_snapshot.h"
#include "wire/wire_json.h"

#include <QString>
#include <QtGlobal>
#include <string>

namespace cw::coretest {

const std::string kStatus = "status";
const std::string kPriority = "10fd19fe-bb18-514b-978f-b601f0533303";
const std::string kResolutionNotes = "5bc86f00-ef3e-543d-a5c9-6dcb7c519552";
const std::string kRefundAmount = "8c21b2a1-6901-5888-8ed9-a7bc245587fd";
const std::string kVip = "eb956ec4-562b-5f25-a901-b5602f529bb3";
const QString kCustomerSupport = QStringLiteral("66fb10d0-289e-58cc-94e8-03b79f8ad8b8");
const QString kBillingDispute = QStringLiteral("b634f74e-0471-52bf-9c09-acf928781988");
const QString kComplaintLegacy = QStringLiteral("6fc5760c-e3ce-5f3e-bc08-31dd6fb0d8a6");

// The sample domain; a test cannot go on without it, so a file that does not load stops the test.
inline DomainSnapshot sampleDomain()
{
    auto loaded =
        wire::loadSnapshotFile(CASEWRIGHT_SOURCE_DIR "/resources/sample/support-centre.snapshot.json");
    if (!loaded)
        qFatal("%s", loaded.error().toString().c_str());
    return std::move(*loaded);
}

} // namespace cw::coretest
