// The options editor's CSV import and export (the admin website's format, project/options_csv.h),
// and the notice that reports what they did.

#include "common/counted.h"
#include "common/std_text.h"
#include "common/tone_colors.h"
#include "document/project_document.h"
#include "options/field_options_editor.h"
#include "project/options_csv.h"
#include "project/project_io.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>

namespace cw::ui {
void FieldOptionsEditor::showNotice(const QString &text, bool isError)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(isError ? toneStyleSheet(Tone::Error) : QString());
    m_notice->setVisible(!text.isEmpty());
}

Status FieldOptionsEditor::importCsv(const QString &path)
{
    const project::RuleFile *file = m_document ? m_document->rule(m_slug) : nullptr;
    if (!file || file->rule.rule.kind != RuleDetails::Kind::FieldOptions)
        return makeError("csv.no-rule", "No field options rule is shown to import into.");
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        showNotice(tr("Nothing was imported: %1 cannot be read (%2).").arg(path, input.errorString()), true);
        return makeError("csv.read", input.errorString().toStdString());
    }
    const QByteArray bytes = input.readAll();
    const QString fileName = QFileInfo(path).fileName();
    const FieldOptionsRule &current = file->rule.rule.options;
    auto imported = project::readOptionsCsv(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                            m_document->snapshot(), current.parentFieldId,
                                            current.childFieldId, fileName.toStdString());
    if (!imported) {
        const Error &error = imported.error();
        showNotice(error.where.line > 0 ? tr("Nothing was imported. %1, line %2: %3")
                                              .arg(fileName)
                                              .arg(error.where.line)
                                              .arg(qs(error.message))
                                        : tr("Nothing was imported. %1: %2").arg(fileName, qs(error.message)),
                   true);
        return error;
    }
    if (imported->mappings.empty()) {
        showNotice(
            tr("Nothing was imported: every row of %1 was skipped, and a rule needs at least one mapping.")
                .arg(fileName),
            true);
        return makeError("csv.nothing", "Every row was skipped.");
    }
    CaseRule rule = file->rule;
    rule.rule.options.parentFieldId = imported->parentFieldId;
    rule.rule.options.childFieldId = imported->childFieldId;
    rule.rule.options.mappings = imported->mappings;
    QStringList notice;
    const auto mappings = qsizetype(imported->mappings.size());
    notice << plural(tr("Imported %n mapping(s) from %1.", nullptr, int(mappings)), mappings).arg(fileName) +
                  QLatin1Char(' ') + tr("Rows read: %1.").arg(imported->rowCount);
    if (!imported->skipped.empty()) {
        const auto skippedRows = qsizetype(imported->skipped.size());
        notice << plural(tr("Skipped %n row(s) whose child value is no option:", nullptr, int(skippedRows)),
                         skippedRows);
        for (const project::SkippedCsvRow &row : imported->skipped)
            notice << tr("  Line %1: %2").arg(row.line).arg(qs(row.reason));
    }
    m_document->editRule(m_slug, rule, tr("Import options from %1").arg(fileName));
    showNotice(notice.join(QLatin1Char('\n')), false);
    return Ok{};
}

Status FieldOptionsEditor::exportCsv(const QString &path)
{
    const project::RuleFile *file = m_document ? m_document->rule(m_slug) : nullptr;
    if (!file || file->rule.rule.kind != RuleDetails::Kind::FieldOptions)
        return makeError("csv.no-rule", "No field options rule is shown to export.");
    auto text = project::writeOptionsCsv(file->rule.rule.options, m_document->snapshot());
    Status written = text ? project::writeFileAtomically(path.toStdString(), *text) : Status(text.error());
    if (!written) {
        showNotice(tr("Nothing was exported: %1").arg(qs(written.error().message)), true);
        return written;
    }
    // Values, not display names: they keep their meaning when an option is renamed.
    showNotice(tr("Exported the mappings to %1 as option values (not display names); import reads either.")
                   .arg(QDir::toNativeSeparators(path)),
               false);
    return Ok{};
}

void FieldOptionsEditor::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Options from CSV"), m_document->directory(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        (void)importCsv(path); // the notice shows what happened
}

void FieldOptionsEditor::chooseExportFile()
{
    const QString suggested = QDir(m_document->directory()).filePath(m_slug + QStringLiteral(".csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Options to CSV"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        (void)exportCsv(path);
}

} // namespace cw::ui
