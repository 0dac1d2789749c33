#pragma once
// The designer's counted nouns are the editing layer's (editing/counted.h), so the messages it
// and the widgets make follow one rule.

#include "editing/counted.h"

namespace cw::ui {
using editing::counted;
using editing::plural;
} // namespace cw::ui
