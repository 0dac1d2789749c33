#pragma once
// The asynchronous Amazon Connect Cases API client. Every operation takes a callback that runs
// exactly once from the event loop with a typed cw::Result (errors made by toError(), so
// apiErrorKind(error) tells throttling from not-found from conflict...), plus CallOptions to
// cancel it or tie it to a QObject's lifetime. Requests are signed right before each attempt,
// retried as the SDKs' standard mode does, and paced by the in-flight cap.

#include "client/api_error.h"
#include "client/api_requests.h"
#include "client/api_types.h"
#include "client/cancel_token.h"
#include "client/client_config.h"
#include "client/paginator.h"
#include "model/domain_snapshot.h"

#include <QObject>
#include <optional>
#include <string>
#include <vector>

namespace cw::net {

class RequestExecutor;
// search_cases.h holds these, with the request builders and readers of the cases operations.
struct SearchCasesQuery;
struct CaseSearchPage;
struct CaseFieldsPage;

struct CallOptions {
    CancelToken cancel;         // cancel() fails the call with api.cancelled
    QObject *context = nullptr; // when destroyed first, the call is cancelled and its callback dropped
};

// What pullDomain has done so far; each count grows as results arrive.
struct PullProgress {
    bool domainRead = false;
    int fieldsListed = 0;
    int fieldsRead = 0;
    int optionListsTotal = 0; // SingleSelect fields seen so far
    int optionListsRead = 0;
    int layoutsListed = 0;
    int layoutsRead = 0;
    int templatesListed = 0;
    int templatesRead = 0;
    int rulesListed = 0;
    int rulesRead = 0;
    bool listingDone = false; // every List has reached its last page; the totals are final
};
using PullProgressCallback = std::function<void(const PullProgress &)>;

class CasesClient : public QObject {
    Q_OBJECT
public:
    explicit CasesClient(CasesClientConfig config, QObject *parent = nullptr);
    ~CasesClient() override; // aborts calls in flight; their callbacks are dropped

    const CasesClientConfig &config() const;
    // The transport underneath: in-flight and queue counts, attemptStarted(), the retry policy.
    RequestExecutor &executor() { return *m_executor; }

    // Cancels every call of this client (each callback gets api.cancelled).
    void cancelAll();

    // Any request; the callback gets the parsed response body ({} when empty).
    void send(ApiRequest request, Callback<Json> done, const CallOptions &options = {});

    // Domains
    void listDomains(const PageRequest &page, Callback<Page<DomainSummary>> done,
                     const CallOptions &options = {});
    void getDomain(const std::string &domainId, Callback<DomainInfo> done, const CallOptions &options = {});

    // Fields
    void listFields(const std::string &domainId, const PageRequest &page, Callback<Page<FieldSummary>> done,
                    const CallOptions &options = {});
    // Any number of ids: chunked by 50, chunks in parallel, merged in the order of `fieldIds`.
    void batchGetField(const std::string &domainId, const std::vector<std::string> &fieldIds,
                       Callback<BatchResult<Field>> done, const CallOptions &options = {});
    void listFieldOptions(const std::string &domainId, const std::string &fieldId, const PageRequest &page,
                          Callback<Page<FieldOption>> done, const CallOptions &options = {});

    // Layouts
    void listLayouts(const std::string &domainId, const PageRequest &page, Callback<Page<LayoutSummary>> done,
                     const CallOptions &options = {});
    void getLayout(const std::string &domainId, const std::string &layoutId, Callback<Layout> done,
                   const CallOptions &options = {});

    // Templates
    void listTemplates(const std::string &domainId, const PageRequest &page,
                       Callback<Page<TemplateSummary>> done, const CallOptions &options = {},
                       const std::vector<std::string> &statuses = {});
    void getTemplate(const std::string &domainId, const std::string &templateId, Callback<CaseTemplate> done,
                     const CallOptions &options = {});
    void createTemplate(const std::string &domainId, const CaseTemplate &caseTemplate,
                        Callback<CreatedResource> done, const CallOptions &options = {});
    void updateTemplate(const std::string &domainId, const CaseTemplate &caseTemplate, Callback<cw::Ok> done,
                        const CallOptions &options = {});

