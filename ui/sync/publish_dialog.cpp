#include "sync/publish_dialog.h"

#include "common/counted.h"
#include "common/std_text.h"
#include "common/tone_colors.h"
#include "project/publish_journal.h"
#include "project/publish_readiness.h"
#include "sync/plan_tree.h"
#include "sync/side_by_side_view.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace cw::ui {
using project::ConflictEntry;

namespace {
QString entityLabel(const ConflictEntry &entry)
{
    return QStringLiteral("%1 \u201c%2\u201d").arg(qs(entry.kind), userText(entry.name));
}

QString originText(const ConflictEntry &entry)
{
    if (entry.origin == ConflictEntry::Origin::Pull)
        return PublishDialog::tr("changed here and remotely (found by the last pull)");
    if (entry.theirs.is_null())
        return PublishDialog::tr("deleted remotely since the last pull");
    if (entry.mine.is_null())
        return PublishDialog::tr("changed remotely; deleted here");
    return PublishDialog::tr("changed remotely since the last pull");
}

enum ConflictColumn { EntityColumn, OriginColumn, MineColumn, TheirsColumn };
} // namespace

PublishDialog::PublishDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Publish to Amazon Connect Cases"));
    auto *layout = new QVBoxLayout(this);
    m_projectLabel = new QLabel(this);
    m_projectLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_projectLabel->font();
    bold.setBold(true);
    m_projectLabel->setFont(bold);
    layout->addWidget(m_projectLabel);

    auto *connectionBox = new QGroupBox(tr("Connection"), this);
    auto *connectionLayout = new QVBoxLayout(connectionBox);
    m_connection = new ConnectionForm(connectionBox);
    m_connection->setDomainFixed(true);
    connectionLayout->addWidget(m_connection);
    m_identity = new QLabel(connectionBox);
    m_identity->setWordWrap(true);
    m_identity->setTextFormat(Qt::PlainText);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setAccessibleName(tr("Publishing identity"));
    m_identity->setFont(bold);
    connectionLayout->addWidget(m_identity);
    layout->addWidget(connectionBox);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *planBox = new QGroupBox(tr("Plan"), split);
    auto *planLayout = new QVBoxLayout(planBox);
    m_planMessage = new QLabel(planBox);
    m_planMessage->setWordWrap(true);
    m_planMessage->setTextFormat(Qt::PlainText);
    m_planMessage->hide();
    m_planTree = new QTreeWidget(planBox);
    m_planTree->setAccessibleName(tr("What publish will do"));
    m_planTree->setRootIsDecorated(true);
    planLayout->addWidget(m_planMessage);
    planLayout->addWidget(m_planTree);
    m_testsLabel = new QLabel(planBox);
    m_testsLabel->setWordWrap(true);
    m_testsLabel->setTextFormat(Qt::PlainText);
    m_testsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testsLabel->setAccessibleName(tr("Tests of the rules"));
    planLayout->addWidget(m_testsLabel);

    m_conflictsBox = new QGroupBox(tr("Conflicts"), split);
    auto *conflictsLayout = new QVBoxLayout(m_conflictsBox);
    auto *conflictsNote =
        new QLabel(tr("Someone changed these since the last pull. For each, keep mine (publish "
                      "overwrites theirs) or take theirs (my file becomes theirs)."),
                   m_conflictsBox);
    conflictsNote->setWordWrap(true);
    conflictsLayout->addWidget(conflictsNote);
    m_conflictTable = new QTableWidget(0, 4, m_conflictsBox);
    m_conflictTable->setHorizontalHeaderLabels(
        {tr("Rule or template"), tr("What happened"), tr("Keep"), tr("Take")});
    m_conflictTable->horizontalHeader()->setSectionResizeMode(EntityColumn, QHeaderView::ResizeToContents);
    m_conflictTable->horizontalHeader()->setSectionResizeMode(OriginColumn, QHeaderView::Stretch);
    m_conflictTable->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::ResizeToContents);
    m_conflictTable->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::ResizeToContents);
    m_conflictTable->verticalHeader()->hide();
    m_conflictTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflictTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conflictTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflictTable->setMaximumHeight(m_conflictTable->fontMetrics().height() * 8);
    conflictsLayout->addWidget(m_conflictTable);
    m_sideBySide = new SideBySideView(m_conflictsBox);
    conflictsLayout->addWidget(m_sideBySide, 1);
    m_conflictsBox->hide();
    split->addWidget(planBox);
    split->addWidget(m_conflictsBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_result = new QPlainTextEdit(this);
    m_result->setReadOnly(true);
    m_result->setAccessibleName(tr("Publish result"));
    m_result->setMaximumHeight(m_result->fontMetrics().lineSpacing() * 6);
    m_result->hide();
    layout->addWidget(m_result);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_check = m_buttons->addButton(tr("&Check for conflicts"), QDialogButtonBox::ActionRole);
    m_rehearse = m_buttons->addButton(tr("&Rehearse"), QDialogButtonBox::ActionRole);
    m_rehearse->setToolTip(tr("Publish to a local practice copy of the last pulled state first: the same "
                              "steps and checks, nothing sent to the service, the project unchanged"));
    m_publish = m_buttons->addButton(tr("&Publish"), QDialogButtonBox::ActionRole);
    layout->addWidget(m_buttons);

    connect(m_check, &QPushButton::clicked, this, &PublishDialog::checkConflicts);
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_rehearse, &QPushButton::clicked, this, &PublishDialog::rehearse);
    connect(m_cancel, &QPushButton::clicked, this, &PublishDialog::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        cancel();
        reject();
    });
    m_identityDelay.setSingleShot(true);
    m_identityDelay.setInterval(0);
    connect(&m_identityDelay, &QTimer::timeout, this, &PublishDialog::checkIdentity);
    connect(m_connection, &ConnectionForm::connectionChanged, this, &PublishDialog::connectionChanged);
    // Test connection signs with the credentials the identity check fetched: one MFA code for both.
    m_connection->setConnectionSource([this]() -> Result<net::ResolvedConnection> {
        if (m_resolved)
            return *m_resolved;
        return m_connection->resolve();
    });
    connect(m_conflictTable, &QTableWidget::currentCellChanged, this, [this](int row) { showConflict(row); });
    resize(920, 760);
    updateButtons();
}

