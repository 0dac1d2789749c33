#pragma once
// Work that follows the user's edits, where only the newest request matters (the preview's chart,
// the impact of edits): a small job runs at once, a big one on a worker thread (QtConcurrent) so
// typing never waits for it. Every request supersedes the ones before it: a result that arrives
// after a newer request (or cancel()) is dropped, never delivered.
//
// The work must own or share only immutable inputs: it may finish after this object is gone.
// Its watcher is a child and goes with it, dropping the result.

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>
#include <cstdint>
#include <type_traits>
#include <utility>

namespace cw::ui {

class NewestResult : public QObject {
    Q_OBJECT
public:
    explicit NewestResult(QObject *parent = nullptr) : QObject(parent) {}

    // `work()` returns the result; `deliver(result)` gets it on this object's thread: before run()
    // returns when `onWorker` is false, else later unless another request came first.
    template <class Work, class Deliver> void run(bool onWorker, Work work, Deliver deliver)
    {
        using Result = std::invoke_result_t<Work>;
        const std::uint64_t generation = ++m_generation;
        if (!onWorker) {
            deliver(work());
            return;
        }
        emit computing();
        ++m_running;
        auto *watcher = new QFutureWatcher<Result>(this);
        connect(watcher, &QFutureWatcher<Result>::finished, this,
                [this, watcher, generation, deliver = std::move(deliver)] {
                    --m_running;
                    watcher->deleteLater();
                    if (generation != m_generation)
                        return; // a newer request is on its way: this result is stale
                    deliver(watcher->result());
                });
        watcher->setFuture(QtConcurrent::run(std::move(work)));
    }
    // Drops the result of the request in progress.
    void cancel() { ++m_generation; }
    // Worker threads not finished yet (superseded ones included).
    int running() const { return m_running; }
    std::uint64_t generation() const { return m_generation; }

signals:
    // A request went to a worker thread; a view may say it is computing.
    void computing();

private:
    std::uint64_t m_generation = 0;
    int m_running = 0;
};

} // namespace cw::ui