    // Case rules
    void listCaseRules(const std::string &domainId, const PageRequest &page,
                       Callback<Page<CaseRuleSummary>> done, const CallOptions &options = {});
    // Any number of ids, as batchGetField; unprocessed ids are asked again (up to maxAttempts rounds).
    void batchGetCaseRule(const std::string &domainId, const std::vector<std::string> &caseRuleIds,
                          Callback<BatchResult<CaseRule>> done, const CallOptions &options = {});
    // One rule through BatchGetCaseRule (the API has no single get); api.not-found when the
    // batch reports the id as an error.
    void getCaseRule(const std::string &domainId, const std::string &caseRuleId, Callback<CaseRule> done,
                     const CallOptions &options = {});
    void createCaseRule(const std::string &domainId, const CaseRule &rule, Callback<CreatedResource> done,
                        const CallOptions &options = {});
    void updateCaseRule(const std::string &domainId, const CaseRule &rule, Callback<cw::Ok> done,
                        const CallOptions &options = {});
    void deleteCaseRule(const std::string &domainId, const std::string &caseRuleId, Callback<cw::Ok> done,
                        const CallOptions &options = {});

    // Cases (search_cases.h): one page of SearchCases; one page of GetCase for 1..220 field ids
    // (getCaseFields reads any number).
    void searchCases(const std::string &domainId, const SearchCasesQuery &query, const PageRequest &page,
                     Callback<CaseSearchPage> done, const CallOptions &options = {});
    void getCase(const std::string &domainId, const std::string &caseId,
                 const std::vector<std::string> &fieldIds, const std::optional<std::string> &nextToken,
                 Callback<CaseFieldsPage> done, const CallOptions &options = {});

    // Every page of a List operation, items in order. `pageSize` sets maxResults.
    void listAllDomains(Callback<std::vector<DomainSummary>> done, const CallOptions &options = {},
                        std::optional<int> pageSize = std::nullopt);
    void listAllFields(const std::string &domainId, Callback<std::vector<FieldSummary>> done,
                       const CallOptions &options = {}, std::optional<int> pageSize = std::nullopt);
    void listAllFieldOptions(const std::string &domainId, const std::string &fieldId,
                             Callback<std::vector<FieldOption>> done, const CallOptions &options = {},
                             std::optional<int> pageSize = std::nullopt);
    void listAllLayouts(const std::string &domainId, Callback<std::vector<LayoutSummary>> done,
                        const CallOptions &options = {}, std::optional<int> pageSize = std::nullopt);
    void listAllTemplates(const std::string &domainId, Callback<std::vector<TemplateSummary>> done,
                          const CallOptions &options = {}, std::optional<int> pageSize = std::nullopt);
    void listAllCaseRules(const std::string &domainId, Callback<std::vector<CaseRuleSummary>> done,
                          const CallOptions &options = {}, std::optional<int> pageSize = std::nullopt);

    // Page fetchers for forEachPage()/collectAllPages() (paginator.h), for page-by-page handling.
    PageFetcher<DomainSummary> domainPages(const CallOptions &options = {});
    PageFetcher<FieldSummary> fieldPages(const std::string &domainId, const CallOptions &options = {});
    PageFetcher<FieldOption> fieldOptionPages(const std::string &domainId, const std::string &fieldId,
                                              const CallOptions &options = {});
    PageFetcher<LayoutSummary> layoutPages(const std::string &domainId, const CallOptions &options = {});
    PageFetcher<TemplateSummary> templatePages(const std::string &domainId, const CallOptions &options = {});
    PageFetcher<CaseRuleSummary> caseRulePages(const std::string &domainId, const CallOptions &options = {});

    // Everything about one domain (see domain_puller.h). The first error of any part fails the
    // pull and cancels the rest.
    void pullDomain(const std::string &domainId, PullProgressCallback progress, Callback<DomainSnapshot> done,
                    const CallOptions &options = {});

private:
    template <typename T, typename Reader>
    void call(ApiRequest request, Reader read, Callback<T> done, const CallOptions &options);
    // Runs `done` with `value` from the event loop (for answers that need no request).
    template <typename T>
    void answerLater(const char *operation, Callback<T> done, cw::Result<T> value,
                     const CallOptions &options);

    RequestExecutor *m_executor;
};

} // namespace cw::net
