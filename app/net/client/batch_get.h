#pragma once
// Batch gets over any number of ids: split into chunks the API accepts (<= 50 ids), send the
// chunks at once (the client's in-flight cap paces them), ask again for ids the service left
// unprocessed, and merge everything in the order of the ids asked for.

#include "client/api_requests.h"
#include "client/api_types.h"
#include "client/cancel_token.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <utility>

namespace cw::net {

// Sends one chunk of ids; `cancel` stops it (the batch cancels the other chunks when one fails).
template <typename T>
using ChunkFetcher = std::function<void(const std::vector<std::string> &ids, const CancelToken &cancel,
                                        Callback<BatchResult<T>> done)>;

// One id a batch get reported as an error, as a cw::Error ("api.not-found" for NotFound codes).
cw::Error batchItemError(const std::string &operation, const ItemError &item);
// Ids a batch get still left unprocessed after asking again ("api.throttled": try later).
cw::Error unprocessedError(const std::string &operation, const std::vector<std::string> &ids);

// The ids in order, each once.
std::vector<std::string> uniqueInOrder(const std::vector<std::string> &ids);

// Splits `ids` into consecutive chunks of at most `chunkSize`.
std::vector<std::vector<std::string>> chunked(const std::vector<std::string> &ids, std::size_t chunkSize);

namespace detail {
template <typename T> struct BatchRun {
    std::vector<std::string> ids; // asked for, unique, in order
    std::function<std::string(const T &)> idOf;
    ChunkFetcher<T> fetch;
    CancelToken outer;
    int outerRegistration = 0;
    CancelToken inner; // cancels this batch's chunks only
    int roundsLeft = 1;
    std::size_t chunkSize = kMaxBatchGetIds;
    Callback<BatchResult<T>> done;
    bool finished = false;

    std::map<std::string, T> found;
    std::map<std::string, ItemError> errors;
    std::vector<std::string> unprocessed; // of the current round
    int pendingChunks = 0;

    void finish(cw::Result<BatchResult<T>> result)
    {
        if (finished)
            return;
        finished = true;
        outer.removeCallback(outerRegistration);
        if (!result)
            inner.cancel();
        done(std::move(result));
    }
};

template <typename T> BatchResult<T> mergeInOrder(BatchRun<T> &run)
{
    BatchResult<T> merged;
    const std::set<std::string> left(run.unprocessed.begin(), run.unprocessed.end());
    for (const std::string &id : run.ids) {
        if (auto item = run.found.find(id); item != run.found.end())
            merged.items.push_back(std::move(item->second));
        else if (auto error = run.errors.find(id); error != run.errors.end())
            merged.errors.push_back(error->second);
        else if (left.count(id) != 0)
            merged.unprocessed.push_back(id);
    }
    return merged;
}

template <typename T> void startRound(std::shared_ptr<BatchRun<T>> run, const std::vector<std::string> &ids)
{
    run->unprocessed.clear();
    run->roundsLeft--;
    const auto chunks = chunked(ids, run->chunkSize);
    run->pendingChunks = int(chunks.size());
    for (const auto &chunk : chunks) {
        run->fetch(chunk, run->inner, [run](cw::Result<BatchResult<T>> result) {
            if (run->finished)
                return;
            if (!result) {
                run->finish(result.error());
                return;
            }
            for (T &item : result->items) {
                std::string id = run->idOf(item);
                run->errors.erase(id);
                run->found.insert_or_assign(std::move(id), std::move(item));
            }
            for (ItemError &error : result->errors) {
                if (run->found.count(error.id) == 0) {
                    std::string id = error.id;
                    run->errors.insert_or_assign(std::move(id), std::move(error));
                }
            }
            for (std::string &id : result->unprocessed) {
                if (run->found.count(id) == 0)
                    run->unprocessed.push_back(std::move(id));
            }
            if (--run->pendingChunks > 0)
                return;
            if (!run->unprocessed.empty() && run->roundsLeft > 0) {
                startRound(run, uniqueInOrder(run->unprocessed));
                return;
            }
            run->finish(mergeInOrder(*run));
        });
    }
}
} // namespace detail

// Gets `ids` (duplicates asked once) in chunks of `chunkSize`, all chunks at once; ids left
// unprocessed are asked again, up to `rounds` rounds in all. The first failing chunk fails the
// whole batch and cancels the others. `ids` must not be empty (the caller answers that itself).
template <typename T>
void getInChunks(const std::vector<std::string> &ids, std::function<std::string(const T &)> idOf,
                 ChunkFetcher<T> fetch, const CancelToken &cancel, int rounds, Callback<BatchResult<T>> done,
                 std::size_t chunkSize = kMaxBatchGetIds)
{
    auto run = std::make_shared<detail::BatchRun<T>>();
    run->ids = uniqueInOrder(ids);
    run->idOf = std::move(idOf);
    run->fetch = std::move(fetch);
    run->outer = cancel;
    run->roundsLeft = std::max(1, rounds);
    run->chunkSize = std::max<std::size_t>(1, chunkSize);
    run->done = std::move(done);
    CancelToken inner = run->inner;
    run->outerRegistration = cancel.onCancel([inner]() mutable { inner.cancel(); });
    detail::startRound(run, run->ids);
}

} // namespace cw::net
