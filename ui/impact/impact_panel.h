#pragma once
// View › Impact of Edits: for the project's sample cases (every samples/ file, imported and pulled
// cases included), what the local edits change relative to the last pulled rules (the project's
// base) -- per field, how many cases become required / not required / hidden / shown, or lose or
// gain options, with example case ids. The comparison is the core's diffOutcomes, the same as
// `casewright-cli diff-outcomes`. It follows the document: after each edit (debounced, so typing
// in a rule compares once) it compares again, off the GUI thread for big sample sets, and only
// while the panel is shown.

#include <QWidget>
#include <cstddef>
#include <memory>

class QLabel;
class QTimer;
class QTreeView;

namespace cw {
class CaseTable;
struct OutcomeDiff;
} // namespace cw

namespace cw::ui {

class NewestResult;
class OutcomeDiffModel;
class ProjectDocument;

class ImpactPanel : public QWidget {
    Q_OBJECT
public:
    // What the summary line says.
    enum class State { NoProject, NoBase, NoCases, Comparing, NoChange, Changes };
    Q_ENUM(State)

    explicit ImpactPanel(QWidget *parent = nullptr);
    ~ImpactPanel() override;

    void setDocument(ProjectDocument *document);

    // As many cases as the preview's chart compares at once (FieldShareCalculator): the same
    // evaluations, twice, cost about as much.
    static constexpr std::size_t kDefaultThreadThreshold = 5000;

    // How long after an edit the comparison runs (typing merges into one run).
    void setDebounceInterval(int milliseconds);
    // Sample sets above this many cases are compared on a worker thread.
    void setThreadThreshold(std::size_t cases) { m_threshold = cases; }
    // Runs a pending comparison now (shown or not).
    void refreshNow();

    State state() const { return m_state; }
    OutcomeDiffModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    // Runs the comparisons; only the newest one's result is shown.
    NewestResult *worker() const { return m_worker; }

signals:
    // A comparison's result is shown (the tree and the summary follow it).
    void compared();
    // An example case was clicked (or Enter pressed on it): show it.
    void caseActivated(const QString &caseId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void samplesChanged();
    void showDiff(const OutcomeDiff &diff);
    void setState(State newState, const QString &text);
    void activate(const QModelIndex &index);

    ProjectDocument *m_document = nullptr;
    QList<QMetaObject::Connection> m_documentConnections;
    std::shared_ptr<const CaseTable> m_cases; // every sample case, interned until the samples change
    bool m_stale = false;                     // an edit came while the panel was hidden
    State m_state = State::NoProject;
    QTimer *m_debounce = nullptr;
    std::size_t m_threshold = kDefaultThreadThreshold;
    NewestResult *m_worker = nullptr;
    OutcomeDiffModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace cw::ui
