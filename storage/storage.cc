// EventStore on RocksDB. Column families and keys are documented in
// storage/README.md; rocksdb::Status never leaves this file.
#include "storage/storage.h"

#include <unistd.h>

#include <algorithm>
#include <cstdarg>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>
#include <rocksdb/db.h>
#include <rocksdb/env.h>
#include <rocksdb/merge_operator.h>
#include <rocksdb/options.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>

namespace geokg::storage {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Column family names, in the order their handles are kept.
enum Family { kDefault, kArticles, kTextHash, kEvents, kEvidence, kDyads, kActors, kMeta, kFamilies };
const char* const kFamilyNames[kFamilies] = {"default", "articles", "texthash", "events",
                                             "evidence", "dyads",    "actors",   "meta"};

constexpr char kSep = '\0';
const char kOwnerFile[] = "geokg.owner";

// Values of the counting families: little-endian int64 fields, added field
// by field by the merge operator.
std::string EncodeCounters(std::initializer_list<std::int64_t> fields) {
  std::string out;
  for (std::int64_t v : fields) {
    std::uint64_t u = static_cast<std::uint64_t>(v);
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((u >> (8 * i)) & 0xff));
  }
  return out;
}

std::vector<std::int64_t> DecodeCounters(std::string_view v) {
  std::vector<std::int64_t> out(v.size() / 8);
  for (size_t k = 0; k < out.size(); ++k) {
    std::uint64_t u = 0;
    for (int i = 0; i < 8; ++i) u |= static_cast<std::uint64_t>(static_cast<unsigned char>(v[k * 8 + i])) << (8 * i);
    out[k] = static_cast<std::int64_t>(u);
  }
  return out;
}

class CounterMerge : public rocksdb::AssociativeMergeOperator {
 public:
  bool Merge(const rocksdb::Slice&, const rocksdb::Slice* existing, const rocksdb::Slice& value,
             std::string* new_value, rocksdb::Logger*) const override {
    std::vector<std::int64_t> a = existing ? DecodeCounters({existing->data(), existing->size()})
                                           : std::vector<std::int64_t>{};
    std::vector<std::int64_t> b = DecodeCounters({value.data(), value.size()});
    if (a.size() < b.size()) a.resize(b.size(), 0);
    for (size_t i = 0; i < b.size(); ++i) a[i] += b[i];
    new_value->clear();
    for (std::int64_t v : a) new_value->append(EncodeCounters({v}));
    return true;
  }
  const char* Name() const override { return "geokg.CounterMerge"; }
};

std::string BigEndian32(std::uint32_t v) {
  std::string s(4, '\0');
  for (int i = 0; i < 4; ++i) s[i] = static_cast<char>((v >> (24 - 8 * i)) & 0xff);
  return s;
}
std::uint32_t ReadBigEndian32(std::string_view s) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(s[i]);
  return v;
}

std::string DayKey(Day d) { return BigEndian32(static_cast<std::uint32_t>(d)); }

// events:   doc \0 sentence(4) index(4)
std::string EventKey(const std::string& doc, int sentence, int index) {
  std::string k = doc;
  k.push_back(kSep);
  k += BigEndian32(static_cast<std::uint32_t>(sentence));
  k += BigEndian32(static_cast<std::uint32_t>(index));
  return k;
}
// dyads:    source \0 target \0 day(4) code
std::string DyadKey(const std::string& s, const std::string& t, Day day, const std::string& code) {
  std::string k = s;
  k.push_back(kSep);
  k += t;
  k.push_back(kSep);
  k += DayKey(day);
  k += code;
  return k;
}
// evidence: dyad key \0 event key
std::string EvidenceKey(const std::string& dyad, const std::string& event_key) {
  return dyad + std::string(1, kSep) + event_key;
}

