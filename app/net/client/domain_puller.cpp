#include "client/domain_puller.h"

#include "client/batch_get.h"

#include <QPointer>
#include <map>
#include <memory>

namespace cw::net {
namespace {

class DomainPull : public std::enable_shared_from_this<DomainPull> {
public:
    DomainPull(CasesClient &client, std::string domainId, PullProgressCallback progress,
               Callback<DomainSnapshot> done, const CallOptions &options)
        : m_client(&client), m_domainId(std::move(domainId)), m_onProgress(std::move(progress)),
          m_done(std::move(done)), m_outer(options.cancel)
    {
        m_inner.context = options.context;
    }

    void start()
    {
        CancelToken inner = m_inner.cancel;
        m_outerRegistration = m_outer.onCancel([inner]() mutable { inner.cancel(); });
        // Held until every listing has reached its last page, so the pull cannot look finished
        // while pages are still coming.
        m_pending = 1;
        readDomain();
        listFields();
        listLayouts();
        listTemplates();
        listRules();
        taskDone();
    }

private:
    // Wraps a step's callback: ignores results after the pull has ended, fails the pull on an
    // error, and counts the step as done after `onValue` ran (which may start more steps).
    template <typename T, typename OnValue> Callback<T> step(OnValue onValue)
    {
        ++m_pending;
        return [self = shared_from_this(), onValue = std::move(onValue)](cw::Result<T> result) mutable {
            if (self->m_finished)
                return;
            if (!result) {
                self->fail(result.error());
                return;
            }
            onValue(std::move(result).value());
            self->taskDone();
        };
    }

    void readDomain()
    {
        m_client->getDomain(m_domainId, step<DomainInfo>([this](DomainInfo info) {
                                m_domain = std::move(info);
                                m_progress.domainRead = true;
                                report();
                            }),
                            m_inner);
    }

    void listFields()
    {
        ++m_listings;
        forEachPage<FieldSummary>(
            m_client->fieldPages(m_domainId, m_inner), {},
            [self = shared_from_this()](const Page<FieldSummary> &page) { self->onFieldPage(page); },
            step<cw::Ok>([this](cw::Ok) { listingDone(); }));
    }

    void onFieldPage(const Page<FieldSummary> &page)
    {
        if (m_finished || page.items.empty())
            return;
        std::vector<std::string> ids;
        for (const FieldSummary &summary : page.items) {
            ids.push_back(summary.fieldId);
            m_fieldOrder.push_back(summary.fieldId);
            if (summary.type == "SingleSelect")
                listOptions(summary.fieldId);
        }
        m_progress.fieldsListed += int(page.items.size());
        report();
        m_client->batchGetField(m_domainId, ids,
                                step<BatchResult<Field>>([this, ids](BatchResult<Field> batch) {
                                    if (!checkBatch("BatchGetField", ids, batch))
                                        return;
                                    for (Field &field : batch.items) {
                                        std::string id = field.fieldId;
                                        m_fields.insert_or_assign(std::move(id), std::move(field));
                                    }
                                    m_progress.fieldsRead += int(batch.items.size());
                                    report();
                                }),
                                m_inner);
    }

    void listOptions(const std::string &fieldId)
    {
        m_optionsOf.emplace(fieldId, std::vector<FieldOption>());
        m_progress.optionListsTotal++;
        m_client->listAllFieldOptions(
            m_domainId, fieldId,
            step<std::vector<FieldOption>>([this, fieldId](std::vector<FieldOption> options) {
                m_optionsOf[fieldId] = std::move(options);
                m_progress.optionListsRead++;
                report();
            }),
            m_inner);
    }

    void listLayouts()
    {
        ++m_listings;
        forEachPage<LayoutSummary>(
            m_client->layoutPages(m_domainId, m_inner), {},
            [self = shared_from_this()](const Page<LayoutSummary> &page) {
                if (self->m_finished)
                    return;
                for (const LayoutSummary &summary : page.items)
                    self->readLayout(summary.layoutId);
                self->m_progress.layoutsListed += int(page.items.size());
                self->report();
            },
            step<cw::Ok>([this](cw::Ok) { listingDone(); }));
    }

    void readLayout(const std::string &layoutId)
    {
        m_layoutOrder.push_back(layoutId);
        m_client->getLayout(m_domainId, layoutId, step<Layout>([this, layoutId](Layout layout) {
                                m_layouts.insert_or_assign(layoutId, std::move(layout));
                                m_progress.layoutsRead++;
                                report();
                            }),
                            m_inner);
    }

    void listTemplates()
    {
        ++m_listings;
        forEachPage<TemplateSummary>(
            m_client->templatePages(m_domainId, m_inner), {},
            [self = shared_from_this()](const Page<TemplateSummary> &page) {
                if (self->m_finished)
                    return;
                for (const TemplateSummary &summary : page.items)
                    self->readTemplate(summary.templateId);
                self->m_progress.templatesListed += int(page.items.size());
                self->report();
            },
            step<cw::Ok>([this](cw::Ok) { listingDone(); }));
    }

