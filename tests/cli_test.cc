// End-to-end tests through the command library: build a store from the
// bundled examples, query relations, render, stats; and bad input.
#include "cli/cli.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <algorithm>
#include <fstream>
#include <sstream>

#include "tests/test_util.h"

namespace fs = std::filesystem;
using namespace geokg;
using namespace geokg::cli;

namespace {

const fs::path kExamples = fs::path(GEOKG_SOURCE_DIR) / "examples" / "articles";

fs::path TempDir(const std::string& name) { return testing::TempDir("cli_" + name); }

struct Run {
  Status status;
  std::string out, err;
};

template <class Args, class Fn>
Run Call(Fn fn, const Args& args) {
  std::ostringstream out, err;
  Status s = fn(args, Io{out, err, false});
  return {s, out.str(), err.str()};
}

// One store built from the examples, shared by the queries below.
const fs::path& ExampleStore() {
  static fs::path db = [] {
    fs::path d = TempDir("examples") / "db";
    BuildArgs b;
    b.inputs = {(kExamples / "articles.jsonl").string()};
    b.db = d.string();
    b.jobs = 2;
    Run r = Call(Build, b);
    INFO(r.err);
    REQUIRE(r.status.ok());
    return d;
  }();
  return db;
}

}  // namespace

TEST_CASE("extract codes the 2015 events: TUR->RUS under root 19 and NATO->MNE", "[cli]") {
  ExtractArgs a;
  a.inputs = {(kExamples / "articles.jsonl").string()};
  Run r = Call(Extract, a);
  REQUIRE(r.status.ok());
  bool tur_rus = false, nato_mne = false;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("\"source\":\"TUR") != std::string::npos && line.find("\"target\":\"RUS") != std::string::npos &&
        line.find("\"root\":\"19\"") != std::string::npos)
      tur_rus = true;
    if (line.find("\"source\":\"NATO\"") != std::string::npos && line.find("\"target\":\"MNE") != std::string::npos)
      nato_mne = true;
  }
  CHECK(tur_rus);
  CHECK(nato_mne);
}

TEST_CASE("build from .txt files and from .jsonl stores the same articles once", "[cli]") {
  fs::path d = TempDir("both") / "db";
  BuildArgs b;
  b.inputs = {(kExamples / "txt").string()};
  b.db = d.string();
  Run first = Call(Build, b);
  REQUIRE(first.status.ok());
  StatsArgs s;
  s.db = d.string();
  s.json = true;
  std::string stats_txt = Call(Stats, s).out;
  b.inputs = {(kExamples / "articles.jsonl").string()};
  Run second = Call(Build, b);
  REQUIRE(second.status.ok());
  CHECK(second.out.find("(0 added") != std::string::npos);
  CHECK(Call(Stats, s).out == stats_txt);  // nothing changed
  Run again = Call(Build, b);
  CHECK(again.out.find("(0 added, 0 replaced") != std::string::npos);
  CHECK(Call(Stats, s).out == stats_txt);
}

TEST_CASE("relations TUR RUS shows the shoot-down with its sentence", "[cli]") {
  RelationsArgs a;
  a.a = "Turkey";
  a.b = "RUS";
  a.db = ExampleStore().string();
  Run r = Call(Relations, a);
  REQUIRE(r.status.ok());
  CHECK(r.out.find("TUR -> RUS") != std::string::npos);
  CHECK(r.out.find("shot down") != std::string::npos);
  a.format = "json";
  Run j = Call(Relations, a);
  REQUIRE(j.status.ok());
  CHECK(j.out.find("\"source\": \"TUR\"") != std::string::npos);
  CHECK(j.out.find("\"evidence\"") != std::string::npos);
  a.format = "table";
  a.a = "Turkish";  // adjectives work too
  CHECK(Call(Relations, a).status.ok());
  a.a = "Rusia";
  Run bad = Call(Relations, a);
  CHECK(bad.status.code() == Status::Code::kInvalidArgument);
  CHECK(bad.status.message().find("Russia (RUS)") != std::string::npos);
}

