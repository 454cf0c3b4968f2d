// `geokg relations`, `geokg render`, `geokg stats`: questions to the store.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/cli_internal.h"
#include "cli/cli.h"
#include "graph/graph.h"
#include "viz/viz.h"

namespace geokg::cli {

using nlohmann::ordered_json;

namespace {

// Aggregates of one direction of a relation.
struct Direction {
  std::string source, target;
  std::int64_t events = 0, mentions = 0;
  double goldstein = 0;  // sum over events
  Day first = kNoDay, last = kNoDay;
  std::map<std::string, std::int64_t> by_root;
  std::array<std::int64_t, 5> by_quad{};
  void Add(const DyadAggregate& a, int quad) {
    events += a.events;
    mentions += a.mentions;
    goldstein += a.goldstein * static_cast<double>(a.events);
    if (first == kNoDay || a.day < first) first = a.day;
    last = std::max(last, a.day);
    by_root[a.code.substr(0, 2)] += a.events;
    by_quad[quad] += a.events;
  }
  double Mean() const { return events ? goldstein / static_cast<double>(events) : 0; }
};

std::string RootName(const ontology::Ontology& onto, const std::string& root) {
  const auto* info = onto.FindCode(root);
  return info ? info->name : root;
}

int QuadOf(const ontology::Ontology& onto, const std::string& code) {
  if (const auto* info = onto.FindCode(code)) return info->quad;
  if (const auto* info = onto.FindCode(code.substr(0, 2))) return info->quad;
  return 0;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out + "\"";
}

// Without actors: the strongest dyads (most events, both directions together).
Status TopDyads(const RelationsArgs& args, const ontology::Ontology& onto, const storage::EventStore& db,
                const storage::DyadFilter& filter, Io io) {
  std::map<std::pair<std::string, std::string>, std::array<Direction, 2>> pairs;
  GEOKG_RETURN_IF_ERROR(db.ScanDyads(filter, [&](const DyadAggregate& a) {
    if (a.source == a.target) return true;  // domestic: not a relation between actors
    bool forward = a.source < a.target;
    auto key = forward ? std::make_pair(a.source, a.target) : std::make_pair(a.target, a.source);
    auto& dirs = pairs[key];
    dirs[forward ? 0 : 1].source = a.source;
    dirs[forward ? 0 : 1].target = a.target;
    dirs[forward ? 0 : 1].Add(a, QuadOf(onto, a.code));
    return true;
  }));
  std::vector<std::pair<std::pair<std::string, std::string>, std::array<Direction, 2>>> ranked(pairs.begin(), pairs.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
    return x.second[0].events + x.second[1].events > y.second[0].events + y.second[1].events;
  });
  if (args.top > 0 && ranked.size() > static_cast<size_t>(args.top)) ranked.resize(static_cast<size_t>(args.top));
  if (args.format == "json") {
    ordered_json out = ordered_json::array();
    for (const auto& [key, d] : ranked) {
      std::int64_t ev = d[0].events + d[1].events;
      out.push_back({{"a", key.first}, {"b", key.second}, {"events", ev},
                     {"mentions", d[0].mentions + d[1].mentions},
                     {"mean_goldstein", ev ? (d[0].goldstein + d[1].goldstein) / static_cast<double>(ev) : 0.0}});
    }
    io.out << out.dump(2) << "\n";
    return Status::OK();
  }
  if (args.format == "csv") {
    io.out << "a,b,events,mentions,mean_goldstein\n";
    for (const auto& [key, d] : ranked) {
      std::int64_t ev = d[0].events + d[1].events;
      io.out << fmt::format("{},{},{},{},{:.2f}\n", key.first, key.second, ev, d[0].mentions + d[1].mentions,
                            ev ? (d[0].goldstein + d[1].goldstein) / static_cast<double>(ev) : 0.0);
    }
    return Status::OK();
  }
  io.out << fmt::format("Strongest relations between actors ({}), by events in both directions:\n",
                        internal::WindowText(args.filter));
  io.out << fmt::format("  {:<34} {:>7} {:>9} {:>9}  {}\n", "actors", "events", "mentions", "Goldstein", "mostly");
  for (const auto& [key, d] : ranked) {
    std::int64_t ev = d[0].events + d[1].events;
    std::array<std::int64_t, 5> q{};
    for (int k = 1; k <= 4; ++k) q[k] = d[0].by_quad[k] + d[1].by_quad[k];
    int mostly = 4;  // the kind with most events; ties go to the more conflictual
    for (int k = 3; k >= 1; --k)
      if (q[k] > q[mostly]) mostly = k;
    std::string names = onto.DisplayName(key.first) + " - " + onto.DisplayName(key.second);
    io.out << fmt::format("  {:<34} {:>7} {:>9} {:>9.2f}  {}\n", names, ev, d[0].mentions + d[1].mentions,
                          ev ? (d[0].goldstein + d[1].goldstein) / static_cast<double>(ev) : 0.0, QuadName(mostly));
  }
  if (ranked.empty()) io.out << "  (no events)\n";
  return Status::OK();
}

}  // namespace

