#include "generated_cases.h"

#include "samples/template_fields.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace cw::emu {
namespace {
// splitmix64: small, fast and the same on every platform (std::mt19937's distributions are not).
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t bound) { return bound == 0 ? 0 : static_cast<std::size_t>(next() % bound); }
    bool chance(unsigned percent) { return below(100) < percent; }
    // An index in [0, size) where index i is about twice as likely as i + 2: real option use is skewed.
    std::size_t skewed(std::size_t size)
    {
        std::size_t total = 0;
        for (std::size_t i = 0; i < size; ++i)
            total += size - i;
        std::size_t pick = below(total);
        for (std::size_t i = 0; i < size; ++i) {
            if (pick < size - i)
                return i;
            pick -= size - i;
        }
        return 0;
    }
    std::string hex(std::size_t digits)
    {
        static const char kDigits[] = "0123456789abcdef";
        std::string text;
        for (std::size_t i = 0; i < digits; ++i)
            text += kDigits[below(16)];
        return text;
    }
    std::string uuid() { return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-a" + hex(3) + "-" + hex(12); }

private:
    std::uint64_t m_state;
};

const std::vector<std::string> kTitles = {"Cannot log in after password reset",
                                          "Refund not received for returned order",
                                          "Charged twice for the same order",
                                          "Parcel arrived damaged",
                                          "Wrong item delivered",
                                          "Subscription cancelled without notice",
                                          "App crashes when opening invoices",
                                          "Delivery is two weeks late",
                                          "Request to close my account",
                                          "Discount code was not applied",
                                          "Cannot update payment card",
                                          "Complaint about a rude phone call",
                                          "Invoice shows the wrong address",
                                          "Question about warranty terms",
                                          "Order stuck in processing",
                                          "Two-factor code never arrives"};
const std::vector<std::string> kNotes = {
    "Customer called back; issue reproduced and passed to the second line.",
    "Refund issued to the original payment method.",
    "Replacement sent by express delivery.",
    "Explained the policy; customer accepted.",
    "Waiting for the carrier's investigation.",
    "Escalated: third contact about the same order.",
    "Password reset link re-sent and confirmed working."};

std::string isoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toStdString();
}

// Realistic text for a text field, chosen by what its name says it holds.
std::string textFor(const Field &field, Random &random)
{
    QString name = QString::fromStdString(field.name).toLower();
    if (name.contains(QLatin1String("order")) || name.contains(QLatin1String("number"))) {
        char text[32];
        std::snprintf(text, sizeof text, "ORD-2026-%06zu", random.below(1000000));
        return text;
    }
    return kNotes[random.below(kNotes.size())];
}

Json valueFor(const DomainSnapshot &snapshot, const Field &field, Random &random, const QDateTime &created,
              const std::vector<std::string> &agents)
{
    switch (field.fieldType()) {
    case FieldType::SingleSelect: {
        std::vector<std::string> active;
        if (const auto options = snapshot.fieldOptions.find(field.fieldId);
            options != snapshot.fieldOptions.end())
            for (const FieldOption &option : options->second)
                if (option.active)
                    active.push_back(option.value);
        if (active.empty())
            return Json{{"emptyValue", Json::object()}};
        return Json{{"stringValue", active[random.skewed(active.size())]}};
    }
    case FieldType::Number: // money: cents, as amounts are
        return Json{{"doubleValue", static_cast<double>(500 + random.below(49500)) / 100.0}};
    case FieldType::Boolean:
        return Json{{"booleanValue", random.chance(15)}};
    case FieldType::DateTime:
        return Json{{"stringValue", isoTime(created.addDays(1 + static_cast<qint64>(random.below(14))))}};
    case FieldType::Url:
        return Json{
            {"stringValue", "https://support.example.com/kb/" + std::to_string(1000 + random.below(9000))}};
    case FieldType::User:
        return Json{{"userArnValue", agents[random.below(agents.size())]}};
    default:
        return Json{{"stringValue", field.fieldId == kTitleField ? kTitles[random.below(kTitles.size())]
                                                                 : textFor(field, random)}};
    }
}

const Field *findField(const DomainSnapshot &snapshot, const std::string &fieldId)
{
    for (const Field &field : snapshot.fields)
        if (field.fieldId == fieldId && !field.isDeleted())
            return &field;
    return nullptr;
}
} // namespace

