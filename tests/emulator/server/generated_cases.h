#pragma once
// --generate-cases N: fills a domain with N cases that look like a support centre's -- one of the
// active templates each, the fields that template shows (required ones always set, others now and
// then left empty), options drawn with the skew real data has (the first options most often),
// created over the 90 days before the current day. The same seed gives the same cases, ids
// included; only the dates move with the day the emulator starts.

#include "domain_store.h"

#include <cstddef>
#include <cstdint>

namespace cw::emu {

// Adds `count` cases to `domain`, in the order they were created (oldest first). A domain without
// an active template gets none; the error says so.
cw::Status generateCases(DomainState &domain, const DomainStore &store, std::size_t count,
                         std::uint64_t seed);

} // namespace cw::emu
