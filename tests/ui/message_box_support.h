#pragma once
// What the designer put to the user through MessageBox in scripted mode (MessageBox::setScripted).

#include "dialogs/message_box.h"

#include <QString>

namespace cw::ui::test {

// Whether any question or notice recorded since the last clearTranscript() contains `text`.
inline bool transcriptHas(const QString &text)
{
    for (const QString &line : MessageBox::transcript())
        if (line.contains(text))
            return true;
    return false;
}

// Everything recorded since the last clearTranscript(), one line each: for failure messages.
inline QString transcriptText()
{
    return MessageBox::transcript().join(QLatin1Char('\n'));
}

} // namespace cw::ui::test
