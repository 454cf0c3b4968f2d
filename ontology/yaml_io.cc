// Reading and writing the ontology's YAML files (schema: ontology/README.md).
// yaml-cpp throws; every exception is caught here and becomes a Status that
// names file:line:column.
#include <algorithm>
#include <atomic>
#include <thread>
#include <unordered_map>
#include <fstream>
#include <set>
#include <system_error>

#include <yaml-cpp/yaml.h>

#include "ontology/ontology.h"

namespace geokg::ontology {

namespace fs = std::filesystem;

namespace {

// Thrown inside this file only, caught in Load.
struct LoadError {
  SourceLocation where;
  std::string message;
};

SourceLocation Where(const std::string& file, const YAML::Node& node) {
  YAML::Mark m = node.Mark();
  if (m.line < 0) return {file, 0, 0};
  return {file, m.line + 1, m.column + 1};
}

class FileReader {
 public:
  FileReader(std::string file, Ontology* out) : file_(std::move(file)), out_(out) {}

  void Read(const YAML::Node& root) {
    if (root.IsNull()) return;
    if (!root.IsMap())
      Fail(root,
           "expected a mapping of sections (codes, actors, people, agents, synsets, verbs, discards, parse_nouns, "
           "parse_adjectives)");
    for (const auto& kv : root) {
      std::string key = kv.first.as<std::string>();
      const YAML::Node& v = kv.second;
      if (key == "codes") ForEach(v, [&](const YAML::Node& n) { ReadCode(n); });
      else if (key == "actors") ForEach(v, [&](const YAML::Node& n) { ReadActor(n); });
      else if (key == "people") ForEach(v, [&](const YAML::Node& n) { ReadPerson(n); });
      else if (key == "agents") ForEach(v, [&](const YAML::Node& n) { ReadAgent(n); });
      else if (key == "verbs") ForEach(v, [&](const YAML::Node& n) { ReadVerb(n); });
      else if (key == "synsets") ReadSynsets(v);
      else if (key == "discards") {
        for (auto& s : Strings(v)) out_->mutable_discards().push_back(s);
      } else if (key == "parse_nouns") {
        for (auto& s : Strings(v)) out_->mutable_parse_nouns().push_back(s);
      } else if (key == "parse_adjectives") {
        for (auto& s : Strings(v)) out_->mutable_parse_adjectives().push_back(s);
      } else {
        Fail(kv.first, "unknown section '" + key +
                           "'; expected codes, actors, people, agents, synsets, verbs, discards, parse_nouns or "
                           "parse_adjectives");
      }
    }
  }

 private:
  [[noreturn]] void Fail(const YAML::Node& n, std::string msg) { throw LoadError{Where(file_, n), std::move(msg)}; }

  template <class F>
  void ForEach(const YAML::Node& seq, F f) {
    if (seq.IsNull()) return;
    if (!seq.IsSequence()) Fail(seq, "expected a list");
    for (const auto& n : seq) {
      if (!n.IsMap()) Fail(n, "expected a mapping (an entry with keys)");
      f(n);
    }
  }

  std::string Str(const YAML::Node& map, const char* key, bool required) {
    const YAML::Node n = map[key];
    if (!n) {
      if (required) Fail(map, std::string("missing required key '") + key + "'");
      return "";
    }
    if (!n.IsScalar()) Fail(n, std::string("'") + key + "' must be a single value");
    return n.as<std::string>();
  }

  std::vector<std::string> Strings(const YAML::Node& n) {
    std::vector<std::string> out;
    if (!n || n.IsNull()) return out;
    if (n.IsScalar()) return {n.as<std::string>()};
    if (!n.IsSequence()) Fail(n, "expected a list of phrases");
    for (const auto& s : n) {
      if (!s.IsScalar()) Fail(s, "expected a phrase");
      out.push_back(s.as<std::string>());
    }
    return out;
  }

  Day DayOf(const YAML::Node& map, const char* key) {
    const YAML::Node n = map[key];
    if (!n || n.IsNull()) return kNoDay;
    auto d = ParseDay(n.as<std::string>());
    if (!d) Fail(n, std::string("'") + key + "' must be a date YYYY-MM-DD, got '" + n.as<std::string>() + "'");
    return *d;
  }