struct DyadParts {
  std::string source, target, code;
  Day day = kNoDay;
};
bool ParseDyadKey(std::string_view k, DyadParts* p, size_t* consumed = nullptr) {
  size_t a = k.find(kSep);
  if (a == std::string_view::npos) return false;
  size_t b = k.find(kSep, a + 1);
  if (b == std::string_view::npos || k.size() < b + 5) return false;
  p->source = std::string(k.substr(0, a));
  p->target = std::string(k.substr(a + 1, b - a - 1));
  p->day = static_cast<Day>(ReadBigEndian32(k.substr(b + 1, 4)));
  size_t code_end = k.find(kSep, b + 5);
  p->code = std::string(k.substr(b + 5, code_end == std::string_view::npos ? std::string_view::npos : code_end - b - 5));
  if (consumed) *consumed = code_end;
  return true;
}

std::string ContentHash(std::string_view text) {
  // Two independent FNV-1a passes: 128 bits against accidental collisions.
  std::uint64_t h1 = 1469598103934665603ULL, h2 = 0x84222325cbf29ce4ULL;
  for (unsigned char c : text) {
    h1 = (h1 ^ c) * 1099511628211ULL;
    h2 = (h2 ^ c) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL;
  }
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h1),
                static_cast<unsigned long long>(h2));
  return buf;
}

