// Tests of ontology/: dates, patterns, forms, loading and its errors, and
// the counts the built-in ontology promises.
#include "ontology/ontology.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>

#include "tests/test_util.h"

namespace fs = std::filesystem;
using namespace geokg;
using namespace geokg::ontology;

namespace {
fs::path TempDir(const std::string& name) { return testing::TempDir("ontology_" + name); }
void Write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }
}  // namespace

TEST_CASE("ParseDay accepts ISO, compact and TABARI dates and rejects the rest", "[ontology]") {
  CHECK(ParseDay("2015-12-02") == 20151202);
  CHECK(ParseDay("2015-12-02T10:00:00Z") == 20151202);
  CHECK(ParseDay("20151202") == 20151202);
  CHECK(ParseDay("151202") == 20151202);
  CHECK(ParseDay("991231") == 19991231);
  CHECK_FALSE(ParseDay("2015-02-30"));
  CHECK_FALSE(ParseDay("2015-13-01"));
  CHECK_FALSE(ParseDay("yesterday"));
  CHECK(FormatDay(20151202) == "2015-12-02");
}

TEST_CASE("ParsePattern reads slots, words, synsets, joins and the code", "[ontology]") {
  auto p = ParsePattern("* down + [190]");
  REQUIRE(p.ok());
  REQUIRE(p.value().elements.size() == 3);
  CHECK(p.value().code == "190");
  CHECK(p.value().verb_index() == 0);
  CHECK(p.value().elements[1].words == std::vector<std::string>{"down"});
  CHECK(p.value().elements[2].kind == PatternElement::Kind::kTarget);

  auto q = ParsePattern("$ * + to_begin &TALKS [036:036]");
  REQUIRE(q.ok());
  CHECK(q.value().code == "036");
  CHECK(q.value().elements[0].kind == PatternElement::Kind::kSource);
  CHECK(q.value().elements[3].words == std::vector<std::string>{"to", "begin"});
  CHECK(q.value().elements[4].kind == PatternElement::Kind::kSynset);
  CHECK(q.value().elements[4].synset == "TALKS");

  // '%' before the verb marks a compound subject; after it, it is a slot.
  auto before = ParsePattern("% * talks [031]");
  REQUIRE(before.ok());
  CHECK(before.value().compound);
  REQUIRE(before.value().elements.size() == 2);
  CHECK(before.value().verb_index() == 0);
  auto after = ParsePattern("has * with % [067]");
  REQUIRE(after.ok());
  CHECK_FALSE(after.value().compound);
  REQUIRE(after.value().elements.size() == 4);
  CHECK(after.value().elements[3].kind == PatternElement::Kind::kCompound);

  // TABARI's priority marks: '?' subordinate, '!' dominant.
  auto sub = ParsePattern("* + [023?]");
  REQUIRE(sub.ok());
  CHECK(sub.value().code == "023");
  CHECK(sub.value().priority == CodePriority::kSubordinate);
  auto dom = ParsePattern("* + [031!:031]");
  REQUIRE(dom.ok());
  CHECK(dom.value().code == "031");
  CHECK(dom.value().paired_code == "031");
  CHECK(dom.value().priority == CodePriority::kDominant);
  CHECK(p.value().priority == CodePriority::kNormal);

  CHECK_FALSE(ParsePattern("down + [190]").ok());     // no verb
  CHECK_FALSE(ParsePattern("* * + [190]").ok());      // two verbs
  CHECK_FALSE(ParsePattern("* down +").ok());         // no code
}

TEST_CASE("RegularForms inflects the head word of a verb", "[ontology]") {
  CHECK(RegularForms("attack") == std::vector<std::string>{"attacks", "attacked", "attacking"});
  CHECK(RegularForms("praise") == std::vector<std::string>{"praises", "praised", "praising"});
  CHECK(RegularForms("deny") == std::vector<std::string>{"denies", "denied", "denying"});
  CHECK(RegularForms("call on") == std::vector<std::string>{"calls on", "called on", "calling on"});
  CHECK(RegularForms("push") == std::vector<std::string>{"pushes", "pushed", "pushing"});
  // A final consonant after a single vowel may double.
  CHECK(RegularForms("regret") ==
        std::vector<std::string>{"regrets", "regreted", "regreting", "regretted", "regretting"});
  CHECK(RegularForms("ban from") ==
        std::vector<std::string>{"bans from", "baned from", "baning from", "banned from", "banning from"});
}

TEST_CASE("PersonEntry codes by date", "[ontology]") {
  PersonEntry kerry;
  kerry.roles = {{"USALEG", 19850103, 20130201}, {"USAGOV", 20130201, 20170120}};
  kerry.default_code = "USAELI";
  CHECK(kerry.CodeOn(20151202) == "USAGOV");
  CHECK(kerry.CodeOn(20050101) == "USALEG");
  CHECK(kerry.CodeOn(20200101) == "USAELI");
  CHECK(kerry.CodeOn(kNoDay) == "USAGOV");
}

