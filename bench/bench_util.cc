#include "bench/bench_util.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <cstdio>
#include <fstream>
#include <thread>

namespace geokg::bench {

double RunIsolated(const std::function<void()>& fn) {
  std::fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    fn();
    std::fflush(stdout);
    _exit(0);
  }
  int status = 0;
  struct rusage usage {};
  if (wait4(pid, &status, 0, &usage) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KB -> MB
}

std::string Machine() {
  std::ifstream cpu("/proc/cpuinfo");
  std::string line, model = "unknown CPU";
  while (std::getline(cpu, line))
    if (line.rfind("model name", 0) == 0) {
      model = line.substr(line.find(':') + 2);
      break;
    }
  long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGE_SIZE);
  char buf[256];
  std::snprintf(buf, sizeof buf, "%u cores, %s, %.0f GiB", std::thread::hardware_concurrency(), model.c_str(),
                static_cast<double>(pages) * static_cast<double>(size) / (1 << 30));
  return buf;
}

double Seconds(const std::function<void()>& fn) {
  auto start = std::chrono::steady_clock::now();
  fn();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

ontology::ImportOptions PhoenixImport(std::shared_ptr<const ontology::Ontology> codebook) {
  std::filesystem::path dir = std::filesystem::path(GEOKG_SHARED_DIR) / "dictionaries" / "phoenix";
  ontology::ImportOptions o;
  o.format = ontology::DictionaryFormat::kPetrarch;
  o.verbs = {dir / "CAMEO.2.0.txt"};
  o.actors = {dir / "Phoenix.Countries.actors.txt", dir / "Phoenix.International.actors.txt",
              dir / "Phoenix.MilNonState.actors.txt"};
  o.agents = {dir / "Phoenix.agents.txt"};
  o.discards = {dir / "Phoenix.discards.txt"};
  o.codebook_from = std::move(codebook);
  return o;
}

}  // namespace geokg::bench