// Normalized text for duplicate detection: case and white space folded.
std::string Normalized(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

// RocksDB's own LOG file is not written: messages that matter come back as
// statuses, and on a full disk the file logger of RocksDB 7.8 asserts when
// it writes again after a failed write.
class DiscardLogger : public rocksdb::Logger {
 public:
  using rocksdb::Logger::Logv;
  void Logv(const char*, va_list) override {}
};

Status Translate(const rocksdb::Status& s, const std::string& context) {
  if (s.ok()) return Status::OK();
  std::string msg = context + ": " + s.ToString();
  if (s.IsCorruption()) return Status::Corruption(msg);
  if (s.IsNotFound()) return Status::NotFound(msg);
  if (s.IsInvalidArgument()) return Status::InvalidArgument(msg);
  if (s.IsNotSupported()) return Status::Unsupported(msg);
  return Status::IOError(msg);
}

json ArticleToJson(const StoredArticle& a) {
  return json{{"title", a.title}, {"date", a.date},   {"source", a.source},       {"url", a.url},
              {"text", a.text},   {"hash", a.hash},   {"sentences", a.sentences}, {"events", a.events}};
}

StoredArticle ArticleFromJson(const std::string& id, const json& j) {
  StoredArticle a;
  a.id = id;
  a.title = j.value("title", "");
  a.date = j.value("date", "");
  a.source = j.value("source", "");
  a.url = j.value("url", "");
  a.text = j.value("text", "");
  a.hash = j.value("hash", "");
  a.sentences = j.value("sentences", 0);
  a.events = j.value("events", 0);
  return a;
}

// What an event key holds; the sentence text is taken from the article.
json EventToValue(const Event& e) {
  return json{{"s", e.source}, {"t", e.target}, {"sa", e.source_actor}, {"ta", e.target_actor},
              {"c", e.code},   {"d", e.date},   {"b", e.begin},         {"e", e.end},
              {"q", e.quad},   {"g", e.goldstein}};
}

Event EventFromValue(const std::string& doc, int sentence, const json& j) {
  Event e;
  e.doc = doc;
  e.sentence = sentence;
  e.source = j.value("s", "");
  e.target = j.value("t", "");
  e.source_actor = j.value("sa", "");
  e.target_actor = j.value("ta", "");
  e.code = j.value("c", "");
  e.root = e.code.substr(0, 2);
  e.date = j.value("d", "");
  e.begin = j.value("b", 0);
  e.end = j.value("e", 0);
  e.quad = j.value("q", 0);
  e.goldstein = j.value("g", 0.0);
  return e;
}

bool CodeMatches(const DyadFilter& f, const std::string& code, int quad) {
  if (!f.quads.empty() && std::find(f.quads.begin(), f.quads.end(), quad) == f.quads.end()) return false;
  if (f.codes.empty()) return true;
  for (const std::string& c : f.codes)
    if (code.compare(0, c.size(), c) == 0) return true;
  return false;
}

int QuadOfRoot(const std::string& code) {
  int r = std::atoi(code.substr(0, 2).c_str());
  return r <= 0 ? 0 : r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

// True when `dir` holds only what RocksDB writes before a new database is
// complete (a build killed while creating the store): it may be created over.
bool OnlyCreationDebris(const fs::path& dir) {
  std::error_code ec;
  for (const auto& f : fs::directory_iterator(dir, ec)) {
    std::string n = f.path().filename().string();
    bool debris = n == "LOCK" || n == "IDENTITY" || n == kOwnerFile || n.rfind("LOG", 0) == 0 ||
                  n.rfind("MANIFEST-", 0) == 0 || n.rfind("OPTIONS-", 0) == 0 ||
                  f.path().extension() == ".log" || f.path().extension() == ".dbtmp";
    if (!debris) return false;
  }
  return !ec;
}

}  // namespace

struct EventStore::Rep {
  fs::path dir;
  bool read_only = false;
  bool write_failed = false;  // a write failed (full disk): no more writes, no Close
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> cf;

  ~Rep() {
    if (db && write_failed) {
      // RocksDB 7.8 asserts when a database whose WAL write failed (a full
      // disk) is closed. Every batch written before the failure is in the
      // WAL and survives; the handle is left open, kept reachable here.
      static auto* abandoned = new std::vector<std::unique_ptr<rocksdb::DB>>();
      abandoned->push_back(std::move(db));
      return;
    }
    if (db) {
      for (auto* h : cf) db->DestroyColumnFamilyHandle(h).PermitUncheckedError();
      db->Close().PermitUncheckedError();
      if (!read_only) {
        std::error_code ec;
        fs::remove(dir / kOwnerFile, ec);
      }
    }
  }

  Status Get(Family f, const std::string& key, std::string* value, bool* found) const {
    rocksdb::Status s = db->Get(rocksdb::ReadOptions(), cf[f], key, value);
    *found = s.ok();
    if (s.IsNotFound()) return Status::OK();
    return Translate(s, dir.string());
  }

  // Adds the writes that remove an article's stored events to `batch`.
  Status RemoveEvents(const std::string& id, rocksdb::WriteBatch* batch, std::int64_t* removed,
                      std::map<std::string, std::int64_t>* changes) {
    std::string prefix = id + std::string(1, kSep);
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), cf[kEvents]));
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      json j = json::parse(it->value().ToString(), nullptr, false);
      if (j.is_discarded()) return Status::Corruption(dir.string() + ": unreadable event of article '" + id + "'");
      int sentence = static_cast<int>(ReadBigEndian32(it->key().ToStringView().substr(prefix.size(), 4)));
      Event e = EventFromValue(id, sentence, j);
      Day day = ParseDay(e.date).value_or(kNoDay);
      std::string dyad = DyadKey(e.source_actor, e.target_actor, day, e.code);
      auto g10 = static_cast<std::int64_t>(std::llround(e.goldstein * 10));
      GEOKG_RETURN_IF_ERROR(Translate(batch->Delete(cf[kEvents], it->key()), dir.string()));
      GEOKG_RETURN_IF_ERROR(Translate(batch->Delete(cf[kEvidence], EvidenceKey(dyad, it->key().ToString())), dir.string()));
      GEOKG_RETURN_IF_ERROR(Translate(batch->Merge(cf[kDyads], dyad, EncodeCounters({-1, -g10})), dir.string()));
      GEOKG_RETURN_IF_ERROR(Translate(batch->Merge(cf[kActors], e.source_actor, EncodeCounters({-1, 0})), dir.string()));
      GEOKG_RETURN_IF_ERROR(Translate(batch->Merge(cf[kActors], e.target_actor, EncodeCounters({0, -1})), dir.string()));
      ++*removed;
      if (changes) --(*changes)[e.code];
    }
    return Translate(it->status(), dir.string());
  }

  Status AddEvents(const std::string& id, const std::vector<Event>& events, rocksdb::WriteBatch* batch,
                   std::map<std::string, std::int64_t>* changes) {
    std::map<int, int> per_sentence;
    for (const Event& e : events) {
      int index = per_sentence[e.sentence]++;
      std::string key = EventKey(id, e.sentence, index);
      Day day = ParseDay(e.date).value_or(kNoDay);
      std::string sa = e.source_actor.empty() ? e.source : e.source_actor;
      std::string ta = e.target_actor.empty() ? e.target : e.target_actor;
      Event stored = e;
      stored.source_actor = sa;
      stored.target_actor = ta;
      std::string dyad = DyadKey(sa, ta, day, e.code);
      auto g10 = static_cast<std::int64_t>(std::llround(e.goldstein * 10));
      GEOKG_RETURN_IF_ERROR(Translate(batch->Put(cf[kEvents], key, EventToValue(stored).dump()), dir.string()));
      GEOKG_RETURN_IF_ERROR(Translate(batch->Put(cf[kEvidence], EvidenceKey(dyad, key), ""), dir.string()));
      GEOKG_RETURN_IF_ERROR(Translate(batch->Merge(cf[kDyads], dyad, EncodeCounters({1, g10})), dir.string()));
      GEOKG_RETURN_IF_ERROR(Translate(batch->Merge(cf[kActors], sa, EncodeCounters({1, 0})), dir.string()));
      GEOKG_RETURN_IF_ERROR(Translate(batch->Merge(cf[kActors], ta, EncodeCounters({0, 1})), dir.string()));
      if (changes) ++(*changes)[e.code];
    }
    return Status::OK();
  }

  Status Write(rocksdb::WriteBatch* batch) {
    if (write_failed) return Status::IOError(dir.string() + ": an earlier write failed; reopen the store");
    rocksdb::WriteOptions wo;
    rocksdb::Status s = db->Write(wo, batch);
    if (!s.ok()) {
      write_failed = true;
      if (s.IsIOError() && (s.ToString().find("No space") != std::string::npos || s.IsNoSpace()))
        return Status::IOError("store " + dir.string() + ": the disk is full; the articles stored before this one "
                               "are safe, free some space and build again to add the rest");
    }
    return Translate(s, dir.string());
  }
};