PublishDialog::~PublishDialog() = default;

QString PublishDialog::directory() const
{
    return m_directory;
}

const project::LoadedProject *PublishDialog::project() const
{
    return m_session ? &m_session->project() : nullptr;
}

const std::vector<ConflictEntry> &PublishDialog::conflicts() const
{
    static const std::vector<ConflictEntry> none;
    return m_session ? m_session->conflicts() : none;
}

Status PublishDialog::openProject(const QString &directory)
{
    auto loaded = project::loadProject(directory.toStdString());
    if (!loaded) {
        showStatus(tr("The project cannot be read: %1").arg(qs(loaded.error().toString())), true);
        updateButtons();
        return loaded.error();
    }
    openProject(std::move(loaded).value());
    return Ok{};
}

void PublishDialog::openProject(project::LoadedProject project)
{
    m_directory = qs(project.project.directory);
    m_session = std::make_unique<project::PublishSession>(std::move(project));
    const project::ProjectConfig &config = m_session->project().project.config;
    m_projectLabel->setText(
        tr("%1 \u2014 %2")
            .arg(userText(config.domainName.empty() ? config.domainId : config.domainName), m_directory));
    m_connection->setChoice({qs(config.profile), qs(config.region), qs(config.endpoint), qs(config.domainId),
                             qs(config.domainName)});
    fillConflicts();
    refreshPlan();
}

void PublishDialog::refreshPlan()
{
    m_hasJournal = m_session->interrupted();
    // Publish would refuse a validation error: it is not offered.
    const auto blocker = project::publishBlocker(m_session->project().project);
    m_blocker = blocker ? qs(blocker->message) : QString();
    if (blocker)
        showStatus(tr("Publish is off until these are fixed: %1").arg(m_blocker), true);
    auto plan = m_session->plan();
    m_planMessage->setVisible(!plan || m_hasJournal);
    if (!plan) {
        m_plan.reset();
        m_planTree->clear();
        m_planMessage->setText(tr("No plan: %1").arg(qs(plan.error().toString())));
    } else {
        m_plan = std::move(plan).value();
        fillPlanTree(m_planTree, *m_plan, &m_session->project().project);
        if (m_hasJournal)
            m_planMessage->setText(
                tr("An earlier publish was interrupted. Publish finishes it first (nothing is "
                   "sent twice), then carries out this plan."));
    }
    refreshTests();
    updateButtons();
}

