#pragma once
// One sample case with the samples/ file it is saved in: what the sample-case undo commands carry
// so that undoing a removal puts each case back into its own file.

#include "model/sample_case.h"

#include <string>

namespace cw::ui {

struct SampleRow {
    std::string file; // the samples/ file the case is saved in, e.g. "support-centre.json"
    SampleCase sampleCase;
};

} // namespace cw::ui
