// `geokg explain` and `geokg ontology check|lookup|show|import`.
#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "cli/cli_internal.h"
#include "cli/cli.h"
#include "extract/extract.h"

namespace geokg::cli {

namespace {

Result<Day> DayArg(const std::string& date) {
  if (date.empty()) return kNoDay;
  auto d = ParseDay(date);
  if (!d) return Status::InvalidArgument("--date '" + date + "' is not a date, expected YYYY-MM-DD");
  return *d;
}

}  // namespace

Status Explain(const ExplainArgs& args, Io io) {
  auto day = DayArg(args.date);
  if (!day.ok()) return day.status();
  auto coder = internal::LoadCoder(args.ontology);
  if (!coder.ok()) return coder.status();
  if (args.tabari) {
    extract::CoderOptions options = coder.value()->options();
    options.rules = extract::TabariRules();
    coder = coder.value()->WithOptions(options);
  }
  const ontology::Ontology& onto = coder.value()->ontology();
  extract::Explanation ex = coder.value()->Explain(args.sentence, day.value());
  for (const std::string& step : ex.steps) io.out << "  " << step << "\n";
  for (const Event& e : ex.events) {
    const auto* info = onto.FindCode(e.code);
    io.out << fmt::format("event: {} -> {}  {} {} (Goldstein {:+.1f}, {})\n", e.source, e.target, e.code,
                          info ? info->name : "", e.goldstein, QuadName(e.quad));
  }
  return Status::OK();
}

Status Eval(const EvalArgs& args, Io io) {
  if (!std::filesystem::is_regular_file(args.records))
    return Status::NotFound(args.records + ": no such file (expected PETRARCH .xml records or TABARI validation text)");
  auto records = extract::ReadEvalRecords(args.records);
  if (!records.ok()) return records.status();
  for (const extract::EvalRecord& r : records.value())
    if (!r.warning.empty()) io.err << "warning: " << r.where << ": record " << r.id << ": " << r.warning << "\n";
  auto coder = internal::LoadCoder(args.ontology);
  if (!coder.ok()) return coder.status();
  std::vector<Event> produced;
  extract::EvalReport r = extract::Evaluate(*coder.value(), records.value(), &produced);
  if (!args.events_out.empty()) {
    std::ofstream f(args.events_out);
    for (const Event& e : produced) f << extract::EventToJson(e) << "\n";
    if (!f) return Status::IOError("cannot write " + args.events_out);
  }
  auto row = [&](const std::string& name, const extract::EvalCounts& c) {
    io.out << fmt::format("  {:<12} {:>7} {:>8} {:>6.1f}%  {:>5} {:>5} {:>5}  {:>9.3f} {:>6.3f} {:>6.3f}\n", name,
                          c.records, c.fully_correct,
                          c.records ? 100.0 * static_cast<double>(c.fully_correct) / static_cast<double>(c.records) : 0.0,
                          c.true_positives, c.false_positives, c.false_negatives, c.Precision(), c.Recall(), c.F1());
  };
  int shown = 0;
  for (const auto& m : r.misses) {
    if (args.show >= 0 && shown >= args.show) break;
    ++shown;
    io.out << m.record->id << " (" << m.record->where << "): " << m.record->text << "\n  expected:";
    if (m.record->expected.empty()) io.out << " no event";
    for (const auto& e : m.record->expected) io.out << " " << e.source << " " << e.target << " " << e.code << ";";
    io.out << "\n  produced:";
    if (m.produced.empty()) io.out << " no event";
    for (const auto& e : m.produced) io.out << " " << e.source << " " << e.target << " " << e.code << ";";
    io.out << "\n";
  }
  if (shown < static_cast<int>(r.misses.size()))
    io.out << fmt::format("({} more records not fully correct; --show -1 lists all)\n", r.misses.size() - shown);
  io.out << fmt::format("\n{}: {} records, scored on (source, target, code)\n", args.records, r.total.records);
  io.out << fmt::format("  {:<12} {:>7} {:>8} {:>7}  {:>5} {:>5} {:>5}  {:>9} {:>6} {:>6}\n", "category", "records",
                        "correct", "", "tp", "fp", "fn", "precision", "recall", "F1");
  for (const auto& [name, c] : r.by_category) row(name, c);
  row("total", r.total);
  return Status::OK();
}

Status OntologyCheck(const OntologyCheckArgs& args, Io io) {
  std::string dir = args.dir.empty() ? DefaultOntologyDir() : args.dir;
  std::vector<ontology::Diagnostic> warnings;
  auto start = std::chrono::steady_clock::now();
  auto onto = ontology::Ontology::Load(dir, &warnings);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!onto.ok()) return onto.status();
  for (const auto& w : warnings) io.out << w.ToString() << "\n";
  const auto& o = *onto.value();
  size_t patterns = 0;
  for (const auto& v : o.verbs()) patterns += v.patterns.size();
  size_t countries = 0, orgs = 0, groups = 0, regions = 0;
  for (const auto& a : o.actors()) {
    if (a.kind == ontology::ActorKind::kCountry) ++countries;
    else if (a.kind == ontology::ActorKind::kOrganisation) ++orgs;
    else if (a.kind == ontology::ActorKind::kRegion) ++regions;
    else ++groups;
  }
  io.out << fmt::format(
      "{}: ok ({:.0f} ms)\n  {} event codes\n  {} actors ({} countries, {} organisations, {} groups, {} regions)\n"
      "  {} people\n  {} agents\n  {} verbs, {} patterns, {} synsets\n  {} discard phrases\n  {} warnings\n"
      "  fingerprint {}\n",
      dir, ms, o.codes().size(), o.actors().size(), countries, orgs, groups, regions, o.people().size(), o.agents().size(),
      o.verbs().size(), patterns, o.synsets().size(), o.discards().size(), warnings.size(), o.fingerprint());
  return Status::OK();
}

