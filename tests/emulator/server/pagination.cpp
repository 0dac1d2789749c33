#include "pagination.h"

#include "error_response.h"

#include <QByteArray>
#include <array>
#include <cstdint>

namespace cw::emu {
namespace {
// 0xFB 0xEF 0xFF encode as "++//"; 16 bytes in all leave one byte over, so the token ends in "==".
constexpr std::array<unsigned char, 3> kMagic = {0xFB, 0xEF, 0xFF};
constexpr unsigned char kVersion = 1;
constexpr int kTokenBytes = 16;

std::uint32_t fnv1a(const char *data, std::size_t size, std::uint32_t hash = 2166136261u)
{
    for (std::size_t i = 0; i < size; ++i) {
        hash ^= static_cast<unsigned char>(data[i]);
        hash *= 16777619u;
    }
    return hash;
}

std::uint32_t fnv1a(const std::string &text)
{
    return fnv1a(text.data(), text.size());
}

void putUint32(QByteArray &out, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(static_cast<char>((value >> shift) & 0xFFu));
}

std::uint32_t getUint32(const QByteArray &in, int at)
{
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(in[at + i]);
    return value;
}

std::uint32_t checksumOf(const QByteArray &payload)
{
    static const std::string salt = "casewright-emulator-page-token";
    return fnv1a(payload.constData(), static_cast<std::size_t>(payload.size()), fnv1a(salt));
}

ApiError badToken(const std::string &why)
{
    return validationError("The nextToken is not valid: " + why +
                           ". Pass the nextToken of the previous page exactly as it was returned "
                           "(percent-encoded in the query string).");
}

ApiResult<std::size_t> parseMaxResults(const std::string &text, std::size_t maxAllowed)
{
    const std::string range = "between 1 and " + std::to_string(maxAllowed);
    if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos)
        return validationError("maxResults must be an integer " + range + ", not \"" + text + "\".");
    const std::size_t value = std::stoul(text);
    if (value < 1 || value > maxAllowed)
        return validationError("maxResults must be " + range + ", not " + text + ".");
    return value;
}
} // namespace

std::string encodePageToken(std::size_t offset, const std::string &scope)
{
    QByteArray payload;
    for (unsigned char byte : kMagic)
        payload.append(static_cast<char>(byte));
    payload.append(static_cast<char>(kVersion));
    putUint32(payload, static_cast<std::uint32_t>(offset));
    putUint32(payload, fnv1a(scope));
    putUint32(payload, checksumOf(payload));
    return payload.toBase64().toStdString();
}

ApiResult<std::size_t> decodePageToken(const std::string &token, const std::string &scope)
{
    const QByteArray text = QByteArray::fromStdString(token);
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return badToken("it is not base64 (a '+' sent unencoded arrives as a space)");
    const QByteArray &payload = *decoded;
    if (payload.size() != kTokenBytes || payload.toBase64() != text)
        return badToken("it has the wrong length");
    for (std::size_t i = 0; i < kMagic.size(); ++i)
        if (static_cast<unsigned char>(payload[static_cast<qsizetype>(i)]) != kMagic[i])
            return badToken("it was not issued by this service");
    if (static_cast<unsigned char>(payload[3]) != kVersion)
        return badToken("its version is unknown");
    if (checksumOf(payload.left(kTokenBytes - 4)) != getUint32(payload, kTokenBytes - 4))
        return badToken("its checksum does not match");
    if (getUint32(payload, 8) != fnv1a(scope))
        return badToken("it belongs to another list (operation, domain or filter)");
    return static_cast<std::size_t>(getUint32(payload, 4));
}

ApiResult<PageRequest> readPageRequest(const ApiRequest &request, const std::string &scope,
                                       std::size_t serverPageSize, std::size_t maxAllowed)
{
    PageRequest page;
    page.size = serverPageSize;
    if (const auto maxResults = request.queryValue("maxResults")) {
        auto parsed = parseMaxResults(*maxResults, maxAllowed);
        if (!parsed)
            return parsed.error();
        page.size = std::min(parsed.value(), serverPageSize);
    }
    if (const auto token = request.queryValue("nextToken"); token && !token->empty()) {
        if (token->size() > 9000)
            return validationError("nextToken must be at most 9000 characters long.");
        auto offset = decodePageToken(*token, scope);
        if (!offset)
            return offset.error();
        page.offset = offset.value();
    }
    return page;
}

Page pageOf(std::size_t total, const PageRequest &request, const std::string &scope)
{
    Page page;
    page.begin = std::min(request.offset, total);
    page.end = std::min(page.begin + std::max<std::size_t>(request.size, 1), total);
    if (page.end < total)
        page.nextToken = encodePageToken(page.end, scope);
    return page;
}

} // namespace cw::emu
