// How the designer looks beyond the default light theme, and whether it can be used without
// seeing it or without a mouse: every colour that carries meaning stays readable on a dark
// palette (contrast checked, not eyeballed); the main views render in dark mode and -- registered
// a second time with QT_SCALE_FACTOR=2 -- at twice the scale, with no label narrower than its
// text; every control a user can reach has a name a screen reader can say and is reachable with
// Tab. The PNGs land in the build folder (tests/ui/appearance-*.png).

#include "common/tone_colors.h"
#include "document/project_document.h"
#include "explorer_test_support.h"
#include "mainwindow/main_window.h"
#include "palette_test_support.h"
#include "preview/preview_pane.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTreeView>
#include <QtTest>

using namespace cw;
using namespace cw::ui;

namespace {
using test::darkPalette;
using test::lightPalette;

constexpr double kReadable = 4.5; // WCAG AA for normal text
constexpr const char *kBrokenRule = "escalation-reason-shown-for-high-priority";

// Every text colour a style sheet or a rich text's inline style gives: #rrggbb or the short #rgb.
std::vector<QColor> textColours(const QString &css)
{
    static const QRegularExpression colour(
        QStringLiteral(R"((?:^|[;{\s\x22])color:\s*(#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b))"));
    std::vector<QColor> colours;
    for (auto it = colour.globalMatch(css); it.hasNext();)
        colours.emplace_back(it.next().captured(1));
    return colours;
}

bool scaled()
{
    return qEnvironmentVariableIsSet("QT_SCALE_FACTOR");
}
} // namespace

