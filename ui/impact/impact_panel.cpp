#include "impact/impact_panel.h"

#include "common/counted.h"
#include "common/newest_result.h"
#include "common/std_text.h"
#include "common/tone_colors.h"
#include "document/project_document.h"
#include "evaluator/outcome_diff.h"
#include "impact/outcome_diff_model.h"
#include "project/domain_input.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace cw::ui {
namespace {
constexpr int kDefaultDebounceMs = 200;

// What an entry of the "Compare with:" list does (its Qt::UserRole).
enum CompareItem { LastPullItem, FileItem, ChooseFileItem };

// A chosen file (or folder: "prod/" too) as the list and the messages name it.
QString shownName(const QString &path)
{
    return userText(QFileInfo(QDir::cleanPath(path)).fileName());
}
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

    m_compareWith = new QComboBox(this);
    m_compareWith->setObjectName(QStringLiteral("impactCompareWith"));
    // A long file name is elided rather than widening the dock; its tooltip has the whole path.
    m_compareWith->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compareWith->setMinimumContentsLength(12);
    m_compareWith->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // activated, not currentIndexChanged: picking the file again reads it again.
    connect(m_compareWith, &QComboBox::activated, this, &ImpactPanel::compareWithItem);
    auto *compareLabel = new QLabel(tr("Compare with:"), this);
    compareLabel->setBuddy(m_compareWith);
    m_compareWith->setAccessibleName(tr("Compare the local edits with"));
    m_compareError = new QLabel(this);
    m_compareError->setObjectName(QStringLiteral("impactCompareError"));
    m_compareError->setWordWrap(true);
    m_compareError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_compareError->setTextFormat(Qt::PlainText);
    m_compareError->hide();
    keepTone(m_compareError, Tone::Error);

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

    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(compareLabel);
    compareRow->addWidget(m_compareWith, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(compareRow);
    layout->addWidget(m_compareError);
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
    // A file chosen for another project does not carry over; one chosen for this project earlier in
    // the session does, read again.
    m_against.reset();
    m_snapshotFile.clear();
    m_compareError->hide();
    if (document != nullptr) {
        const QString chosen = m_chosenFiles.value(document->directory());
        if (!chosen.isEmpty() && !readSnapshotFile(chosen))
            m_chosenFiles.remove(document->directory());
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
    updateCompareBox();
    m_compareWith->setEnabled(document != nullptr);
    // A stale comparison must not linger: a new project (or none) is compared at once, or, while
    // the panel is hidden, when it is shown.
    m_worker->cancel();
    m_model->clear();
    if (document == nullptr || isVisible())
        refreshNow();
    else
        m_stale = true;
}

bool ImpactPanel::compareWithSnapshotFile(const QString &path)
{
    const bool read = readSnapshotFile(path);
    updateCompareBox();
    if (!read)
        return false;
    m_compareError->hide();
    if (m_document != nullptr)
        m_chosenFiles.insert(m_document->directory(), path);
    compareAgain();
    return true;
}

void ImpactPanel::compareWithLastPull()
{
    m_against.reset();
    m_compareError->hide();
    if (m_document != nullptr)
        m_chosenFiles.remove(m_document->directory());
    updateCompareBox();
    compareAgain();
}

void ImpactPanel::chooseSnapshotFile()
{
    updateCompareBox(); // "Snapshot file…" is an action, not a state: the list shows the comparison
    QString start = m_snapshotFile;
    if (start.isEmpty() && m_document != nullptr)
        start = m_document->directory();
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with a Domain Snapshot"), start,
                                                      tr("Domain snapshots (*.json);;All files (*)"));
    if (!path.isEmpty())
        (void)compareWithSnapshotFile(path); // a failure shows under "Compare with:"
}

bool ImpactPanel::readSnapshotFile(const QString &path)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto input = project::loadDomainInput(toStd(path));
    QGuiApplication::restoreOverrideCursor();
    if (!input) {
        showCompareError(
            tr("Cannot compare with \u201c%1\u201d: %2").arg(shownName(path), qs(input.error().toString())));
        return false;
    }
    m_against = std::make_shared<const DomainSnapshot>(std::move(input->snapshot));
    m_snapshotFile = path;
    return true;
}

