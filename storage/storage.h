// storage: the event graph persisted in RocksDB (embedded, no server).
//
// Holds articles (with their cleaned text and a content hash), the events
// coded from them (each pointing at its evidence sentence by offsets into the
// article), an index of events by dyad and day, and aggregates per (source
// actor, target actor, day, code) kept by a merge operator. Every article is
// written in one atomic batch, so a store killed at any moment opens with
// whole articles only, and ingesting the same article again changes nothing.
// Schema: storage/README.md.
//
// Thread safety: an EventStore may be read from many threads; writes
// (PutArticle) must come from one thread at a time. One process at a time
// may open a store for writing; any number may open it read-only meanwhile.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "ontology/ontology.h"

namespace geokg::storage {

constexpr int kSchemaVersion = 1;

struct StoreOptions {
  // Create the store when `dir` does not hold one. Default: false.
  bool create_if_missing = false;
  // Open without the write lock, alongside a writer; sees the state at open
  // time. Default: false.
  bool read_only = false;
};

struct StoredArticle {
  std::string id, title, date, source, url;
  std::string text;  // cleaned text; events' offsets point into it
  std::string hash;  // content hash of `text`, filled by PutArticle
  std::int64_t sentences = 0;
  std::int64_t events = 0;
};

enum class PutOutcome {
  kAdded,      // new article
  kUnchanged,  // same id, same text: nothing written
  kDuplicate,  // same text already stored under another id: nothing written
  kReplaced,   // same id, new text: its old events and aggregates were replaced
};

struct StoreStats {
  std::int64_t articles = 0;
  std::int64_t sentences = 0;
  std::int64_t events = 0;    // distinct events: (source, target, day, code)
  std::int64_t mentions = 0;  // event mentions: coded sentences
  std::int64_t actors = 0;    // actors with at least one event
  std::int64_t dyads = 0;     // ordered actor pairs with at least one event
  int schema = 0;
  std::string ontology;  // fingerprint of the ontology that coded the events
};

// Which aggregates or events a scan returns. Empty fields match everything.
struct DyadFilter {
  std::string source;  // base actor code
  std::string target;  // base actor code
  bool both_directions = false;  // also target -> source
  Day from = kNoDay, to = kNoDay;  // inclusive
  std::vector<std::string> codes;  // event codes or roots ("19" matches 190, 1951, ...)
  std::vector<int> quads;          // 1-4
};

class EventStore {
 public:
  // Opens (or creates) the store in `dir`.
  //   NotFound: no store there and !create_if_missing.
  //   InvalidArgument: `dir` holds something that is not a geokg store.
  //   Unsupported: the store was written by another schema version.
  //   Busy: another process holds the write lock (the message names it).
  //   IOError / Corruption: as RocksDB reports, with the path.
  static Result<std::unique_ptr<EventStore>> Open(const std::filesystem::path& dir, const StoreOptions& options);
  ~EventStore();
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  // Stores an article and the events coded from it, atomically, following
  // the rules of PutOutcome. `events` point into `article.text` by offsets.
  // REQUIRES: !read_only.
  Result<PutOutcome> PutArticle(StoredArticle article, const std::vector<Event>& events);

  // Replaces the events of a stored article (recoding), and its text when
  // `text` is given (offsets of `events` point into the new text). Atomic.
  // NotFound when absent. `changes`, when given, receives +1 per event code
  // added and -1 per code removed.
  Status ReplaceEvents(const std::string& id, const std::vector<Event>& events, const std::string* text = nullptr,
                       std::map<std::string, std::int64_t>* changes = nullptr);

  // The stored events of one article, with their sentences, in order.
  Result<std::vector<Event>> GetEvents(const std::string& id) const;

  // Records the fingerprint of the ontology that coded the stored events.
  Status SetOntology(const std::string& fingerprint);

  // Calls `fn` for each aggregate matching `filter`, in key order (source,
  // target, day, code). `fn` returns false to stop.
  Status ScanDyads(const DyadFilter& filter, const std::function<bool(const DyadAggregate&)>& fn) const;
  // Calls `fn` for each event matching `filter`, with its sentence text.
  Status ScanEvents(const DyadFilter& filter, const std::function<bool(const Event&)>& fn) const;
  // Calls `fn` for each stored article, in id order.
  Status ScanArticles(const std::function<bool(const StoredArticle&)>& fn) const;
  Result<StoredArticle> GetArticle(const std::string& id) const;

  Result<StoreStats> Stats() const;
  const std::filesystem::path& dir() const;

  // Makes written data durable on disk (WAL sync). Writes are durable
  // against process crashes without it.
  Status Sync();

  struct Rep;  // opaque: RocksDB stays in storage.cc

 private:
  EventStore();
  // Opens the RocksDB database in `dir` (creating it when asked) and checks
  // or writes the schema version.
  static Result<std::unique_ptr<EventStore>> OpenDatabase(const std::filesystem::path& dir,
                                                          const StoreOptions& options);
  std::unique_ptr<Rep> rep_;
};

}  // namespace geokg::storage
