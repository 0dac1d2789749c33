#pragma once
// How casewright-cli asks the operating system for memory. The CLI is a short process that reads a
// whole project or cases file into memory at once, so most of its heap is touched for the first
// time: on the virtual machines CI and many admins use, each 4 KiB page fault cost ~19 us, and a
// `validate` of a 1,000-field / 500-rule project took ~4,000 of them (70 of its 170 ms of CPU;
// docs/performance.md, "Fourth round"). Where the build found mimalloc (README, "Dependencies"),
// the CLI uses it with 2 MiB pages committed at once, which takes that to ~650 faults.

namespace cw::cli {

// Called first thing in main(), before the work allocates. Does nothing where the build has no
// mimalloc; the system allocator is then used as before.
void configureProcessAllocator();

} // namespace cw::cli
