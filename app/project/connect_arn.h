#pragma once
// The ARNs of Amazon Connect that case rules can hold: a user of a Connect instance
// ("arn:aws:connect:us-east-1:111122223333:instance/<instance id>/agent/<user id>", the value of
// a User field) and the instance itself. Promote maps them between instances, where every id
// differs; a Cases domain's own ARN ("arn:aws:cases:<region>:<account>:domain/<id>") tells which
// account and region a project's domain is in.

#include <optional>
#include <string>

namespace cw::project {

struct ConnectArn {
    std::string partition;
    std::string region;
    std::string account;
    std::string instanceId;
    std::string userId; // empty for an instance ARN

    // "arn:<partition>:connect:<region>:<account>:instance/<instance id>"
    std::string instanceArn() const;
    // The user ARN, or the instance ARN when there is no user.
    std::string text() const;
};

std::optional<ConnectArn> parseConnectUserArn(const std::string &text);
std::optional<ConnectArn> parseConnectInstanceArn(const std::string &text);

// The account and region of any ARN ("arn:partition:service:region:account:resource"); nullopt
// when `text` is not one or leaves them empty.
struct ArnPlace {
    std::string region;
    std::string account;
};
std::optional<ArnPlace> arnPlace(const std::string &text);

} // namespace cw::project
