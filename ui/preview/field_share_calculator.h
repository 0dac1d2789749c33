#pragma once
// Runs computeFieldShares for the chart: at once for a few thousand cases (well under a
// millisecond each thousand), on a worker thread above the threshold so typing in a rule never
// waits for a big sample set. Only the newest request's result is shown (common/newest_result.h).

#include "samples/field_shares.h"

#include <QObject>
#include <memory>

namespace cw::ui {

class NewestResult;

class FieldShareCalculator : public QObject {
    Q_OBJECT
public:
    static constexpr std::size_t kDefaultThreadThreshold = 5000;

    explicit FieldShareCalculator(QObject *parent = nullptr);
    ~FieldShareCalculator() override;

    // Cases above this count are evaluated off the GUI thread.
    void setThreadThreshold(std::size_t cases) { m_threshold = cases; }
    std::size_t threadThreshold() const { return m_threshold; }

    // Small sets: sharesReady() is emitted before this returns. Big sets: later, unless another
    // request (or cancel()) came first.
    void request(std::shared_ptr<const CompiledTemplate> compiled, std::shared_ptr<const CaseTable> cases,
                 FieldNames names);
    // The same, interning `cases` first.
    void request(std::shared_ptr<const CompiledTemplate> compiled, const std::vector<SampleCase> &cases,
                 FieldNames names);
    // Drops the result of the request in progress (the template is gone, say).
    void cancel();
    // Worker threads not finished yet (superseded ones included).
    int running() const;
    std::uint64_t generation() const;

signals:
    void sharesReady(const cw::FieldShares &shares);
    // A request went to a worker thread; the chart may say it is computing.
    void computing();

private:
    std::size_t m_threshold = kDefaultThreadThreshold;
    NewestResult *m_newest = nullptr;
};

} // namespace cw::ui
