#pragma once
// View › Impact of Edits: for the project's sample cases (every samples/ file, imported and pulled
// cases included), what the local edits change relative to the last pulled rules (the project's
// base) or to a domain snapshot file the admin chose ("Compare with:", e.g. production's exported
// rules) -- per field, how many cases become required / not required / hidden / shown, or lose or
// gain options, with example case ids. The comparison is the core's diffOutcomes, the same as
// `casewright-cli diff-outcomes [--against FILE]`, and the file is read as the CLI reads it
// (project::loadDomainInput). It follows the document: after each edit (debounced, so typing
// in a rule compares once) it compares again, off the GUI thread for big sample sets, and only
// while the panel is shown. A chosen file is read when it is chosen (again), not watched.

#include <QHash>
#include <QWidget>
#include <cstddef>
#include <memory>

class QComboBox;
class QLabel;
class QTimer;
class QTreeView;

namespace cw {
class CaseTable;
struct DomainSnapshot;
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

    // What the local edits are compared with.
    enum class Comparison { LastPull, SnapshotFile };
    Q_ENUM(Comparison)
    Comparison comparison() const { return m_against ? Comparison::SnapshotFile : Comparison::LastPull; }
    // The file compared with, or the one last compared with (offered again in the "Compare with:"
    // list) when the comparison went back to the last pull; empty when none was chosen.
    QString snapshotFile() const { return m_snapshotFile; }

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
    QComboBox *compareWithBox() const { return m_compareWith; }
    // Why the chosen file could not be compared with (hidden when nothing went wrong).
    QLabel *compareErrorLabel() const { return m_compareError; }

public slots:
    // Reads `path` -- a domain snapshot file, or a project folder (its working rules), what
    // `casewright-cli diff-outcomes --against` takes -- and compares the local edits with it. The
    // "Snapshot file…" dialog's choice lands here. Returns false, and shows under "Compare with:"
    // an error naming the file and where in it, when it cannot be read: the comparison before it
    // and its result stay.
    bool compareWithSnapshotFile(const QString &path);
    // Back to the project's last pulled rules (the default).
    void compareWithLastPull();
    // The file dialog behind "Snapshot file…".
    void chooseSnapshotFile();
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
    // What the summary calls the comparison: the chosen file's name, or empty for the last pull.
    QString againstName() const;
    void showDiff(const OutcomeDiff &diff, const QString &against);
    // Reads the file into m_against; on failure shows why and changes nothing else.
    bool readSnapshotFile(const QString &path);
    void showCompareError(const QString &text);
    // The "Compare with:" list as the comparison now is.
    void updateCompareBox();
    void compareWithItem(int index);
    // A new comparison: at once while shown, else when the panel is shown.
    void compareAgain();
    void setState(State newState, const QString &text);
    void activate(const QModelIndex &index);

    ProjectDocument *m_document = nullptr;
    QList<QMetaObject::Connection> m_documentConnections;
    std::shared_ptr<const CaseTable> m_cases;        // every sample case, interned until the samples change
    std::shared_ptr<const DomainSnapshot> m_against; // the chosen file's rules; null: the last pull
    QString m_snapshotFile;
    // Project folder -> the file its edits were compared with, so reopening the project in this
    // session compares with it again (read anew).
    QHash<QString, QString> m_chosenFiles;
    bool m_stale = false; // an edit came while the panel was hidden
    State m_state = State::NoProject;
    QTimer *m_debounce = nullptr;
    std::size_t m_threshold = kDefaultThreadThreshold;
    NewestResult *m_worker = nullptr;
    OutcomeDiffModel *m_model = nullptr;
    QComboBox *m_compareWith = nullptr;
    QLabel *m_compareError = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace cw::ui
