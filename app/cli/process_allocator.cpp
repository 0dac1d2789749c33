#include "process_allocator.h"

#ifdef CASEWRIGHT_HAS_MIMALLOC
#include <mimalloc.h>
#endif

namespace cw::cli {
namespace {
#ifdef CASEWRIGHT_HAS_MIMALLOC
// Linking libmimalloc makes it the process's malloc (it overrides the C library's). Large OS pages
// are 2 MiB transparent huge pages where the kernel allows them (madvise mode included).
// Committing a thread's first segment at once (no delay) makes it fault in 2 MiB pieces too.
void useLargePages()
{
    mi_option_set(mi_option_large_os_pages, 1);
    mi_option_set(mi_option_eager_commit_delay, 0);
}
#endif
} // namespace

#if defined(CASEWRIGHT_HAS_MIMALLOC) && defined(__linux__)
// The options must be set before the first allocation, which happens in the shared libraries'
// initialisers (Qt's, the C++ runtime's) long before main(): the main thread's first segment is
// made then, and keeps whatever the options were. An executable's .preinit_array runs before every
// library initialiser, and mi_option_set only stores a value, so it is safe to call there.
__attribute__((section(".preinit_array"), used)) void (*const kUseLargePagesEarly)() = useLargePages;

void configureProcessAllocator() {}
#else
void configureProcessAllocator()
{
#ifdef CASEWRIGHT_HAS_MIMALLOC
    useLargePages(); // later than ideal: only the segments made from now on use large pages
#endif
}
#endif

} // namespace cw::cli
