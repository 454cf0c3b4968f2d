// The geokg command: parses argv with CLI11 and dispatches to cli/commands.
// Exit codes: 0 success, 1 bad input or usage, 2 internal error.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "cli/cli.h"

namespace {

int ExitCode(const geokg::Status& s) {
  using Code = geokg::Status::Code;
  switch (s.code()) {
    case Code::kOk: return 0;
    case Code::kInvalidArgument:
    case Code::kNotFound:
    case Code::kBusy:
    case Code::kUnsupported: return 1;
    default: return 2;
  }
}

void AddFilter(CLI::App* cmd, geokg::cli::QueryFilter* f) {
  cmd->add_option("--from", f->from, "First day, YYYY-MM-DD");
  cmd->add_option("--to", f->to, "Last day, YYYY-MM-DD");
  cmd->add_option("--code", f->codes, "CAMEO codes or roots, comma-separated (19,20 or 190,1831)");
  cmd->add_option("--quad", f->quads,
                  "Quad classes: 1-4, verbal-cooperation, material-cooperation, verbal-conflict, "
                  "material-conflict, cooperation, conflict");
}

}  // namespace

int main(int argc, char** argv) {
  using namespace geokg::cli;
  CLI::App app{"geokg: news articles in, a knowledge graph of geopolitical events out"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "geokg 0.1.0");
  std::string db_help = "Store directory (default: $GEOKG_DB or ./geokg.db)";
  std::string onto_help = "Ontology directory (default: the built-in one)";

  BuildArgs build;
  auto* c_build = app.add_subcommand("build", "Code articles and add them to the store");
  c_build->add_option("paths", build.inputs, "Files (.txt, .jsonl), folders, or - for stdin")->required();
  c_build->add_option("--db", build.db, db_help);
  c_build->add_option("--ontology", build.ontology, onto_help);
  c_build->add_option("-j,--jobs", build.jobs, "Coding threads")->check(CLI::Range(1, 256));

  ExtractArgs extract;
  auto* c_extract = app.add_subcommand("extract", "Code articles and print the events (no store)");
  c_extract->add_option("paths", extract.inputs, "Files (.txt, .jsonl), folders, or - for stdin")->required();
  c_extract->add_option("--format", extract.format, "jsonl or tsv")->check(CLI::IsMember({"jsonl", "tsv"}));
  c_extract->add_option("--ontology", extract.ontology, onto_help);
  c_extract->add_option("-j,--jobs", extract.jobs, "Coding threads")->check(CLI::Range(1, 256));

  RelationsArgs rel;
  auto* c_rel = app.add_subcommand("relations", "Events between two actors, or one actor's relations, "
                                                "or (no actor) the strongest relations");
  c_rel->add_option("A", rel.a, "Actor: name, adjective or code (Turkey, Turkish, TUR)");
  c_rel->add_option("B", rel.b, "Second actor");
  c_rel->add_option("--db", rel.db, db_help);
  c_rel->add_option("--ontology", rel.ontology, onto_help);
  c_rel->add_option("--by", rel.by, "Timeline period: day, week, month, year");
  c_rel->add_option("--top", rel.top, "Evidence sentences (or relations) shown");
  bool rel_json = false, rel_csv = false;
  c_rel->add_flag("--json", rel_json, "Output JSON");
  c_rel->add_flag("--csv", rel_csv, "Output CSV (events)");
  AddFilter(c_rel, &rel.filter);

  RenderArgs render;
  auto* c_render = app.add_subcommand("render", "Draw the network diagram (svg, png, pdf, dot)");
  c_render->add_option("-o,--output", render.output, "Output file: .svg, .png, .pdf or .dot")->required();
  c_render->add_option("--db", render.db, db_help);
  c_render->add_option("--ontology", render.ontology, onto_help);
  c_render->add_option("--ego", render.ego, "Draw only this actor and its partners");
  c_render->add_option("--depth", render.depth, "Steps from --ego")->check(CLI::Range(1, 10));
  c_render->add_option("--top", render.top, "Keep the N actors with most events (0: all)");
  c_render->add_option("--min-events", render.min_events, "Drop relations with fewer events");
  c_render->add_option("--layout", render.layout, "Layout engine: dot, neato, sfdp");
  AddFilter(c_render, &render.filter);

  RecodeArgs recode;
  auto* c_recode = app.add_subcommand("recode", "Code every stored article again with an ontology");
  c_recode->add_option("--db", recode.db, db_help);
  c_recode->add_option("--ontology", recode.ontology, onto_help);

  MergeArgs merge;
  auto* c_merge = app.add_subcommand("merge", "Combine stores built separately into one");
  c_merge->add_option("stores", merge.inputs, "Store directories")->required();
  c_merge->add_option("-o,--output", merge.output, "Output store directory")->required();

  // Network questions share one args struct.
  NetworkArgs net;
  bool net_json = false, net_csv = false;
  auto add_network = [&](const char* name, const char* help, bool two_actors, bool one_actor) {
    auto* c = app.add_subcommand(name, help);
    if (one_actor || two_actors) c->add_option("A", net.a, "Actor: name, adjective or code")->required();
    if (two_actors) c->add_option("B", net.b, "Second actor")->required();
    c->add_option("--db", net.db, db_help);
    c->add_option("--ontology", net.ontology, onto_help);
    c->add_flag("--json", net_json, "Output JSON");
    c->add_flag("--csv", net_csv, "Output CSV");
    AddFilter(c, &net.filter);
    return c;
  };
  auto* c_partners = add_network("partners", "An actor's partners and adversaries, most events first", false, true);
  c_partners->add_option("--top", net.top, "How many");
  auto* c_path = add_network("path", "How two actors are connected (fewest hops)", true, false);
  auto* c_central = add_network("central", "The most central actors", false, false);
  c_central->add_option("--by", net.centrality, "degree, pagerank or betweenness");
  c_central->add_option("--top", net.top, "How many");
  auto* c_blocs = add_network("blocs", "Groups of actors that cooperate among themselves", false, false);
  auto* c_timeline = add_network("timeline", "A relation's Goldstein score over time", true, false);
  c_timeline->add_option("--by", net.by, "day, week, month or year");

  ExportArgs exp;
  auto* c_export = app.add_subcommand("export", "Export the graph (graphml, csv, dot) or the events (jsonl)");
  c_export->add_option("--format", exp.format, "graphml, csv, jsonl or dot");
  c_export->add_option("-o,--output", exp.output, "Output file (default: standard output)");
  c_export->add_option("--db", exp.db, db_help);
  c_export->add_option("--ontology", exp.ontology, onto_help);
  AddFilter(c_export, &exp.filter);

  StatsArgs stats;
  auto* c_stats = app.add_subcommand("stats", "Counts of what the store holds");
  c_stats->add_option("--db", stats.db, db_help);
  c_stats->add_flag("--json", stats.json, "Output JSON");

  ExplainArgs explain;
  auto* c_explain = app.add_subcommand("explain", "Show how a sentence is coded");
  c_explain->add_option("sentence", explain.sentence, "The sentence")->required();
  c_explain->add_option("--date", explain.date, "Date for date-restricted actors, YYYY-MM-DD");
  c_explain->add_option("--ontology", explain.ontology, onto_help);
  c_explain->add_flag("--tabari", explain.tabari,
                      "Code as TABARI does (its sparse parse, comma rule, CODE BY CLAUSE, 8-word minimum), "
                      "as dictionaries written for TABARI expect");

  EvalArgs eval;
  auto* c_eval = app.add_subcommand("eval", "Score the coder on PETRARCH or TABARI validation records");
  c_eval->add_option("records", eval.records, "PETRARCH .xml records or TABARI validation text")->required();
  c_eval->add_option("--ontology", eval.ontology, onto_help);
  c_eval->add_option("--events", eval.events_out, "Write the produced events here (JSON Lines)");
  c_eval->add_option("--show", eval.show, "Wrong records listed (-1: all)");

  auto* c_onto = app.add_subcommand("ontology", "Inspect or import dictionaries");
  c_onto->require_subcommand(1);
  OntologyCheckArgs check;
  auto* c_check = c_onto->add_subcommand("check", "Validate an ontology directory");
  c_check->add_option("dir", check.dir, "Ontology directory (default: built-in)");
  OntologyLookupArgs lookup;
  auto* c_lookup = c_onto->add_subcommand("lookup", "The actor code a phrase resolves to");
  c_lookup->add_option("phrase", lookup.phrase, "Phrase, e.g. \"Russian warplane\"")->required();
  c_lookup->add_option("--date", lookup.date, "Date, YYYY-MM-DD");
  c_lookup->add_option("--ontology", lookup.ontology, onto_help);
  OntologyShowArgs show;
  auto* c_show = c_onto->add_subcommand("show", "The meaning of a CAMEO event code");
  c_show->add_option("code", show.code, "Event code, e.g. 190")->required();
  c_show->add_option("--ontology", show.ontology, onto_help);
  OntologyImportArgs import;
  auto* c_import = c_onto->add_subcommand("import", "Convert TABARI or PETRARCH dictionaries to YAML");
  c_import->add_option("--from", import.from, "petrarch or tabari")->required();
  c_import->add_option("--verbs", import.verbs, "Verb dictionary");
  c_import->add_option("--actors", import.actors, "Actor dictionary (repeatable)");
  c_import->add_option("--agents", import.agents, "Agent dictionary");
  c_import->add_option("--discards", import.discards, "Discard list");
  c_import->add_option("-o,--output", import.output, "Output directory")->required();
  c_import->add_flag("--no-codebook", import.no_codebook,
                     "Keep event codes as written (for suites with codes outside CAMEO)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 1;
  }

  Io io{std::cout, std::cerr, static_cast<bool>(isatty(STDERR_FILENO))};
  geokg::Status s;
  try {
    if (*c_build) s = Build(build, io);
    else if (*c_extract) s = Extract(extract, io);
    else if (*c_rel) {
      if (rel_json && rel_csv) {
        std::cerr << "geokg: --json and --csv exclude each other\n";
        return 1;
      }
      rel.format = rel_json ? "json" : rel_csv ? "csv" : "table";
      s = Relations(rel, io);
    } else if (*c_render) s = Render(render, io);
    else if (*c_stats) s = Stats(stats, io);
    else if (*c_recode) s = Recode(recode, io);
    else if (*c_export) s = Export(exp, io);
    else if (*c_partners || *c_path || *c_central || *c_blocs || *c_timeline) {
      if (net_json && net_csv) {
        std::cerr << "geokg: --json and --csv exclude each other\n";
        return 1;
      }
      net.format = net_json ? "json" : net_csv ? "csv" : "table";
      if (*c_partners) s = Partners(net, io);
      else if (*c_path) s = Path(net, io);
      else if (*c_central) s = Central(net, io);
      else if (*c_blocs) s = Blocs(net, io);
      else s = Timeline(net, io);
    }
    else if (*c_merge) s = Merge(merge, io);
    else if (*c_explain) s = Explain(explain, io);
    else if (*c_eval) s = Eval(eval, io);
    else if (*c_check) s = OntologyCheck(check, io);
    else if (*c_lookup) s = OntologyLookup(lookup, io);
    else if (*c_show) s = OntologyShow(show, io);
    else if (*c_import) s = OntologyImport(import, io);
  } catch (const std::exception& e) {
    std::cerr << "geokg: internal error: " << e.what() << "\n";
    return 2;
  }
  if (!s.ok()) {
    std::cerr << "geokg: " << s.message() << "\n";
    return ExitCode(s);
  }
  return 0;
}
