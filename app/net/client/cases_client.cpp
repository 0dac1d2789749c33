#include "client/cases_client.h"

#include "client/batch_get.h"
#include "client/domain_puller.h"
#include "client/request_executor.h"
#include "client/response_readers.h"
#include "client/search_cases.h"

#include <QPointer>

namespace cw::net {
namespace {

cw::Result<cw::Ok> readNothing(const Json &)
{
    return cw::Ok{};
}

PageRequest firstPage(std::optional<int> pageSize)
{
    PageRequest page;
    page.maxResults = pageSize;
    return page;
}

} // namespace

CasesClient::CasesClient(CasesClientConfig config, QObject *parent)
    : QObject(parent), m_executor(new RequestExecutor(std::move(config), this))
{
}

CasesClient::~CasesClient() = default;

const CasesClientConfig &CasesClient::config() const
{
    return m_executor->config();
}

void CasesClient::cancelAll()
{
    m_executor->cancelAll();
}

template <typename T, typename Reader>
void CasesClient::call(ApiRequest request, Reader read, Callback<T> done, const CallOptions &options)
{
    const std::string operation = request.operation;
    m_executor->submit(
        std::move(request),
        [operation, read, done = std::move(done)](Exchange exchange) {
            if (!exchange.ok()) {
                done(toError(*exchange.error));
                return;
            }
            cw::Result<Json> json = parseResponseBody(operation, exchange.response.body);
            if (!json) {
                done(json.error());
                return;
            }
            cw::Result<T> value = read(*json);
            if (!value) {
                done(inResponseOf(operation, value.error()));
                return;
            }
            done(std::move(value));
        },
        options.cancel, options.context);
}

template <typename T>
void CasesClient::answerLater(const char *operation, Callback<T> done, cw::Result<T> value,
                              const CallOptions &options)
{
    QMetaObject::invokeMethod(
        this,
        [operation, done = std::move(done), value = std::move(value),
         context = QPointer<QObject>(options.context), hasContext = options.context != nullptr,
         cancel = options.cancel]() mutable {
            if (hasContext && !context)
                return;
            if (cancel.isCancelled()) {
                ApiError cancelled;
                cancelled.kind = ApiErrorKind::Cancelled;
                cancelled.operation = operation;
                done(toError(cancelled));
                return;
            }
            done(std::move(value));
        },
        Qt::QueuedConnection);
}

void CasesClient::send(ApiRequest request, Callback<Json> done, const CallOptions &options)
{
    call<Json>(
        std::move(request), [](const Json &json) { return cw::Result<Json>(json); }, std::move(done),
        options);
}

void CasesClient::searchCases(const std::string &domainId, const SearchCasesQuery &query,
                              const PageRequest &page, Callback<CaseSearchPage> done,
                              const CallOptions &options)
{
    call<CaseSearchPage>(searchCasesRequest(domainId, query, page), readSearchCasesResponse, std::move(done),
                         options);
}

void CasesClient::getCase(const std::string &domainId, const std::string &caseId,
                          const std::vector<std::string> &fieldIds,
                          const std::optional<std::string> &nextToken, Callback<CaseFieldsPage> done,
                          const CallOptions &options)
{
    call<CaseFieldsPage>(getCaseRequest(domainId, caseId, fieldIds, nextToken), readGetCaseResponse,
                         std::move(done), options);
}

void CasesClient::listDomains(const PageRequest &page, Callback<Page<DomainSummary>> done,
                              const CallOptions &options)
{
    call<Page<DomainSummary>>(listDomainsRequest(page), readListDomainsResponse, std::move(done), options);
}

void CasesClient::getDomain(const std::string &domainId, Callback<DomainInfo> done,
                            const CallOptions &options)
{
    call<DomainInfo>(getDomainRequest(domainId), readGetDomainResponse, std::move(done), options);
}

void CasesClient::listFields(const std::string &domainId, const PageRequest &page,
                             Callback<Page<FieldSummary>> done, const CallOptions &options)
{
    call<Page<FieldSummary>>(listFieldsRequest(domainId, page), readListFieldsResponse, std::move(done),
                             options);
}

void CasesClient::batchGetField(const std::string &domainId, const std::vector<std::string> &fieldIds,
                                Callback<BatchResult<Field>> done, const CallOptions &options)
{
    if (fieldIds.empty()) {
        answerLater<BatchResult<Field>>("BatchGetField", std::move(done), BatchResult<Field>{}, options);
        return;
    }
    QPointer<CasesClient> self(this);
    QObject *context = options.context;
    ChunkFetcher<Field> fetch = [self, domainId, context](const std::vector<std::string> &ids,
                                                          const CancelToken &cancel,
                                                          Callback<BatchResult<Field>> cb) {
        if (self)
            self->call<BatchResult<Field>>(batchGetFieldRequest(domainId, ids), readBatchGetFieldResponse,
                                           std::move(cb), CallOptions{cancel, context});
    };
    getInChunks<Field>(
        fieldIds, [](const Field &field) { return field.fieldId; }, std::move(fetch), options.cancel, 1,
        std::move(done));
}

void CasesClient::listFieldOptions(const std::string &domainId, const std::string &fieldId,
                                   const PageRequest &page, Callback<Page<FieldOption>> done,
                                   const CallOptions &options)
{
    call<Page<FieldOption>>(listFieldOptionsRequest(domainId, fieldId, page), readListFieldOptionsResponse,
                            std::move(done), options);
}

void CasesClient::listLayouts(const std::string &domainId, const PageRequest &page,
                              Callback<Page<LayoutSummary>> done, const CallOptions &options)
{
    call<Page<LayoutSummary>>(listLayoutsRequest(domainId, page), readListLayoutsResponse, std::move(done),
                              options);
}

void CasesClient::getLayout(const std::string &domainId, const std::string &layoutId, Callback<Layout> done,
                            const CallOptions &options)
{
    call<Layout>(getLayoutRequest(domainId, layoutId), readGetLayoutResponse, std::move(done), options);
}

void CasesClient::listTemplates(const std::string &domainId, const PageRequest &page,
                                Callback<Page<TemplateSummary>> done, const CallOptions &options,
                                const std::vector<std::string> &statuses)
{
    call<Page<TemplateSummary>>(listTemplatesRequest(domainId, page, statuses), readListTemplatesResponse,
                                std::move(done), options);
}

void CasesClient::getTemplate(const std::string &domainId, const std::string &templateId,
                              Callback<CaseTemplate> done, const CallOptions &options)
{
    call<CaseTemplate>(getTemplateRequest(domainId, templateId), readGetTemplateResponse, std::move(done),
                       options);
}

void CasesClient::createTemplate(const std::string &domainId, const CaseTemplate &caseTemplate,
                                 Callback<CreatedResource> done, const CallOptions &options)
{
    call<CreatedResource>(createTemplateRequest(domainId, caseTemplate), readCreateTemplateResponse,
                          std::move(done), options);
}

void CasesClient::updateTemplate(const std::string &domainId, const CaseTemplate &caseTemplate,
                                 Callback<cw::Ok> done, const CallOptions &options)
{
    call<cw::Ok>(updateTemplateRequest(domainId, caseTemplate), readNothing, std::move(done), options);
}

void CasesClient::listCaseRules(const std::string &domainId, const PageRequest &page,
                                Callback<Page<CaseRuleSummary>> done, const CallOptions &options)
{
    call<Page<CaseRuleSummary>>(listCaseRulesRequest(domainId, page), readListCaseRulesResponse,
                                std::move(done), options);
}

void CasesClient::batchGetCaseRule(const std::string &domainId, const std::vector<std::string> &caseRuleIds,
                                   Callback<BatchResult<CaseRule>> done, const CallOptions &options)
{
    if (caseRuleIds.empty()) {
        answerLater<BatchResult<CaseRule>>("BatchGetCaseRule", std::move(done), BatchResult<CaseRule>{},
                                           options);
        return;
    }
    QPointer<CasesClient> self(this);
    QObject *context = options.context;
    ChunkFetcher<CaseRule> fetch = [self, domainId, context](const std::vector<std::string> &ids,
                                                             const CancelToken &cancel,
                                                             Callback<BatchResult<CaseRule>> cb) {
        if (self)
            self->call<BatchResult<CaseRule>>(batchGetCaseRuleRequest(domainId, ids),
                                              readBatchGetCaseRuleResponse, std::move(cb),
                                              CallOptions{cancel, context});
    };
    getInChunks<CaseRule>(
        caseRuleIds, [](const CaseRule &rule) { return rule.caseRuleId; }, std::move(fetch), options.cancel,
        config().retry.maxAttempts, std::move(done));
}

void CasesClient::getCaseRule(const std::string &domainId, const std::string &caseRuleId,
                              Callback<CaseRule> done, const CallOptions &options)
{
    batchGetCaseRule(
        domainId, {caseRuleId},
        [caseRuleId, done = std::move(done)](cw::Result<BatchResult<CaseRule>> result) {
            if (!result) {
                done(result.error());
                return;
            }
            if (!result->items.empty()) {
                done(std::move(result->items.front()));
                return;
            }
            if (!result->errors.empty())
                done(batchItemError("BatchGetCaseRule", result->errors.front()));
            else
                done(unprocessedError("BatchGetCaseRule", {caseRuleId}));
        },
        options);
}

void CasesClient::createCaseRule(const std::string &domainId, const CaseRule &rule,
                                 Callback<CreatedResource> done, const CallOptions &options)
{
    call<CreatedResource>(createCaseRuleRequest(domainId, rule), readCreateCaseRuleResponse, std::move(done),
                          options);
}

void CasesClient::updateCaseRule(const std::string &domainId, const CaseRule &rule, Callback<cw::Ok> done,
                                 const CallOptions &options)
{
    call<cw::Ok>(updateCaseRuleRequest(domainId, rule), readNothing, std::move(done), options);
}

void CasesClient::deleteCaseRule(const std::string &domainId, const std::string &caseRuleId,
                                 Callback<cw::Ok> done, const CallOptions &options)
{
    call<cw::Ok>(deleteCaseRuleRequest(domainId, caseRuleId), readNothing, std::move(done), options);
}

PageFetcher<DomainSummary> CasesClient::domainPages(const CallOptions &options)
{
    QPointer<CasesClient> self(this);
    return [self, options](const PageRequest &page, Callback<Page<DomainSummary>> done) {
        if (self)
            self->listDomains(page, std::move(done), options);
    };
}

PageFetcher<FieldSummary> CasesClient::fieldPages(const std::string &domainId, const CallOptions &options)
{
    QPointer<CasesClient> self(this);
    return [self, domainId, options](const PageRequest &page, Callback<Page<FieldSummary>> done) {
        if (self)
            self->listFields(domainId, page, std::move(done), options);
    };
}

PageFetcher<FieldOption> CasesClient::fieldOptionPages(const std::string &domainId,
                                                       const std::string &fieldId, const CallOptions &options)
{
    QPointer<CasesClient> self(this);
    return [self, domainId, fieldId, options](const PageRequest &page, Callback<Page<FieldOption>> done) {
        if (self)
            self->listFieldOptions(domainId, fieldId, page, std::move(done), options);
    };
}

PageFetcher<LayoutSummary> CasesClient::layoutPages(const std::string &domainId, const CallOptions &options)
{
    QPointer<CasesClient> self(this);
    return [self, domainId, options](const PageRequest &page, Callback<Page<LayoutSummary>> done) {
        if (self)
            self->listLayouts(domainId, page, std::move(done), options);
    };
}

PageFetcher<TemplateSummary> CasesClient::templatePages(const std::string &domainId,
                                                        const CallOptions &options)
{
    QPointer<CasesClient> self(this);
    return [self, domainId, options](const PageRequest &page, Callback<Page<TemplateSummary>> done) {
        if (self)
            self->listTemplates(domainId, page, std::move(done), options);
    };
}

PageFetcher<CaseRuleSummary> CasesClient::caseRulePages(const std::string &domainId,
                                                        const CallOptions &options)
{
    QPointer<CasesClient> self(this);
    return [self, domainId, options](const PageRequest &page, Callback<Page<CaseRuleSummary>> done) {
        if (self)
            self->listCaseRules(domainId, page, std::move(done), options);
    };
}

void CasesClient::listAllDomains(Callback<std::vector<DomainSummary>> done, const CallOptions &options,
                                 std::optional<int> pageSize)
{
    collectAllPages<DomainSummary>(domainPages(options), firstPage(pageSize), std::move(done));
}

void CasesClient::listAllFields(const std::string &domainId, Callback<std::vector<FieldSummary>> done,
                                const CallOptions &options, std::optional<int> pageSize)
{
    collectAllPages<FieldSummary>(fieldPages(domainId, options), firstPage(pageSize), std::move(done));
}

void CasesClient::listAllFieldOptions(const std::string &domainId, const std::string &fieldId,
                                      Callback<std::vector<FieldOption>> done, const CallOptions &options,
                                      std::optional<int> pageSize)
{
    collectAllPages<FieldOption>(fieldOptionPages(domainId, fieldId, options), firstPage(pageSize),
                                 std::move(done));
}

void CasesClient::listAllLayouts(const std::string &domainId, Callback<std::vector<LayoutSummary>> done,
                                 const CallOptions &options, std::optional<int> pageSize)
{
    collectAllPages<LayoutSummary>(layoutPages(domainId, options), firstPage(pageSize), std::move(done));
}

void CasesClient::listAllTemplates(const std::string &domainId, Callback<std::vector<TemplateSummary>> done,
                                   const CallOptions &options, std::optional<int> pageSize)
{
    collectAllPages<TemplateSummary>(templatePages(domainId, options), firstPage(pageSize), std::move(done));
}

void CasesClient::listAllCaseRules(const std::string &domainId, Callback<std::vector<CaseRuleSummary>> done,
                                   const CallOptions &options, std::optional<int> pageSize)
{
    collectAllPages<CaseRuleSummary>(caseRulePages(domainId, options), firstPage(pageSize), std::move(done));
}

void CasesClient::pullDomain(const std::string &domainId, PullProgressCallback progress,
                             Callback<DomainSnapshot> done, const CallOptions &options)
{
    startDomainPull(*this, domainId, std::move(progress), std::move(done), options);
}

} // namespace cw::net