// The samples' expectations, as publish will check them before sending anything.
void PublishDialog::refreshTests()
{
    const auto tests = m_session->tests();
    m_testsPass = tests && tests->passed();
    QString text;
    if (!tests) {
        text = tr("Tests cannot run: %1").arg(qs(tests.error().toString()));
    } else if (tests->passed()) {
        text = tr("Tests: %1").arg(qs(tests->summary()));
    } else {
        QStringList lines{tr("Tests fail: %1. Publish is blocked until the rules meet the samples' "
                             "expectations.")
                              .arg(qs(tests->summary()))};
        constexpr std::size_t kShown = 5;
        for (std::size_t i = 0; i < std::min(kShown, tests->failures.size()); ++i) {
            const ExpectationFailure &failure = tests->failures[i];
            lines << tr("case %1, %2: %3 expected %4, the rules give %5")
                         .arg(qs(failure.caseId), qs(failure.fieldName), qs(expectAspectName(failure.aspect)),
                              qs(expectedText(failure)), qs(actualText(failure)));
        }
        if (tests->failures.size() > kShown)
            lines << tr("and %1 more").arg(tests->failures.size() - kShown);
        text = lines.join(QLatin1Char('\n'));
    }
    m_testsLabel->setText(text);
    m_testsLabel->setStyleSheet(toneStyleSheet(m_testsPass ? Tone::Success : Tone::Error));
}

void PublishDialog::fillConflicts()
{
    qDeleteAll(m_choiceGroups);
    m_choiceGroups.clear();
    m_conflictTable->clearContents();
    const std::vector<ConflictEntry> &entries = conflicts();
    m_conflictTable->setRowCount(int(entries.size()));
    for (int row = 0; row < int(entries.size()); ++row) {
        const ConflictEntry &entry = entries[std::size_t(row)];
        m_conflictTable->setItem(row, EntityColumn, new QTableWidgetItem(entityLabel(entry)));
        m_conflictTable->setItem(row, OriginColumn, new QTableWidgetItem(originText(entry)));
        auto *mine = new QRadioButton(tr("mine"), m_conflictTable);
        auto *theirs = new QRadioButton(tr("theirs"), m_conflictTable);
        mine->setAccessibleName(tr("Keep mine: %1").arg(entityLabel(entry)));
        theirs->setAccessibleName(tr("Take theirs: %1").arg(entityLabel(entry)));
        auto *group = new QButtonGroup(this);
        group->addButton(mine, int(project::Resolution::TakeMine));
        group->addButton(theirs, int(project::Resolution::TakeTheirs));
        if (entry.choice)
            (*entry.choice == project::Resolution::TakeMine ? mine : theirs)->setChecked(true);
        connect(group, &QButtonGroup::idClicked, this,
                [this, row](int id) { chooseResolution(row, project::Resolution(id)); });
        m_choiceGroups << group;
        m_conflictTable->setCellWidget(row, MineColumn, mine);
        m_conflictTable->setCellWidget(row, TheirsColumn, theirs);
    }
    m_conflictsBox->setVisible(!entries.empty());
    m_conflictsBox->setTitle(
        plural(tr("%n conflict(s)", nullptr, int(entries.size())), qsizetype(entries.size())));
    if (!entries.empty()) {
        m_conflictTable->setCurrentCell(0, EntityColumn);
        showConflict(0);
    } else {
        m_sideBySide->clear();
    }
    updateButtons();
}

void PublishDialog::showConflict(int conflict)
{
    if (conflict < 0 || conflict >= int(conflicts().size()))
        return;
    const ConflictEntry &entry = conflicts()[std::size_t(conflict)];
    m_sideBySide->showConflict(entry.mine, entry.theirs, entry.base, entry.hasBase);
    if (m_conflictTable->currentRow() != conflict)
        m_conflictTable->setCurrentCell(conflict, EntityColumn);
}