  void CheckKeys(const YAML::Node& map, std::initializer_list<const char*> allowed) {
    for (const auto& kv : map) {
      std::string k = kv.first.as<std::string>();
      if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return k == a; })) {
        std::string list;
        for (const char* a : allowed) list += std::string(list.empty() ? "" : ", ") + a;
        Fail(kv.first, "unknown key '" + k + "'; expected one of: " + list);
      }
    }
  }

  void ReadCode(const YAML::Node& n) {
    CheckKeys(n, {"code", "name", "goldstein", "quad", "plover"});
    CodeInfo c;
    c.code = Str(n, "code", true);
    c.name = Str(n, "name", false);
    c.plover = Str(n, "plover", false);
    try {
      if (n["goldstein"]) c.goldstein = n["goldstein"].as<double>();
      if (n["quad"]) c.quad = n["quad"].as<int>();
    } catch (const YAML::Exception&) {
      Fail(n, "goldstein must be a number and quad 1-4");
    }
    if (c.quad < 1 || c.quad > 4) Fail(n, "quad must be 1, 2, 3 or 4");
    out_->mutable_codes().push_back(std::move(c));
  }

  void ReadActor(const YAML::Node& n) {
    CheckKeys(n,
              {"code", "name", "kind", "names", "government", "places", "descriptions", "country", "members", "roles"});
    ActorEntry a;
    a.where = Where(file_, n);
    a.code = Str(n, "code", true);
    a.name = Str(n, "name", false);
    std::string kind = Str(n, "kind", false);
    if (kind.empty() || kind == "country") a.kind = ActorKind::kCountry;
    else if (kind == "organisation" || kind == "organization") a.kind = ActorKind::kOrganisation;
    else if (kind == "group") a.kind = ActorKind::kGroup;
    else if (kind == "region") a.kind = ActorKind::kRegion;
    else Fail(n["kind"], "kind must be country, organisation, group or region, got '" + kind + "'");
    a.names = Strings(n["names"]);
    a.government = Strings(n["government"]);
    a.places = Strings(n["places"]);
    a.descriptions = Strings(n["descriptions"]);
    a.country = Str(n, "country", false);
    a.members = Strings(n["members"]);
    a.roles = Roles(n["roles"]);
    if (a.name.empty()) a.name = a.names.empty() ? a.code : a.names.front();
    out_->mutable_actors().push_back(std::move(a));
  }

  void ReadPerson(const YAML::Node& n) {
    CheckKeys(n, {"name", "names", "roles", "default", "gender"});
    PersonEntry p;
    p.where = Where(file_, n);
    p.name = Str(n, "name", true);
    p.names = Strings(n["names"]);
    if (p.names.empty()) p.names.push_back(p.name);
    p.default_code = Str(n, "default", false);
    const std::string gender = Str(n, "gender", false);
    if (!gender.empty() && gender != "female" && gender != "male") Fail(n["gender"], "gender is female or male");
    p.female = gender == "female";
    p.roles = Roles(n["roles"]);
    out_->mutable_people().push_back(std::move(p));
  }

  // A person's or actor's dated codes: a list of {code, from, to} or "CODE FROM..TO".
  std::vector<Role> Roles(const YAML::Node& roles) {
    std::vector<Role> out;
    if (!roles || roles.IsNull()) return out;
    if (!roles.IsSequence()) Fail(roles, "roles must be a list");
    for (const auto& r : roles) {
      if (r.IsScalar()) {
        out.push_back(RoleOf(r));
        continue;
      }
      if (!r.IsMap()) Fail(r, "a role is {code, from, to} or \"CODE FROM..TO\"");
      CheckKeys(r, {"code", "from", "to"});
      out.push_back({Str(r, "code", true), DayOf(r, "from"), DayOf(r, "to")});
    }
    return out;
  }

  // "USAGOV 2013-02-01..2017-01-20"; either date may be left out ("USAGOV ..2017-01-20").
  Role RoleOf(const YAML::Node& n) {
    std::string text = n.as<std::string>();
    size_t sp = text.find(' ');
    Role r;
    r.code = text.substr(0, sp);
    if (sp != std::string::npos) {
      std::string range = text.substr(sp + 1);
      size_t dots = range.find("..");
      if (dots == std::string::npos) Fail(n, "role '" + text + "' must be \"CODE FROM..TO\"");
      for (auto [part, out] : {std::pair{range.substr(0, dots), &r.from}, {range.substr(dots + 2), &r.to}}) {
        if (part.empty()) continue;
        auto d = ParseDay(part);
        if (!d) Fail(n, "role '" + text + "': '" + part + "' is not a date YYYY-MM-DD");
        *out = *d;
      }
    }
    if (r.code.empty()) Fail(n, "role '" + text + "' has no code");
    return r;
  }

  void ReadAgent(const YAML::Node& n) {
    CheckKeys(n, {"code", "name", "nouns", "prefix"});
    AgentEntry a;
    a.where = Where(file_, n);
    a.code = Str(n, "code", true);
    a.name = Str(n, "name", false);
    a.nouns = Strings(n["nouns"]);
    if (n["prefix"]) {
      try {
        a.prefix = n["prefix"].as<bool>();
      } catch (const YAML::Exception&) {
        Fail(n["prefix"], "prefix must be true or false");
      }
    }
    out_->mutable_agents().push_back(std::move(a));
  }

  void ReadSynsets(const YAML::Node& n) {
    if (!n.IsMap()) Fail(n, "synsets must map NAME to a list of phrases");
    for (const auto& kv : n) {
      std::string name = kv.first.as<std::string>();
      if (!name.empty() && name[0] == '&') name = name.substr(1);
      auto& set = out_->mutable_synsets()[name];
      if (!set.empty()) Fail(kv.first, "synset '" + name + "' is defined twice");
      set = Strings(kv.second);
    }
  }

  void ReadVerb(const YAML::Node& n) {
    CheckKeys(n, {"verb", "forms", "code", "patterns"});
    VerbEntry v;
    v.where = Where(file_, n);
    v.lemma = Str(n, "verb", true);
    v.forms = Strings(n["forms"]);
    v.code = Str(n, "code", false);
    v.priority = TakePriorityMark(&v.code);
    if (v.code.empty()) v.code = "---";
    const YAML::Node ps = n["patterns"];
    if (ps && !ps.IsNull()) {
      if (!ps.IsSequence()) Fail(ps, "patterns must be a list of quoted pattern strings");
      for (const auto& p : ps) {
        if (!p.IsScalar()) Fail(p, "a pattern must be a quoted string such as \"* down + [190]\"");
        auto parsed = ParsePattern(p.as<std::string>());
        if (!parsed.ok()) Fail(p, parsed.status().message());
        VerbPattern vp = std::move(parsed).value();
        vp.where = Where(file_, p);
        v.patterns.push_back(std::move(vp));
      }
    }
    out_->mutable_verbs().push_back(std::move(v));
  }

  std::string file_;
  Ontology* out_;
};

}  // namespace

