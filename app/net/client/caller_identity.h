#pragma once
// Who a connection acts as (sts:GetCallerIdentity): the account and the user or role ARN, for the
// designer to show before a publish so an admin cannot publish to the wrong account by accident.
// callerIdentity() blocks (auth/credential_http.h): the CLI calls it where the credentials would be
// asked for anyway. CallerIdentityLookup runs it on a pool thread, for a window that must not
// freeze while STS (or an assumed role's AssumeRole) answers.

#include "auth/aws_environment.h"
#include "auth/sts_client.h"
#include "client/connection.h"
#include "common/result.h"

#include <QObject>
#include <functional>
#include <memory>

namespace cw::net {

// Resolves the connection's credentials (an MFA prompt may come up) and asks STS at the profile's
// STS endpoint. Error codes: those of the credentials, "aws.sts", "aws.credential-http".
Result<CallerIdentity> callerIdentity(const ResolvedConnection &connection,
                                      const AwsEnvironment &environment = AwsEnvironment::system());

// "123456789012 as arn:aws:sts::123456789012:assumed-role/Admin/alice"
QString describeIdentity(const CallerIdentity &identity);
// The principal part of the ARN: "assumed-role/Admin/alice", "user/admin" (the whole ARN when it
// is not one).
QString principalOf(const CallerIdentity &identity);

// One lookup at a time, answered on the thread that owns the lookup (its event loop delivers it).
// Starting again abandons the running one: its answer is dropped. Destroying the lookup drops the
// answer too; the pool thread finishes on its own (within the STS and credential timeouts). The
// connection's credentials provider is shared, not copied: credentials it resolves here (after
// an MFA code, say) are the ones a client made from the same connection signs with.
class CallerIdentityLookup {
public:
    using Done = std::function<void(Result<CallerIdentity>)>;

    CallerIdentityLookup();
    ~CallerIdentityLookup();
    CallerIdentityLookup(const CallerIdentityLookup &) = delete;
    CallerIdentityLookup &operator=(const CallerIdentityLookup &) = delete;

    void start(ResolvedConnection connection, AwsEnvironment environment, Done done);
    // Drops the answer of the running lookup, if any.
    void abandon();
    bool isRunning() const { return m_running != nullptr; }

private:
    struct Pending;
    QObject m_receiver; // lives on the owner's thread: the answer is posted to it
    std::shared_ptr<Pending> m_running;
};

} // namespace cw::net
