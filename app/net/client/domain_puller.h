#pragma once
// pullDomain: everything about one Cases domain as a DomainSnapshot, fetched with as much
// overlap as the in-flight cap allows:
//   GetDomain;
//   ListFields page by page, BatchGetField for each page while the next page is being listed,
//   ListFieldOptions (all pages) for every SingleSelect field as soon as it is listed;
//   ListLayouts + GetLayout per layout; ListTemplates + GetTemplate per template;
//   ListCaseRules page by page + BatchGetCaseRule per page.
// Items keep the order the List operations gave. The first error of any part (including an id a
// batch get reports as an error) fails the whole pull and cancels the rest.

#include "client/cases_client.h"

namespace cw::net {

// Used by CasesClient::pullDomain(); `done` runs once, from the event loop.
void startDomainPull(CasesClient &client, const std::string &domainId, PullProgressCallback progress,
                     Callback<DomainSnapshot> done, const CallOptions &options);

} // namespace cw::net