    void readTemplate(const std::string &templateId)
    {
        m_templateOrder.push_back(templateId);
        m_client->getTemplate(m_domainId, templateId,
                              step<CaseTemplate>([this, templateId](CaseTemplate value) {
                                  m_templates.insert_or_assign(templateId, std::move(value));
                                  m_progress.templatesRead++;
                                  report();
                              }),
                              m_inner);
    }

    void listRules()
    {
        ++m_listings;
        forEachPage<CaseRuleSummary>(
            m_client->caseRulePages(m_domainId, m_inner), {},
            [self = shared_from_this()](const Page<CaseRuleSummary> &page) { self->onRulePage(page); },
            step<cw::Ok>([this](cw::Ok) { listingDone(); }));
    }

    void onRulePage(const Page<CaseRuleSummary> &page)
    {
        if (m_finished || page.items.empty())
            return;
        std::vector<std::string> ids;
        for (const CaseRuleSummary &summary : page.items) {
            ids.push_back(summary.caseRuleId);
            m_ruleOrder.push_back(summary.caseRuleId);
        }
        m_progress.rulesListed += int(page.items.size());
        report();
        m_client->batchGetCaseRule(m_domainId, ids,
                                   step<BatchResult<CaseRule>>([this, ids](BatchResult<CaseRule> batch) {
                                       if (!checkBatch("BatchGetCaseRule", ids, batch))
                                           return;
                                       for (CaseRule &rule : batch.items) {
                                           std::string id = rule.caseRuleId;
                                           m_rules.insert_or_assign(std::move(id), std::move(rule));
                                       }
                                       m_progress.rulesRead += int(batch.items.size());
                                       report();
                                   }),
                                   m_inner);
    }

    // Every id asked for must have come back: per-id errors and ids left unprocessed fail the pull.
    template <typename T>
    bool checkBatch(const std::string &operation, const std::vector<std::string> &ids,
                    const BatchResult<T> &batch)
    {
        if (!batch.errors.empty()) {
            fail(batchItemError(operation, batch.errors.front()));
            return false;
        }
        if (!batch.unprocessed.empty()) {
            fail(unprocessedError(operation, batch.unprocessed));
            return false;
        }
        if (batch.items.size() < uniqueInOrder(ids).size()) {
            fail(cw::makeError("api.unknown", operation + " returned fewer items than it was asked for and "
                                                          "reported no error for the others; pull again."));
            return false;
        }
        return true;
    }

    void listingDone()
    {
        if (--m_listings == 0) {
            m_progress.listingDone = true;
            report();
        }
    }

    void report()
    {
        if (m_onProgress && !m_finished)
            m_onProgress(m_progress);
    }

    void taskDone()
    {
        if (--m_pending == 0 && !m_finished)
            succeed();
    }

    void fail(cw::Error error)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_outer.removeCallback(m_outerRegistration);
        m_inner.cancel.cancel(); // stops every other part of the pull
        m_done(std::move(error));
    }

    template <typename T>
    std::vector<T> inOrder(const std::vector<std::string> &order, std::map<std::string, T> &items)
    {
        std::vector<T> out;
        for (const std::string &id : order) {
            // Erasing as it goes keeps an id a List repeated on two pages from appearing twice.
            if (auto it = items.find(id); it != items.end()) {
                out.push_back(std::move(it->second));
                items.erase(it);
            }
        }
        return out;
    }

    void succeed()
    {
        m_finished = true;
        m_outer.removeCallback(m_outerRegistration);
        DomainSnapshot snapshot;
        snapshot.domainId = m_domain.domainId;
        snapshot.domainArn = m_domain.domainArn;
        snapshot.name = m_domain.name;
        snapshot.fields = inOrder(m_fieldOrder, m_fields);
        snapshot.fieldOptions = std::move(m_optionsOf);
        snapshot.layouts = inOrder(m_layoutOrder, m_layouts);
        snapshot.templates = inOrder(m_templateOrder, m_templates);
        snapshot.caseRules = inOrder(m_ruleOrder, m_rules);
        m_done(std::move(snapshot));
    }

    QPointer<CasesClient> m_client;
    std::string m_domainId;
    PullProgressCallback m_onProgress;
    Callback<DomainSnapshot> m_done;
    CancelToken m_outer;
    int m_outerRegistration = 0;
    CallOptions m_inner; // a cancel token of the pull's own, and the caller's context
    bool m_finished = false;
    int m_pending = 0;
    int m_listings = 0;
    PullProgress m_progress;

    DomainInfo m_domain;
    std::vector<std::string> m_fieldOrder;
    std::map<std::string, Field> m_fields;
    std::map<std::string, std::vector<FieldOption>> m_optionsOf;
    std::vector<std::string> m_layoutOrder;
    std::map<std::string, Layout> m_layouts;
    std::vector<std::string> m_templateOrder;
    std::map<std::string, CaseTemplate> m_templates;
    std::vector<std::string> m_ruleOrder;
    std::map<std::string, CaseRule> m_rules;
};

} // namespace

void startDomainPull(CasesClient &client, const std::string &domainId, PullProgressCallback progress,
                     Callback<DomainSnapshot> done, const CallOptions &options)
{
    std::make_shared<DomainPull>(client, domainId, std::move(progress), std::move(done), options)->start();
}

} // namespace cw::net
