#include "fault_injector.h"

namespace cw::emu {

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
