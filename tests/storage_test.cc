// Tests of storage/: idempotent and incremental writes, aggregates,
// evidence, reopening, locking and bad stores. Each test has its own directory.
#include "storage/storage.h"

#include <catch2/catch.hpp>
#include <rocksdb/db.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "tests/test_util.h"

namespace fs = std::filesystem;
using namespace geokg;
using namespace geokg::storage;

namespace {

fs::path TempDir(const std::string& name) { return testing::TempPath("storage_" + name); }

Event Ev(int sentence, const std::string& s, const std::string& t, const std::string& code, double g,
         const std::string& date, int begin, int end) {
  Event e;
  e.sentence = sentence;
  e.source = s;
  e.target = t;
  e.source_actor = s.substr(0, 3);
  e.target_actor = t.substr(0, 3);
  e.code = code;
  e.root = code.substr(0, 2);
  e.goldstein = g;
  e.quad = 4;
  e.date = date;
  e.begin = begin;
  e.end = end;
  return e;
}

StoredArticle Art(const std::string& id, const std::string& text, const std::string& date = "2015-11-24") {
  return StoredArticle{id, "title " + id, date, "src", "", text, "", 1, 0};
}

std::unique_ptr<EventStore> OpenNew(const fs::path& d) {
  StoreOptions o;
  o.create_if_missing = true;
  auto s = EventStore::Open(d, o);
  REQUIRE(s.ok());
  return std::move(s).value();
}

std::vector<DyadAggregate> All(const EventStore& s, DyadFilter f = {}) {
  std::vector<DyadAggregate> out;
  REQUIRE(s.ScanDyads(f, [&](const DyadAggregate& a) {
                out.push_back(a);
                return true;
              }).ok());
  return out;
}

const std::string kText = "Turkey shot down a Russian warplane.";

}  // namespace

TEST_CASE("PutArticle is idempotent and detects the same text under another id", "[storage]") {
  fs::path d = TempDir("idem");
  auto s = OpenNew(d);
  std::vector<Event> ev{Ev(0, "TUR", "RUSMIL", "190", -10, "2015-11-24", 0, 36)};
  CHECK(s->PutArticle(Art("a1", kText), ev).value() == PutOutcome::kAdded);
  CHECK(s->PutArticle(Art("a1", kText), ev).value() == PutOutcome::kUnchanged);
  CHECK(s->PutArticle(Art("a2", "turkey  shot down a RUSSIAN warplane."), ev).value() == PutOutcome::kDuplicate);
  auto st = s->Stats().value();
  CHECK(st.articles == 1);
  CHECK(st.mentions == 1);
  CHECK(st.events == 1);
  CHECK(st.actors == 2);
  CHECK(st.dyads == 1);
  fs::remove_all(d);
}

TEST_CASE("The same event reported by two articles is one event with two mentions", "[storage]") {
  fs::path d = TempDir("mentions");
  auto s = OpenNew(d);
  REQUIRE(s->PutArticle(Art("a1", kText), {Ev(0, "TUR", "RUSMIL", "190", -10, "2015-11-24", 0, 36)}).ok());
  REQUIRE(s->PutArticle(Art("a2", "Turkish jets downed a Russian plane."),
                        {Ev(0, "TURMIL", "RUSMIL", "190", -10, "2015-11-24", 0, 36)})
              .ok());
  auto dy = All(*s);
  REQUIRE(dy.size() == 1);
  CHECK(dy[0].source == "TUR");
  CHECK(dy[0].target == "RUS");
  CHECK(dy[0].day == 20151124);
  CHECK(dy[0].events == 1);
  CHECK(dy[0].mentions == 2);
  CHECK(dy[0].goldstein == -10.0);
  auto st = s->Stats().value();
  CHECK(st.events == 1);
  CHECK(st.mentions == 2);
  fs::remove_all(d);
}

