#include "preview/field_share_calculator.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace cw::ui {

FieldShareCalculator::FieldShareCalculator(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<cw::FieldShares>();
}

FieldShareCalculator::~FieldShareCalculator()
{
    // The workers share only immutable inputs (the compiled template, the case table) and own the
    // rest, so they may finish after this object is gone; their watchers are children and go
    // with it, dropping the results.
}

void FieldShareCalculator::request(std::shared_ptr<const CompiledTemplate> compiled,
                                   const std::vector<SampleCase> &cases, FieldNames names)
{
    request(std::move(compiled), std::make_shared<const CaseTable>(cases), std::move(names));
}

void FieldShareCalculator::request(std::shared_ptr<const CompiledTemplate> compiled,
                                   std::shared_ptr<const CaseTable> cases, FieldNames names)
{
    const std::uint64_t generation = ++m_generation;
    if (!compiled || !cases)
        return;
    if (cases->rowCount() <= m_threshold) {
        emit sharesReady(computeFieldShares(*compiled, *cases, names));
        return;
    }
    emit computing();
    ++m_running;
    auto *watcher = new QFutureWatcher<FieldShares>(this);
    connect(watcher, &QFutureWatcher<FieldShares>::finished, this, [this, watcher, generation] {
        --m_running;
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer request is on its way: this result is stale
        emit sharesReady(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [compiled = std::move(compiled), cases = std::move(cases), names = std::move(names)] {
            return computeFieldShares(*compiled, *cases, names);
        }));
}

void FieldShareCalculator::cancel()
{
    ++m_generation;
}

} // namespace cw::ui
