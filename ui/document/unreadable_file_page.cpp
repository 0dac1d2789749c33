#include "document/unreadable_file_page.h"

#include "common/editor_page.h"
#include "common/std_text.h"
#include "common/tone_colors.h"
#include "document/project_document.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace cw::ui {
namespace {
// A hand-edited file may be huge: the start is enough to see what is wrong near the top.
constexpr qint64 kShownBytes = 512 * 1024;

// The line a JSON pointer ("/rule/required/conditions") most likely points at in `text`: each
// member name is looked for as a key after the previous one. An approximation (array indexes are
// not counted), used only when the error has no line of its own -- a member of the wrong type is
// found by the wire reader, after parsing, with a pointer but no line.
int lineOfPointer(const QString &text, const std::string &pointer)
{
    qsizetype at = 0;
    bool found = false;
    for (const QString &token : QString::fromStdString(pointer).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        bool number = false;
        (void)token.toLongLong(&number);
        if (number)
            continue;
        QString name = token;
        name.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
        const qsizetype next = text.indexOf(QLatin1Char('"') + name + QLatin1Char('"'), at);
        if (next < 0)
            break;
        at = next;
        found = true;
    }
    return found ? int(text.left(at).count(QLatin1Char('\n'))) + 1 : 0;
}
} // namespace

UnreadableFilePage::UnreadableFilePage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_title = makeTitleLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_error);
    m_hint =
        new QLabel(tr("This file cannot be read, so what it holds is left out of the preview and publishing "
                      "is off. Casewright never overwrites it: fix it in a text editor, and it is read "
                      "again as soon as it is saved."),
                   this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("The file's text (read-only)"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_text->setFont(mono);
    layout->addWidget(m_text, 1);
}

void UnreadableFilePage::setEditorDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_file.clear();
    if (m_document)
        connect(m_document, &ProjectDocument::reloaded, this, &UnreadableFilePage::refresh);
    refresh();
}

void UnreadableFilePage::showItem(const QString &key)
{
    m_file = key;
    refresh();
}

void UnreadableFilePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (isPaletteChange(event))
        refresh(); // the error's tone and the marked line follow the palette
}

void UnreadableFilePage::refresh()
{
    const project::UnreadableFile *found = nullptr;
    if (m_document)
        for (const project::UnreadableFile &file : m_document->project().unreadable)
            if (qs(file.relative) == m_file)
                found = &file;
    m_title->setText(userText(m_file));
    m_markedLine = 0;
    m_text->setExtraSelections({});
    if (!found) {
        m_error->setStyleSheet(QString());
        m_error->setText(
            m_file.isEmpty() ? QString() : tr("The file reads again: what it holds is back in the project."));
        m_hint->hide();
        m_text->clear();
        return;
    }
    m_hint->show();
    m_error->setStyleSheet(toneStyleSheet(Tone::Error, palette()));
    m_error->setText(qs(elideUserText(found->error.toString(), 2000)));
    QFile file(QDir(m_document->directory()).filePath(m_file));
    const QFileInfo info(file);
    // Only a plain file is opened (a FIFO would block): the load already said what the rest are.
    if (!info.isFile() || info.isSymLink() || !file.open(QIODevice::ReadOnly)) {
        m_text->setPlainText(tr("(the entry is not a plain file: there is no text to show)"));
        return;
    }
    QString text = QString::fromUtf8(file.read(kShownBytes));
    if (!file.atEnd())
        text += QLatin1Char('\n') + tr("(only the first %1 KiB are shown)").arg(kShownBytes / 1024);
    m_text->setPlainText(text);
    const Location &where = found->error.where;
    if (where.line > 0)
        markLine(where.line, where.column);
    else if (!where.pointer.empty())
        markLine(lineOfPointer(text, where.pointer), 0);
}

void UnreadableFilePage::markLine(int line, int column)
{
    const QTextBlock block = m_text->document()->findBlockByNumber(line - 1);
    if (line <= 0 || !block.isValid())
        return;
    m_markedLine = line;
    QTextEdit::ExtraSelection mark;
    QColor background = toneColor(Tone::Error, palette());
    background.setAlpha(60);
    mark.format.setBackground(background);
    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    mark.cursor = QTextCursor(block);
    m_text->setExtraSelections({mark});
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

} // namespace cw::ui
