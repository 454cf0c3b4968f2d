// Coding throughput: sentences/s, events/s and peak memory of the coder on
// the world-politics collection, on 1 and 2 threads, with the built-in
// ontology and with the full Phoenix dictionaries imported.
//
// Usage: coder_bench [INPUT.jsonl]   (default: ../shared/corpora/world-politics/world_politics.jsonl)
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <thread>

#include "bench/bench_util.h"
#include "extract/extract.h"
#include "ontology/ontology.h"

namespace fs = std::filesystem;
using namespace geokg;

namespace {

std::vector<extract::Article> ReadAll(const std::string& path) {
  std::vector<extract::Article> out;
  extract::ReadArticles({path}, [&](extract::Article&& a) { out.push_back(std::move(a)); },
                        [](const extract::InputProblem& p) { std::fprintf(stderr, "%s\n", p.ToString().c_str()); })
      .IgnoreError();
  return out;
}

// Loads the ontology, codes every article once on `jobs` threads, five times
// over, and prints the median run with the range: this machine's speed varies
// from run to run (a shared VM), so one run says little.
void Measure(const std::string& name, const std::function<std::shared_ptr<const ontology::Ontology>()>& load,
             const std::vector<extract::Article>& articles, int jobs) {
  auto onto = load();
  if (!onto) return;
  auto coder = extract::Coder::Create(onto);
  if (!coder.ok()) {
    std::printf("  %s: %s\n", name.c_str(), coder.status().ToString().c_str());
    return;
  }
  const int runs = 5;
  std::vector<double> rates, event_rates;
  std::int64_t sentences_per_run = 0, events_per_run = 0;
  for (int run = 0; run < runs; ++run) {
    std::atomic<std::int64_t> sentences{0}, events{0};
    double secs = bench::Seconds([&] {
      std::atomic<size_t> next{0};
      auto work = [&] {
        extract::CodingStats st;
        for (size_t i = next++; i < articles.size(); i = next++) coder.value()->CodeArticle(articles[i], &st);
        sentences += st.sentences;
        events += st.events;
      };
      std::vector<std::thread> pool;
      for (int t = 1; t < jobs; ++t) pool.emplace_back(work);
      work();
      for (auto& t : pool) t.join();
    });
    rates.push_back(static_cast<double>(sentences) / secs);
    event_rates.push_back(static_cast<double>(events) / secs);
    sentences_per_run = sentences;
    events_per_run = events;
  }
  std::vector<double> sorted = rates;
  std::sort(sorted.begin(), sorted.end());
  std::sort(event_rates.begin(), event_rates.end());
  std::printf("  %-22s %d thread%s  %9.0f sentences/s  %8.0f events/s  (median of %d runs, %.0f-%.0f; %lld sentences, "
              "%lld events a run)\n",
              name.c_str(), jobs, jobs == 1 ? " " : "s", sorted[runs / 2], event_rates[runs / 2], runs, sorted.front(),
              sorted.back(), static_cast<long long>(sentences_per_run), static_cast<long long>(events_per_run));
}

std::shared_ptr<const ontology::Ontology> Phoenix() {
  auto builtin = ontology::Ontology::Load(fs::path(GEOKG_SOURCE_DIR) / "ontology" / "data");
  if (!builtin.ok()) return nullptr;
  ontology::ImportOptions o = bench::PhoenixImport(builtin.value());
  ontology::ImportReport report;
  auto parts = ontology::ImportDictionaries(o, &report);
  if (!parts.ok()) {
    std::printf("  phoenix import failed: %s\n", parts.status().ToString().c_str());
    return nullptr;
  }
  auto onto = ontology::Ontology::FromParts(std::move(parts).value());
  if (!onto.ok()) {
    std::printf("  phoenix ontology invalid: %s\n", onto.status().ToString().c_str());
    return nullptr;
  }
  return onto.value();
}

}  // namespace

int main(int argc, char** argv) {
  std::string input = argc > 1 ? argv[1]
                               : (fs::path(GEOKG_SHARED_DIR) / "corpora" / "world-politics" / "world_politics.jsonl").string();
  if (!fs::exists(input)) {
    std::printf("coder_bench: skipped: %s not found (../shared is needed)\n", input.c_str());
    return 0;
  }
  std::printf("coder_bench: %s\nmachine: %s\n", input.c_str(), bench::Machine().c_str());
  auto articles = ReadAll(input);
  std::printf("articles: %zu\n", articles.size());
  auto builtin = [] {
    auto o = ontology::Ontology::Load(fs::path(GEOKG_SOURCE_DIR) / "ontology" / "data");
    return o.ok() ? o.value() : nullptr;
  };
  for (int jobs : {1, 2}) {
    double mb = bench::RunIsolated([&] { Measure("built-in ontology", builtin, articles, jobs); });
    std::printf("  %-22s peak memory %.0f MB (process, articles in memory included)\n", "", mb);
  }
  if (fs::exists(fs::path(GEOKG_SHARED_DIR) / "dictionaries" / "phoenix")) {
    for (int jobs : {1, 2}) {
      double mb = bench::RunIsolated([&] { Measure("Phoenix dictionaries", Phoenix, articles, jobs); });
      std::printf("  %-22s peak memory %.0f MB (process, import included)\n", "", mb);
    }
  }
  return 0;
}
