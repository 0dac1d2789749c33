#pragma once
// The matrix's filter: one text box for both axes. Parent values (rows) whose name or value holds
// the text are shown, and child values (columns) likewise; when the text names nothing on one
// axis it was meant for the other, so that axis stays whole. Text found on neither axis shows
// no row at all.

#include "edits/options_matrix_edits.h"

#include <QString>
#include <vector>

namespace cw::editing {

struct MatrixFilter {
    std::vector<bool> rowShown;    // per parent entry
    std::vector<bool> columnShown; // per child entry (the model's column - 1)
    bool matchesNothing = false;
};

MatrixFilter filterMatrix(const std::vector<MatrixEntry> &parents, const std::vector<MatrixEntry> &children,
                          const QString &text);

} // namespace cw::editing