TEST_CASE("relations without actors lists the strongest relations", "[cli]") {
  RelationsArgs a;
  a.db = ExampleStore().string();
  Run r = Call(Relations, a);
  REQUIRE(r.status.ok());
  CHECK(r.out.find("Strongest relations") != std::string::npos);
}

TEST_CASE("render writes an SVG naming the countries; stats --json has the counts", "[cli]") {
  fs::path out = TempDir("render") / "graph.svg";
  RenderArgs a;
  a.db = ExampleStore().string();
  a.output = out.string();
  Run r = Call(Render, a);
  REQUIRE(r.status.ok());
  std::ifstream f(out);
  std::string svg((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("Turkey") != std::string::npos);
  CHECK(svg.find("Russia") != std::string::npos);
  a.ego = "Montenegro";
  a.output = (out.parent_path() / "ego.dot").string();
  REQUIRE(Call(Render, a).status.ok());
  StatsArgs s;
  s.db = ExampleStore().string();
  s.json = true;
  Run st = Call(Stats, s);
  REQUIRE(st.status.ok());
  for (const char* key : {"\"articles\"", "\"sentences\"", "\"events\"", "\"actors\"", "\"dyads\""})
    CHECK(st.out.find(key) != std::string::npos);
}

TEST_CASE("build goes on past bad input, names it, and says so in the status", "[cli]") {
  fs::path d = TempDir("bad");
  std::ofstream(d / "a.jsonl") << "{\"id\":\"ok1\",\"date\":\"2015-12-02\",\"text\":\"Turkey attacked Syria.\"}\n"
                               << "{broken\n";
  std::ofstream(d / "b.txt") << "Title: x\n\n";
  BuildArgs b;
  b.inputs = {d.string()};
  b.db = (d / "db").string();
  Run r = Call(Build, b);
  CHECK(r.status.code() == Status::Code::kInvalidArgument);
  CHECK(r.err.find("a.jsonl:2: malformed JSON") != std::string::npos);
  CHECK(r.err.find("b.txt: empty article") != std::string::npos);
  CHECK(r.out.find("1 added") != std::string::npos);
  CHECK(r.out.find("2 skipped") != std::string::npos);
}

TEST_CASE("queries on a missing store say how to make one", "[cli]") {
  StatsArgs s;
  s.db = (TempDir("nostore") / "none").string();
  Run r = Call(Stats, s);
  CHECK(r.status.code() == Status::Code::kNotFound);
  CHECK(r.status.message().find("geokg build") != std::string::npos);
}

TEST_CASE("recode with an unchanged ontology changes nothing; with a fix, reports the change", "[cli]") {
  fs::path d = TempDir("recode");
  BuildArgs b;
  b.inputs = {(kExamples / "articles.jsonl").string()};
  b.db = (d / "db").string();
  REQUIRE(Call(Build, b).status.ok());
  RecodeArgs r;
  r.db = b.db;
  Run same = Call(Recode, r);
  REQUIRE(same.status.ok());
  CHECK(same.out.find(" 0 changed; 0 events added, 0 removed") != std::string::npos);

  // A dictionary fix: discard every sentence that says "shot down".
  fs::path onto = d / "ontology";
  fs::copy(fs::path(GEOKG_SOURCE_DIR) / "ontology" / "data", onto, fs::copy_options::recursive);
  std::ofstream(onto / "fix.yaml") << "discards: [shot down]\n";
  r.ontology = onto.string();
  Run fixed = Call(Recode, r);
  REQUIRE(fixed.status.ok());
  CHECK(fixed.out.find(" 0 changed") == std::string::npos);
  CHECK(fixed.out.find("190") != std::string::npos);
  RelationsArgs rel;
  rel.a = "TUR";
  rel.b = "RUS";
  rel.db = b.db;
  rel.filter.codes = "190";
  Run after = Call(Relations, rel);
  REQUIRE(after.status.ok());
  CHECK(after.out.find("no events") != std::string::npos);
}

TEST_CASE("merge of two shards equals one build over everything", "[cli]") {
  fs::path d = TempDir("merge");
  std::vector<std::string> first, second;
  std::vector<fs::path> files;
  for (const auto& f : fs::directory_iterator(kExamples / "txt")) files.push_back(f.path());
  std::sort(files.begin(), files.end());
  for (size_t i = 0; i < files.size(); ++i) (i < files.size() / 2 ? first : second).push_back(files[i].string());
  BuildArgs b;
  b.db = (d / "a").string();
  b.inputs = first;
  REQUIRE(Call(Build, b).status.ok());
  b.db = (d / "b").string();
  b.inputs = second;
  REQUIRE(Call(Build, b).status.ok());
  b.db = (d / "all").string();
  b.inputs = {(kExamples / "txt").string()};
  REQUIRE(Call(Build, b).status.ok());
  MergeArgs m;
  m.inputs = {(d / "a").string(), (d / "b").string()};
  m.output = (d / "merged").string();
  REQUIRE(Call(Merge, m).status.ok());
  auto stats = [&](const std::string& db) {
    StatsArgs s;
    s.db = db;
    s.json = true;
    std::string out = Call(Stats, s).out;
    return out.substr(out.find("\"articles\""));  // without the store path
  };
  CHECK(stats((d / "merged").string()) == stats((d / "all").string()));
  // Merging again changes nothing.
  REQUIRE(Call(Merge, m).status.ok());
  CHECK(stats((d / "merged").string()) == stats((d / "all").string()));
}

TEST_CASE("network questions: partners, path, central, blocs, timeline", "[cli]") {
  NetworkArgs n;
  n.db = ExampleStore().string();
  n.a = "Russia";
  Run partners = Call(Partners, n);
  REQUIRE(partners.status.ok());
  CHECK(partners.out.find("Turkey (TUR)") != std::string::npos);
  n.a = "Montenegro";
  n.b = "Russia";
  Run path = Call(Path, n);
  REQUIRE(path.status.ok());
  CHECK(path.out.find("Montenegro - NATO") != std::string::npos);
  n.centrality = "betweenness";
  n.format = "json";
  Run central = Call(Central, n);
  REQUIRE(central.status.ok());
  CHECK(central.out.find("\"betweenness\"") != std::string::npos);
  n.centrality = "closeness";
  CHECK(Call(Central, n).status.code() == Status::Code::kInvalidArgument);
  n.format = "table";
  Run blocs = Call(Blocs, n);
  REQUIRE(blocs.status.ok());
  CHECK(blocs.out.find("cooperative ties") != std::string::npos);
  n.a = "TUR";
  n.b = "RUS";
  n.by = "week";
  Run timeline = Call(Timeline, n);
  REQUIRE(timeline.status.ok());
  CHECK(timeline.out.find("2015-11-23") != std::string::npos);  // the Monday of the shoot-down's week
}

TEST_CASE("export writes GraphML, CSV, DOT and the events", "[cli]") {
  fs::path d = TempDir("export");
  ExportArgs e;
  e.db = ExampleStore().string();
  for (const char* format : {"graphml", "csv", "dot", "jsonl"}) {
    e.format = format;
    e.output = (d / (std::string("out.") + format)).string();
    REQUIRE(Call(Export, e).status.ok());
    std::ifstream f(e.output);
    std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    if (e.format == "graphml") CHECK(text.find("<graphml") != std::string::npos);
    if (e.format == "graphml") CHECK(text.find("TUR") != std::string::npos);
    if (e.format == "csv") CHECK(text.rfind("source,target,", 0) == 0);
    if (e.format == "dot") CHECK(text.rfind("digraph", 0) == 0);
    if (e.format == "jsonl") CHECK(text.find("\"source\":\"TUR\"") != std::string::npos);
  }
  e.format = "xlsx";
  CHECK(Call(Export, e).status.code() == Status::Code::kInvalidArgument);
}
