#pragma once
// The one error convention of Casewright: a function that can fail returns Result<T>, and the
// failure carries a message a person can act on plus where it happened (file, line/column,
// JSON pointer, entity). No exception leaves a layer.

#include <string>
#include <utility>
#include <variant>

namespace cw {

struct Location {
    std::string file;    // path as the user gave it; empty when the input was not a file
    std::string pointer; // RFC 6901 JSON pointer inside the document, "" for the whole document
    int line = 0;        // 1-based; 0 when unknown
    int column = 0;      // 1-based; 0 when unknown
    std::string entity;  // human name of the rule/template/field concerned, when known

    // "file:line:col: /pointer (entity)" with the parts that are known.
    std::string toString() const;
};

struct Error {
    std::string code;    // stable, machine-readable, e.g. "json.syntax", "wire.missing-member"
    std::string message; // one sentence saying what is wrong and, where possible, what to do
    Location where;

    std::string toString() const; // "where: message [code]"
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success carries nothing.
struct Ok {};
using Status = Result<Ok>;

inline Error makeError(std::string code, std::string message, Location where = {})
{
    return Error{std::move(code), std::move(message), std::move(where)};
}

} // namespace cw
