// cli: the commands of the `geokg` program, as a library.
//
// Each command takes an args struct and the streams to write to, and returns
// a Status; main.cc only parses argv into args and maps the result to an exit
// code (0 success, 1 bad input or usage, 2 internal error). Keeping argv out
// of here makes every command testable.
//
// Thread safety: commands may run concurrently on different stores.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "ontology/ontology.h"

namespace geokg::cli {

// Where output goes, and whether the terminal wants progress.
struct Io {
  std::ostream& out;
  std::ostream& err;
  bool progress = false;  // stderr is a terminal
};

// The built-in ontology directory (compiled in; GEOKG_ONTOLOGY overrides).
std::string DefaultOntologyDir();
// The default store directory: $GEOKG_DB, else "geokg.db".
std::string DefaultStoreDir();

// Filters shared by queries and diagrams.
struct QueryFilter {
  std::string from, to;  // YYYY-MM-DD
  std::string codes;     // "19,20" or "190,1951"
  std::string quads;     // "1,2", "conflict", "material-conflict", ...
};

struct BuildArgs {
  std::vector<std::string> inputs;
  std::string db;
  std::string ontology;
  int jobs = 1;
};
// Reads, codes and stores the articles. Returns InvalidArgument (exit 1)
// when any input was skipped; the rest is stored all the same.
Status Build(const BuildArgs& args, Io io);

struct RecodeArgs {
  std::string db;
  std::string ontology;
};
// Codes every stored article again with the ontology and replaces events
// and aggregates where they changed; reports what changed, by code.
Status Recode(const RecodeArgs& args, Io io);

struct MergeArgs {
  std::vector<std::string> inputs;  // store directories
  std::string output;               // store directory, created if missing
};
// Adds every article of the input stores, with its events, to the output
// store, under the same rules as build (idempotent, duplicates detected).
Status Merge(const MergeArgs& args, Io io);

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string ontology;
  std::string format = "jsonl";  // jsonl | tsv
  int jobs = 1;
};
Status Extract(const ExtractArgs& args, Io io);

struct RelationsArgs {
  std::string a, b;  // names or codes; both empty: strongest dyads overall
  std::string db;
  std::string ontology;
  QueryFilter filter;
  std::string by = "month";  // timeline: day | week | month | year
  std::string format = "table";  // table | json | csv
  int top = 10;        // dyads listed without actors; evidence sentences shown
};
Status Relations(const RelationsArgs& args, Io io);

struct RenderArgs {
  std::string db;
  std::string ontology;
  std::string output;
  std::string ego;
  int depth = 1;
  int top = 60;
  std::int64_t min_events = 1;
  std::string layout;
  QueryFilter filter;
};
Status Render(const RenderArgs& args, Io io);

// Network questions on the graph of the chosen window and filters.
struct NetworkArgs {
  std::string a, b;  // actors, where the question takes them
  std::string db;
  std::string ontology;
  QueryFilter filter;
  int top = 10;
  std::string centrality = "degree";  // central: degree | pagerank | betweenness
  std::string by = "month";           // timeline: day | week | month | year
  std::string format = "table";       // table | json | csv
};
Status Partners(const NetworkArgs& args, Io io);
Status Path(const NetworkArgs& args, Io io);
Status Central(const NetworkArgs& args, Io io);
Status Blocs(const NetworkArgs& args, Io io);
Status Timeline(const NetworkArgs& args, Io io);

struct ExportArgs {
  std::string db;
  std::string ontology;
  QueryFilter filter;
  std::string format = "graphml";  // graphml | csv | jsonl | dot
  std::string output;              // "" or "-": standard output
};
// Writes the graph (graphml, csv edges, dot) or the events (jsonl).
Status Export(const ExportArgs& args, Io io);

struct StatsArgs {
  std::string db;
  bool json = false;
};
Status Stats(const StatsArgs& args, Io io);

struct ExplainArgs {
  std::string sentence;
  std::string date;
  std::string ontology;
  bool tabari = false;  // code with extract::TabariRules()
};
Status Explain(const ExplainArgs& args, Io io);

struct EvalArgs {
  std::string records;     // PETRARCH XML or TABARI validation text
  std::string ontology;
  std::string events_out;  // write produced events as JSON Lines here
  int show = 30;           // wrong records listed (0: none, -1: all)
};
// Codes validation records and prints per-category scores and misses.
Status Eval(const EvalArgs& args, Io io);

struct OntologyCheckArgs {
  std::string dir;
};
Status OntologyCheck(const OntologyCheckArgs& args, Io io);

struct OntologyLookupArgs {
  std::string phrase;
  std::string date;
  std::string ontology;
};
Status OntologyLookup(const OntologyLookupArgs& args, Io io);

struct OntologyShowArgs {
  std::string code;
  std::string ontology;
};
Status OntologyShow(const OntologyShowArgs& args, Io io);

struct OntologyImportArgs {
  std::string from;  // petrarch | tabari
  std::vector<std::string> verbs, actors, agents, discards;
  std::string output;
  // Accept event codes as written instead of checking them against the
  // built-in CAMEO codebook (validation suites use codes of their own).
  bool no_codebook = false;
};
Status OntologyImport(const OntologyImportArgs& args, Io io);

}  // namespace geokg::cli