void ImpactPanel::showCompareError(const QString &text)
{
    m_compareError->setText(text);
    m_compareError->show();
}

void ImpactPanel::updateCompareBox()
{
    m_compareWith->clear();
    m_compareWith->addItem(tr("Last pull"), int(LastPullItem));
    m_compareWith->setItemData(0, tr("The rules as the last pull left them (.casewright/base.json)"),
                               Qt::ToolTipRole);
    if (!m_snapshotFile.isEmpty()) {
        m_compareWith->addItem(shownName(m_snapshotFile), int(FileItem));
        m_compareWith->setItemData(1, QDir::toNativeSeparators(m_snapshotFile), Qt::ToolTipRole);
    }
    m_compareWith->addItem(tr("Snapshot file\u2026"), int(ChooseFileItem));
    m_compareWith->setItemData(m_compareWith->count() - 1,
                               tr("Compare with a domain snapshot file, e.g. another environment's "
                                  "exported rules"),
                               Qt::ToolTipRole);
    m_compareWith->setCurrentIndex(m_against ? 1 : 0);
    m_compareWith->setToolTip(m_compareWith->currentData(Qt::ToolTipRole).toString());
}

void ImpactPanel::compareWithItem(int index)
{
    switch (CompareItem(m_compareWith->itemData(index).toInt())) {
    case LastPullItem:
        compareWithLastPull();
        break;
    case FileItem:
        (void)compareWithSnapshotFile(m_snapshotFile); // read again: it may have changed since
        break;
    case ChooseFileItem:
        chooseSnapshotFile();
        break;
    }
}

void ImpactPanel::compareAgain()
{
    if (isVisible())
        refreshNow();
    else
        m_stale = true;
}

QString ImpactPanel::againstName() const
{
    return m_against ? shownName(m_snapshotFile) : QString();
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
    std::shared_ptr<const DomainSnapshot> before = m_against;
    if (!before) {
        const std::optional<DomainSnapshot> &base = m_document->project().base;
        if (!base) {
            m_worker->cancel();
            m_model->clear();
            setState(State::NoBase,
                     tr("Nothing to compare with: the project was never pulled, so it has no last pulled "
                        "rules. Pull the domain into this folder, or compare with a snapshot file, to see "
                        "the impact of edits."));
            return;
        }
        before = std::make_shared<const DomainSnapshot>(*base);
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
    // The summary names what this request compared with, whenever its result arrives.
    m_worker->run(
        m_cases->rowCount() > m_threshold,
        [before = std::move(before), after = std::make_shared<const DomainSnapshot>(m_document->snapshot()),
         cases = m_cases] { return diffOutcomes(*before, *after, *cases); },
        [this, against = againstName()](const OutcomeDiff &diff) { showDiff(diff, against); });
}

void ImpactPanel::showDiff(const OutcomeDiff &diff, const QString &against)
{
    m_model->setDiff(diff);
    m_view->expandAll();
    QString text;
    State shown = State::Changes;
    if (diff.casesChanged == 0) {
        shown = State::NoChange;
        text = against.isEmpty()
                   ? plural(tr("No change: the local edits change no outcome of the %n sample case(s) "
                               "compared with the last pulled rules.",
                               nullptr, int(diff.cases)),
                            qsizetype(diff.cases))
                   : plural(tr("No change: the local edits change no outcome of the %n sample case(s) "
                               "compared with \u201c%1\u201d.",
                               nullptr, int(diff.cases)),
                            qsizetype(diff.cases))
                         .arg(against);
    } else if (against.isEmpty()) {
        text = tr("%1 of %2 sample cases change compared with the last pulled rules:")
                   .arg(diff.casesChanged)
                   .arg(diff.cases);
    } else {
        text = tr("%1 of %2 sample cases change compared with \u201c%3\u201d:")
                   .arg(diff.casesChanged)
                   .arg(diff.cases)
                   .arg(against);
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
