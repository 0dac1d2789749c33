#pragma once
// The cases a domain of the emulator holds (CreateCase, --generate-cases), kept in memory only: a
// state file stays exactly what a pull of the domain writes, and cases are test data a restart
// may drop.

#include "common/json_text.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace cw::emu {

// The system fields every real Cases domain has, whether or not a snapshot lists them: the
// emulator accepts and serves them on cases. customer_id and title are required by CreateCase.
inline constexpr char kCustomerIdField[] = "customer_id";
inline constexpr char kTitleField[] = "title";
inline constexpr char kCaseIdField[] = "case_id";
inline constexpr char kReferenceNumberField[] = "reference_number";
inline constexpr char kCreatedField[] = "created_datetime";
inline constexpr char kLastUpdatedField[] = "last_updated_datetime";

struct StoredCase {
    std::string caseId;
    std::string caseArn;
    std::string templateId;
    // FieldValue items {"id", "value"} in the order they were given, system fields included.
    Json fields = Json::array();
    Json tags = Json::object();

    // The value union of a field, or nullptr when the case has none.
    const Json *value(const std::string &fieldId) const;
};

struct DomainCases {
    std::vector<StoredCase> cases; // in creation order
    std::map<std::string, std::size_t> byId;
    std::map<std::string, std::size_t> byClientToken; // CreateCase's idempotency: token -> index
    std::size_t nextReferenceNumber = 1;

    const StoredCase *find(const std::string &caseId) const;
    void add(StoredCase stored, const std::string &clientToken = {});
};

} // namespace cw::emu
