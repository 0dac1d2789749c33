#include "fault_injector.h"

#include <algorithm>

namespace cw::emu {

RateLimiter::RateLimiter(double ratePerSecond, double now)
    : m_rate(ratePerSecond), m_capacity(ratePerSecond >= 1.0 ? ratePerSecond : 1.0), m_tokens(m_capacity),
      m_last(now)
{
}

bool RateLimiter::admit(double now)
{
    if (!active())
        return true;
    if (now > m_last)
        m_tokens = std::min(m_capacity, m_tokens + (now - m_last) * m_rate);
    m_last = std::max(m_last, now);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

FaultInjector::FaultInjector(FaultSettings settings) : m_settings(settings), m_random(settings.seed) {}

bool FaultInjector::active() const
{
    return m_settings.throttleRate > 0.0 || m_settings.errorRate > 0.0 || m_settings.dropRate > 0.0 ||
           m_settings.lostAnswerRate > 0.0;
}

double FaultInjector::draw()
{
    // std::uniform_real_distribution differs between standard libraries; 53 raw bits do not.
    return static_cast<double>(m_random() >> 11) * 0x1.0p-53;
}

Fault FaultInjector::next(const std::string &operation)
{
    Fault fault;
    if (!active() || (!m_settings.operations.empty() && m_settings.operations.count(operation) == 0))
        return fault;
    const double value = draw();
    double threshold = m_settings.dropRate;
    if (value < threshold) {
        fault.kind = Fault::Kind::Drop;
        return fault;
    }
    threshold += m_settings.throttleRate;
    if (value < threshold) {
        fault.kind = Fault::Kind::Throttle;
        return fault;
    }
    threshold += m_settings.errorRate;
    if (value < threshold) {
        fault.kind = Fault::Kind::InternalError;
        if (draw() < 0.5)
            fault.retryAfterSeconds = 1;
        return fault;
    }
    threshold += m_settings.lostAnswerRate;
    if (value < threshold)
        fault.kind = Fault::Kind::LostAnswer;
    return fault;
}

} // namespace cw::emu
