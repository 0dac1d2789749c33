#include "sync/run_progress_widgets.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::ui {

RunProgressWidgets addRunProgressWidgets(QWidget *owner, QVBoxLayout *layout, const RunProgressTexts &texts)
{
    RunProgressWidgets widgets;
    auto *progressRow = new QHBoxLayout;
    widgets.progress = new QProgressBar(owner);
    widgets.progress->setRange(0, 1);
    widgets.progress->setValue(0);
    widgets.cancel = new QPushButton(texts.cancel, owner);
    widgets.cancel->setEnabled(false);
    progressRow->addWidget(widgets.progress, 1);
    progressRow->addWidget(widgets.cancel);
    layout->addLayout(progressRow);
    widgets.progressLabel = new QLabel(owner);
    layout->addWidget(widgets.progressLabel);
    widgets.report = new QPlainTextEdit(owner);
    widgets.report->setReadOnly(true);
    widgets.report->setAccessibleName(texts.reportName);
    widgets.report->setPlaceholderText(texts.reportPlaceholder);
    layout->addWidget(widgets.report, 1);

    widgets.buttons = new QDialogButtonBox(QDialogButtonBox::Close, owner);
    widgets.start = widgets.buttons->addButton(texts.start, QDialogButtonBox::ActionRole);
    layout->addWidget(widgets.buttons);
    return widgets;
}

} // namespace cw::ui
