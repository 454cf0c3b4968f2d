// `geokg build` and `geokg extract`: read, code (in parallel), store or print.
#include <fmt/format.h>

#include <atomic>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <ostream>
#include <thread>

#include "cli/cli_internal.h"
#include "cli/cli.h"
#include "extract/extract.h"
#include "storage/storage.h"

namespace geokg::cli {

using internal::Progress;

namespace {

constexpr size_t kChunk = 256;  // articles coded together before they are written

struct Coded {
  std::vector<Event> events;
  std::string cleaned;
  extract::CodingStats stats;
};

// Codes a chunk of articles on `jobs` threads; out[i] belongs to chunk[i].
void CodeChunk(const extract::Coder& coder, const std::vector<extract::Article>& chunk, int jobs,
               std::vector<Coded>* out) {
  out->assign(chunk.size(), Coded{});
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < chunk.size(); i = next++) {
      Coded& c = (*out)[i];
      c.events = coder.CodeArticle(chunk[i], &c.stats, &c.cleaned);
    }
  };
  int threads = std::max(1, std::min<int>(jobs, static_cast<int>(chunk.size())));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

struct Totals {
  std::int64_t read = 0, added = 0, unchanged = 0, duplicates = 0, replaced = 0, skipped = 0;
  std::int64_t sentences = 0, events = 0;
};

std::string Rate(std::int64_t n, std::chrono::steady_clock::time_point start) {
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return s > 0 ? fmt::format("{:.0f}", static_cast<double>(n) / s) : "-";
}

// Reads all inputs and hands coded chunks to `sink`. Problems are printed as
// warnings and counted.
Status ReadAndCode(const std::vector<std::string>& inputs, const extract::Coder& coder, int jobs, Io io,
                   Totals* totals, Progress* progress,
                   const std::function<Status(const std::vector<extract::Article>&, std::vector<Coded>&)>& sink) {
  std::vector<extract::Article> chunk;
  std::vector<Coded> coded;
  Status failure;
  auto flush = [&] {
    if (chunk.empty() || !failure.ok()) return;
    CodeChunk(coder, chunk, jobs, &coded);
    for (const Coded& c : coded) {
      totals->sentences += c.stats.sentences;
      totals->events += c.stats.events;
    }
    failure = sink(chunk, coded);
    chunk.clear();
  };
  auto start = std::chrono::steady_clock::now();
  // Missing paths are reported through the problem sink and counted as skipped.
  extract::ReadArticles(
      inputs,
      [&](extract::Article&& a) {
        ++totals->read;
        chunk.push_back(std::move(a));
        if (chunk.size() >= kChunk) {
          flush();
          progress->Update(fmt::format("{} articles, {} sentences, {} events ({} articles/s)", totals->read,
                                       totals->sentences, totals->events, Rate(totals->read, start)));
        }
      },
      [&](const extract::InputProblem& p) {
        ++totals->skipped;
        progress->Finish();
        io.err << "geokg: warning: " << p.ToString() << "\n";
      }).IgnoreError();
  flush();
  progress->Finish();
  return failure;
}

}  // namespace