void PublishDialog::chooseResolution(int conflict, project::Resolution resolution)
{
    if (conflict < 0 || conflict >= int(conflicts().size()) || isRunning())
        return;
    m_session->choose(std::size_t(conflict), resolution);
    const ConflictEntry &entry = conflicts()[std::size_t(conflict)];
    if (QAbstractButton *button = m_choiceGroups[conflict]->button(int(resolution)); !button->isChecked())
        button->setChecked(true);
    // A pull conflict's choice changes the files publish compares: plan again.
    if (entry.origin == ConflictEntry::Origin::Pull)
        refreshPlan();
    updateButtons();
}

bool PublishDialog::allConflictsChosen() const
{
    return !m_session || m_session->allChosen();
}

void PublishDialog::updateButtons()
{
    const bool loaded = !m_directory.isEmpty();
    const bool idle = !isRunning();
    m_check->setEnabled(loaded && idle && !m_hasJournal);
    m_publish->setEnabled(loaded && idle && !m_identityPending && allConflictsChosen() &&
                          (m_plan || m_hasJournal) && m_testsPass &&
                          (m_blocker.isEmpty() || m_hasJournal)); // an interrupted publish may finish
    m_rehearse->setEnabled(loaded && idle && m_plan.has_value() && !m_hasJournal);
    m_publish->setToolTip(!m_blocker.isEmpty()   ? tr("Fix these first: %1").arg(m_blocker)
                          : !m_testsPass         ? tr("The tests of the rules fail: see the plan")
                          : allConflictsChosen() ? QString()
                                                 : tr("Choose mine or theirs for every conflict first"));
    m_cancel->setEnabled(!idle);
    m_connection->setEnabled(idle);
    m_conflictTable->setEnabled(idle);
}

void PublishDialog::rehearse()
{
    if (!m_session || isRunning())
        return;
    m_result->hide();
    setStage(Stage::Rehearsing);
    showStatus(tr("Rehearsing on a local practice copy of the domain\u2026"));
    m_rehearsal = std::make_unique<project::PublishRehearsal>(m_session->project());
    m_rehearsal->run(
        [this](Result<project::RehearsalReport> result) {
            m_rehearsal.release()->deleteLater(); // called from its own callback
            setStage(Stage::Idle);
            bool ok = false;
            QStringList lines;
            if (!result) {
                showStatus(tr("The rehearsal could not run: %1").arg(qs(result.error().toString())), true);
            } else {
                for (const std::string &line : result->publish.completed)
                    lines << tr("done: %1").arg(qs(line));
                if (result->refusal)
                    lines << tr("refused: %1").arg(qs(result->refusal->toString()));
                if (!result->publish.conflicts.empty())
                    lines << tr("stopped at the conflicts the last pull left: choose mine or theirs first");
                lines << tr("The domain afterwards, against the last pull:");
                if (result->changes.empty())
                    lines << tr("  (no change)");
                for (const std::string &line : result->changes)
                    lines << QStringLiteral("  ") + qs(line);
                lines << tr("%1 request(s): about %2 s at %3 requests/s (an assumption: your account's quota "
                            "may differ)")
                             .arg(result->requests)
                             .arg(result->estimatedSeconds, 0, 'f', 1)
                             .arg(project::kAssumedServiceRequestsPerSecond);
                ok = result->succeeded();
                showStatus(ok ? tr("Rehearsal succeeded: publish would carry out %1 change(s).")
                                    .arg(result->publish.completed.size())
                              : tr("Rehearsal failed: publish would stop at the step shown."),
                           !ok);
            }
            m_result->setPlainText(lines.join(QLatin1Char('\n')));
            m_result->setVisible(!lines.isEmpty());
            emit rehearsalFinished(ok);
        },
        [this](int done, int total, const std::string &what) {
            showStatus(tr("Rehearsing [%1/%2] %3").arg(done + 1).arg(total).arg(qs(what)));
        });
}

