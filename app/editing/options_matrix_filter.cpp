#include "editing/options_matrix_filter.h"

#include "editing/qt_text.h"

namespace cw::editing {
namespace {

// Which entries hold `text` in their name or value, ignoring case; empty when none does.
std::vector<bool> matching(const std::vector<MatrixEntry> &entries, const QString &text, bool &any)
{
    std::vector<bool> shown(entries.size(), false);
    any = false;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        shown[i] = qs(entries[i].name).contains(text, Qt::CaseInsensitive) ||
                   qs(entries[i].value).contains(text, Qt::CaseInsensitive);
        any = any || shown[i];
    }
    return shown;
}

} // namespace

MatrixFilter filterMatrix(const std::vector<MatrixEntry> &parents, const std::vector<MatrixEntry> &children,
                          const QString &text)
{
    MatrixFilter filter;
    const QString wanted = text.trimmed();
    if (wanted.isEmpty()) {
        filter.rowShown.assign(parents.size(), true);
        filter.columnShown.assign(children.size(), true);
        return filter;
    }
    bool anyRow = false;
    bool anyColumn = false;
    filter.rowShown = matching(parents, wanted, anyRow);
    filter.columnShown = matching(children, wanted, anyColumn);
    filter.matchesNothing = !anyRow && !anyColumn;
    if (!anyRow && anyColumn)
        filter.rowShown.assign(parents.size(), true);
    if (!anyColumn && anyRow)
        filter.columnShown.assign(children.size(), true);
    return filter;
}

} // namespace cw::editing