Status OntologyLookup(const OntologyLookupArgs& args, Io io) {
  auto day = DayArg(args.date);
  if (!day.ok()) return day.status();
  auto coder = internal::LoadCoder(args.ontology);
  if (!coder.ok()) return coder.status();
  const ontology::Ontology& onto = coder.value()->ontology();
  std::string code = coder.value()->LookupActor(args.phrase, day.value());
  if (code.empty()) {
    std::string msg = "'" + args.phrase + "' is not a known actor";
    auto near = onto.SuggestActorNames(args.phrase, 3);
    if (!near.empty()) {
      msg += "; near: ";
      for (size_t i = 0; i < near.size(); ++i) msg += (i ? ", " : "") + near[i];
    }
    return Status::NotFound(msg);
  }
  io.out << code << "\t" << onto.DisplayName(code) << "\n";
  return Status::OK();
}

Status OntologyShow(const OntologyShowArgs& args, Io io) {
  auto onto = internal::LoadOntology(args.ontology);
  if (!onto.ok()) return onto.status();
  const auto* info = onto.value()->FindCode(args.code);
  if (!info) return Status::NotFound("'" + args.code + "' is not a CAMEO event code in this ontology");
  io.out << fmt::format("{}  {}\n  root      {} {}\n  Goldstein {:+.1f}\n  quad      {} ({})\n  PLOVER    {}\n",
                        info->code, info->name, info->code.substr(0, 2),
                        onto.value()->FindCode(info->code.substr(0, 2))
                            ? onto.value()->FindCode(info->code.substr(0, 2))->name
                            : "",
                        info->goldstein, info->quad, QuadName(info->quad), info->plover.empty() ? "-" : info->plover);
  return Status::OK();
}

Status OntologyImport(const OntologyImportArgs& args, Io io) {
  ontology::ImportOptions o;
  if (args.from == "petrarch") o.format = ontology::DictionaryFormat::kPetrarch;
  else if (args.from == "tabari") o.format = ontology::DictionaryFormat::kTabari;
  else return Status::InvalidArgument("--from '" + args.from + "': use petrarch or tabari");
  if (args.output.empty()) return Status::InvalidArgument("ontology import: name the output directory with -o DIR");
  if (args.verbs.empty() && args.actors.empty() && args.agents.empty())
    return Status::InvalidArgument("ontology import: give at least one of --verbs, --actors, --agents");
  std::string missing;
  for (const auto* list : {&args.verbs, &args.actors, &args.agents, &args.discards})
    for (const auto& p : *list)
      if (!std::filesystem::is_regular_file(p)) missing += (missing.empty() ? "" : ", ") + p;
  if (!missing.empty()) return Status::NotFound("no such file: " + missing);
  for (const auto& p : args.verbs) o.verbs.push_back(p);
  for (const auto& p : args.actors) o.actors.push_back(p);
  for (const auto& p : args.agents) o.agents.push_back(p);
  for (const auto& p : args.discards) o.discards.push_back(p);
  if (!args.no_codebook) {
    auto builtin = internal::LoadOntology("");
    if (!builtin.ok()) return builtin.status();
    o.codebook_from = builtin.value();
  }
  ontology::ImportReport report;
  auto parts = ontology::ImportDictionaries(o, &report);
  if (!parts.ok()) return parts.status();
  for (const auto& d : report.skipped) io.err << "geokg: " << d.ToString() << "\n";
  auto onto = ontology::Ontology::FromParts(std::move(parts).value());
  if (!onto.ok()) return onto.status();
  GEOKG_RETURN_IF_ERROR(onto.value()->WriteYaml(args.output));
  io.out << fmt::format(
      "imported into {}: {} actors, {} people, {} agents, {} verbs, {} patterns, {} synsets, {} discards; "
      "{} entries could not be converted (listed above)\n",
      args.output, report.actors, report.people, report.agents, report.verbs, report.patterns, report.synsets,
      report.discards, report.skipped.size());
  return Status::OK();
}

}  // namespace geokg::cli
