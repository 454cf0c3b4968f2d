// Status, days and small shared helpers of the ontology module.
#include <charconv>
#include <cstdio>

#include "ontology/ontology.h"

namespace geokg {

std::string Status::ToString() const {
  const char* name = "OK";
  switch (code_) {
    case Code::kOk: return "OK";
    case Code::kNotFound: name = "Not found"; break;
    case Code::kInvalidArgument: name = "Invalid argument"; break;
    case Code::kCorruption: name = "Corruption"; break;
    case Code::kIOError: name = "IO error"; break;
    case Code::kUnsupported: name = "Not supported"; break;
    case Code::kBusy: name = "Busy"; break;
  }
  return std::string(name) + ": " + message_;
}

namespace {
bool AllDigits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}
int ToInt(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}
std::optional<Day> Make(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return std::nullopt;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return std::nullopt;
  return y * 10000 + m * 100 + d;
}
}  // namespace

std::optional<Day> ParseDay(std::string_view t) {
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
  if (t.size() >= 10 && t[4] == '-' && t[7] == '-' && AllDigits(t.substr(0, 4)) &&
      AllDigits(t.substr(5, 2)) && AllDigits(t.substr(8, 2)) &&
      (t.size() == 10 || t[10] == 'T' || t[10] == ' ')) {
    return Make(ToInt(t.substr(0, 4)), ToInt(t.substr(5, 2)), ToInt(t.substr(8, 2)));
  }
  if (t.size() == 8 && AllDigits(t))
    return Make(ToInt(t.substr(0, 4)), ToInt(t.substr(4, 2)), ToInt(t.substr(6, 2)));
  if (t.size() == 6 && AllDigits(t)) {
    int yy = ToInt(t.substr(0, 2));
    return Make(yy < 40 ? 2000 + yy : 1900 + yy, ToInt(t.substr(2, 2)), ToInt(t.substr(4, 2)));
  }
  return std::nullopt;
}

std::string FormatDay(Day day) {
  if (day == kNoDay) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", day / 10000, day / 100 % 100, day % 100);
  return buf;
}

const char* QuadName(int quad) {
  switch (quad) {
    case 1: return "verbal cooperation";
    case 2: return "material cooperation";
    case 3: return "verbal conflict";
    case 4: return "material conflict";
  }
  return "unknown";
}

namespace ontology {

std::string SourceLocation::ToString() const {
  std::string s = file.empty() ? "<memory>" : file;
  if (line > 0) s += ":" + std::to_string(line);
  if (column > 0) s += ":" + std::to_string(column);
  return s;
}

std::string Diagnostic::ToString() const {
  return where.ToString() + (error ? ": error: " : ": warning: ") + message;
}

const char* ActorKindName(ActorKind k) {
  switch (k) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kOrganisation: return "organisation";
    case ActorKind::kGroup: return "group";
    case ActorKind::kRegion: return "region";
  }
  return "country";
}

const std::string& ActorEntry::CodeOn(Day day) const {
  if (day == kNoDay) return code;
  for (const Role& r : roles)
    if ((r.from == kNoDay || day >= r.from) && (r.to == kNoDay || day <= r.to)) return r.code;
  return code;
}

std::string PersonEntry::CodeOn(Day day) const {
  if (day == kNoDay) {
    if (!roles.empty()) return roles.back().code;
    return default_code;
  }
  for (const Role& r : roles) {
    if ((r.from == kNoDay || day >= r.from) && (r.to == kNoDay || day <= r.to)) return r.code;
  }
  return default_code;
}

}  // namespace ontology
}  // namespace geokg
