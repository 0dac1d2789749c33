#pragma once
// Cancels calls that are queued, waiting to retry or in flight. Copies share one state, so the
// GUI can keep a copy and hand another to the client. Single-threaded, like the client itself.

#include <functional>
#include <map>
#include <memory>

namespace cw::net {

class CancelToken {
public:
    CancelToken();

    // Idempotent. Runs the registered callbacks once, in registration order.
    void cancel();
    bool isCancelled() const;

    // Registers `onCancel`; runs it at once when already cancelled (and then returns 0).
    // The id unregisters it: whoever registers removes the callback when its call is over, so
    // a long-lived token does not collect callbacks.
    int onCancel(std::function<void()> onCancel) const;
    void removeCallback(int id) const;

private:
    struct State {
        bool cancelled = false;
        int nextId = 1;
        std::map<int, std::function<void()>> callbacks;
    };
    std::shared_ptr<State> m_state;
};

} // namespace cw::net
