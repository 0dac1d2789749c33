#include "preview/field_share_calculator.h"

#include "common/newest_result.h"

namespace cw::ui {

FieldShareCalculator::FieldShareCalculator(QObject *parent)
    : QObject(parent), m_newest(new NewestResult(this))
{
    qRegisterMetaType<cw::FieldShares>();
    connect(m_newest, &NewestResult::computing, this, &FieldShareCalculator::computing);
}

FieldShareCalculator::~FieldShareCalculator() = default;

void FieldShareCalculator::request(std::shared_ptr<const CompiledTemplate> compiled,
                                   const std::vector<SampleCase> &cases, FieldNames names)
{
    request(std::move(compiled), std::make_shared<const CaseTable>(cases), std::move(names));
}

void FieldShareCalculator::request(std::shared_ptr<const CompiledTemplate> compiled,
                                   std::shared_ptr<const CaseTable> cases, FieldNames names)
{
    if (!compiled || !cases) {
        m_newest->cancel();
        return;
    }
    const bool onWorker = cases->rowCount() > m_threshold;
    m_newest->run(
        onWorker,
        [compiled = std::move(compiled), cases = std::move(cases), names = std::move(names)] {
            return computeFieldShares(*compiled, *cases, names);
        },
        [this](const FieldShares &shares) { emit sharesReady(shares); });
}

void FieldShareCalculator::cancel()
{
    m_newest->cancel();
}

int FieldShareCalculator::running() const
{
    return m_newest->running();
}

std::uint64_t FieldShareCalculator::generation() const
{
    return m_newest->generation();
}

} // namespace cw::ui
