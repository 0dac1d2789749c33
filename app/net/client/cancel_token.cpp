#include "client/cancel_token.h"

namespace cw::net {

CancelToken::CancelToken() : m_state(std::make_shared<State>()) {}

void CancelToken::cancel()
{
    // Keep the state alive and take the callbacks out first: a callback may drop the last copy
    // of this token or register/remove others.
    const std::shared_ptr<State> state = m_state;
    if (state->cancelled)
        return;
    state->cancelled = true;
    std::map<int, std::function<void()>> callbacks;
    callbacks.swap(state->callbacks);
    for (auto &[id, callback] : callbacks) {
        if (callback)
            callback();
    }
}

bool CancelToken::isCancelled() const
{
    return m_state->cancelled;
}

int CancelToken::onCancel(std::function<void()> onCancel) const
{
    if (m_state->cancelled) {
        if (onCancel)
            onCancel();
        return 0;
    }
    const int id = m_state->nextId++;
    m_state->callbacks.emplace(id, std::move(onCancel));
    return id;
}

void CancelToken::removeCallback(int id) const
{
    m_state->callbacks.erase(id);
}

} // namespace cw::net