Status Relations(const RelationsArgs& args, Io io) {
  if (args.format != "table" && args.format != "json" && args.format != "csv")
    return Status::InvalidArgument("--format '" + args.format + "': use table, json or csv");
  if (args.by != "day" && args.by != "week" && args.by != "month" && args.by != "year")
    return Status::InvalidArgument("--by '" + args.by + "': use day, week, month or year");
  auto onto_r = internal::LoadOntology(args.ontology);
  if (!onto_r.ok()) return onto_r.status();
  const ontology::Ontology& onto = *onto_r.value();
  auto filter_r = internal::ParseFilter(args.filter, &onto);
  if (!filter_r.ok()) return filter_r.status();
  storage::DyadFilter filter = filter_r.value();
  auto store = internal::OpenStore(args.db, false);
  if (!store.ok()) return store.status();
  const storage::EventStore& db = *store.value();

  if (args.a.empty()) return TopDyads(args, onto, db, filter, io);
  auto a = internal::ResolveActor(onto, args.a);
  if (!a.ok()) return a.status();
  std::string b;
  if (!args.b.empty()) {
    auto rb = internal::ResolveActor(onto, args.b);
    if (!rb.ok()) return rb.status();
    b = rb.value();
  }
  filter.source = a.value();
  filter.target = b;
  filter.both_directions = true;

  // Aggregates per direction, and the timeline.
  std::map<std::pair<std::string, std::string>, Direction> dirs;
  std::map<std::string, std::pair<std::int64_t, double>> timeline;  // bucket -> events, goldstein sum
  GEOKG_RETURN_IF_ERROR(db.ScanDyads(filter, [&](const DyadAggregate& d) {
    if (d.source != a.value() && d.target != a.value()) return true;
    Direction& dir = dirs[{d.source, d.target}];
    dir.source = d.source;
    dir.target = d.target;
    dir.Add(d, QuadOf(onto, d.code));
    auto& t = timeline[internal::Period(d.day, args.by)];
    t.first += d.events;
    t.second += d.goldstein * static_cast<double>(d.events);
    return true;
  }));
  // Evidence: the strongest events (largest |Goldstein|), then the latest.
  std::vector<Event> evidence;
  GEOKG_RETURN_IF_ERROR(db.ScanEvents(filter, [&](const Event& e) {
    if (e.source_actor != a.value() && e.target_actor != a.value()) return true;
    evidence.push_back(e);
    return true;
  }));
  std::stable_sort(evidence.begin(), evidence.end(), [](const Event& x, const Event& y) {
    if (std::fabs(x.goldstein) != std::fabs(y.goldstein)) return std::fabs(x.goldstein) > std::fabs(y.goldstein);
    return x.date > y.date;
  });
  std::vector<Direction> ordered;
  for (auto& [k, d] : dirs) ordered.push_back(d);
  std::stable_sort(ordered.begin(), ordered.end(), [](const Direction& x, const Direction& y) { return x.events > y.events; });
  size_t shown = std::min(evidence.size(), static_cast<size_t>(std::max(args.top, 0)));

  if (args.format == "json") {
    ordered_json out;
    out["a"] = a.value();
    out["b"] = b.empty() ? ordered_json(nullptr) : ordered_json(b);
    out["from"] = args.filter.from;
    out["to"] = args.filter.to;
    out["directions"] = ordered_json::array();
    for (const Direction& d : ordered) {
      ordered_json j{{"source", d.source}, {"target", d.target}, {"events", d.events}, {"mentions", d.mentions},
                     {"goldstein_total", d.goldstein}, {"goldstein_mean", d.Mean()},
                     {"first", FormatDay(d.first)}, {"last", FormatDay(d.last)}};
      j["by_root"] = d.by_root;
      j["by_quad"] = {{"verbal_cooperation", d.by_quad[1]}, {"material_cooperation", d.by_quad[2]},
                      {"verbal_conflict", d.by_quad[3]}, {"material_conflict", d.by_quad[4]}};
      out["directions"].push_back(j);
    }
    out["timeline"] = ordered_json::array();
    for (const auto& [bucket, t] : timeline)
      out["timeline"].push_back({{"period", bucket}, {"events", t.first},
                                 {"goldstein_mean", t.first ? t.second / static_cast<double>(t.first) : 0.0}});
    out["evidence"] = ordered_json::array();
    for (size_t i = 0; i < shown; ++i) {
      const Event& e = evidence[i];
      out["evidence"].push_back({{"doc", e.doc}, {"sentence", e.sentence}, {"date", e.date}, {"source", e.source},
                                 {"target", e.target}, {"code", e.code}, {"goldstein", e.goldstein},
                                 {"text", e.text}});
    }
    io.out << out.dump(2) << "\n";
    return Status::OK();
  }
  if (args.format == "csv") {
    io.out << "doc,sentence,date,source,target,code,root,quad,goldstein,text\n";
    for (const Event& e : evidence)
      io.out << fmt::format("{},{},{},{},{},{},{},{},{:.1f},{}\n", CsvField(e.doc), e.sentence, e.date, e.source,
                            e.target, e.code, e.code.substr(0, 2), e.quad, e.goldstein, CsvField(e.text));
    return Status::OK();
  }

  std::string title = onto.DisplayName(a.value()) + " (" + a.value() + ")";
  if (!b.empty()) title += " and " + onto.DisplayName(b) + " (" + b + ")";
  io.out << fmt::format("Relations of {}, {}\n\n", title, internal::WindowText(args.filter));
  if (ordered.empty()) {
    io.out << "  no events\n";
    return Status::OK();
  }
  io.out << fmt::format("  {:<22} {:>6} {:>8} {:>9} {:>11}  {:<10}  {:<10}\n", "direction", "events", "mentions",
                        "Goldstein", "(mean)", "first", "last");
  for (const Direction& d : ordered)
    io.out << fmt::format("  {:<22} {:>6} {:>8} {:>9.1f} {:>11.2f}  {:<10}  {:<10}\n", d.source + " -> " + d.target,
                          d.events, d.mentions, d.goldstein, d.Mean(), FormatDay(d.first), FormatDay(d.last));
  io.out << "\n  By kind of event (quad class), events:\n";
  for (int q = 1; q <= 4; ++q) {
    std::string row;
    std::int64_t total = 0;
    for (const Direction& d : ordered) {
      total += d.by_quad[q];
      if (d.by_quad[q]) row += fmt::format("  {}->{} {}", d.source, d.target, d.by_quad[q]);
    }
    if (total) io.out << fmt::format("    {:<22} {:>4} {}\n", QuadName(q), total, row);
  }
  io.out << "\n  By CAMEO root, events:\n";
  std::map<std::string, std::int64_t> roots;
  for (const Direction& d : ordered)
    for (const auto& [r, n] : d.by_root) roots[r] += n;
  for (const auto& [r, n] : roots) io.out << fmt::format("    {} {:<40} {:>4}\n", r, RootName(onto, r), n);
  io.out << fmt::format("\n  Timeline by {} (events, mean Goldstein):\n", args.by);
  for (const auto& [bucket, t] : timeline)
    io.out << fmt::format("    {:<10} {:>5} {:>7.2f}\n", bucket, t.first,
                          t.first ? t.second / static_cast<double>(t.first) : 0.0);
  io.out << fmt::format("\n  Strongest evidence ({} of {} event mentions):\n", shown, evidence.size());
  for (size_t i = 0; i < shown; ++i) {
    const Event& e = evidence[i];
    const auto* info = onto.FindCode(e.code);
    io.out << fmt::format("    {}  {} -> {}  {} {} ({:+.1f})  [{}#{}]\n      \"{}\"\n", e.date, e.source, e.target,
                          e.code, info ? info->name : "", e.goldstein, e.doc, e.sentence, e.text);
  }
  return Status::OK();
}

