// The case form simulator inside the preview pane, on the sample project: it follows edits of the
// sample (in the table or in the form itself), rule changes in the document, offers the options a
// fieldOptions rule allows, greys or removes hidden fields, and says why.

#include "preview/case_form_simulator.h"
#include "preview/field_share_chart.h"
#include "preview/preview_pane.h"
#include "preview/sample_cases_model.h"
#include "preview_test_support.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;

class TestCaseFormSimulator : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_test = 0;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<PreviewPane> m_pane;

    CaseFormSimulator *form() const { return m_pane->simulator(); }
    int row(const std::string &caseId) const { return m_pane->model()->rowOfCase(caseId); }

private slots:
    void init()
    {
        m_document = openSampleCopy(m_dir.filePath(QString::number(++m_test)));
        m_pane = std::make_unique<PreviewPane>();
        m_pane->setDocument(m_document.get());
        QVERIFY(m_pane->showTemplate(kCustomerSupport));
        m_pane->selectCase(row(kOpenLoginCase));
        QCOMPARE(m_pane->selectedCase(), row(kOpenLoginCase));
    }

    void cleanup()
    {
        m_pane.reset();
        m_document.reset();
    }

    void requiredMarkerFollowsTheSample()
    {
        QVERIFY(form()->labelFor(kResolutionNotes));
        QVERIFY(!form()->isMarkedRequired(kResolutionNotes));
        QVERIFY(!form()->labelFor(kResolutionNotes)->text().contains(QLatin1Char('*')));
        // The template requires Title outright, and says so.
        QVERIFY(form()->isMarkedRequired(kTitle));
        QVERIFY(form()->whyFor(kTitle)->text().contains(QStringLiteral("template")));

        // Status becomes closed in the table: "Resolution notes required when closed" applies.
        m_pane->model()->setValue(row(kOpenLoginCase), kStatus, Value::string("closed"));
        QVERIFY(form()->isMarkedRequired(kResolutionNotes));
        QVERIFY(form()->labelFor(kResolutionNotes)->text().contains(QLatin1Char('*')));
        const QString why = form()->whyFor(kResolutionNotes)->text();
        QVERIFY2(why.contains(QStringLiteral("Resolution notes required when closed")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("required")), qPrintable(why));
        QVERIFY(form()->labelFor(kResolutionNotes)->toolTip().contains(QStringLiteral("when closed")));

        m_document->undoStack()->undo();
        QVERIFY(!form()->isMarkedRequired(kResolutionNotes));
    }

    void editingInTheFormEditsTheSample()
    {
        auto *status = qobject_cast<QComboBox *>(form()->editorFor(kStatus));
        QVERIFY(status);
        QCOMPARE(status->currentData().toString(), QStringLiteral("open"));
        chooseData(status, QStringLiteral("closed"));
        QCOMPARE(m_pane->model()->sampleCase(row(kOpenLoginCase)).find(kStatus)->text, std::string("closed"));
        QVERIFY(form()->isMarkedRequired(kResolutionNotes));
        const QModelIndex cell =
            m_pane->model()->index(row(kOpenLoginCase), m_pane->model()->columnOf(kStatus));
        QCOMPARE(cell.data().toString(), QStringLiteral("Closed"));

        // Typing is one undo step, and the form keeps what is typed.
        auto *notes = qobject_cast<QLineEdit *>(form()->editorFor(kResolutionNotes));
        QVERIFY(notes);
        const int steps = m_document->undoStack()->count();
        QTest::keyClicks(notes, QStringLiteral("Reset"));
        QCOMPARE(m_pane->model()->sampleCase(row(kOpenLoginCase)).find(kResolutionNotes)->text,
                 std::string("Reset"));
        QCOMPARE(notes->text(), QStringLiteral("Reset"));
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        // Choosing "(empty)" leaves the field out.
        chooseItem(status, 0);
        QVERIFY(m_pane->model()->sampleCase(row(kOpenLoginCase)).find(kStatus) == nullptr);
        QVERIFY(!form()->isMarkedRequired(kResolutionNotes));
    }

    void aRuleChangeInTheDocumentUpdatesThePreview()
    {
        QVERIFY(!form()->isMarkedRequired(kResolutionNotes));
        const auto notesRequired = [this] {
            const FieldShares &shares = m_pane->chart()->shares();
            for (const FieldShare &share : shares.fields)
                if (share.fieldId == kResolutionNotes)
                    return share.required;
            return std::size_t(99);
        };
        QCOMPARE(notesRequired(), std::size_t(2)); // the two closed cases
        CaseRule rule = m_document->rule(kClosedNotesRule)->rule;
        rule.rule.boolean.conditions[0].operand = Value::string("open"); // required when open instead
        m_document->editRule(kClosedNotesRule, rule, QStringLiteral("Change condition value"));
        QVERIFY(form()->isMarkedRequired(kResolutionNotes));
        QVERIFY(form()->whyFor(kResolutionNotes)->text().contains(QStringLiteral("\"open\"")));
        QCOMPARE(notesRequired(), std::size_t(4)); // the four open ones now
        m_document->undoStack()->undo();
        QVERIFY(!form()->isMarkedRequired(kResolutionNotes));
        QCOMPARE(notesRequired(), std::size_t(2));
    }

    void optionsFollowTheCategory()
    {
        const QStringList account{QStringLiteral("login"), QStringLiteral("password")};
        QCOMPARE(form()->offeredOptions(kSubcategory), account);
        m_pane->model()->setValue(row(kOpenLoginCase), kCategory, Value::string("billing"));
        // Alphabetical by option name: Invoice, Overcharge, Refund.
        QCOMPARE(
            form()->offeredOptions(kSubcategory),
            (QStringList{QStringLiteral("invoice"), QStringLiteral("overcharge"), QStringLiteral("refund")}));
        // The case's subcategory (password) is no longer offered: shown, marked, not among the offers.
        auto *subcategory = qobject_cast<QComboBox *>(form()->editorFor(kSubcategory));
        QVERIFY(subcategory->currentText().contains(QStringLiteral("not offered")));
        QVERIFY(form()->whyFor(kSubcategory)->text().contains(QStringLiteral("billing")));
        // No category: every active option (Gift voucher is inactive).
        m_pane->model()->setValue(row(kOpenLoginCase), kCategory, std::nullopt);
        const QStringList all = form()->offeredOptions(kSubcategory);
        QCOMPARE(all.size(), 10);
        QVERIFY(!all.contains(QStringLiteral("gift_voucher")));
        QCOMPARE(all.front(), QStringLiteral("bug"));
        // Fields no fieldOptions rule governs offer every active option (Fax is inactive).
        QCOMPARE(form()->offeredOptions("9182b519-ac14-54ee-bf28-288ccb6488cb"),
                 (QStringList{QStringLiteral("chat"), QStringLiteral("email"), QStringLiteral("phone"),
                              QStringLiteral("web_form")}));
    }

    void hiddenFieldsAreGreyedOrLeftOut()
    {
        // Medium priority: "Escalation reason shown for high priority" hides the reason.
        QVERIFY(form()->isMarkedHidden(kEscalationReason));
        QVERIFY(form()->isRowShown(kEscalationReason));
        QVERIFY(!form()->labelFor(kEscalationReason)->isEnabled());
        form()->showHiddenToggle()->setChecked(false);
        QVERIFY(!form()->isRowShown(kEscalationReason));
        QVERIFY(form()->isRowShown(kStatus));
        m_pane->model()->setValue(row(kOpenLoginCase), kPriority, Value::string("urgent"));
        QVERIFY(!form()->isMarkedHidden(kEscalationReason));
        QVERIFY(form()->isRowShown(kEscalationReason));
        QVERIFY(form()->labelFor(kEscalationReason)->isEnabled());
    }

    void aCaseIsShownOnItsOwnTemplate()
    {
        m_pane->onlyTemplateCasesCheck()->setChecked(false);
        const std::string refund = "4ee87362-bc0a-56aa-9b2e-7beff2618a0e"; // Billing dispute
        m_pane->selectCase(row(refund));
        QVERIFY(form()->headingLabel()->text().contains(QStringLiteral("Billing dispute")));
        QVERIFY(form()->editorFor(kRefundAmount)); // a field of Billing dispute only
        m_pane->selectCase(-1);
        QVERIFY(!form()->isRowShown(kStatus) || !form()->editorFor(kStatus)->isVisibleTo(m_pane.get()));
    }
};

QTEST_MAIN(TestCaseFormSimulator)
#include "test_ui_case_form_simulator.moc"
