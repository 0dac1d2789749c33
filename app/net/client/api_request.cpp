#include "client/api_request.h"

namespace cw::net {

QByteArray percentEncode(const std::string &text)
{
    // Qt never encodes ALPHA / DIGIT / "-" / "." / "_" / "~" and encodes everything else.
    return QByteArray::fromStdString(text).toPercentEncoding();
}

QByteArray expandPath(const std::string &uriTemplate,
                      const std::vector<std::pair<std::string, std::string>> &labels)
{
    QByteArray path = QByteArray::fromStdString(uriTemplate);
    for (const auto &[name, value] : labels)
        path.replace(QByteArray::fromStdString("{" + name + "}"), percentEncode(value));
    return path;
}

QByteArray ApiRequest::encodedQuery() const
{
    QByteArray encoded;
    for (const QueryParameter &parameter : query) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += percentEncode(parameter.name);
        encoded += '=';
        encoded += percentEncode(parameter.value);
    }
    return encoded;
}

QByteArray ApiRequest::target() const
{
    const QByteArray queryText = encodedQuery();
    if (queryText.isEmpty())
        return path;
    QByteArray result = path;
    result += '?';
    result += queryText;
    return result;
}

QByteArray ApiRequest::bodyBytes() const
{
    if (!body)
        return {};
    // Replacing invalid UTF-8 rather than throwing: no exception may leave the layer, and the
    // service would refuse such text anyway with a message naming the member.
    return QByteArray::fromStdString(body->dump(-1, ' ', false, Json::error_handler_t::replace));
}

QByteArray ApiRequest::contentType() const
{
    return body ? QByteArrayLiteral("application/json") : QByteArray();
}

} // namespace cw::net