class TestAppearance : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Every visible label the window shows with a colour of its own must be readable on `palette`,
    // and no label may be narrower than its text. Adds to `coloured` how many coloured labels it saw.
    void checkLabels(QWidget &window, const QPalette &palette, const QString &view, int &coloured)
    {
        QStringList problems;
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (!label->isVisibleTo(&window) || label->text().isEmpty())
                continue;
            std::vector<QColor> colours = textColours(label->styleSheet());
            if (label->textFormat() != Qt::PlainText)
                for (const QColor &inText : textColours(label->text()))
                    colours.push_back(inText);
            for (const QColor &colour : colours) {
                ++coloured;
                const double ratio = contrastRatio(colour, palette.color(QPalette::Window));
                if (ratio < kReadable)
                    problems << QStringLiteral("\"%1\" in %2 has contrast %3")
                                    .arg(label->text().left(60), colour.name())
                                    .arg(ratio, 0, 'f', 2);
            }
            // Nothing clipped: a label at least as wide as its text needs (word-wrapped ones wrap).
            if (!label->wordWrap() && label->textFormat() != Qt::RichText &&
                label->width() < label->minimumSizeHint().width())
                problems << QStringLiteral("\"%1\" is %2 px wide, needs %3")
                                .arg(label->text().left(60))
                                .arg(label->width())
                                .arg(label->minimumSizeHint().width());
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(view + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    }

    // Every visible, enabled control that takes keyboard focus has a name for screen readers --
    // its accessible name, its own text (buttons), or a label whose buddy it is -- and takes focus
    // by Tab, not only by click.
    void checkControlsAreNamedAndReachable(QWidget &window, const QString &view)
    {
        QSet<const QWidget *> labelled;
        for (QLabel *label : window.findChildren<QLabel *>())
            if (label->buddy())
                labelled.insert(label->buddy());
        int checked = 0;
        QStringList problems;
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(&window) || !widget->isEnabled() || widget->focusPolicy() == Qt::NoFocus)
                continue;
            // Text, not a control: a screen reader reads it; selecting it is a mouse convenience.
            if (qobject_cast<QLabel *>(widget))
                continue;
            // Parts of a composite control (a spin box's or an editable combo's line edit, a
            // view's viewport) are named through their owner.
            if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
                qobject_cast<QComboBox *>(widget->parentWidget()) ||
                qobject_cast<QAbstractItemView *>(widget->parentWidget()))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(widget);
            const bool named = !widget->accessibleName().isEmpty() || labelled.contains(widget) ||
                               (button && button->text().remove(QLatin1Char('&')).trimmed().size() > 1);
            const QString what = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
                                 widget->objectName() + QLatin1Char(' ') +
                                 QString::fromLatin1(widget->parentWidget()->metaObject()->className());
            if (!named)
                problems << QStringLiteral("no accessible name: ") + what;
            if (!(widget->focusPolicy() & Qt::TabFocus))
                problems << QStringLiteral("focus by click only: ") + what;
            ++checked;
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(view + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        QVERIFY(checked > 10);
    }

    // Shows `window` on a copy of the sample (in a folder named `folder`) with something to colour:
    // a condition on a field the domain does not have (an error shown under it, in the rule
    // editor and the template editor), and a selected sample case (the form's muted "why" lines).
    // Undo the document's last step before closing.
    bool showSampleWithSomethingToColour(MainWindow &window, const QString &folder)
    {
        const QString project = m_dir.filePath(folder);
        if (!test::copySampleProject(project))
            return false;
        window.resize(1400, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !window.openProject(project))
            return false;
        const QString broken = QString::fromLatin1(kBrokenRule);
        CaseRule rule = window.document()->rule(broken)->rule;
        rule.rule.boolean.conditions.push_back(
            Condition::equalTo("no-such-field", Value::string("x"), false));
        window.document()->editRule(broken, rule, QStringLiteral("Break the rule"));
        auto *preview = window.findChild<PreviewPane *>();
        preview->onlyTemplateCasesCheck()->setChecked(false); // every case listed: row 0 is shown
        preview->selectCase(0);
        return true;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStringLiteral("Fusion")); // the same look on every machine
    }

    void tonesAreReadableOnLightAndDarkPalettes()
    {
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            const QString mode = isDarkPalette(palette) ? QStringLiteral("dark") : QStringLiteral("light");
            for (const Tone tone : {Tone::Error, Tone::Warning, Tone::Success, Tone::Info, Tone::Muted}) {
                for (const auto role : {QPalette::Window, QPalette::Base}) {
                    const double ratio = contrastRatio(toneColor(tone, palette), palette.color(role));
                    QVERIFY2(ratio >= kReadable, qPrintable(QStringLiteral("%1 tone %2 on role %3: %4")
                                                                .arg(mode)
                                                                .arg(int(tone))
                                                                .arg(int(role))
                                                                .arg(ratio)));
                }
            }
            for (const bool selected : {false, true})
                QVERIFY(contrastRatio(chipBackground(selected, palette), palette.color(QPalette::Text)) >=
                        kReadable);
            QVERIFY(contrastRatio(markedCellBackground(palette), palette.color(QPalette::Text)) >= kReadable);
        }
        QVERIFY(isDarkPalette(darkPalette()));
        QVERIFY(!isDarkPalette(lightPalette()));
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
    }

    void theMainViewsRenderReadablyInLightAndDarkMode()
    {
        const QString suffix = scaled() ? QStringLiteral("-2x") : QString();
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            QApplication::setPalette(palette);
            const QString mode = isDarkPalette(palette) ? QStringLiteral("dark") : QStringLiteral("light");
            MainWindow window;
            QVERIFY(showSampleWithSomethingToColour(window, mode));
            int coloured = 0;
            const auto render = [&](const QString &view) {
                test::settleLayouts();
                checkLabels(window, palette, mode + QLatin1Char(' ') + view, coloured);
                checkControlsAreNamedAndReachable(window, view);
                const QImage image = window.grab().toImage();
                if (scaled())
                    QCOMPARE(image.devicePixelRatio(), qEnvironmentVariable("QT_SCALE_FACTOR").toDouble());
                QVERIFY(image.save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/tests/ui/appearance-%1-%2%3.png")
                                       .arg(mode, view, suffix)));
            };
            test::selectInExplorer(window, ExplorerModel::ItemKind::Rule, QString::fromLatin1(kBrokenRule));
            render(QStringLiteral("rule"));
            test::selectInExplorer(window, ExplorerModel::ItemKind::Template,
                                   QStringLiteral("customer-support"));
            render(QStringLiteral("template"));
            test::selectInExplorer(window, ExplorerModel::ItemKind::Rule,
                                   QStringLiteral("subcategories-by-category"));
            render(QStringLiteral("options"));
            QVERIFY2(coloured >= 3, qPrintable(QStringLiteral("only %1 coloured labels seen").arg(coloured)));
            window.document()->undoStack()->undo(); // nothing unsaved: closing asks nothing
            QVERIFY(window.closeProject());
        }
        QApplication::setPalette(lightPalette());
    }

    // The system switching between light and dark while the window is open: every view showing
    // tone colours picks them again for the new palette.
    void switchingThePaletteRestylesTheOpenViews()
    {
        QApplication::setPalette(lightPalette());
        MainWindow window;
        QVERIFY(showSampleWithSomethingToColour(window, QStringLiteral("switch")));
        const QString broken = QString::fromLatin1(kBrokenRule);
        const std::vector<std::pair<ExplorerModel::ItemKind, QString>> views = {
            {ExplorerModel::ItemKind::Rule, broken},
            {ExplorerModel::ItemKind::Template, QStringLiteral("customer-support")},
            {ExplorerModel::ItemKind::Rule, QStringLiteral("subcategories-by-category")}};
        for (const auto &[kind, key] : views) {
            QApplication::setPalette(lightPalette());
            test::selectInExplorer(window, kind, key);
            int coloured = 0;
            checkLabels(window, lightPalette(), QStringLiteral("light ") + key, coloured);
            QApplication::setPalette(darkPalette());
            test::settleLayouts();
            coloured = 0;
            checkLabels(window, darkPalette(), QStringLiteral("switched to dark ") + key, coloured);
            QVERIFY(coloured >= 1);
        }
        QApplication::setPalette(lightPalette());
        window.document()->undoStack()->undo();
        QVERIFY(window.closeProject());
    }
};

QTEST_MAIN(TestAppearance)
#include "test_ui_appearance.moc"