EventStore::EventStore() : rep_(std::make_unique<Rep>()) {}
EventStore::~EventStore() = default;
const fs::path& EventStore::dir() const { return rep_->dir; }

Result<std::unique_ptr<EventStore>> EventStore::Open(const fs::path& dir, const StoreOptions& options) {
  std::error_code ec;
  bool exists = fs::exists(dir / "CURRENT", ec);
  if (!exists) {
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
      return Status::InvalidArgument(dir.string() + " is a file, not a geokg store directory");
    bool interrupted = fs::is_directory(dir, ec) && !fs::is_empty(dir, ec) && OnlyCreationDebris(dir);
    if (fs::is_directory(dir, ec) && !fs::is_empty(dir, ec) && !interrupted)
      return Status::InvalidArgument(dir.string() + " is not a geokg store (it holds other files); "
                                                    "choose an empty or new directory with --db");
    if (interrupted && (!options.create_if_missing || options.read_only))
      return Status::NotFound("no geokg store at " + dir.string() +
                              " yet: a build was stopped before it stored anything; build again");
    if (!options.create_if_missing || options.read_only)
      return Status::NotFound("no geokg store at " + dir.string() + "; build one first with 'geokg build PATH --db " +
                              dir.string() + "'");
  }

  if (!exists && options.create_if_missing && !options.read_only) {
    // A new store is made in a sibling directory and renamed into place
    // once complete, so that a build killed while creating it leaves no
    // half-made store behind.
    fs::path target = dir.lexically_normal();
    if (target.filename().empty()) target = target.parent_path();
    fs::path tmp = target.parent_path() / (target.filename().string() + ".creating-" + std::to_string(::getpid()));
    fs::remove_all(tmp, ec);
    {
      auto created = OpenDatabase(tmp, options);
      if (!created.ok()) {
        fs::remove_all(tmp, ec);
        return created.status();
      }
    }
    fs::remove_all(target, ec);  // empty, or debris of an interrupted creation (checked above)
    fs::rename(tmp, target, ec);
    if (ec) {
      fs::remove_all(tmp, ec);
      return Status::IOError("cannot create store " + dir.string() + ": " + ec.message());
    }
  }
  return OpenDatabase(dir, options);
}