Status Build(const BuildArgs& args, Io io) {
  if (args.inputs.empty()) return Status::InvalidArgument("build: name at least one file, folder or - (stdin)");
  std::string missing;
  for (const auto& p : args.inputs)
    if (p != "-" && !std::filesystem::exists(p)) missing += (missing.empty() ? "" : ", ") + p;
  // When no input exists at all, no store is created; otherwise the missing
  // ones are reported as skipped and the rest is built.
  if (missing.size() > 0 && std::none_of(args.inputs.begin(), args.inputs.end(), [](const std::string& p) {
        return p == "-" || std::filesystem::exists(p);
      }))
    return Status::NotFound("no such file or directory: " + missing + "; nothing was stored");
  auto coder = internal::LoadCoder(args.ontology);
  if (!coder.ok()) return coder.status();
  const ontology::Ontology& onto = coder.value()->ontology();
  auto store = internal::OpenStore(args.db, /*write=*/true);
  if (!store.ok()) return store.status();
  storage::EventStore& db = *store.value();

  auto before = db.Stats();
  if (!before.ok()) return before.status();
  const std::string& fp = onto.fingerprint();
  if (before.value().mentions > 0 && !before.value().ontology.empty() && before.value().ontology != fp)
    io.err << "geokg: note: " << db.dir().string() << " holds events coded with another ontology ("
           << before.value().ontology << "); new articles use " << fp
           << ". Run 'geokg recode' to code everything with one ontology.\n";
  else
    GEOKG_RETURN_IF_ERROR(db.SetOntology(fp));

  Totals t;
  Progress progress(io.err, io.progress);
  auto start = std::chrono::steady_clock::now();
  Status s = ReadAndCode(args.inputs, *coder.value(), args.jobs, io, &t, &progress,
                         [&](const std::vector<extract::Article>& chunk, std::vector<Coded>& coded) -> Status {
                           for (size_t i = 0; i < chunk.size(); ++i) {
                             const extract::Article& a = chunk[i];
                             storage::StoredArticle sa{a.id, a.title, a.date, a.source, a.url,
                                                       std::move(coded[i].cleaned), "", coded[i].stats.sentences,
                                                       0};
                             auto outcome = db.PutArticle(std::move(sa), coded[i].events);
                             if (!outcome.ok()) return outcome.status();
                             switch (outcome.value()) {
                               case storage::PutOutcome::kAdded: ++t.added; break;
                               case storage::PutOutcome::kUnchanged: ++t.unchanged; break;
                               case storage::PutOutcome::kDuplicate: ++t.duplicates; break;
                               case storage::PutOutcome::kReplaced: ++t.replaced; break;
                             }
                           }
                           return Status::OK();
                         });
  if (!s.ok()) return s;
  GEOKG_RETURN_IF_ERROR(db.Sync());
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  io.out << fmt::format(
      "built {}: {} articles read ({} added, {} replaced, {} unchanged, {} duplicates of stored text), "
      "{} sentences, {} events coded, {} skipped; {:.1f} s\n",
      db.dir().string(), t.read, t.added, t.replaced, t.unchanged, t.duplicates, t.sentences, t.events, t.skipped,
      secs);
  if (t.skipped > 0)
    return Status::InvalidArgument(std::to_string(t.skipped) + " input(s) skipped (see the warnings above); " +
                                   std::to_string(t.added + t.replaced) + " article(s) stored");
  return Status::OK();
}

Status Extract(const ExtractArgs& args, Io io) {
  if (args.inputs.empty()) return Status::InvalidArgument("extract: name at least one file, folder or - (stdin)");
  if (args.format != "jsonl" && args.format != "tsv")
    return Status::InvalidArgument("--format '" + args.format + "': use jsonl or tsv");
  auto coder = internal::LoadCoder(args.ontology);
  if (!coder.ok()) return coder.status();
  if (args.format == "tsv") io.out << extract::TsvHeader() << "\n";
  Totals t;
  Progress progress(io.err, io.progress);
  Status s = ReadAndCode(args.inputs, *coder.value(), args.jobs, io, &t, &progress,
                         [&](const std::vector<extract::Article>&, std::vector<Coded>& coded) -> Status {
                           for (const Coded& c : coded)
                             for (const Event& e : c.events)
                               io.out << (args.format == "tsv" ? extract::EventToTsv(e) : extract::EventToJson(e))
                                      << "\n";
                           return Status::OK();
                         });
  if (!s.ok()) return s;
  io.out.flush();
  io.err << fmt::format("extracted {} events from {} articles ({} sentences), {} skipped\n", t.events, t.read,
                        t.sentences, t.skipped);
  if (t.skipped > 0) return Status::InvalidArgument(std::to_string(t.skipped) + " input(s) skipped (see the warnings above)");
  return Status::OK();
}

}  // namespace geokg::cli