void PublishDialog::setStage(Stage stage)
{
    m_stage = stage;
    if (stage == Stage::Idle) {
        // Full only after a publish that ran its steps (publishDone fills it); empty otherwise.
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
    } else if (stage != Stage::Publishing) {
        m_progress->setRange(0, 0); // busy: no step count yet
    }
    updateButtons();
}

void PublishDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? toneStyleSheet(Tone::Error) : QString());
}

bool PublishDialog::startClient()
{
    if (m_resolved) { // the connection the identity was shown for
        m_client = std::make_unique<net::CasesClient>(m_resolved->config);
        return true;
    }
    auto client = m_connection->makeClient();
    if (!client) {
        showStatus(tr("Cannot connect: %1").arg(qs(client.error().toString())), true);
        return false;
    }
    m_client = std::move(client).value();
    return true;
}

// --- whom it publishes as ----------------------------------------------------------------------

void PublishDialog::connectionChanged()
{
    // What was resolved is another connection's now; Publish waits for the new identity.
    m_identityLookup.abandon();
    m_resolved.reset();
    setIdentityPending(true);
    m_identity->setText(tr("Checking whom this connection publishes as\u2026"));
    m_identity->setStyleSheet(QString());
    updateButtons();
    m_identityDelay.start();
}

void PublishDialog::setIdentityPending(bool pending)
{
    m_identityPending = pending;
    // Test connection waits for the identity check, as Check for conflicts does (checkConflicts).
    m_connection->setHeld(pending, tr("Waiting for the identity check to finish\u2026"));
}

void PublishDialog::checkIdentity()
{
    m_identityDelay.stop();
    m_identityLookup.abandon();
    auto resolved = m_connection->resolve();
    if (!resolved) {
        m_resolved.reset();
        identityDone(resolved.error());
        return;
    }
    m_resolved = *resolved;
    setIdentityPending(true);
    m_identity->setText(tr("Checking whom this connection publishes as\u2026"));
    m_identity->setStyleSheet(QString());
    updateButtons();
    // Off the GUI thread: STS (and an assumed role's AssumeRole) may take seconds to answer.
    m_identityLookup.start(
        *resolved, m_connection->environment(),
        [this](Result<net::CallerIdentity> identity) { identityDone(std::move(identity)); });
}

void PublishDialog::identityDone(Result<net::CallerIdentity> identity)
{
    setIdentityPending(false); // a Test connection clicked meanwhile runs now
    if (identity) {
        m_identity->setText(
            tr("Publishing as %1 in account %2").arg(net::principalOf(*identity), identity->account));
        m_identity->setToolTip(identity->arn);
        m_identity->setStyleSheet(QString());
    } else {
        m_identity->setText(tr("Cannot tell whom this connection publishes as (sts:GetCallerIdentity): %1")
                                .arg(qs(identity.error().toString())));
        m_identity->setToolTip(QString());
        m_identity->setStyleSheet(toneStyleSheet(Tone::Error));
    }
    updateButtons();
    emit identityChecked(identity.ok());
    if (std::exchange(m_checkAfterIdentity, false))
        checkConflicts();
}

void PublishDialog::releaseClient()
{
    // Called from the client's callbacks: it goes once they have returned.
    if (m_client)
        m_client.release()->deleteLater();
}

// --- dry run -----------------------------------------------------------------------------------

void PublishDialog::checkConflicts()
{
    if (!m_session || isRunning() || m_hasJournal)
        return;
    if (m_identityPending) {
        m_checkAfterIdentity = true;
        showStatus(tr("Waiting for the identity check to finish\u2026"));
        return;
    }
    if (!startClient())
        return;
    m_result->hide();
    showStatus(tr("Reading the service's versions of what the plan changes\u2026"));
    setStage(Stage::Checking);
    m_session->check(*m_client, [this](Result<project::PublishReport> result) {
        releaseClient();
        setStage(Stage::Idle);
        if (!result) {
            showStatus(tr("The check failed: %1").arg(qs(result.error().toString())), true);
            emit conflictsChecked(-1);
            return;
        }
        fillConflicts();
        fillPlanTree(m_planTree, result->plan, &m_session->project().project);
        const std::vector<ConflictEntry> &entries = conflicts();
        const auto open =
            std::count_if(entries.begin(), entries.end(), [](const ConflictEntry &e) { return !e.choice; });
        showStatus(entries.empty()
                       ? tr("No conflicts: nothing changed remotely since the last pull.")
                       : plural(tr("%n conflict(s): compare the versions and choose mine or theirs.", nullptr,
                                   int(entries.size())),
                                qsizetype(entries.size())),
                   open > 0);
        emit conflictsChecked(int(entries.size()));
    });
}