Result<std::unique_ptr<EventStore>> EventStore::OpenDatabase(const fs::path& dir, const StoreOptions& options) {
  std::unique_ptr<EventStore> store(new EventStore());
  Rep& r = *store->rep_;
  r.dir = dir;
  r.read_only = options.read_only;

  rocksdb::Options db_options;
  db_options.create_if_missing = options.create_if_missing && !options.read_only;
  db_options.create_missing_column_families = !options.read_only;
  db_options.max_open_files = 256;
  db_options.keep_log_file_num = 4;
  db_options.info_log = std::make_shared<DiscardLogger>();
  db_options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  db_options.IncreaseParallelism(2);
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = rocksdb::NewLRUCache(64 << 20);
  table.cache_index_and_filter_blocks = true;
  rocksdb::ColumnFamilyOptions cf_options;
  cf_options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  cf_options.compression = rocksdb::kLZ4Compression;
  cf_options.write_buffer_size = 32 << 20;
  auto merge = std::make_shared<CounterMerge>();
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (int f = 0; f < kFamilies; ++f) {
    rocksdb::ColumnFamilyOptions o = cf_options;
    if (f == kDyads || f == kActors || f == kMeta) o.merge_operator = merge;
    families.emplace_back(kFamilyNames[f], o);
  }

  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  if (options.read_only) {
    s = rocksdb::DB::OpenForReadOnly(rocksdb::DBOptions(db_options), dir.string(), families, &r.cf, &raw);
  } else {
    s = rocksdb::DB::Open(rocksdb::DBOptions(db_options), dir.string(), families, &r.cf, &raw);
  }
  if (!s.ok()) {
    std::string text = s.ToString();
    if (s.IsIOError() && text.find("lock") != std::string::npos) {
      std::ifstream owner(dir / kOwnerFile);
      std::string who;
      std::getline(owner, who);
      return Status::Busy("store " + dir.string() + " is open for writing by another process" +
                          (who.empty() ? "" : " (" + who + ")") +
                          "; wait for it to finish, or read it alongside with relations/render/stats");
    }
    if (s.IsInvalidArgument() && text.find("Column famil") != std::string::npos)
      return Status::InvalidArgument(dir.string() + " is a RocksDB database but not a geokg store (" + text + ")");
    if (s.IsCorruption())
      return Status::Corruption("store " + dir.string() + " is damaged: " + text +
                                "; rebuild it from the articles, or restore a copy");
    return Translate(s, "cannot open store " + dir.string());
  }
  r.db.reset(raw);

  // Schema version.
  std::string version;
  bool found = false;
  GEOKG_RETURN_IF_ERROR(r.Get(kMeta, "schema", &version, &found));
  if (!found) {
    if (options.read_only) return Status::InvalidArgument(dir.string() + " is not a geokg store (no schema version)");
    GEOKG_RETURN_IF_ERROR(Translate(r.db->Put(rocksdb::WriteOptions(), r.cf[kMeta], "schema",
                                              std::to_string(kSchemaVersion)),
                                    dir.string()));
  } else if (version != std::to_string(kSchemaVersion)) {
    return Status::Unsupported("store " + dir.string() + " was written with schema version " + version +
                               ", this geokg reads version " + std::to_string(kSchemaVersion) +
                               "; rebuild it from the articles with this version");
  }
  if (!options.read_only) {
    std::ofstream owner(dir / kOwnerFile, std::ios::trunc);
    owner << "pid " << ::getpid() << "\n";
  }
  return store;
}

