// Ontology: indexes, validation and name resolution.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

#include "ontology/ontology.h"

namespace geokg::ontology {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// FNV-1a, 64 bit: stable across platforms, enough to tell ontologies apart.
struct Fnv {
  std::uint64_t h = 1469598103934665603ULL;
  void Add(std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
    h ^= 0xff;
    h *= 1099511628211ULL;
  }
  std::string Hex() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
  }
};

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace

Result<std::shared_ptr<const Ontology>> Ontology::FromParts(Ontology parts) {
  std::vector<Diagnostic> found = parts.Check();
  for (const Diagnostic& d : found) {
    if (d.error) return Status::InvalidArgument(d.ToString());
  }
  parts.BuildIndexes();
  return std::shared_ptr<const Ontology>(std::make_shared<Ontology>(std::move(parts)));
}

void Ontology::BuildIndexes() {
  code_index_.clear();
  actor_index_.clear();
  agent_index_.clear();
  name_index_.clear();
  Fnv fp;
  for (size_t i = 0; i < codes_.size(); ++i) {
    code_index_.emplace(codes_[i].code, i);
    fp.Add(codes_[i].code);
    fp.Add(std::to_string(codes_[i].goldstein));
  }
  for (size_t i = 0; i < actors_.size(); ++i) {
    const ActorEntry& a = actors_[i];
    actor_index_.emplace(a.code, i);
    name_index_.emplace(Lower(a.code), a.code);
    fp.Add(a.code);
    for (const auto& n : a.names) {
      std::string plain = Lower(n);  // "prince ... dol amroth" is found as "prince dol amroth"
      for (size_t at; (at = plain.find(" ...")) != std::string::npos;) plain.erase(at, 4);
      name_index_.emplace(std::move(plain), a.code);
      fp.Add(n);
    }
    for (const auto& n : a.government) {
      name_index_.emplace(Lower(n), a.code);
      fp.Add("gov:" + n);
    }
    for (const auto& n : a.places) {
      name_index_.emplace(Lower(n), a.code);
      fp.Add("place:" + n);
    }
    for (const auto& n : a.descriptions) fp.Add("desc:" + n);
    for (const auto& m : a.members) fp.Add("member:" + m);
    for (const Role& r : a.roles) fp.Add("role:" + r.code + std::to_string(r.from) + "-" + std::to_string(r.to));
  }
  for (size_t i = 0; i < agents_.size(); ++i) {
    agent_index_.emplace(agents_[i].code, i);
    fp.Add(agents_[i].code + (agents_[i].prefix ? "~" : ""));
    for (const auto& n : agents_[i].nouns) fp.Add(n);
  }
  for (const PersonEntry& p : people_) {
    for (const auto& n : p.names) fp.Add(n);
    for (const Role& r : p.roles) fp.Add(r.code + std::to_string(r.from) + "-" + std::to_string(r.to));
    fp.Add(p.default_code);
    if (p.female) fp.Add("gender:female");
  }
  for (const auto& [name, words] : synsets_) {
    fp.Add(name);
    for (const auto& w : words) fp.Add(w);
  }
  for (const VerbEntry& v : verbs_) {
    fp.Add(v.lemma);
    fp.Add(v.code + PriorityMark(v.priority));
    for (const auto& f : v.forms) fp.Add(f);
    for (const auto& p : v.patterns) fp.Add(p.text);
  }
  for (const auto& d : discards_) fp.Add(d);
  for (const auto& w : parse_nouns_) fp.Add("noun:" + w);
  for (const auto& w : parse_adjectives_) fp.Add("adjective:" + w);
  fingerprint_ = fp.Hex();
}