cw::Status generateCases(DomainState &domain, const DomainStore &store, std::size_t count, std::uint64_t seed)
{
    const DomainSnapshot &snapshot = domain.snapshot;
    std::vector<const CaseTemplate *> templates;
    for (const CaseTemplate &caseTemplate : snapshot.templates)
        if (!caseTemplate.isDeleted() && caseTemplate.status == "Active")
            templates.push_back(&caseTemplate);
    if (count > 0 && templates.empty())
        return makeError("emulator.generate-cases", "--generate-cases: domain " + snapshot.domainId +
                                                        " has no active template to create cases from.");
    // Each domain gets its own stream, so adding a domain does not change another's cases.
    std::uint64_t domainHash = 14695981039346656037ull; // FNV-1a: the same on every platform
    for (unsigned char c : snapshot.domainId)
        domainHash = (domainHash ^ c) * 1099511628211ull;
    Random random(seed ^ domainHash);
    const QDateTime today(
        QDateTime::fromString(QString::fromStdString(store.now()), Qt::ISODateWithMs).date(), QTime(0, 0),
        QTimeZone::utc());
    const std::string arnPrefix = store.domainArn(snapshot.domainId);
    // "arn:aws:cases:REGION:ACCOUNT:domain/ID": the region and account agent and profile ARNs share.
    const auto parts = QString::fromStdString(arnPrefix).split(QLatin1Char(':'));
    const std::string region = parts.value(3).toStdString();
    const std::string accountId = parts.value(4).toStdString();
    const std::string instance = random.uuid();
    std::vector<std::string> agents;
    for (int i = 0; i < 8; ++i)
        agents.push_back("arn:aws:connect:" + region + ":" + accountId + ":instance/" + instance + "/agent/" +
                         random.uuid());
    std::vector<std::string> customers;
    for (std::size_t i = 0; i < std::max<std::size_t>(1, count / 3); ++i)
        customers.push_back("arn:aws:profile:" + region + ":" + accountId +
                            ":domains/casewright-customers/profiles/" + random.hex(32));

    // Creation times first, sorted, so the cases go in in the order they were created.
    std::vector<qint64> ages; // seconds before the start of today
    for (std::size_t i = 0; i < count; ++i)
        ages.push_back(static_cast<qint64>(random.below(90 * 24 * 3600)) + 1);
    std::sort(ages.begin(), ages.end(), std::greater<>());

    for (std::size_t i = 0; i < count; ++i) {
        const CaseTemplate &caseTemplate = *templates[random.skewed(templates.size())];
        const QDateTime created = today.addSecs(-ages[i]);
        StoredCase stored;
        stored.caseId = random.uuid();
        stored.caseArn = store.arn(snapshot.domainId, "case", stored.caseId);
        stored.templateId = caseTemplate.templateId;
        std::vector<std::string> required;
        if (caseTemplate.requiredFields)
            for (const RequiredField &field : *caseTemplate.requiredFields)
                required.push_back(field.fieldId);
        std::vector<std::string> fieldIds = {kTitleField, "status"};
        for (const std::string &id : templateFieldIds(snapshot, caseTemplate))
            if (std::find(fieldIds.begin(), fieldIds.end(), id) == fieldIds.end())
                fieldIds.push_back(id);
        stored.fields.push_back({{"id", kCustomerIdField},
                                 {"value", {{"stringValue", customers[random.below(customers.size())]}}}});
        for (const std::string &id : fieldIds) {
            const Field *field = findField(snapshot, id);
            if (field == nullptr && id != kTitleField)
                continue;
            Field title;
            title.fieldId = kTitleField;
            title.type = "Text";
            const Field &source = field != nullptr ? *field : title;
            const bool mustHave = id == kTitleField || id == "status" ||
                                  std::find(required.begin(), required.end(), id) != required.end();
            if (!mustHave && random.chance(35))
                continue; // left empty, as agents leave most optional fields
            stored.fields.push_back(
                {{"id", id}, {"value", valueFor(snapshot, source, random, created, agents)}});
        }
        const std::string createdText = isoTime(created);
        const std::string updatedText =
            isoTime(std::min(today, created.addSecs(static_cast<qint64>(random.below(3 * 24 * 3600)))));
        stored.fields.push_back({{"id", kCaseIdField}, {"value", {{"stringValue", stored.caseId}}}});
        stored.fields.push_back(
            {{"id", kReferenceNumberField},
             {"value", {{"stringValue", std::to_string(domain.cases.nextReferenceNumber)}}}});
        stored.fields.push_back({{"id", kCreatedField}, {"value", {{"stringValue", createdText}}}});
        stored.fields.push_back({{"id", kLastUpdatedField}, {"value", {{"stringValue", updatedText}}}});
        domain.cases.add(std::move(stored));
    }
    return cw::Ok{};
}

} // namespace cw::emu
