#pragma once
// Gestures on widgets the way a user makes them: activating a combo item moves the current index
// and emits `activated`, as a click or a key press would.

#include "sample_project_support.h"

#include <QComboBox>
#include <QTest>

namespace cw::ui::test {

// Chooses the item as a user would: the combo's current index moves and `activated` is emitted.
inline void chooseItem(QComboBox *combo, int row)
{
    QVERIFY(combo);
    QVERIFY2(row >= 0 && row < combo->count(), "no such item");
    combo->setCurrentIndex(row);
    emit combo->activated(row);
}

inline void chooseData(QComboBox *combo, const QVariant &data)
{
    QVERIFY(combo);
    const int row = combo->findData(data);
    QVERIFY2(row >= 0, qPrintable(QStringLiteral("no item with data %1").arg(data.toString())));
    chooseItem(combo, row);
}

inline void chooseText(QComboBox *combo, const QString &text)
{
    QVERIFY(combo);
    const int row = combo->findText(text);
    QVERIFY2(row >= 0, qPrintable(QStringLiteral("no item \"%1\"").arg(text)));
    chooseItem(combo, row);
}

// Nested layouts each post their own LayoutRequest: let every level run before grabbing pixels.
inline void settleLayouts()
{
    for (int pass = 0; pass < 8; ++pass)
        QCoreApplication::processEvents();
}

} // namespace cw::ui::test
