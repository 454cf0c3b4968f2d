// Ontology load time and memory: the built-in ontology, and the full Phoenix
// dictionaries imported to YAML and loaded back (the way users load them).
#include <cstdio>
#include <filesystem>
#include <unistd.h>

#include "bench/bench_util.h"
#include "extract/extract.h"
#include "ontology/ontology.h"

namespace fs = std::filesystem;
using namespace geokg;

namespace {

void LoadAndCompile(const fs::path& dir) {
  std::shared_ptr<const ontology::Ontology> onto;
  double load = bench::Seconds([&] {
    auto o = ontology::Ontology::Load(dir);
    if (o.ok()) onto = o.value();
    else std::printf("  load failed: %s\n", o.status().ToString().c_str());
  });
  if (!onto) return;
  std::unique_ptr<extract::Coder> coder;
  double compile = bench::Seconds([&] {
    auto c = extract::Coder::Create(onto);
    if (c.ok()) coder = std::move(c).value();
  });
  size_t patterns = 0;
  for (const auto& v : onto->verbs()) patterns += v.patterns.size();
  std::printf("  %zu actors, %zu people, %zu agents, %zu verbs, %zu patterns\n", onto->actors().size(),
              onto->people().size(), onto->agents().size(), onto->verbs().size(), patterns);
  std::printf("  load %.3f s, compile into the coder %.3f s, total %.3f s\n", load, compile, load + compile);
}

}  // namespace

int main() {
  std::printf("ontology_bench\nmachine: %s\n", bench::Machine().c_str());
  fs::path builtin = fs::path(GEOKG_SOURCE_DIR) / "ontology" / "data";
  std::printf("built-in ontology (%s):\n", builtin.c_str());
  double mb = bench::RunIsolated([&] { LoadAndCompile(builtin); });
  std::printf("  peak memory %.0f MB\n", mb);

  fs::path phoenix = fs::path(GEOKG_SHARED_DIR) / "dictionaries" / "phoenix";
  if (!fs::exists(phoenix)) {
    std::printf("Phoenix: skipped: %s not found (../shared is needed)\n", phoenix.c_str());
    return 0;
  }
  fs::path out = fs::temp_directory_path() / ("geokg_phoenix_" + std::to_string(::getpid()));
  auto base = ontology::Ontology::Load(builtin);
  if (!base.ok()) return 1;
  ontology::ImportOptions o = bench::PhoenixImport(base.value());
  ontology::ImportReport report;
  double import_secs = 0;
  Status written;
  import_secs = bench::Seconds([&] {
    auto parts = ontology::ImportDictionaries(o, &report);
    if (!parts.ok()) {
      written = parts.status();
      return;
    }
    auto onto = ontology::Ontology::FromParts(std::move(parts).value());
    written = onto.ok() ? onto.value()->WriteYaml(out) : onto.status();
  });
  if (!written.ok()) {
    std::printf("Phoenix import failed: %s\n", written.ToString().c_str());
    return 1;
  }
  std::printf("Phoenix dictionaries imported to YAML in %.2f s (%zu entries skipped); loading the YAML:\n",
              import_secs, report.skipped.size());
  mb = bench::RunIsolated([&] { LoadAndCompile(out); });
  std::printf("  peak memory %.0f MB\n", mb);
  fs::remove_all(out);
  return 0;
}