std::vector<Diagnostic> Ontology::Check() const {
  std::vector<Diagnostic> out;
  auto error = [&](const SourceLocation& w, std::string m) { out.push_back({true, w, std::move(m)}); };
  auto warn = [&](const SourceLocation& w, std::string m) { out.push_back({false, w, std::move(m)}); };

  std::set<std::string, std::less<>> codes;
  for (const CodeInfo& c : codes_) {
    if (!codes.insert(c.code).second) error({}, "event code " + c.code + " is defined twice");
  }
  auto known_code = [&](const std::string& code) { return code == "---" || codes.empty() || codes.count(code) > 0; };

  std::map<std::string, std::string> actor_codes;
  std::map<std::string, std::string> phrase_owner;  // lowercase phrase -> code
  for (const ActorEntry& a : actors_) {
    if (a.code.empty()) {
      error(a.where, "actor '" + a.name + "' has no code");
      continue;
    }
    if (!actor_codes.emplace(a.code, a.where.ToString()).second)
      error(a.where, "actor code " + a.code + " is defined twice (first at " + actor_codes[a.code] + ")");
    for (const auto& n : a.names) {
      auto [it, fresh] = phrase_owner.emplace(Lower(n), a.code);
      if (!fresh && it->second != a.code)
        warn(a.where, "name '" + n + "' of " + a.code + " is also a name of " + it->second + "; the first wins");
    }
  }
  // Members of a collective are coded as written; one that is no actor here
  // is likely a typo (imported dictionaries may name members they lack).
  for (const ActorEntry& a : actors_)
    for (const auto& m : a.members)
      if (!actor_codes.count(m))
        warn(a.where, "member " + m + " of collective " + a.code + " is not an actor code; coded as written");
  std::set<std::string> agent_codes;
  for (const AgentEntry& a : agents_) {
    if (!agent_codes.insert(a.code + (a.prefix ? "~" : "")).second)
      error(a.where, "agent code " + a.code + (a.prefix ? " (prefix)" : "") + " is defined twice");
  }
  auto check_roles = [&](const SourceLocation& where, const std::string& who, const std::vector<Role>& roles) {
    for (const Role& r : roles) {
      if (r.code.empty()) error(where, "a role of '" + who + "' has no code");
      if (r.from != kNoDay && r.to != kNoDay && r.from > r.to)
        error(where,
              "a role of '" + who + "' ends (" + FormatDay(r.to) + ") before it begins (" + FormatDay(r.from) + ")");
    }
  };
  for (const ActorEntry& a : actors_) check_roles(a.where, a.code, a.roles);
  for (const PersonEntry& p : people_) {
    if (p.names.empty()) error(p.where, "person '" + p.name + "' has no names");
    check_roles(p.where, p.name, p.roles);
  }
  std::set<std::string> lemmas;
  for (const VerbEntry& v : verbs_) {
    if (!known_code(v.code)) error(v.where, "verb '" + v.lemma + "' has unknown event code " + v.code);
    for (const VerbPattern& p : v.patterns) {
      if (!known_code(p.code)) error(p.where, "pattern '" + p.text + "' has unknown event code " + p.code);
      for (const PatternElement& e : p.elements) {
        if (e.kind == PatternElement::Kind::kSynset && !synsets_.count(e.synset))
          error(p.where, "pattern '" + p.text + "' uses undefined synset &" + e.synset);
      }
    }
    if (!lemmas.insert(v.lemma).second) warn(v.where, "verb '" + v.lemma + "' is listed more than once");
  }
  return out;
}

const CodeInfo* Ontology::FindCode(std::string_view code) const {
  auto it = code_index_.find(code);
  return it == code_index_.end() ? nullptr : &codes_[it->second];
}

const ActorEntry* Ontology::FindActor(std::string_view code) const {
  auto it = actor_index_.find(code);
  return it == actor_index_.end() ? nullptr : &actors_[it->second];
}

const AgentEntry* Ontology::FindAgent(std::string_view code) const {
  auto it = agent_index_.find(code);
  return it == agent_index_.end() ? nullptr : &agents_[it->second];
}

std::optional<std::string> Ontology::ResolveActorName(std::string_view name) const {
  std::string key = Lower(name);
  while (!key.empty() && key.back() == ' ') key.pop_back();
  if (key.rfind("the ", 0) == 0) key = key.substr(4);
  auto it = name_index_.find(key);
  if (it != name_index_.end()) {
    // An institution stands for its country ("Mossad", "ISRSPY": Israel).
    const ActorEntry* a = FindActor(it->second);
    std::string_view country = a ? InstitutionCountry(*a) : std::string_view();
    return country.empty() ? it->second : std::string(country);
  }
  // A full code with an agent ("RUSGOV") resolves to its base actor.
  std::string upper(name);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto [base, agent] = SplitCode(upper);
  if (!agent.empty() && FindActor(base) && FindAgent(agent)) return base;
  return std::nullopt;
}

std::vector<std::string> Ontology::SuggestActorNames(std::string_view name, size_t n) const {
  std::string key = Lower(name);
  std::vector<std::pair<size_t, std::string>> scored;
  for (const ActorEntry& a : actors_) {
    size_t best = EditDistance(key, Lower(a.name));
    for (const auto& alias : a.names) best = std::min(best, EditDistance(key, Lower(alias)));
    scored.emplace_back(best, a.name + " (" + a.code + ")");
  }
  std::stable_sort(scored.begin(), scored.end(), [](auto& x, auto& y) { return x.first < y.first; });
  std::vector<std::string> out;
  for (size_t i = 0; i < scored.size() && out.size() < n; ++i) {
    if (scored[i].first <= std::max<size_t>(3, key.size() / 2)) out.push_back(scored[i].second);
  }
  return out;
}

std::pair<std::string, std::string> Ontology::SplitCode(std::string_view code) const {
  for (size_t len = code.size(); len > 0; --len) {
    auto it = actor_index_.find(code.substr(0, len));
    if (it != actor_index_.end() && InstitutionCountry(actors_[it->second]).empty())
      return {std::string(code.substr(0, len)), std::string(code.substr(len))};
  }
  return {std::string(code), ""};
}

std::string_view Ontology::InstitutionCountry(const ActorEntry& a) const {
  if (a.kind == ActorKind::kCountry || a.country.empty() || a.code.size() < a.country.size() + 3 ||
      a.code.compare(0, a.country.size(), a.country) != 0 ||
      !FindAgent(std::string_view(a.code).substr(a.country.size(), 3)))
    return {};
  const ActorEntry* country = FindActor(a.country);
  return country && country->kind == ActorKind::kCountry ? std::string_view(a.country) : std::string_view();
}

std::string Ontology::DisplayName(std::string_view code) const {
  auto [base, agent] = SplitCode(code);
  const ActorEntry* a = FindActor(base);
  std::string out = a ? a->name : std::string(code);
  if (a && !agent.empty()) {
    const AgentEntry* g = FindAgent(agent);
    out += " (" + (g ? g->name : agent) + ")";
  }
  return out;
}

}  // namespace geokg::ontology
