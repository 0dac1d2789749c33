#pragma once
// Turns the options into the domains the emulator serves:
// - no --state: the sample (with --seed-sample) or one empty domain, in memory;
// - each --state FILE: loaded when it exists, else created there -- from the sample (with
//   --seed-sample, once) or empty -- and saved after every change;
// - each --state FOLDER (an existing folder, or a path ending in '/'): every *.json in it; an
//   empty folder receives the sample (with --seed-sample) as <domainId>.snapshot.json;
// - with --seed-sample, the sample is served (in memory) even when every state file existed.

#include "domain_store.h"
#include "emulator_options.h"

namespace cw::emu {

StoreIdentity identityFor(const EmulatorOptions &options);
cw::Status loadDomains(DomainStore &store, const EmulatorOptions &options);

} // namespace cw::emu
