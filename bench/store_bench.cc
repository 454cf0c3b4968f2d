// The store at scale: builds a store of N articles (the world-politics
// collection repeated with distinct ids and texts), coding on 2 threads and
// writing as `geokg build` does, then measures queries on it.
//
// Usage: store_bench [N=1000000] [DIR]   (DIR is kept when given, else removed)
//        store_bench --queries DIR        (only the queries, on a store built before)
// Prints: articles/s and sentences/s end to end, peak memory, store size per
// event, relations p50/p99 (warm), graph build for a one-month window,
// betweenness on the whole graph, an ego diagram rendered to SVG.
#include <sys/resource.h>

#include <algorithm>
#include <map>
#include <string>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <unistd.h>

#include "bench/bench_util.h"
#include "extract/extract.h"
#include "graph/graph.h"
#include "ontology/ontology.h"
#include "storage/storage.h"
#include "viz/viz.h"

namespace fs = std::filesystem;
using namespace geokg;

namespace {

double PeakMb() {
  struct rusage u {};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

std::uintmax_t DirSize(const fs::path& d) {
  std::uintmax_t total = 0;
  for (const auto& f : fs::recursive_directory_iterator(d))
    if (f.is_regular_file()) total += f.file_size();
  return total;
}

}  // namespace

int main(int argc, char** argv) {
  bool queries_only = argc > 2 && std::string(argv[1]) == "--queries";
  long n = queries_only ? 0 : argc > 1 ? std::atol(argv[1]) : 1000000;
  fs::path input = fs::path(GEOKG_SHARED_DIR) / "corpora" / "world-politics" / "world_politics.jsonl";
  if (!fs::exists(input)) {
    std::printf("store_bench: skipped: %s not found (../shared is needed)\n", input.c_str());
    return 0;
  }
  bool keep = argc > 2;
  fs::path dir = keep ? fs::path(argv[2]) : fs::temp_directory_path() / ("geokg_store_bench_" + std::to_string(::getpid()));
  if (queries_only) std::printf("store_bench: queries on %s\nmachine: %s\n", dir.c_str(), bench::Machine().c_str());
  else std::printf("store_bench: %ld articles from %s\nmachine: %s\nstore: %s\n", n, input.c_str(),
                   bench::Machine().c_str(), dir.c_str());

  std::vector<extract::Article> base;
  extract::ReadArticles({input.string()}, [&](extract::Article&& a) { base.push_back(std::move(a)); },
                        [](const extract::InputProblem&) {})
      .IgnoreError();
  auto onto = ontology::Ontology::Load(fs::path(GEOKG_SOURCE_DIR) / "ontology" / "data");
  if (!onto.ok()) return 1;
  auto coder = extract::Coder::Create(onto.value());
  storage::StoreOptions so;
  so.create_if_missing = true;
  auto store = storage::EventStore::Open(dir, so);
  if (!coder.ok() || !store.ok()) {
    std::printf("cannot open: %s\n", store.status().ToString().c_str());
    return 1;
  }
  storage::EventStore& db = *store.value();

  // Build: chunks of 256 articles coded on 2 threads, written in order.
  std::int64_t sentences = 0, events = 0;
  const size_t chunk = 256;
  std::vector<extract::Article> batch(chunk);
  std::vector<std::vector<Event>> coded(chunk);
  std::vector<std::string> cleaned(chunk);
  std::vector<extract::CodingStats> stats(chunk);
  double build_secs = bench::Seconds([&] {
    for (long start = 0; !queries_only && start < n; start += static_cast<long>(chunk)) {
      size_t m = static_cast<size_t>(std::min<long>(static_cast<long>(chunk), n - start));
      for (size_t i = 0; i < m; ++i) {
        long k = start + static_cast<long>(i);
        const extract::Article& src = base[static_cast<size_t>(k) % base.size()];
        long round = k / static_cast<long>(base.size());
        batch[i] = src;
        batch[i].id = src.id + "#" + std::to_string(round);
        // A sentence of its own, so that clean-up keeps it and every copy is distinct text.
        batch[i].text = src.text + "\n\nThis is copy number " + std::to_string(round) + " of the article.";
        stats[i] = {};
      }
      std::atomic<size_t> next{0};
      auto work = [&] {
        for (size_t i = next++; i < m; i = next++) coded[i] = coder.value()->CodeArticle(batch[i], &stats[i], &cleaned[i]);
      };
      std::thread helper(work);
      work();
      helper.join();
      for (size_t i = 0; i < m; ++i) {
        sentences += stats[i].sentences;
        events += stats[i].events;
        storage::StoredArticle sa{batch[i].id, batch[i].title, batch[i].date, batch[i].source, batch[i].url,
                                  std::move(cleaned[i]), "", stats[i].sentences, 0};
        auto put = db.PutArticle(std::move(sa), coded[i]);
        if (!put.ok()) {
          std::printf("write failed: %s\n", put.status().ToString().c_str());
          std::exit(1);
        }
      }
      if ((start / static_cast<long>(chunk)) % 400 == 0)
        std::fprintf(stderr, "\r%ld articles", start + static_cast<long>(m));
    }
    db.Sync().IgnoreError();
  });
  std::fprintf(stderr, "\r");
  auto st = db.Stats();
  if (!st.ok()) return 1;
  std::uintmax_t bytes = DirSize(dir);
  if (!queries_only) {
  std::printf("build: %ld articles, %lld sentences, %lld event mentions (%lld distinct events) in %.1f s\n", n,
              static_cast<long long>(sentences), static_cast<long long>(events),
              static_cast<long long>(st.value().events), build_secs);
  std::printf("  %.0f articles/s, %.0f sentences/s end to end (2 coding threads, 1 writer)\n",
              static_cast<double>(n) / build_secs, static_cast<double>(sentences) / build_secs);
  std::printf("  peak memory %.0f MB; store %.1f MB on disk, %.0f bytes per event mention\n", PeakMb(),
              static_cast<double>(bytes) / 1e6, events ? static_cast<double>(bytes) / static_cast<double>(events) : 0.0);
  } else {
    std::printf("store: %lld articles, %lld event mentions, %lld distinct events, %.1f MB on disk\n",
                static_cast<long long>(st.value().articles), static_cast<long long>(st.value().mentions),
                static_cast<long long>(st.value().events), static_cast<double>(bytes) / 1e6);
  }

  // relations A B, warm: aggregates both ways and the evidence sentences.
  std::vector<std::pair<std::string, std::string>> pairs = {{"USA", "IRQ"}, {"RUS", "UKR"}, {"ISR", "PSE"},
                                                            {"USA", "RUS"}, {"CHN", "USA"}, {"TUR", "RUS"}};
  std::vector<double> ms;
  for (int round = 0; round < 50; ++round)
    for (const auto& [a, b] : pairs) {
      storage::DyadFilter f;
      f.source = a;
      f.target = b;
      f.both_directions = true;
      ms.push_back(1000 * bench::Seconds([&] {
        std::int64_t agg = 0, ev = 0;
        db.ScanDyads(f, [&](const DyadAggregate& d) {
            agg += d.mentions;
            return true;
          }).IgnoreError();
        db.ScanEvents(f, [&](const Event&) { return ++ev < 20; }).IgnoreError();
      }));
    }
  std::sort(ms.begin(), ms.end());
  std::printf("relations A B (aggregates + 20 evidence sentences), %zu warm queries: p50 %.2f ms, p99 %.2f ms\n",
              ms.size(), ms[ms.size() / 2], ms[ms.size() * 99 / 100]);

  // Graph of a one-month window, betweenness on the whole graph, ego render.
  // The month with most events.
  std::map<int, std::int64_t> per_month;
  db.ScanDyads({}, [&](const DyadAggregate& d) {
      if (d.day != kNoDay) per_month[d.day / 100] += d.events;
      return true;
    }).IgnoreError();
  int busiest = 0;
  std::int64_t most = -1;
  for (auto [m, c] : per_month)
    if (c > most) most = c, busiest = m;
  storage::DyadFilter month;
  month.from = busiest * 100 + 1;
  month.to = busiest * 100 + 31;
  graph::ActorGraph mg;
  double month_secs = bench::Seconds([&] {
    std::vector<DyadAggregate> dy;
    db.ScanDyads(month, [&](const DyadAggregate& d) {
        dy.push_back(d);
        return true;
      }).IgnoreError();
    mg = graph::BuildGraph(dy, onto.value().get());
  });
  std::printf("graph of the busiest month (%s): %zu actors, %zu relations in %.3f s\n",
              FormatDay(busiest * 100 + 1).substr(0, 7).c_str(), mg.nodes.size(), mg.edges.size(), month_secs);
  graph::ActorGraph all;
  double all_secs = bench::Seconds([&] {
    std::vector<DyadAggregate> dy;
    db.ScanDyads({}, [&](const DyadAggregate& d) {
        dy.push_back(d);
        return true;
      }).IgnoreError();
    all = graph::BuildGraph(dy, onto.value().get());
  });
  double bet_secs = bench::Seconds([&] { graph::Rank(all, graph::Centrality::kBetweenness, 10); });
  std::printf("whole graph: %zu actors, %zu relations built in %.2f s; betweenness in %.3f s\n", all.nodes.size(),
              all.edges.size(), all_secs, bet_secs);
  double ego_secs = bench::Seconds([&] {
    graph::ActorGraph ego = graph::Prune(graph::Ego(all, "RUS", 1), 60, 1);
    viz::RenderToFile(ego, {}, dir / "ego.svg").IgnoreError();
  });
  std::printf("render --ego RUS --depth 1 --top 60 to SVG (graph already loaded): %.3f s\n", ego_secs);
  if (!keep) {
    store.value().reset();
    fs::remove_all(dir);
  }
  return 0;
}