Status Render(const RenderArgs& args, Io io) {
  if (args.output.empty()) return Status::InvalidArgument("render: name the output file with -o FILE.svg|.png|.pdf|.dot");
  auto format = viz::FormatOf(args.output);
  if (!format.ok()) return format.status();
  if (!args.layout.empty() && args.layout != "dot" && args.layout != "neato" && args.layout != "sfdp")
    return Status::InvalidArgument("--layout '" + args.layout + "': use dot, neato or sfdp");
  auto onto_r = internal::LoadOntology(args.ontology);
  if (!onto_r.ok()) return onto_r.status();
  const ontology::Ontology& onto = *onto_r.value();
  auto filter = internal::ParseFilter(args.filter, &onto);
  if (!filter.ok()) return filter.status();
  auto store = internal::OpenStore(args.db, false);
  if (!store.ok()) return store.status();
  auto loaded = internal::LoadGraph(*store.value(), onto, filter.value());
  if (!loaded.ok()) return loaded.status();
  graph::ActorGraph g = std::move(loaded).value();
  std::string title = "geokg: ";
  std::string highlight;
  if (!args.ego.empty()) {
    auto ego = internal::ResolveActor(onto, args.ego);
    if (!ego.ok()) return ego.status();
    if (g.Find(ego.value()) < 0)
      return Status::NotFound(onto.DisplayName(ego.value()) + " has no events in this window");
    g = graph::Ego(g, ego.value(), std::max(1, args.depth));
    title += onto.DisplayName(ego.value()) + " and its partners (depth " + std::to_string(args.depth) + ")";
    highlight = ego.value();
  } else {
    title += "relations between actors";
  }
  g = graph::Prune(g, args.top, std::max<std::int64_t>(1, args.min_events));
  title += ", " + internal::WindowText(args.filter);
  if (args.top > 0) title += ", top " + std::to_string(args.top) + " actors";
  if (args.min_events > 1) title += ", edges with at least " + std::to_string(args.min_events) + " events";
  viz::DiagramOptions options;
  options.title = title;
  options.layout = args.layout;
  options.highlight = highlight;
  GEOKG_RETURN_IF_ERROR(viz::RenderToFile(g, options, args.output));
  io.out << fmt::format("wrote {} ({} actors, {} relations)\n", args.output, g.nodes.size(), g.edges.size());
  return Status::OK();
}

Status Stats(const StatsArgs& args, Io io) {
  auto store = internal::OpenStore(args.db, false);
  if (!store.ok()) return store.status();
  auto st = store.value()->Stats();
  if (!st.ok()) return st.status();
  const storage::StoreStats& s = st.value();
  if (args.json) {
    ordered_json j{{"store", store.value()->dir().string()},
                   {"articles", s.articles},
                   {"sentences", s.sentences},
                   {"events", s.events},
                   {"mentions", s.mentions},
                   {"actors", s.actors},
                   {"dyads", s.dyads},
                   {"schema", s.schema},
                   {"ontology", s.ontology}};
    io.out << j.dump(2) << "\n";
    return Status::OK();
  }
  io.out << fmt::format(
      "store      {}\narticles   {}\nsentences  {}\nevents     {} (distinct: source, target, day, code)\n"
      "mentions   {} (coded sentences)\nactors     {}\ndyads      {} (ordered actor pairs)\nschema     {}\n"
      "ontology   {}\n",
      store.value()->dir().string(), s.articles, s.sentences, s.events, s.mentions, s.actors, s.dyads, s.schema,
      s.ontology);
  return Status::OK();
}

}  // namespace geokg::cli
