#pragma once
// Shared by the wire tests: where the fixtures live, and failure text that says what differs
// instead of only "not equal".

#include "common/json_text.h"

#include <string>
#include <vector>

namespace cw::wiretest {

// Failure text for QVERIFY2, which wants a `const char *` that lives until the check is done.
class FailureText {
public:
    explicit FailureText(std::string text) : m_text(std::move(text)) {}
    explicit operator const char *() const { return m_text.c_str(); }

private:
    std::string m_text;
};

inline std::string sourcePath(const std::string &relative)
{
    return std::string(CASEWRIGHT_SOURCE_DIR) + "/" + relative;
}

inline std::string fixturePath(const std::string &name)
{
    return sourcePath("tests/data/wire/" + name);
}

// The RFC 6902 patch from `expected` to `actual`, cut short: enough to see the first differences.
inline FailureText describeDifference(const Json &expected, const Json &actual)
{
    std::string text = "differences (expected -> actual): " + Json::diff(expected, actual).dump();
    if (text.size() > 2000)
        text = text.substr(0, 2000) + " ...";
    return FailureText(std::move(text));
}

// Same values *and* same spelling: `==` says 5 equals 5.0, the dumped text does not.
inline bool sameJson(const Json &a, const Json &b)
{
    return a == b && toJsonText(a) == toJsonText(b);
}

inline FailureText describe(const Error &error)
{
    return FailureText(error.toString());
}

// QVERIFY2 evaluates its message even when the check passes, so this must not touch error() then.
template <typename T> inline FailureText describe(const Result<T> &result)
{
    return FailureText(result.ok() ? std::string() : result.error().toString());
}

// "3 problems, first: ..." or "" -- safe to build when the list is empty.
inline FailureText describeProblems(const std::vector<std::string> &problems)
{
    if (problems.empty())
        return FailureText({});
    return FailureText(std::to_string(problems.size()) + " problems, first: " + problems.front());
}

// True when `prefix` is `pointer` or one of its ancestors, token by token ("/a/1" is an ancestor
// of "/a/1/b" but not of "/a/10").
inline bool isPointerPrefix(const std::string &prefix, const std::string &pointer)
{
    if (prefix.size() > pointer.size() || pointer.compare(0, prefix.size(), prefix) != 0)
        return false;
    return prefix.size() == pointer.size() || pointer[prefix.size()] == '/';
}

} // namespace cw::wiretest

// QCOMPARE cannot take nlohmann::json (its implicit conversions make QTest's overloads ambiguous),
// and a failure should show the difference, not two dumps.
#define COMPARE_JSON(actual, expected)                                                                       \
    do {                                                                                                     \
        const cw::Json actualJson_ = (actual);                                                               \
        const cw::Json expectedJson_ = (expected);                                                           \
        QVERIFY2(actualJson_ == expectedJson_,                                                               \
                 cw::wiretest::describeDifference(expectedJson_, actualJson_));                              \
    } while (false)
