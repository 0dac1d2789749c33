// libFuzzer target for every JSON reader a user's file reaches: the text parser, the snapshot,
// sample-case, rule and template readers. Beyond "no crash", it checks the round-trip promise:
// whatever a reader accepts, its writer's output reads back to the same JSON.
#include "common/json_text.h"
#include "wire/wire_json.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {
template <typename Read, typename Write>
void checkRoundTrip(const cw::Json &json, Read read, Write write)
{
    auto first = read(json, std::string());
    if (!first)
        return;
    const cw::Json written = write(*first);
    auto second = read(written, std::string());
    if (!second || write(*second) != written)
        std::abort(); // a value the reader accepted did not survive a round trip
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto json = cw::parseJsonText(text, "fuzz.json");
    if (!json)
        return 0;
    checkRoundTrip(*json, cw::wire::readSnapshot, cw::wire::writeSnapshot);
    checkRoundTrip(*json, cw::wire::readSampleCaseSet, cw::wire::writeSampleCaseSet);
    checkRoundTrip(*json, cw::wire::readCaseRule, cw::wire::writeCaseRule);
    checkRoundTrip(*json, cw::wire::readTemplate, cw::wire::writeTemplate);
    checkRoundTrip(*json, cw::wire::readCondition, cw::wire::writeCondition);
    (void)cw::toJsonText(*json);
    return 0;
}
