// `geokg recode` and `geokg merge`: whole-store maintenance.
#include <fmt/format.h>

#include <map>
#include <ostream>
#include <set>
#include <tuple>

#include "cli/cli.h"
#include "cli/cli_internal.h"
#include "extract/extract.h"
#include "storage/storage.h"

namespace geokg::cli {

namespace {

using EventKey = std::tuple<int, std::string, std::string, std::string>;  // sentence, source, target, code

std::multiset<EventKey> Keys(const std::vector<Event>& events) {
  std::multiset<EventKey> out;
  for (const Event& e : events) out.insert({e.sentence, e.source, e.target, e.code});
  return out;
}

}  // namespace

Status Recode(const RecodeArgs& args, Io io) {
  auto coder = internal::LoadCoder(args.ontology);
  if (!coder.ok()) return coder.status();
  const ontology::Ontology& onto = coder.value()->ontology();
  auto store = internal::OpenStore(args.db, /*write=*/true);
  if (!store.ok()) return store.status();
  storage::EventStore& db = *store.value();

  std::int64_t articles = 0, changed = 0, added = 0, removed = 0;
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> by_code;  // added, removed
  internal::Progress progress(io.err, io.progress);
  Status failure;
  GEOKG_RETURN_IF_ERROR(db.ScanArticles([&](const storage::StoredArticle& a) {
    ++articles;
    extract::Article article{a.id, a.title, a.date, a.source, a.url, a.text, a.id};
    std::string cleaned;
    std::vector<Event> fresh = coder.value()->CodeArticle(article, nullptr, &cleaned);
    auto old = db.GetEvents(a.id);
    if (!old.ok()) {
      failure = old.status();
      return false;
    }
    std::multiset<EventKey> before = Keys(old.value()), after = Keys(fresh);
    if (before == after && cleaned == a.text) return true;
    std::vector<EventKey> plus, minus;
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(plus));
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(minus));
    for (const auto& k : plus) ++by_code[std::get<3>(k)].first;
    for (const auto& k : minus) ++by_code[std::get<3>(k)].second;
    added += static_cast<std::int64_t>(plus.size());
    removed += static_cast<std::int64_t>(minus.size());
    ++changed;
    failure = db.ReplaceEvents(a.id, fresh, &cleaned);
    progress.Update(fmt::format("{} articles recoded, {} changed", articles, changed));
    return failure.ok();
  }));
  progress.Finish();
  if (!failure.ok()) return failure;
  GEOKG_RETURN_IF_ERROR(db.SetOntology(onto.fingerprint()));
  GEOKG_RETURN_IF_ERROR(db.Sync());
  io.out << fmt::format("recoded {}: {} articles, {} changed; {} events added, {} removed\n", db.dir().string(),
                        articles, changed, added, removed);
  for (const auto& [code, n] : by_code) {
    const auto* info = onto.FindCode(code);
    io.out << fmt::format("  {:<5} {:<45} +{:<6} -{}\n", code, info ? info->name : "", n.first, n.second);
  }
  return Status::OK();
}

Status Merge(const MergeArgs& args, Io io) {
  if (args.inputs.empty()) return Status::InvalidArgument("merge: name the stores to merge");
  if (args.output.empty()) return Status::InvalidArgument("merge: name the output store with -o DIR");
  for (const auto& in : args.inputs)
    if (in == args.output) return Status::InvalidArgument("merge: the output store '" + in + "' is also an input");
  auto out = internal::OpenStore(args.output, /*write=*/true);
  if (!out.ok()) return out.status();
  storage::EventStore& dst = *out.value();
  std::int64_t added = 0, unchanged = 0, duplicates = 0, replaced = 0;
  std::string fingerprint;
  internal::Progress progress(io.err, io.progress);
  for (const std::string& in : args.inputs) {
    auto src = internal::OpenStore(in, /*write=*/false);
    if (!src.ok()) return src.status();
    auto st = src.value()->Stats();
    if (!st.ok()) return st.status();
    if (fingerprint.empty()) fingerprint = st.value().ontology;
    else if (!st.value().ontology.empty() && st.value().ontology != fingerprint)
      io.err << "geokg: warning: " << in << " was coded with another ontology (" << st.value().ontology
             << "); run 'geokg recode' on the merged store\n";
    Status failure;
    GEOKG_RETURN_IF_ERROR(src.value()->ScanArticles([&](const storage::StoredArticle& a) {
      auto events = src.value()->GetEvents(a.id);
      if (!events.ok()) {
        failure = events.status();
        return false;
      }
      auto outcome = dst.PutArticle(a, events.value());
      if (!outcome.ok()) {
        failure = outcome.status();
        return false;
      }
      switch (outcome.value()) {
        case storage::PutOutcome::kAdded: ++added; break;
        case storage::PutOutcome::kUnchanged: ++unchanged; break;
        case storage::PutOutcome::kDuplicate: ++duplicates; break;
        case storage::PutOutcome::kReplaced: ++replaced; break;
      }
      progress.Update(fmt::format("{}: {} articles added", in, added));
      return true;
    }));
    if (!failure.ok()) return failure;
  }
  progress.Finish();
  if (!fingerprint.empty()) GEOKG_RETURN_IF_ERROR(dst.SetOntology(fingerprint));
  GEOKG_RETURN_IF_ERROR(dst.Sync());
  io.out << fmt::format("merged {} stores into {}: {} articles added, {} replaced, {} unchanged, {} duplicates\n",
                        args.inputs.size(), dst.dir().string(), added, replaced, unchanged, duplicates);
  return Status::OK();
}

}  // namespace geokg::cli
