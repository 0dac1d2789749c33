#pragma once
// What happens to one HTTP request between the socket and the service, without the socket:
// the emulator's own endpoints (/_emulator/...), SigV4 verification, per-operation counting,
// injected faults, then the operation. The HTTP front end only adds latency and writes (or drops).
//
//   GET  /_emulator/stats  -> {"requests", "operations": {"ListCaseRules": n, ...}, "faults": {...},
//                              "rateLimited",
//                              "authFailures", "unknownOperations"}
//   POST /_emulator/reset  -> restores the domains as they were at start (saving them), zeroes the
//                              counters and re-seeds the fault injector.
// Neither is signed, faulted nor delayed.
// Beside Cases, it answers STS GetCallerIdentity (POST / with Action=GetCallerIdentity, signed for
// service "sts" with the emulator's key): the user arn:aws:iam::<account>:user/casewright-emulator,
// so a designer pointed at the emulator (AWS_ENDPOINT_URL_STS) can show whom it publishes as
// without reaching AWS. Not counted, faulted nor rate-limited: it is not a Cases request.

#include "api_message.h"
#include "auth/sigv4_types.h"
#include "domain_store.h"
#include "emulator_service.h"
#include "fault_injector.h"
#include "request_auth.h"

#include <map>
#include <string>
#include <vector>

namespace cw::emu {

struct PipelineOutcome {
    bool drop = false;           // close the connection without answering
    bool administrative = false; // a /_emulator/ endpoint: never delayed
    std::string operation;       // "" for unknown and administrative requests
    ApiResponse response;
};

class RequestPipeline {
public:
    RequestPipeline(EmulatorService &service, AuthSettings auth, FaultSettings faults);

    PipelineOutcome process(const net::HttpRequestParts &request);

    Json stats() const;

private:
    PipelineOutcome administrative(const net::HttpRequestParts &request);
    PipelineOutcome callerIdentity(const net::HttpRequestParts &request) const;
    cw::Status reset();

    EmulatorService &m_service;
    AuthSettings m_auth;
    FaultInjector m_faults;
    RateLimiter m_rateLimit;
    std::vector<DomainState> m_initialDomains;

    long long m_requests = 0;
    std::map<std::string, long long> m_operations;
    long long m_throttled = 0;
    long long m_rateLimited = 0;
    long long m_internalErrors = 0;
    long long m_dropped = 0;
    long long m_lostAnswers = 0;
    long long m_authFailures = 0;
    long long m_unknownOperations = 0;
};

} // namespace cw::emu