TEST_CASE("Load reads the test ontology and resolves names", "[ontology]") {
  auto o = Ontology::Load(fs::path(GEOKG_TEST_DATA) / "ontology");
  REQUIRE(o.ok());
  const Ontology& onto = *o.value();
  CHECK(onto.FindCode("190")->goldstein == -10.0);
  CHECK(onto.FindCode("190")->quad == 4);
  CHECK(onto.ResolveActorName("gondorian") == std::optional<std::string>("GON"));
  CHECK(onto.ResolveActorName("ARN") == std::optional<std::string>("ARN"));
  CHECK(onto.ResolveActorName("GONMIL") == std::optional<std::string>("GON"));
  CHECK_FALSE(onto.ResolveActorName("Mordor"));
  CHECK(onto.SplitCode("GONMIL") == std::pair<std::string, std::string>{"GON", "MIL"});
  CHECK(onto.DisplayName("GONMIL") == "Gondor (military)");
  auto near = onto.SuggestActorNames("Gondr");
  REQUIRE_FALSE(near.empty());
  CHECK(near[0] == "Gondor (GON)");
  CHECK(onto.fingerprint().size() == 16);
}

TEST_CASE("ActorEntry codes by date, its own code outside its roles", "[ontology]") {
  ActorEntry fmln;
  fmln.code = "FMLN";
  fmln.roles = {{"SLVREB", 19801010, 19921214}, {"SLVPTY", 19921215, kNoDay}};
  CHECK(fmln.CodeOn(19900101) == "SLVREB");
  CHECK(fmln.CodeOn(20050101) == "SLVPTY");
  CHECK(fmln.CodeOn(19700101) == "FMLN");
  CHECK(fmln.CodeOn(kNoDay) == "FMLN");
}

TEST_CASE("Load names file, line and column of a malformed file and loads nothing", "[ontology]") {
  fs::path d = TempDir("malformed");
  Write(d / "a.yaml", "actors:\n  - {code: ARN, names: [Arnor]}\n");
  SECTION("broken YAML") {
    Write(d / "b.yaml", "verbs:\n  - verb: attack\n    patterns: [\"* + [190]\"\n");
    auto o = Ontology::Load(d);
    REQUIRE_FALSE(o.ok());
    CHECK(o.status().message().find("b.yaml:") != std::string::npos);
  }
  SECTION("unknown key") {
    Write(d / "b.yaml", "actors:\n  - code: GON\n    nmes: [Gondor]\n");
    auto o = Ontology::Load(d);
    REQUIRE_FALSE(o.ok());
    CHECK(o.status().message().find("b.yaml:3:5") != std::string::npos);
    CHECK(o.status().message().find("unknown key 'nmes'") != std::string::npos);
  }
  SECTION("pattern without a verb") {
    Write(d / "b.yaml", "verbs:\n  - verb: attack\n    patterns:\n      - \"down + [190]\"\n");
    auto o = Ontology::Load(d);
    REQUIRE_FALSE(o.ok());
    CHECK(o.status().message().find("b.yaml:4:9") != std::string::npos);
  }
  SECTION("unknown event code") {
    Write(d / "b.yaml",
          "codes:\n  - {code: \"190\", name: x, goldstein: -10, quad: 4}\nverbs:\n  - verb: attack\n    code: \"999\"\n");
    auto o = Ontology::Load(d);
    REQUIRE_FALSE(o.ok());
    CHECK(o.status().message().find("unknown event code 999") != std::string::npos);
  }
  SECTION("bad prefix flag, unknown kind, unknown collective member") {
    Write(d / "b.yaml", "agents:\n  - {code: NGO, nouns: [aid group], prefix: maybe}\n");
    auto o = Ontology::Load(d);
    REQUIRE_FALSE(o.ok());
    CHECK(o.status().message().find("prefix must be true or false") != std::string::npos);
    Write(d / "b.yaml", "actors:\n  - {code: MEA, kind: area, names: [Middle East]}\n");
    o = Ontology::Load(d);
    REQUIRE_FALSE(o.ok());
    CHECK(o.status().message().find("country, organisation, group or region") != std::string::npos);
    // A member that is no actor is loaded as written, with a warning naming it.
    Write(d / "b.yaml", "actors:\n  - {code: \"ARN/XXX\", kind: group, names: [North], members: [ARN, XXX]}\n");
    std::vector<Diagnostic> warnings;
    o = Ontology::Load(d, &warnings);
    REQUIRE(o.ok());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].ToString().find("member XXX of collective ARN/XXX") != std::string::npos);
  }
  SECTION("gender is part of the fingerprint") {
    Write(d / "b.yaml", "people:\n  - name: X\n    roles: [\"ARNGOV 2000-01-01..\"]\n");
    auto unmarked = Ontology::Load(d);
    Write(d / "b.yaml", "people:\n  - name: X\n    roles: [\"ARNGOV 2000-01-01..\"]\n    gender: female\n");
    auto marked = Ontology::Load(d);
    REQUIRE(unmarked.ok());
    REQUIRE(marked.ok());
    CHECK(marked.value()->people()[0].female);
    CHECK(unmarked.value()->fingerprint() != marked.value()->fingerprint());
  }
  SECTION("bad gender") {
    Write(d / "b.yaml", "people:\n  - name: X\n    gender: unknown\n");
    auto o = Ontology::Load(d);
    REQUIRE_FALSE(o.ok());
    CHECK(o.status().message().find("b.yaml:3") != std::string::npos);
    CHECK(o.status().message().find("gender is female or male") != std::string::npos);
  }
  SECTION("an actor's roles: read, in the fingerprint, checked") {
    Write(d / "b.yaml", "actors:\n  - {code: DUN, kind: group, names: [Dunlendings]}\n");
    auto plain = Ontology::Load(d);
    Write(d / "b.yaml",
          "actors:\n  - {code: DUN, kind: group, names: [Dunlendings], roles: [\"ARNREB ..2010-12-31\"]}\n");
    auto dated = Ontology::Load(d);
    REQUIRE(plain.ok());
    REQUIRE(dated.ok());
    REQUIRE(dated.value()->FindActor("DUN")->roles.size() == 1);
    CHECK(dated.value()->FindActor("DUN")->roles[0].code == "ARNREB");
    CHECK(plain.value()->fingerprint() != dated.value()->fingerprint());
    Write(d / "b.yaml",
          "actors:\n  - code: DUN\n    names: [Dunlendings]\n    roles: [\"ARNREB 2010-12-31..2000-01-01\"]\n");
    auto backwards = Ontology::Load(d);
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.status().message().find("a role of 'DUN' ends (2000-01-01) before it begins (2010-12-31)") !=
          std::string::npos);
  }
  SECTION("bad date in a role") {
    Write(d / "b.yaml", "people:\n  - name: X\n    roles:\n      - {code: ARNGOV, from: 2015-13-01}\n");
    auto o = Ontology::Load(d);
    REQUIRE_FALSE(o.ok());
    CHECK(o.status().message().find("b.yaml:4") != std::string::npos);
  }
  fs::remove_all(d);
}