Result<PutOutcome> EventStore::PutArticle(StoredArticle article, const std::vector<Event>& events) {
  Rep& r = *rep_;
  assert(!r.read_only);
  article.hash = ContentHash(Normalized(article.text));
  article.events = static_cast<std::int64_t>(events.size());

  std::string old_value;
  bool exists = false;
  GEOKG_RETURN_IF_ERROR(r.Get(kArticles, article.id, &old_value, &exists));
  StoredArticle old;
  if (exists) {
    json j = json::parse(old_value, nullptr, false);
    if (j.is_discarded()) return Status::Corruption(r.dir.string() + ": article '" + article.id + "' is unreadable");
    old = ArticleFromJson(article.id, j);
    if (old.hash == article.hash) return PutOutcome::kUnchanged;
  } else {
    std::string owner;
    bool dup = false;
    GEOKG_RETURN_IF_ERROR(r.Get(kTextHash, article.hash, &owner, &dup));
    if (dup) return PutOutcome::kDuplicate;
  }

  rocksdb::WriteBatch batch;
  std::int64_t removed = 0;
  if (exists) {
    GEOKG_RETURN_IF_ERROR(r.RemoveEvents(article.id, &batch, &removed, nullptr));
    GEOKG_RETURN_IF_ERROR(Translate(batch.Delete(r.cf[kTextHash], old.hash), r.dir.string()));
  }
  GEOKG_RETURN_IF_ERROR(r.AddEvents(article.id, events, &batch, nullptr));
  GEOKG_RETURN_IF_ERROR(Translate(batch.Put(r.cf[kArticles], article.id, ArticleToJson(article).dump()), r.dir.string()));
  GEOKG_RETURN_IF_ERROR(Translate(batch.Put(r.cf[kTextHash], article.hash, article.id), r.dir.string()));
  GEOKG_RETURN_IF_ERROR(Translate(
      batch.Merge(r.cf[kMeta], "counts",
                  EncodeCounters({exists ? 0 : 1, article.sentences - old.sentences,
                                  static_cast<std::int64_t>(events.size()) - removed})),
      r.dir.string()));
  GEOKG_RETURN_IF_ERROR(r.Write(&batch));
  return exists ? PutOutcome::kReplaced : PutOutcome::kAdded;
}

Status EventStore::ReplaceEvents(const std::string& id, const std::vector<Event>& events, const std::string* text,
                                 std::map<std::string, std::int64_t>* changes) {
  Rep& r = *rep_;
  std::string value;
  bool exists = false;
  GEOKG_RETURN_IF_ERROR(r.Get(kArticles, id, &value, &exists));
  if (!exists) return Status::NotFound("no article '" + id + "' in " + r.dir.string());
  json j = json::parse(value, nullptr, false);
  if (j.is_discarded()) return Status::Corruption(r.dir.string() + ": article '" + id + "' is unreadable");
  rocksdb::WriteBatch batch;
  std::int64_t removed = 0;
  GEOKG_RETURN_IF_ERROR(r.RemoveEvents(id, &batch, &removed, changes));
  GEOKG_RETURN_IF_ERROR(r.AddEvents(id, events, &batch, changes));
  j["events"] = events.size();
  if (text && *text != j.value("text", "")) {
    // The hash stays the one of the text as first stored, so that the same
    // article ingested again is still recognised.
    j["text"] = *text;
  }
  GEOKG_RETURN_IF_ERROR(Translate(batch.Put(r.cf[kArticles], id, j.dump()), r.dir.string()));
  GEOKG_RETURN_IF_ERROR(Translate(
      batch.Merge(r.cf[kMeta], "counts", EncodeCounters({0, 0, static_cast<std::int64_t>(events.size()) - removed})),
      r.dir.string()));
  return r.Write(&batch);
}

Status EventStore::SetOntology(const std::string& fingerprint) {
  return Translate(rep_->db->Put(rocksdb::WriteOptions(), rep_->cf[kMeta], "ontology", fingerprint),
                   rep_->dir.string());
}

Status EventStore::Sync() {
  if (rep_->write_failed) return Status::IOError(rep_->dir.string() + ": an earlier write failed");
  rocksdb::Status s = rep_->db->FlushWAL(true);
  if (!s.ok()) rep_->write_failed = true;
  return Translate(s, rep_->dir.string());
}