// --- publish -----------------------------------------------------------------------------------

void PublishDialog::publish()
{
    if (!m_session || isRunning())
        return;
    if (!allConflictsChosen()) {
        showStatus(tr("Choose mine or theirs for every conflict first."), true);
        return;
    }
    if (!startClient())
        return;
    m_result->hide();
    // The session settles the choices -- pull conflicts locally, the conflicts with remote
    // changes against the versions shown -- and runs the plan; anything found changed remotely
    // since it was shown stops it to be looked at.
    setStage(Stage::Publishing);
    showStatus(tr("Publishing\u2026"));
    m_session->publish(
        *m_client, project::PublishOptions{},
        [this](Result<project::PublishReport> result) { publishDone(std::move(result)); },
        [this](int done, int total, const std::string &what) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
            showStatus(tr("[%1/%2] %3").arg(done + 1).arg(total).arg(qs(what)));
        });
}

void PublishDialog::publishDone(Result<project::PublishReport> result)
{
    releaseClient();
    setStage(Stage::Idle);
    QStringList lines;
    bool ok = false;
    bool changedAgain = false;
    if (!result &&
        (result.error().code == "publish.tests-failed" || result.error().code == "publish.tests-error")) {
        // The session's gate refused before the client was touched: there is nothing to finish.
        lines << tr("Publish refused: %1").arg(qs(result.error().toString()));
        lines << tr("The tests of the rules failed: nothing was sent. Make the rules meet the "
                    "samples' expectations (or change the expectations), then publish.");
        showStatus(tr("Publish refused: the tests fail, nothing was sent."), true);
    } else if (!result) {
        lines << tr("Publish stopped: %1").arg(qs(result.error().toString()));
        // Only an interrupted publish leaves a record of steps done (the journal); a refusal
        // before the first step changed nothing.
        lines << (m_session->interrupted() ? tr("What was done before is recorded; publish again to finish.")
                                           : tr("Nothing was changed in the domain."));
        showStatus(tr("Publish failed."), true);
    } else if (!result->changedAgain.empty()) {
        changedAgain = true;
        QStringList names;
        for (const std::string &name : result->changedAgain)
            names << qs(name);
        showStatus(tr("Changed remotely again since they were shown: %1. Look at them again.")
                       .arg(names.join(QStringLiteral(", "))),
                   true);
    } else if (!result->conflicts.empty()) {
        showStatus(
            tr("Publish stopped before changing anything: these changed remotely meanwhile. Choose again."),
            true);
    } else {
        ok = true;
        m_progress->setValue(m_progress->maximum());
        for (const std::string &line : result->recreated)
            lines << tr("%1 was deleted remotely; published again as a new one").arg(qs(line));
        for (const std::string &line : result->adopted)
            lines << qs(line);
        for (const std::string &line : result->completed)
            lines << tr("done: %1").arg(qs(line));
        showStatus(result->completed.empty()
                       ? tr("Nothing to publish: the domain matches the project.")
                       : plural(tr("Published %n change(s).", nullptr, int(result->completed.size())),
                                qsizetype(result->completed.size())));
    }
    fillConflicts();
    refreshPlan();
    m_result->setPlainText(lines.join(QLatin1Char('\n')));
    m_result->setVisible(!lines.isEmpty());
    if (m_session->wroteFiles())
        emit projectWritten();
    emit publishFinished(ok);
    // The publish's own check found the versions as they are now: they need choosing again.
    if (changedAgain)
        emit conflictsChecked(int(conflicts().size()));
}

void PublishDialog::cancel()
{
    if (m_session)
        m_session->cancel();
}

} // namespace cw::ui