TEST_CASE("WriteYaml then Load gives back the same ontology", "[ontology]") {
  auto o = Ontology::Load(fs::path(GEOKG_TEST_DATA) / "ontology");
  REQUIRE(o.ok());
  fs::path d = TempDir("roundtrip");
  REQUIRE(o.value()->WriteYaml(d).ok());
  auto again = Ontology::Load(d);
  REQUIRE(again.ok());
  CHECK(again.value()->fingerprint() == o.value()->fingerprint());
  CHECK(again.value()->people().size() == o.value()->people().size());
  const auto& people = again.value()->people();
  CHECK(std::count_if(people.begin(), people.end(), [](const PersonEntry& p) { return p.female; }) == 1);
  REQUIRE(again.value()->FindActor("DUN") != nullptr);
  CHECK(again.value()->FindActor("DUN")->CodeOn(20050601) == "ROHREB");
  fs::remove_all(d);
}

TEST_CASE("The built-in ontology loads and has the promised coverage", "[ontology]") {
  auto o = Ontology::Load(fs::path(GEOKG_SOURCE_DIR) / "ontology" / "data");
  REQUIRE(o.ok());
  const Ontology& onto = *o.value();
  CHECK(onto.codes().size() >= 300);
  for (const char* root : {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15",
                           "16", "17", "18", "19", "20"})
    CHECK(onto.FindCode(root) != nullptr);
  size_t countries = 0, orgs = 0, groups = 0;
  for (const auto& a : onto.actors()) {
    if (a.kind == ActorKind::kCountry) ++countries;
    else if (a.kind == ActorKind::kOrganisation) ++orgs;
    else ++groups;
  }
  CHECK(countries >= 249);
  CHECK(orgs >= 60);
  CHECK(groups >= 30);
  CHECK(onto.people().size() >= 300);
  size_t patterns = 0;
  for (const auto& v : onto.verbs()) patterns += v.patterns.size();
  CHECK(onto.verbs().size() >= 400);
  CHECK(patterns >= 1500);
  // Every root has at least one verb or pattern that codes it.
  std::set<std::string> roots;
  for (const auto& v : onto.verbs()) {
    if (v.code != "---") roots.insert(v.code.substr(0, 2));
    for (const auto& p : v.patterns)
      if (p.code != "---") roots.insert(p.code.substr(0, 2));
  }
  CHECK(roots.size() == 20);
}
