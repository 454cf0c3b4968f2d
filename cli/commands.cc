// Defaults and helpers shared by the commands.
#include <fmt/format.h>

#include <cstdlib>
#include <ostream>
#include <sstream>

#include "cli/cli_internal.h"
#include "cli/cli.h"

#ifndef GEOKG_DEFAULT_ONTOLOGY
#define GEOKG_DEFAULT_ONTOLOGY "ontology/data"
#endif

namespace geokg::cli {

std::string DefaultOntologyDir() {
  if (const char* env = std::getenv("GEOKG_ONTOLOGY"); env && *env) return env;
  return GEOKG_DEFAULT_ONTOLOGY;
}

std::string DefaultStoreDir() {
  if (const char* env = std::getenv("GEOKG_DB"); env && *env) return env;
  return "geokg.db";
}

namespace internal {

Result<std::shared_ptr<const ontology::Ontology>> LoadOntology(const std::string& dir) {
  return ontology::Ontology::Load(dir.empty() ? DefaultOntologyDir() : dir);
}

Result<std::unique_ptr<extract::Coder>> LoadCoder(const std::string& dir) {
  auto onto = LoadOntology(dir);
  if (!onto.ok()) return onto.status();
  return extract::Coder::Create(onto.value());
}

Result<std::unique_ptr<storage::EventStore>> OpenStore(const std::string& dir, bool write) {
  storage::StoreOptions o;
  o.create_if_missing = write;
  o.read_only = !write;
  return storage::EventStore::Open(dir.empty() ? DefaultStoreDir() : dir, o);
}

namespace {
std::vector<std::string> SplitList(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ',')) {
    size_t b = item.find_first_not_of(' ');
    size_t e = item.find_last_not_of(' ');
    if (b != std::string::npos) out.push_back(item.substr(b, e - b + 1));
  }
  return out;
}
}  // namespace

Result<storage::DyadFilter> ParseFilter(const QueryFilter& f, const ontology::Ontology* onto) {
  storage::DyadFilter out;
  if (!f.from.empty()) {
    auto d = ParseDay(f.from);
    if (!d) return Status::InvalidArgument("--from '" + f.from + "' is not a date, expected YYYY-MM-DD");
    out.from = *d;
  }
  if (!f.to.empty()) {
    auto d = ParseDay(f.to);
    if (!d) return Status::InvalidArgument("--to '" + f.to + "' is not a date, expected YYYY-MM-DD");
    out.to = *d;
  }
  if (out.from != kNoDay && out.to != kNoDay && out.from > out.to)
    return Status::InvalidArgument("--from " + f.from + " is after --to " + f.to);
  for (const std::string& c : SplitList(f.codes)) {
    if (c.size() < 2 || c.size() > 4 || c.find_first_not_of("0123456789") != std::string::npos)
      return Status::InvalidArgument("--code '" + c + "' is not a CAMEO code or root (2-4 digits, e.g. 19 or 190)");
    if (onto && !onto->FindCode(c))
      return Status::InvalidArgument("--code " + c + " is not in the CAMEO codebook; 'geokg ontology show CODE' "
                                     "tells what a code means");
    out.codes.push_back(c);
  }
  for (const std::string& q : SplitList(f.quads)) {
    if (q == "1" || q == "verbal-cooperation" || q == "vc") out.quads.push_back(1);
    else if (q == "2" || q == "material-cooperation" || q == "mc") out.quads.push_back(2);
    else if (q == "3" || q == "verbal-conflict" || q == "vk") out.quads.push_back(3);
    else if (q == "4" || q == "material-conflict" || q == "mk") out.quads.push_back(4);
    else if (q == "cooperation") out.quads.insert(out.quads.end(), {1, 2});
    else if (q == "conflict") out.quads.insert(out.quads.end(), {3, 4});
    else
      return Status::InvalidArgument("--quad '" + q +
                                     "' is not a quad class: use 1-4, verbal-cooperation, material-cooperation, "
                                     "verbal-conflict, material-conflict, cooperation or conflict");
  }
  return out;
}

Result<std::string> ResolveActor(const ontology::Ontology& onto, const std::string& name) {
  if (auto code = onto.ResolveActorName(name)) return *code;
  std::string msg = "unknown actor '" + name + "'";
  auto near = onto.SuggestActorNames(name, 3);
  if (!near.empty()) {
    msg += "; did you mean ";
    for (size_t i = 0; i < near.size(); ++i) msg += (i ? ", " : "") + near[i];
    msg += "?";
  }
  return Status::InvalidArgument(msg);
}

std::string Period(Day day, const std::string& by) {
  if (day == kNoDay) return "undated";
  std::string d = FormatDay(day);
  if (by == "day") return d;
  if (by == "year") return d.substr(0, 4);
  if (by == "week") {
    // ISO-like week: the Monday that starts it.
    int y = day / 10000, m = day / 100 % 100, dd = day % 100;
    // days since 1970-01-01 (civil from days, Howard Hinnant's algorithm)
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    long days = static_cast<long>(era) * 146097 + doe - 719468;
    long monday = days - ((days + 3) % 7);
    // back to a date
    long z = monday + 719468;
    long era2 = (z >= 0 ? z : z - 146096) / 146097;
    long doe2 = z - era2 * 146097;
    long yoe2 = (doe2 - doe2 / 1460 + doe2 / 36524 - doe2 / 146096) / 365;
    long y2 = yoe2 + era2 * 400;
    long doy2 = doe2 - (365 * yoe2 + yoe2 / 4 - yoe2 / 100);
    long mp = (5 * doy2 + 2) / 153;
    long d2 = doy2 - (153 * mp + 2) / 5 + 1;
    long m2 = mp < 10 ? mp + 3 : mp - 9;
    y2 += m2 <= 2;
    return fmt::format("{:04d}-{:02d}-{:02d}", y2, m2, d2);
  }
  return d.substr(0, 7);
}

std::string WindowText(const QueryFilter& f) {
  std::string w;
  if (!f.from.empty() || !f.to.empty())
    w += (f.from.empty() ? "..." : f.from) + " to " + (f.to.empty() ? "..." : f.to);
  else
    w += "all dates";
  if (!f.codes.empty()) w += ", codes " + f.codes;
  if (!f.quads.empty()) w += ", quad " + f.quads;
  return w;
}

Result<graph::ActorGraph> LoadGraph(const storage::EventStore& db, const ontology::Ontology& onto,
                                    const storage::DyadFilter& filter) {
  std::vector<DyadAggregate> dyads;
  GEOKG_RETURN_IF_ERROR(db.ScanDyads(filter, [&](const DyadAggregate& a) {
    dyads.push_back(a);
    return true;
  }));
  return graph::BuildGraph(dyads, &onto);
}

void Progress::Update(const std::string& line, bool force) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (!force && drawn_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  err_ << "\r\033[K" << line << std::flush;
  drawn_ = true;
}

void Progress::Finish() {
  if (enabled_ && drawn_) err_ << "\r\033[K" << std::flush;
  drawn_ = false;
}

}  // namespace internal
}  // namespace geokg::cli
