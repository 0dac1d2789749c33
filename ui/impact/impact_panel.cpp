#include "impact/impact_panel.h"

#include "common/counted.h"
#include "common/newest_result.h"
#include "common/std_text.h"
#include "document/project_document.h"
#include "evaluator/outcome_diff.h"
#include "impact/outcome_diff_model.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace cw::ui {
namespace {
constexpr int kDefaultDebounceMs = 200;
} // namespace

ImpactPanel::ImpactPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("impactPanel"));
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDefaultDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ImpactPanel::refreshNow);
    m_worker = new NewestResult(this);
    connect(m_worker, &NewestResult::computing, this, [this] {
        const auto count = qsizetype(m_cases ? m_cases->rowCount() : 0);
        setState(State::Comparing,
                 plural(tr("Comparing %n sample case(s)\u2026", nullptr, int(count)), count));
    });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("impactSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new OutcomeDiffModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("impactTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Impact of the local edits per field"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(OutcomeDiffModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(OutcomeDiffModel::CasesColumn, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::clicked, this, &ImpactPanel::activate);
    connect(m_view, &QTreeView::activated, this, &ImpactPanel::activate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    setDocument(nullptr);
}

ImpactPanel::~ImpactPanel() = default;

void ImpactPanel::setDocument(ProjectDocument *document)
{
    for (const QMetaObject::Connection &connection : m_documentConnections)
        disconnect(connection);
    m_documentConnections.clear();
    m_document = document;
    m_cases.reset();
    if (document != nullptr) {
        m_documentConnections
            << connect(document, &ProjectDocument::ruleChanged, this, &ImpactPanel::scheduleRefresh)
            << connect(document, &ProjectDocument::templateChanged, this, &ImpactPanel::scheduleRefresh)
            << connect(document, &ProjectDocument::rulesReset, this, &ImpactPanel::scheduleRefresh)
            << connect(document, &ProjectDocument::sampleCaseChanged, this, &ImpactPanel::samplesChanged)
            << connect(document, &ProjectDocument::sampleRowsInserted, this, &ImpactPanel::samplesChanged)
            << connect(document, &ProjectDocument::sampleRowsRemoved, this, &ImpactPanel::samplesChanged)
            << connect(document, &ProjectDocument::sampleRowsReset, this, &ImpactPanel::samplesChanged)
            << connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    // A stale comparison must not linger: a new project (or none) is compared at once, or, while
    // the panel is hidden, when it is shown.
    m_worker->cancel();
    m_model->clear();
    if (document == nullptr || isVisible())
        refreshNow();
    else
        m_stale = true;
}

void ImpactPanel::setDebounceInterval(int milliseconds)
{
    m_debounce->setInterval(milliseconds);
}

void ImpactPanel::samplesChanged()
{
    m_cases.reset();
    scheduleRefresh();
}

void ImpactPanel::scheduleRefresh()
{
    // Hidden, the panel costs nothing: it compares when it is shown again.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_debounce->start();
}

void ImpactPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshNow();
}

void ImpactPanel::refreshNow()
{
    m_debounce->stop();
    m_stale = false;
    if (m_document == nullptr) {
        m_worker->cancel();
        m_model->clear();
        setState(State::NoProject, tr("Open a project to see how its local edits change the outcomes of its "
                                      "sample cases."));
        return;
    }
    const std::optional<DomainSnapshot> &base = m_document->project().base;
    if (!base) {
        m_worker->cancel();
        m_model->clear();
        setState(State::NoBase,
                 tr("Nothing to compare with: the project was never pulled, so it has no last "
                    "pulled rules. Pull the domain into this folder to see the impact of edits."));
        return;
    }
    if (m_document->sampleCount() == 0) {
        m_worker->cancel();
        m_model->clear();
        setState(State::NoCases, tr("The project has no sample cases: add, generate or import some in the "
                                    "preview to see the impact of edits."));
        return;
    }
    if (!m_cases) {
        std::vector<SampleCase> cases;
        cases.reserve(std::size_t(m_document->sampleCount()));
        for (int row = 0; row < m_document->sampleCount(); ++row)
            cases.push_back(m_document->sampleCase(row));
        m_cases = std::make_shared<const CaseTable>(cases);
    }
    // Copies: a worker reads them while the document goes on changing.
    m_worker->run(
        m_cases->rowCount() > m_threshold,
        [before = std::make_shared<const DomainSnapshot>(*base),
         after = std::make_shared<const DomainSnapshot>(m_document->snapshot()),
         cases = m_cases] { return diffOutcomes(*before, *after, *cases); },
        [this](const OutcomeDiff &diff) { showDiff(diff); });
}

void ImpactPanel::showDiff(const OutcomeDiff &diff)
{
    m_model->setDiff(diff);
    m_view->expandAll();
    QString text;
    State shown = State::Changes;
    if (diff.casesChanged == 0) {
        shown = State::NoChange;
        text = plural(tr("No change: the local edits change no outcome of the %n sample case(s) compared "
                         "with the last pulled rules.",
                         nullptr, int(diff.cases)),
                      qsizetype(diff.cases));
    } else {
        text = tr("%1 of %2 sample cases change compared with the last pulled rules:")
                   .arg(diff.casesChanged)
                   .arg(diff.cases);
    }
    if (diff.skipped > 0) {
        QStringList examples;
        for (const auto &[caseId, why] : diff.skippedExamples)
            examples << QStringLiteral("%1 (%2)").arg(userText(caseId), qs(why));
        if (diff.skipped > diff.skippedExamples.size())
            examples << QStringLiteral("\u2026");
        text += QLatin1Char('\n') +
                plural(tr("%n case(s) not compared: %1", nullptr, int(diff.skipped)), qsizetype(diff.skipped))
                    .arg(examples.join(QStringLiteral(", ")));
    }
    setState(shown, text);
    emit compared();
}

void ImpactPanel::setState(State newState, const QString &text)
{
    m_state = newState;
    m_summary->setText(text);
}

void ImpactPanel::activate(const QModelIndex &index)
{
    const QString caseId =
        index.siblingAtColumn(OutcomeDiffModel::TextColumn).data(OutcomeDiffModel::CaseIdRole).toString();
    if (!caseId.isEmpty())
        emit caseActivated(caseId);
}

} // namespace cw::ui