TEST_CASE("A changed article replaces its events and aggregates exactly", "[storage]") {
  fs::path d = TempDir("replace");
  auto s = OpenNew(d);
  REQUIRE(s->PutArticle(Art("a1", kText), {Ev(0, "TUR", "RUSMIL", "190", -10, "2015-11-24", 0, 36)}).ok());
  std::string changed = "Russia condemned Turkey.";
  CHECK(s->PutArticle(Art("a1", changed), {Ev(0, "RUS", "TUR", "111", -2, "2015-11-24", 0, 24)}).value() ==
        PutOutcome::kReplaced);
  auto dy = All(*s);
  REQUIRE(dy.size() == 1);
  CHECK(dy[0].source == "RUS");
  CHECK(dy[0].code == "111");
  auto st = s->Stats().value();
  CHECK(st.articles == 1);
  CHECK(st.mentions == 1);
  CHECK(st.actors == 2);
  // The old text is free again: another article with it is stored.
  CHECK(s->PutArticle(Art("a3", kText), {}).value() == PutOutcome::kAdded);
  fs::remove_all(d);
}

TEST_CASE("ScanEvents returns evidence sentences, filtered by direction, date and code", "[storage]") {
  fs::path d = TempDir("evidence");
  auto s = OpenNew(d);
  std::string text = "Turkey shot down a Russian warplane. Russia condemned Turkey.";
  REQUIRE(s->PutArticle(Art("a1", text), {Ev(0, "TUR", "RUSMIL", "190", -10, "2015-11-24", 0, 36),
                                          Ev(1, "RUS", "TUR", "111", -2, "2015-11-25", 37, 61)})
              .ok());
  DyadFilter f;
  f.source = "TUR";
  f.target = "RUS";
  f.both_directions = true;
  std::vector<Event> got;
  REQUIRE(s->ScanEvents(f, [&](const Event& e) {
               got.push_back(e);
               return true;
             }).ok());
  REQUIRE(got.size() == 2);
  // Source -> target first, then the other direction.
  CHECK(got[0].text == "Turkey shot down a Russian warplane.");
  CHECK(got[0].source == "TUR");
  CHECK(got[0].target == "RUSMIL");
  CHECK(got[1].text == "Russia condemned Turkey.");
  f.codes = {"19"};
  CHECK(All(*s, f).size() == 1);
  f.codes.clear();
  f.from = 20151125;
  CHECK(All(*s, f).size() == 1);
  f.both_directions = false;
  CHECK(All(*s, f).empty());  // TUR -> RUS on or after the 25th: none
  fs::remove_all(d);
}

TEST_CASE("A store reopens with its data, read-only alongside a writer", "[storage]") {
  fs::path d = TempDir("reopen");
  {
    auto s = OpenNew(d);
    REQUIRE(s->PutArticle(Art("a1", kText), {Ev(0, "TUR", "RUSMIL", "190", -10, "2015-11-24", 0, 36)}).ok());
    REQUIRE(s->SetOntology("abc").ok());
  }
  auto w = OpenNew(d);
  StoreOptions ro;
  ro.read_only = true;
  auto r = EventStore::Open(d, ro);
  REQUIRE(r.ok());
  auto st = r.value()->Stats().value();
  CHECK(st.articles == 1);
  CHECK(st.ontology == "abc");
  CHECK(st.schema == kSchemaVersion);
  CHECK(r.value()->GetArticle("a1").value().text == kText);
  CHECK(r.value()->GetArticle("zz").status().code() == Status::Code::kNotFound);
  fs::remove_all(d);
}

TEST_CASE("A second writer gets a clear Busy error naming the store", "[storage]") {
  fs::path d = TempDir("lock");
  auto w = OpenNew(d);
  StoreOptions o;
  o.create_if_missing = true;
  auto second = EventStore::Open(d, o);
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().code() == Status::Code::kBusy);
  CHECK(second.status().message().find(d.string()) != std::string::npos);
  CHECK(second.status().message().find("pid") != std::string::npos);
  fs::remove_all(d);
}

