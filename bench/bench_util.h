// Helpers shared by the benchmark programs: isolated runs, memory, machine.
#pragma once

#include <functional>
#include <string>

namespace geokg::bench {

// Runs `fn` in a child process so that its peak memory is its own; returns
// the child's peak resident set in MB (-1 on failure). `fn` prints its figures.
double RunIsolated(const std::function<void()>& fn);
// "2 cores, Intel(R) ... , 24 GiB".
std::string Machine();
double Seconds(const std::function<void()>& fn);

}  // namespace geokg::bench