namespace {

Status ReadFile(const std::string& name, Ontology* out) {
  try {
    YAML::Node root = YAML::LoadFile(name);
    FileReader(name, out).Read(root);
  } catch (const LoadError& e) {
    return Status::InvalidArgument(e.where.ToString() + ": " + e.message);
  } catch (const YAML::BadFile&) {
    return Status::IOError(name + ": cannot read file");
  } catch (const YAML::Exception& e) {
    SourceLocation w{name, e.mark.line >= 0 ? e.mark.line + 1 : 0, e.mark.column >= 0 ? e.mark.column + 1 : 0};
    return Status::InvalidArgument(w.ToString() + ": " + e.msg);
  }
  return Status::OK();
}

template <class T>
void Append(std::vector<T>&& from, std::vector<T>* to) {
  to->insert(to->end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

// Adds one file's entries to `into`. Verbs with a lemma seen before are
// merged (forms and patterns added; only one entry may give a code other
// than "---"); a synset defined twice is an error.
Status MergeInto(Ontology&& from, Ontology* into, std::unordered_map<std::string, size_t>* verb_index) {
  Append(std::move(from.mutable_codes()), &into->mutable_codes());
  Append(std::move(from.mutable_actors()), &into->mutable_actors());
  Append(std::move(from.mutable_people()), &into->mutable_people());
  Append(std::move(from.mutable_agents()), &into->mutable_agents());
  Append(std::move(from.mutable_discards()), &into->mutable_discards());
  Append(std::move(from.mutable_parse_nouns()), &into->mutable_parse_nouns());
  Append(std::move(from.mutable_parse_adjectives()), &into->mutable_parse_adjectives());
  for (auto& [name, words] : from.mutable_synsets()) {
    if (!into->mutable_synsets().emplace(name, std::move(words)).second)
      return Status::InvalidArgument("synset '" + name + "' is defined in more than one file");
  }
  auto& verbs = into->mutable_verbs();
  for (VerbEntry& v : from.mutable_verbs()) {
    auto [it, fresh] = verb_index->emplace(v.lemma, verbs.size());
    if (fresh) {
      verbs.push_back(std::move(v));
      continue;
    }
    VerbEntry& e = verbs[it->second];
    if (e.code == "---") e.code = v.code;
    else if (v.code != "---" && v.code != e.code)
      return Status::InvalidArgument(v.where.ToString() + ": verb '" + v.lemma + "' has code " + v.code +
                                     " here but " + e.code + " at " + e.where.ToString());
    for (auto& f : v.forms)
      if (std::find(e.forms.begin(), e.forms.end(), f) == e.forms.end()) e.forms.push_back(f);
    Append(std::move(v.patterns), &e.patterns);
  }
  return Status::OK();
}

}  // namespace

Result<std::shared_ptr<const Ontology>> Ontology::Load(const fs::path& dir, std::vector<Diagnostic>* warnings) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Status::NotFound("ontology directory '" + dir.string() + "' does not exist or is not a directory");
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file() && (it->path().extension() == ".yaml" || it->path().extension() == ".yml"))
      files.push_back(it->path());
  }
  if (ec) return Status::IOError("cannot list ontology directory '" + dir.string() + "': " + ec.message());
  if (files.empty()) return Status::InvalidArgument("ontology directory '" + dir.string() + "' holds no .yaml files");
  std::sort(files.begin(), files.end());

  // Files are parsed in parallel (yaml-cpp builds a tree per file; the
  // largest file sets the pace), then merged in sorted path order.
  std::vector<Ontology> per_file(files.size());
  std::vector<Status> errors(files.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < files.size(); i = next++) errors[i] = ReadFile(files[i].string(), &per_file[i]);
  };
  std::vector<std::thread> pool;
  size_t threads = std::min<size_t>(files.size(), std::max(1u, std::thread::hardware_concurrency()));
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  Ontology parts;
  std::unordered_map<std::string, size_t> verb_index;
  for (size_t i = 0; i < files.size(); ++i) {
    GEOKG_RETURN_IF_ERROR(errors[i]);
    GEOKG_RETURN_IF_ERROR(MergeInto(std::move(per_file[i]), &parts, &verb_index));
  }
  if (warnings) {
    for (const Diagnostic& d : parts.Check())
      if (!d.error) warnings->push_back(d);
  }
  return FromParts(std::move(parts));
}

