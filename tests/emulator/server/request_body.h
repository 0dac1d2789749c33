#pragma once
// Reading request bodies and checking the member constraints of the model that every operation
// shares: names (1..100 characters, pattern `^.*[\S]$`), descriptions (at most 255), id lists.
// Every failure is a ValidationException whose message names the member.

#include "api_message.h"
#include "common/result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace cw::emu {

// The JSON object of the body; an empty body reads as {}.
ApiResult<Json> parseBody(const ApiRequest &request);

// A wire reader's error as a ValidationException ("<message> (at /rule/required/...)").
ApiError fromWireError(const cw::Error &error);

// Length in characters (Unicode code points), as the model counts it.
std::size_t characterCount(const std::string &utf8);

ApiStatus checkName(const std::string &value, const std::string &member);
ApiStatus checkDescription(const std::optional<std::string> &value, const std::string &member);
// A string member whose pattern is `^.*[\S]$` or `^$|^.*[\S]$` (allowEmpty).
ApiStatus checkTrimmedText(const std::string &value, const std::string &member, std::size_t maxLength,
                           bool allowEmpty);
ApiStatus checkEnum(const std::string &value, const std::string &member,
                    const std::vector<std::string> &allowed);

// `member` must be an array of 1..maxItems objects `{"id": "..."}`; returns the ids in order.
ApiResult<std::vector<std::string>> readIdentifierList(const Json &body, const std::string &member,
                                                       std::size_t maxItems);

// The body members an update may change: present and not null.
bool hasMember(const Json &body, const std::string &member);
// Copies the members of `body` named in `members` that are present (hasMember) into `into`, and
// says how many: the input of a Create<Kind>, or an Update<Kind>'s changes over the item's wire form.
std::size_t copyMembers(const Json &body, const std::vector<std::string> &members, Json &into);

} // namespace cw::emu
