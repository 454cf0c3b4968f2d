// Helpers shared by the benchmark programs: isolated runs, memory, machine.
#pragma once

#include <functional>
#include <string>

#include "ontology/ontology.h"

namespace geokg::bench {

// Runs `fn` in a child process so that its peak memory is its own; returns
// the child's peak resident set in MB (-1 on failure). `fn` prints its figures.
double RunIsolated(const std::function<void()>& fn);
// "2 cores, Intel(R) ... , 24 GiB".
std::string Machine();
double Seconds(const std::function<void()>& fn);

// Import options for the full Phoenix dictionaries in ../shared (PETRARCH-2
// verbs, the three actor files, agents, discards), checked against `codebook`.
ontology::ImportOptions PhoenixImport(std::shared_ptr<const ontology::Ontology> codebook);

}  // namespace geokg::bench
