#pragma once
// `casewright --measure-startup --measure-filter`: after the first paint, types queries into the
// explorer's filter one character at a time, as a person would, and times each keystroke until
// the explorer has been repainted with the new result. Prints "filter-keystrokes N",
// "filter-ms-median X" and "filter-ms-max X". Read by the benchmark (scripts/bench.sh); never a
// test's pass/fail criterion.

namespace cw::ui {

class MainWindow;

void measureFilterLatency(MainWindow &window);

} // namespace cw::ui
