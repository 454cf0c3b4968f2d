// `geokg partners|path|central|blocs|timeline|export`: network questions on
// the actor graph of a window, and exports for other tools.
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/cli.h"
#include "cli/cli_internal.h"
#include "extract/extract.h"
#include "graph/graph.h"
#include "viz/viz.h"

namespace geokg::cli {

using nlohmann::ordered_json;

namespace {

// Everything a network question needs: ontology, store, filter, graph.
struct Context {
  std::shared_ptr<const ontology::Ontology> onto;
  std::unique_ptr<storage::EventStore> db;
  storage::DyadFilter filter;
  graph::ActorGraph graph;
};

Result<Context> Open(const std::string& db, const std::string& ontology, const QueryFilter& f) {
  Context c;
  auto onto = internal::LoadOntology(ontology);
  if (!onto.ok()) return onto.status();
  c.onto = onto.value();
  auto filter = internal::ParseFilter(f, c.onto.get());
  if (!filter.ok()) return filter.status();
  c.filter = filter.value();
  auto store = internal::OpenStore(db, false);
  if (!store.ok()) return store.status();
  c.db = std::move(store).value();
  auto g = internal::LoadGraph(*c.db, *c.onto, c.filter);
  if (!g.ok()) return g.status();
  c.graph = std::move(g).value();
  return c;
}

Status CheckFormat(const std::string& format) {
  if (format != "table" && format != "json" && format != "csv")
    return Status::InvalidArgument("--format '" + format + "': use table, json or csv");
  return Status::OK();
}

}  // namespace

Status Partners(const NetworkArgs& args, Io io) {
  GEOKG_RETURN_IF_ERROR(CheckFormat(args.format));
  auto c = Open(args.db, args.ontology, args.filter);
  if (!c.ok()) return c.status();
  auto a = internal::ResolveActor(*c.value().onto, args.a);
  if (!a.ok()) return a.status();
  auto partners = graph::Partners(c.value().graph, a.value(), static_cast<size_t>(std::max(0, args.top)));
  if (args.format == "json") {
    ordered_json out = ordered_json::array();
    for (const auto& p : partners)
      out.push_back({{"code", p.code}, {"name", p.label}, {"events", p.events}, {"goldstein_mean", p.mean_goldstein},
                     {"verbal_cooperation", p.by_quad[1]}, {"material_cooperation", p.by_quad[2]},
                     {"verbal_conflict", p.by_quad[3]}, {"material_conflict", p.by_quad[4]}});
    io.out << out.dump(2) << "\n";
    return Status::OK();
  }
  if (args.format == "csv") {
    io.out << "code,name,events,goldstein_mean,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict\n";
    for (const auto& p : partners)
      io.out << fmt::format("{},\"{}\",{},{:.2f},{},{},{},{}\n", p.code, p.label, p.events, p.mean_goldstein,
                            p.by_quad[1], p.by_quad[2], p.by_quad[3], p.by_quad[4]);
    return Status::OK();
  }
  io.out << fmt::format("Partners of {} ({}), {}: most events first; Goldstein > 0 leans cooperative\n",
                        c.value().onto->DisplayName(a.value()), a.value(), internal::WindowText(args.filter));
  io.out << fmt::format("  {:<28} {:>6} {:>9}  {:>5} {:>5} {:>5} {:>5}\n", "partner", "events", "Goldstein", "VCoop",
                        "MCoop", "VConf", "MConf");
  for (const auto& p : partners)
    io.out << fmt::format("  {:<28} {:>6} {:>9.2f}  {:>5} {:>5} {:>5} {:>5}\n", p.label + " (" + p.code + ")",
                          p.events, p.mean_goldstein, p.by_quad[1], p.by_quad[2], p.by_quad[3], p.by_quad[4]);
  if (partners.empty()) io.out << "  (no events)\n";
  return Status::OK();
}

Status Path(const NetworkArgs& args, Io io) {
  auto c = Open(args.db, args.ontology, args.filter);
  if (!c.ok()) return c.status();
  const auto& onto = *c.value().onto;
  auto a = internal::ResolveActor(onto, args.a);
  if (!a.ok()) return a.status();
  auto b = internal::ResolveActor(onto, args.b);
  if (!b.ok()) return b.status();
  const graph::ActorGraph& g = c.value().graph;
  auto path = graph::ShortestPath(g, a.value(), b.value());
  if (!path.ok()) return path.status();
  if (path.value().empty()) {
    io.out << fmt::format("{} and {} are not connected ({})\n", onto.DisplayName(a.value()),
                          onto.DisplayName(b.value()), internal::WindowText(args.filter));
    return Status::OK();
  }
  io.out << fmt::format("{} hop(s) from {} to {} ({}):\n", path.value().size() - 1, onto.DisplayName(a.value()),
                        onto.DisplayName(b.value()), internal::WindowText(args.filter));
  for (size_t i = 0; i + 1 < path.value().size(); ++i) {
    int x = g.Find(path.value()[i]), y = g.Find(path.value()[i + 1]);
    std::int64_t xy = 0, yx = 0;
    double gold = 0;
    for (const auto& e : g.edges) {
      if (e.source == x && e.target == y) xy += e.events, gold += e.goldstein;
      if (e.source == y && e.target == x) yx += e.events, gold += e.goldstein;
    }
    io.out << fmt::format("  {} - {}: {} events from the first to the second, {} back, mean Goldstein {:.2f}\n",
                          g.nodes[x].label, g.nodes[y].label, xy, yx,
                          xy + yx ? gold / static_cast<double>(xy + yx) : 0.0);
  }
  return Status::OK();
}

Status Central(const NetworkArgs& args, Io io) {
  GEOKG_RETURN_IF_ERROR(CheckFormat(args.format));
  graph::Centrality by;
  if (args.centrality == "degree") by = graph::Centrality::kDegree;
  else if (args.centrality == "pagerank") by = graph::Centrality::kPageRank;
  else if (args.centrality == "betweenness") by = graph::Centrality::kBetweenness;
  else return Status::InvalidArgument("--by '" + args.centrality + "': use degree, pagerank or betweenness");
  auto c = Open(args.db, args.ontology, args.filter);
  if (!c.ok()) return c.status();
  auto scores = graph::Rank(c.value().graph, by, static_cast<size_t>(std::max(0, args.top)));
  if (args.format == "json") {
    ordered_json out = ordered_json::array();
    for (const auto& s : scores) out.push_back({{"code", s.code}, {"name", s.label}, {args.centrality, s.value}});
    io.out << out.dump(2) << "\n";
    return Status::OK();
  }
  if (args.format == "csv") {
    io.out << "code,name," << args.centrality << "\n";
    for (const auto& s : scores) io.out << fmt::format("{},\"{}\",{:.6f}\n", s.code, s.label, s.value);
    return Status::OK();
  }
  static const std::map<std::string, std::string> kMeaning = {
      {"degree", "events the actor takes part in"},
      {"pagerank", "PageRank over who acts on whom (damping 0.85)"},
      {"betweenness", "normalized betweenness: how often the actor lies on shortest paths between others"}};
  io.out << fmt::format("Most central actors by {} ({}), {}:\n", args.centrality, kMeaning.at(args.centrality),
                        internal::WindowText(args.filter));
  for (size_t i = 0; i < scores.size(); ++i)
    io.out << fmt::format("  {:>3}. {:<32} {:>10.4f}\n", i + 1, scores[i].label + " (" + scores[i].code + ")",
                          scores[i].value);
  return Status::OK();
}

Status Blocs(const NetworkArgs& args, Io io) {
  GEOKG_RETURN_IF_ERROR(CheckFormat(args.format));
  auto c = Open(args.db, args.ontology, args.filter);
  if (!c.ok()) return c.status();
  auto blocs = graph::Blocs(c.value().graph);
  const auto& onto = *c.value().onto;
  if (args.format == "json") {
    ordered_json out = ordered_json::array();
    for (const auto& b : blocs) out.push_back(b);
    io.out << out.dump(2) << "\n";
    return Status::OK();
  }
  if (args.format == "csv") {
    io.out << "bloc,code,name\n";
    for (size_t i = 0; i < blocs.size(); ++i)
      for (const auto& code : blocs[i]) io.out << fmt::format("{},{},\"{}\"\n", i + 1, code, onto.DisplayName(code));
    return Status::OK();
  }
  io.out << fmt::format(
      "Blocs ({}): connected components of the graph of cooperative ties (pairs whose events have a positive mean "
      "Goldstein score, both directions together), largest first\n",
      internal::WindowText(args.filter));
  for (size_t i = 0; i < blocs.size(); ++i) {
    std::string names;
    for (const auto& code : blocs[i]) names += (names.empty() ? "" : ", ") + onto.DisplayName(code);
    io.out << fmt::format("  {:>2}. {} actors: {}\n", i + 1, blocs[i].size(), names);
  }
  if (blocs.empty()) io.out << "  (no cooperative ties)\n";
  return Status::OK();
}

Status Timeline(const NetworkArgs& args, Io io) {
  GEOKG_RETURN_IF_ERROR(CheckFormat(args.format));
  if (args.by != "day" && args.by != "week" && args.by != "month" && args.by != "year")
    return Status::InvalidArgument("--by '" + args.by + "': use day, week, month or year");
  auto onto = internal::LoadOntology(args.ontology);
  if (!onto.ok()) return onto.status();
  auto a = internal::ResolveActor(*onto.value(), args.a);
  if (!a.ok()) return a.status();
  auto b = internal::ResolveActor(*onto.value(), args.b);
  if (!b.ok()) return b.status();
  auto filter = internal::ParseFilter(args.filter, onto.value().get());
  if (!filter.ok()) return filter.status();
  storage::DyadFilter f = filter.value();
  f.source = a.value();
  f.target = b.value();
  f.both_directions = true;
  auto store = internal::OpenStore(args.db, false);
  if (!store.ok()) return store.status();
  struct Row {
    std::int64_t events = 0, cooperation = 0, conflict = 0;
    double goldstein = 0;
  };
  std::map<std::string, Row> rows;
  GEOKG_RETURN_IF_ERROR(store.value()->ScanDyads(f, [&](const DyadAggregate& d) {
    Row& r = rows[internal::Period(d.day, args.by)];
    r.events += d.events;
    r.goldstein += d.goldstein * static_cast<double>(d.events);
    const auto* info = onto.value()->FindCode(d.code);
    int quad = info ? info->quad : 0;
    (quad == 1 || quad == 2 ? r.cooperation : r.conflict) += d.events;
    return true;
  }));
  if (args.format == "json" || args.format == "csv") {
    ordered_json out = ordered_json::array();
    if (args.format == "csv") io.out << "period,events,cooperation,conflict,goldstein_mean\n";
    for (const auto& [p, r] : rows) {
      double mean = r.events ? r.goldstein / static_cast<double>(r.events) : 0;
      if (args.format == "csv") io.out << fmt::format("{},{},{},{},{:.3f}\n", p, r.events, r.cooperation, r.conflict, mean);
      else out.push_back({{"period", p}, {"events", r.events}, {"cooperation", r.cooperation},
                          {"conflict", r.conflict}, {"goldstein_mean", mean}});
    }
    if (args.format == "json") io.out << out.dump(2) << "\n";
    return Status::OK();
  }
  io.out << fmt::format("{} and {} by {} ({}): events, cooperative / conflictual, mean Goldstein (-10 .. +10)\n",
                        onto.value()->DisplayName(a.value()), onto.value()->DisplayName(b.value()), args.by,
                        internal::WindowText(args.filter));
  for (const auto& [p, r] : rows) {
    double mean = r.events ? r.goldstein / static_cast<double>(r.events) : 0;
    int bar = static_cast<int>(std::lround(std::abs(mean) * 2));
    std::string drawn = mean < 0 ? std::string(20 - bar, ' ') + std::string(bar, '-') + "|"
                                 : std::string(20, ' ') + "|" + std::string(bar, '+');
    io.out << fmt::format("  {:<10} {:>4} {:>4}/{:<4} {:>6.2f}  {}\n", p, r.events, r.cooperation, r.conflict, mean,
                          drawn);
  }
  if (rows.empty()) io.out << "  (no events)\n";
  return Status::OK();
}

Status Export(const ExportArgs& args, Io io) {
  if (args.format != "graphml" && args.format != "csv" && args.format != "jsonl" && args.format != "dot")
    return Status::InvalidArgument("--format '" + args.format + "': use graphml, csv, jsonl or dot");
  auto c = Open(args.db, args.ontology, args.filter);
  if (!c.ok()) return c.status();
  std::ofstream file;
  bool to_file = !args.output.empty() && args.output != "-";
  if (to_file) {
    file.open(args.output, std::ios::trunc);
    if (!file) return Status::InvalidArgument("cannot write " + args.output + ": " + std::strerror(errno));
  }
  std::ostream& out = to_file ? file : io.out;
  const graph::ActorGraph& g = c.value().graph;
  std::int64_t rows = 0;
  if (args.format == "graphml") {
    out << graph::ToGraphml(g);
    rows = static_cast<std::int64_t>(g.edges.size());
  } else if (args.format == "dot") {
    out << viz::ToDot(g, {});
    rows = static_cast<std::int64_t>(g.edges.size());
  } else if (args.format == "csv") {
    out << "source,target,source_name,target_name,events,mentions,goldstein_mean,verbal_cooperation,"
           "material_cooperation,verbal_conflict,material_conflict,first,last\n";
    for (const auto& e : g.edges) {
      out << fmt::format("{},{},\"{}\",\"{}\",{},{},{:.3f},{},{},{},{},{},{}\n", g.nodes[e.source].code,
                         g.nodes[e.target].code, g.nodes[e.source].label, g.nodes[e.target].label, e.events,
                         e.mentions, e.MeanGoldstein(), e.by_quad[1], e.by_quad[2], e.by_quad[3], e.by_quad[4],
                         FormatDay(e.first), FormatDay(e.last));
      ++rows;
    }
  } else {
    GEOKG_RETURN_IF_ERROR(c.value().db->ScanEvents(c.value().filter, [&](const Event& e) {
      out << extract::EventToJson(e) << "\n";
      ++rows;
      return true;
    }));
  }
  out.flush();
  if (!out) return Status::IOError("cannot write " + (to_file ? args.output : std::string("standard output")));
  if (to_file)
    io.out << fmt::format("wrote {} ({} {}, {} actors)\n", args.output, rows,
                          args.format == "jsonl" ? "events" : "relations", g.nodes.size());
  return Status::OK();
}

}  // namespace geokg::cli