namespace {

// The key ranges of the dyads (or evidence) family that a filter needs.
std::vector<std::string> Prefixes(const DyadFilter& f) {
  std::vector<std::string> out;
  auto add = [&](const std::string& s, const std::string& t) {
    if (s.empty()) {
      out.push_back("");
      return;
    }
    std::string p = s + std::string(1, kSep);
    if (!t.empty()) p += t + std::string(1, kSep);
    out.push_back(p);
  };
  add(f.source, f.target);
  if (f.both_directions && !f.target.empty() && f.target != f.source) add(f.target, f.source);
  if (f.both_directions && f.target.empty() && !f.source.empty()) out = {""};  // any pair touching source
  return out;
}

bool PartsMatch(const DyadFilter& f, const DyadParts& p) {
  bool forward = (f.source.empty() || p.source == f.source) && (f.target.empty() || p.target == f.target);
  bool backward = f.both_directions && (f.source.empty() || p.target == f.source) &&
                  (f.target.empty() || p.source == f.target);
  if (!forward && !backward) return false;
  if (f.from != kNoDay && p.day < f.from) return false;
  if (f.to != kNoDay && p.day > f.to) return false;
  return true;
}

}  // namespace

Status EventStore::ScanDyads(const DyadFilter& filter, const std::function<bool(const DyadAggregate&)>& fn) const {
  const Rep& r = *rep_;
  for (const std::string& prefix : Prefixes(filter)) {
    std::unique_ptr<rocksdb::Iterator> it(r.db->NewIterator(rocksdb::ReadOptions(), r.cf[kDyads]));
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      DyadParts p;
      if (!ParseDyadKey(it->key().ToStringView(), &p))
        return Status::Corruption(r.dir.string() + ": malformed dyad key");
      if (!PartsMatch(filter, p) || !CodeMatches(filter, p.code, QuadOfRoot(p.code))) continue;
      std::vector<std::int64_t> c = DecodeCounters(it->value().ToStringView());
      if (c.size() < 2 || c[0] <= 0) continue;
      DyadAggregate a{p.source, p.target, p.day, p.code, 1, c[0], static_cast<double>(c[1]) / 10.0 / c[0]};
      if (!fn(a)) return Status::OK();
    }
    GEOKG_RETURN_IF_ERROR(Translate(it->status(), r.dir.string()));
  }
  return Status::OK();
}

Status EventStore::ScanEvents(const DyadFilter& filter, const std::function<bool(const Event&)>& fn) const {
  const Rep& r = *rep_;
  std::map<std::string, std::string> text_cache;  // article id -> text
  for (const std::string& prefix : Prefixes(filter)) {
    std::unique_ptr<rocksdb::Iterator> it(r.db->NewIterator(rocksdb::ReadOptions(), r.cf[kEvidence]));
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      DyadParts p;
      size_t code_end = 0;
      std::string_view key = it->key().ToStringView();
      if (!ParseDyadKey(key, &p, &code_end) || code_end == std::string_view::npos)
        return Status::Corruption(r.dir.string() + ": malformed evidence key");
      if (!PartsMatch(filter, p) || !CodeMatches(filter, p.code, QuadOfRoot(p.code))) continue;
      std::string event_key(key.substr(code_end + 1));
      std::string value;
      bool found = false;
      GEOKG_RETURN_IF_ERROR(r.Get(kEvents, event_key, &value, &found));
      if (!found) continue;
      json j = json::parse(value, nullptr, false);
      if (j.is_discarded()) return Status::Corruption(r.dir.string() + ": unreadable event");
      size_t sep = event_key.find(kSep);
      std::string doc = event_key.substr(0, sep);
      int sentence = static_cast<int>(ReadBigEndian32(std::string_view(event_key).substr(sep + 1, 4)));
      Event e = EventFromValue(doc, sentence, j);
      auto cached = text_cache.find(doc);
      if (cached == text_cache.end()) {
        std::string av;
        bool afound = false;
        GEOKG_RETURN_IF_ERROR(r.Get(kArticles, doc, &av, &afound));
        json aj = afound ? json::parse(av, nullptr, false) : json();
        // A small cache: evidence comes in dyad order, so articles recur.
        if (text_cache.size() >= 256) text_cache.clear();
        cached = text_cache.emplace(doc, aj.is_object() ? aj.value("text", "") : "").first;
      }
      const std::string& text = cached->second;
      if (e.begin >= 0 && e.end <= static_cast<int>(text.size()) && e.begin < e.end)
        e.text = text.substr(static_cast<size_t>(e.begin), static_cast<size_t>(e.end - e.begin));
      if (!fn(e)) return Status::OK();
    }
    GEOKG_RETURN_IF_ERROR(Translate(it->status(), r.dir.string()));
  }
  return Status::OK();
}