namespace {

void Phrases(YAML::Emitter& out, const char* key, const std::vector<std::string>& list) {
  if (list.empty()) return;
  out << YAML::Key << key << YAML::Value << YAML::Flow << list;
}

// Roles as "CODE FROM..TO", the form RoleOf reads back.
std::vector<std::string> RoleStrings(const std::vector<Role>& roles) {
  std::vector<std::string> out;
  for (const Role& r : roles) out.push_back(r.code + " " + FormatDay(r.from) + ".." + FormatDay(r.to));
  return out;
}

constexpr size_t kPeoplePerFile = 4000;
constexpr size_t kVerbsPerFile = 400;

// "people.yaml", then "people-2.yaml", ...
std::string ChunkName(const char* section, size_t chunk) {
  return std::string(section) + (chunk == 0 ? "" : "-" + std::to_string(chunk + 1)) + ".yaml";
}

Status WriteFile(const fs::path& path, const YAML::Emitter& out) {
  std::ofstream f(path);
  f << "# Written by geokg.\n" << out.c_str() << "\n";
  f.close();
  if (!f) return Status::IOError("cannot write " + path.string());
  return Status::OK();
}

}  // namespace

Status Ontology::WriteYaml(const fs::path& dir) const {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Status::IOError("cannot create '" + dir.string() + "': " + ec.message());
  // Chunks of an earlier, larger export would be read back with this one.
  for (const auto& f : fs::directory_iterator(dir, ec)) {
    std::string name = f.path().filename().string();
    if ((name.rfind("people-", 0) == 0 || name.rfind("verbs-", 0) == 0) && f.path().extension() == ".yaml")
      fs::remove(f.path(), ec);
  }

  if (!codes_.empty()) {
    YAML::Emitter out;
    out << YAML::BeginMap << YAML::Key << "codes" << YAML::Value << YAML::BeginSeq;
    for (const CodeInfo& c : codes_) {
      out << YAML::Flow << YAML::BeginMap << YAML::Key << "code" << YAML::Value << YAML::DoubleQuoted << c.code
          << YAML::Key << "name" << YAML::Value << c.name << YAML::Key << "goldstein" << YAML::Value << c.goldstein
          << YAML::Key << "quad" << YAML::Value << c.quad << YAML::Key << "plover" << YAML::Value << c.plover
          << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
    GEOKG_RETURN_IF_ERROR(WriteFile(dir / "cameo.yaml", out));
  }
  {
    YAML::Emitter out;
    out << YAML::BeginMap << YAML::Key << "actors" << YAML::Value << YAML::BeginSeq;
    for (const ActorEntry& a : actors_) {
      out << YAML::BeginMap << YAML::Key << "code" << YAML::Value << a.code << YAML::Key << "name" << YAML::Value
          << a.name << YAML::Key << "kind" << YAML::Value << ActorKindName(a.kind);
      Phrases(out, "names", a.names);
      Phrases(out, "government", a.government);
      Phrases(out, "places", a.places);
      Phrases(out, "descriptions", a.descriptions);
      if (!a.country.empty()) out << YAML::Key << "country" << YAML::Value << a.country;
      if (!a.members.empty()) out << YAML::Key << "members" << YAML::Value << YAML::Flow << a.members;
      if (!a.roles.empty()) out << YAML::Key << "roles" << YAML::Value << YAML::Flow << RoleStrings(a.roles);
      out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
    GEOKG_RETURN_IF_ERROR(WriteFile(dir / "actors.yaml", out));
  }
  // Large sections go to several files, which Load parses in parallel.
  for (size_t chunk = 0; chunk == 0 || chunk * kPeoplePerFile < people_.size(); ++chunk) {
    YAML::Emitter out;
    out << YAML::BeginMap << YAML::Key << "people" << YAML::Value << YAML::BeginSeq;
    for (size_t k = chunk * kPeoplePerFile; k < std::min(people_.size(), (chunk + 1) * kPeoplePerFile); ++k) {
      const PersonEntry& p = people_[k];
      out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << p.name;
      Phrases(out, "names", p.names);
      if (!p.roles.empty()) out << YAML::Key << "roles" << YAML::Value << YAML::Flow << RoleStrings(p.roles);
      if (!p.default_code.empty()) out << YAML::Key << "default" << YAML::Value << p.default_code;
      if (p.female) out << YAML::Key << "gender" << YAML::Value << "female";
      out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
    GEOKG_RETURN_IF_ERROR(WriteFile(dir / ChunkName("people", chunk), out));
  }
  {
    YAML::Emitter out;
    out << YAML::BeginMap << YAML::Key << "agents" << YAML::Value << YAML::BeginSeq;
    for (const AgentEntry& a : agents_) {
      out << YAML::BeginMap << YAML::Key << "code" << YAML::Value << a.code << YAML::Key << "name" << YAML::Value
          << a.name;
      Phrases(out, "nouns", a.nouns);
      if (a.prefix) out << YAML::Key << "prefix" << YAML::Value << true;
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    if (!discards_.empty()) out << YAML::Key << "discards" << YAML::Value << YAML::Flow << discards_;
    if (!parse_nouns_.empty()) out << YAML::Key << "parse_nouns" << YAML::Value << YAML::Flow << parse_nouns_;
    if (!parse_adjectives_.empty())
      out << YAML::Key << "parse_adjectives" << YAML::Value << YAML::Flow << parse_adjectives_;
    out << YAML::EndMap;
    GEOKG_RETURN_IF_ERROR(WriteFile(dir / "agents.yaml", out));
  }
  for (size_t chunk = 0; chunk == 0 || chunk * kVerbsPerFile < verbs_.size(); ++chunk) {
    YAML::Emitter out;
    out << YAML::BeginMap;
    if (chunk == 0 && !synsets_.empty()) {
      out << YAML::Key << "synsets" << YAML::Value << YAML::BeginMap;
      for (const auto& [name, words] : synsets_) out << YAML::Key << name << YAML::Value << YAML::Flow << words;
      out << YAML::EndMap;
    }
    out << YAML::Key << "verbs" << YAML::Value << YAML::BeginSeq;
    for (size_t k = chunk * kVerbsPerFile; k < std::min(verbs_.size(), (chunk + 1) * kVerbsPerFile); ++k) {
      const VerbEntry& v = verbs_[k];
      out << YAML::BeginMap << YAML::Key << "verb" << YAML::Value << v.lemma;
      Phrases(out, "forms", v.forms);
      out << YAML::Key << "code" << YAML::Value << YAML::DoubleQuoted << v.code + PriorityMark(v.priority);
      if (!v.patterns.empty()) {
        out << YAML::Key << "patterns" << YAML::Value << YAML::BeginSeq;
        for (const VerbPattern& p : v.patterns) out << YAML::DoubleQuoted << p.text;
        out << YAML::EndSeq;
      }
      out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
    GEOKG_RETURN_IF_ERROR(WriteFile(dir / ChunkName("verbs", chunk), out));
  }
  return Status::OK();
}

}  // namespace geokg::ontology