TEST_CASE("Opening something that is not a store says so", "[storage]") {
  fs::path d = TempDir("notastore");
  StoreOptions o;
  SECTION("missing") {
    auto s = EventStore::Open(d, o);
    CHECK(s.status().code() == Status::Code::kNotFound);
    CHECK(s.status().message().find("geokg build") != std::string::npos);
  }
  SECTION("a directory of other files") {
    fs::create_directories(d);
    std::ofstream(d / "notes.txt") << "hello";
    o.create_if_missing = true;
    auto s = EventStore::Open(d, o);
    CHECK(s.status().code() == Status::Code::kInvalidArgument);
    CHECK(s.status().message().find("not a geokg store") != std::string::npos);
    CHECK(fs::exists(d / "notes.txt"));
  }
  SECTION("a file") {
    std::ofstream(d) << "hello";
    o.create_if_missing = true;
    CHECK(EventStore::Open(d, o).status().code() == Status::Code::kInvalidArgument);
  }
  fs::remove_all(d);
}

TEST_CASE("A damaged store gives a clear Corruption error, not a crash", "[storage]") {
  fs::path d = TempDir("corrupt");
  {
    auto s = OpenNew(d);
    REQUIRE(s->PutArticle(Art("a1", kText), {Ev(0, "TUR", "RUSMIL", "190", -10, "2015-11-24", 0, 36)}).ok());
  }
  // Point CURRENT at a manifest that does not exist.
  std::ofstream(d / "CURRENT", std::ios::trunc) << "MANIFEST-999999\n";
  StoreOptions o;
  auto s = EventStore::Open(d, o);
  REQUIRE_FALSE(s.ok());
  CHECK(s.status().message().find(d.string()) != std::string::npos);
  fs::remove_all(d);
}

TEST_CASE("A store of another schema version is refused, saying what to do", "[storage]") {
  fs::path d = TempDir("schema");
  { OpenNew(d); }
  {
    // Rewrite the schema version as a future geokg would.
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), d.string(), &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const auto& n : names) families.emplace_back(n, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), d.string(), families, &handles, &raw).ok());
    size_t meta = std::find(names.begin(), names.end(), "meta") - names.begin();
    REQUIRE(meta < names.size());
    REQUIRE(raw->Put(rocksdb::WriteOptions(), handles[meta], "schema", "99").ok());
    for (auto* h : handles) REQUIRE(raw->DestroyColumnFamilyHandle(h).ok());
    delete raw;
  }
  StoreOptions o;
  auto s = EventStore::Open(d, o);
  REQUIRE_FALSE(s.ok());
  CHECK(s.status().code() == Status::Code::kUnsupported);
  CHECK(s.status().message().find("schema version 99") != std::string::npos);
  CHECK(s.status().message().find("rebuild") != std::string::npos);
  fs::remove_all(d);
}

TEST_CASE("ScanEvents gives every event its sentence, over many articles", "[storage]") {
  // More articles than the article-text cache holds.
  fs::path d = TempDir("many");
  auto s = OpenNew(d);
  for (int i = 0; i < 600; ++i) {
    std::string text = "Turkey shot down Russian warplane number " + std::to_string(i) + ".";
    REQUIRE(s->PutArticle(Art("a" + std::to_string(i), text),
                          {Ev(0, "TUR", "RUSMIL", "190", -10, "2015-11-24", 0, static_cast<int>(text.size()))})
                .ok());
  }
  DyadFilter f;
  f.source = "TUR";
  int seen = 0, with_text = 0;
  REQUIRE(s->ScanEvents(f, [&](const Event& e) {
               ++seen;
               with_text += e.text == "Turkey shot down Russian warplane number " + e.doc.substr(1) + ".";
               return true;
             }).ok());
  CHECK(seen == 600);
  CHECK(with_text == 600);
  fs::remove_all(d);
}