Status EventStore::ScanArticles(const std::function<bool(const StoredArticle&)>& fn) const {
  const Rep& r = *rep_;
  std::unique_ptr<rocksdb::Iterator> it(r.db->NewIterator(rocksdb::ReadOptions(), r.cf[kArticles]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    json j = json::parse(it->value().ToString(), nullptr, false);
    if (j.is_discarded()) return Status::Corruption(r.dir.string() + ": article '" + it->key().ToString() + "' is unreadable");
    if (!fn(ArticleFromJson(it->key().ToString(), j))) break;
  }
  return Translate(it->status(), r.dir.string());
}

Result<std::vector<Event>> EventStore::GetEvents(const std::string& id) const {
  const Rep& r = *rep_;
  std::string text;
  {
    auto a = GetArticle(id);
    if (!a.ok()) return a.status();
    text = a.value().text;
  }
  std::vector<Event> out;
  std::string prefix = id + std::string(1, kSep);
  std::unique_ptr<rocksdb::Iterator> it(r.db->NewIterator(rocksdb::ReadOptions(), r.cf[kEvents]));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    json j = json::parse(it->value().ToString(), nullptr, false);
    if (j.is_discarded()) return Status::Corruption(r.dir.string() + ": unreadable event of article '" + id + "'");
    int sentence = static_cast<int>(ReadBigEndian32(it->key().ToStringView().substr(prefix.size(), 4)));
    Event e = EventFromValue(id, sentence, j);
    if (e.begin >= 0 && e.begin < e.end && e.end <= static_cast<int>(text.size()))
      e.text = text.substr(static_cast<size_t>(e.begin), static_cast<size_t>(e.end - e.begin));
    out.push_back(std::move(e));
  }
  GEOKG_RETURN_IF_ERROR(Translate(it->status(), r.dir.string()));
  return out;
}

Result<StoredArticle> EventStore::GetArticle(const std::string& id) const {
  std::string value;
  bool found = false;
  GEOKG_RETURN_IF_ERROR(rep_->Get(kArticles, id, &value, &found));
  if (!found) return Status::NotFound("no article '" + id + "' in " + rep_->dir.string());
  json j = json::parse(value, nullptr, false);
  if (j.is_discarded()) return Status::Corruption(rep_->dir.string() + ": article '" + id + "' is unreadable");
  return ArticleFromJson(id, j);
}

Result<StoreStats> EventStore::Stats() const {
  const Rep& r = *rep_;
  StoreStats st;
  std::string v;
  bool found = false;
  GEOKG_RETURN_IF_ERROR(r.Get(kMeta, "counts", &v, &found));
  if (found) {
    auto c = DecodeCounters(v);
    c.resize(3, 0);
    st.articles = c[0];
    st.sentences = c[1];
    st.mentions = c[2];
  }
  GEOKG_RETURN_IF_ERROR(r.Get(kMeta, "schema", &v, &found));
  st.schema = found ? std::atoi(v.c_str()) : 0;
  GEOKG_RETURN_IF_ERROR(r.Get(kMeta, "ontology", &v, &found));
  st.ontology = found ? v : "";
  std::string last_pair;
  GEOKG_RETURN_IF_ERROR(ScanDyads({}, [&](const DyadAggregate& a) {
    ++st.events;
    std::string pair = a.source + std::string(1, kSep) + a.target;
    if (pair != last_pair) ++st.dyads;
    last_pair = std::move(pair);
    return true;
  }));
  std::unique_ptr<rocksdb::Iterator> it(r.db->NewIterator(rocksdb::ReadOptions(), r.cf[kActors]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    auto c = DecodeCounters(it->value().ToStringView());
    if (c.size() >= 2 && (c[0] > 0 || c[1] > 0)) ++st.actors;
  }
  GEOKG_RETURN_IF_ERROR(Translate(it->status(), r.dir.string()));
  return st;
}

}  // namespace geokg::storage
