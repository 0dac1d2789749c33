#pragma once
// Walks a List operation page by page: asks for the next page as soon as one arrives (after
// handing it to `onPage`), stops at the last page, and refuses a service that hands back the
// token it was just given (which would loop for ever).

#include "client/api_types.h"

#include <memory>
#include <utility>

namespace cw::net {

// Fetches one page, e.g. [client](const PageRequest &p, Callback<Page<FieldSummary>> cb) {
// client->listFields(domainId, p, cb); }.
template <typename T>
using PageFetcher = std::function<void(const PageRequest &request, Callback<Page<T>> done)>;

namespace detail {
template <typename T> struct PageWalk {
    PageFetcher<T> fetch;
    std::function<void(const Page<T> &)> onPage;
    Callback<cw::Ok> done;
    PageRequest request;
};

// Each page's callback runs from the event loop, so this "recursion" never deepens the stack;
// the walk lives as long as a fetch holds it.
template <typename T> void fetchNextPage(std::shared_ptr<PageWalk<T>> walk)
{
    PageRequest request = walk->request;
    walk->fetch(request, [walk](cw::Result<Page<T>> result) {
        if (!result) {
            walk->done(result.error());
            return;
        }
        const std::optional<std::string> token = result->nextToken;
        if (walk->onPage)
            walk->onPage(*result);
        if (!token || token->empty()) {
            walk->done(cw::Ok{});
            return;
        }
        if (walk->request.nextToken && *walk->request.nextToken == *token) {
            walk->done(
                cw::makeError("api.pagination-loop",
                              "the service returned the same page token twice; listing stopped to avoid "
                              "an endless loop. Try again later."));
            return;
        }
        walk->request.nextToken = token;
        fetchNextPage(walk);
    });
}
} // namespace detail

// Calls `onPage` for each page in order, then `done` with Ok, or with the first error.
template <typename T>
void forEachPage(PageFetcher<T> fetch, PageRequest first, std::function<void(const Page<T> &)> onPage,
                 Callback<cw::Ok> done)
{
    detail::fetchNextPage(std::make_shared<detail::PageWalk<T>>(
        detail::PageWalk<T>{std::move(fetch), std::move(onPage), std::move(done), std::move(first)}));
}

// All items of all pages, in order.
template <typename T>
void collectAllPages(PageFetcher<T> fetch, PageRequest first, Callback<std::vector<T>> done)
{
    auto items = std::make_shared<std::vector<T>>();
    forEachPage<T>(
        std::move(fetch), std::move(first),
        [items](const Page<T> &page) { items->insert(items->end(), page.items.begin(), page.items.end()); },
        [items, done = std::move(done)](cw::Result<cw::Ok> result) {
            if (!result)
                done(result.error());
            else
                done(std::move(*items));
        });
}

} // namespace cw::net
