// ontology: the vocabulary every other stage speaks.
//
// Owns the error type (Status, Result<T>), the event record exchanged between
// stages (Event), the dyad aggregate the store hands to the graph, the CAMEO
// codebook, and the dictionaries (actors, people, agents, synsets, verbs,
// discards) loaded from a directory of YAML files or imported from the
// TABARI and PETRARCH formats.
//
// Thread safety: an Ontology is immutable once loaded; share it freely
// (std::shared_ptr<const Ontology>) across threads.
#pragma once

#include <cassert>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

namespace geokg {

// ---------------------------------------------------------------------------
// Status and Result

class [[nodiscard]] Status {
 public:
  enum class Code { kOk, kNotFound, kInvalidArgument, kCorruption, kIOError, kUnsupported, kBusy };

  Status() = default;
  static Status OK() { return Status(); }
  static Status NotFound(std::string msg) { return {Code::kNotFound, std::move(msg)}; }
  static Status InvalidArgument(std::string msg) { return {Code::kInvalidArgument, std::move(msg)}; }
  static Status Corruption(std::string msg) { return {Code::kCorruption, std::move(msg)}; }
  static Status IOError(std::string msg) { return {Code::kIOError, std::move(msg)}; }
  static Status Unsupported(std::string msg) { return {Code::kUnsupported, std::move(msg)}; }
  // Another process holds a resource (the store's write lock).
  static Status Busy(std::string msg) { return {Code::kBusy, std::move(msg)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "Invalid argument: <message>"; "OK" when ok().
  std::string ToString() const;
  // Deliberately drops the status.
  void IgnoreError() const {}

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T v) : v_(std::move(v)) {}
  Result(Status s) : v_(std::move(s)) { assert(!std::get<Status>(v_).ok()); }
  bool ok() const { return v_.index() == 0; }
  const T& value() const& { return std::get<T>(v_); }  // REQUIRES: ok()
  T& value() & { return std::get<T>(v_); }              // REQUIRES: ok()
  T&& value() && { return std::get<T>(std::move(v_)); }  // REQUIRES: ok()
  Status status() const { return ok() ? Status::OK() : std::get<Status>(v_); }

 private:
  std::variant<T, Status> v_;
};

#define GEOKG_RETURN_IF_ERROR(expr)          \
  do {                                       \
    if (auto _s = (expr); !_s.ok()) return _s; \
  } while (0)

// ---------------------------------------------------------------------------
// Dates: an ISO calendar day packed as YYYYMMDD, so that comparison is order.

using Day = std::int32_t;
constexpr Day kNoDay = 0;
// Parses "YYYY-MM-DD" (also "YYYYMMDD", "YYMMDD" with 19xx/20xx, and a
// leading date in a longer ISO timestamp). nullopt when it is not a date.
std::optional<Day> ParseDay(std::string_view text);
// "YYYY-MM-DD"; "" for kNoDay.
std::string FormatDay(Day day);

// ---------------------------------------------------------------------------
// Events: the record exchanged between stages.

// One coded event: `source` did `code` to `target`, as stated by one sentence.
struct Event {
  std::string doc;          // article id
  int sentence = 0;         // index of the sentence in the article
  std::string date;         // ISO 8601 day of the article
  std::string source;       // full actor code, e.g. "RUSMIL"; "---" when absent
  std::string target;       // full actor code; "---" when absent
  std::string source_actor; // base actor (country/organisation/group) of source, e.g. "RUS"
  std::string target_actor; // base actor of target
  std::string code;         // CAMEO event code, e.g. "190"
  std::string root;         // its first two digits
  int quad = 0;             // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0;     // Goldstein scale value of `code`
  std::string text;         // the sentence
  int begin = 0, end = 0;   // byte offsets of the sentence in the article's text
};

// Events aggregated per (source actor, target actor, day, code): the edges the
// graph is built from. Counts are of distinct events (one per dyad, day and
// code) and of mentions (sentences reporting one).
struct DyadAggregate {
  std::string source, target;  // base actor codes
  Day day = kNoDay;
  std::string code;
  std::int64_t events = 0;
  std::int64_t mentions = 0;
  double goldstein = 0;  // Goldstein value of `code` (per event)
};

const char* QuadName(int quad);  // "verbal cooperation", ...

// ---------------------------------------------------------------------------
// The ontology

namespace ontology {

// Where an entry came from, for messages: "verbs.yaml:12:5".
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
  std::string ToString() const;
};

struct CodeInfo {
  std::string code;  // "190"
  std::string name;
  double goldstein = 0;
  int quad = 0;
  std::string plover;
};

enum class ActorKind { kCountry, kOrganisation, kGroup, kRegion };
const char* ActorKindName(ActorKind k);

struct Role {
  std::string code;
  Day from = kNoDay;  // inclusive; kNoDay: since always
  Day to = kNoDay;    // inclusive; kNoDay: until now
};

struct ActorEntry {
  std::string code;
  std::string name;
  ActorKind kind = ActorKind::kCountry;
  std::vector<std::string> names;         // phrases that code as `code`
  std::vector<std::string> government;    // phrases that code as `code` + "GOV"
  std::vector<std::string> places;        // cities and regions within it, coded as `code`
  std::vector<std::string> descriptions;  // nouns that, after "the", refer back to it
  std::string country;                    // home country code, if any
  // A collective name for several actors ("the Baltic states", "the two
  // Koreas"): the coder codes one event for each member code. Empty for
  // an actor of its own.
  std::vector<std::string> members;
  // Codes it had for a time, before it changed ("FMLN": SLVREB until it
  // became a legal party in 1992, then SLVPTY); outside every role, `code`.
  std::vector<Role> roles;
  SourceLocation where;
  // The code on `day`; `code` when no role covers it or the day is unknown.
  const std::string& CodeOn(Day day) const;
};

struct PersonEntry {
  std::string name;
  std::vector<std::string> names;
  std::vector<Role> roles;
  std::string default_code;  // outside every role; may be empty
  // Known to be a woman (`gender: female`): "she" and "her" stand for her,
  // "he" and "him" for someone else. Unknown or male: false.
  bool female = false;
  SourceLocation where;
  // The code on `day` (kNoDay: the latest role, else default). "" when none.
  std::string CodeOn(Day day) const;
};

struct AgentEntry {
  std::string code;  // "MIL"
  std::string name;
  std::vector<std::string> nouns;
  // The code goes before the country's ("MSF" in Arnor: NGO + ARN = NGOARN),
  // as for international bodies; TABARI and PETRARCH write it [NGO~].
  bool prefix = false;
  SourceLocation where;
};

// One element of a verb pattern (see ontology/README.md).
struct PatternElement {
  // kSkip ('^'): passes over the actor that stands right there, if any
  // ("* at ^ +": "warned at the Gondor of the Prince" targets the Prince).
  // kCompound ('%' after the verb): a slot for a compound actor, no match
  // without one; the target, as PETRARCH reads it ("agrees with %":
  // "with the Philippines and France"), or, under TABARI's rules, actors
  // acting on each other ("has exchanged prisoners with Gondor and Rohan").
  enum class Kind { kVerb, kSource, kTarget, kWords, kSynset, kSkip, kCompound };
  Kind kind = Kind::kWords;
  std::vector<std::string> words;  // kWords: consecutive lowercase words
  std::string synset;              // kSynset: its name, without '&'
  bool joined_to_next = false;     // '_' after it: no gap before the next element
  // A '_' that ends the pattern token ("kroner_"): under TABARI's rules,
  // where the last word of an element is a stem ("dollar" matches
  // "dollars"), this one must match whole.
  bool whole_word = false;
};

// TABARI's marks on a code: "[023?]" is subordinate, coded only where
// nothing else is ("said he rejected" is the rejection); "[031!]" is
// dominant: the sentence's other events are dropped.
enum class CodePriority { kNormal, kSubordinate, kDominant };

// Takes a trailing '?' or '!' off *code and says which it was.
CodePriority TakePriorityMark(std::string* code);
// The mark for `p`: "", "?" or "!".
const char* PriorityMark(CodePriority p);

struct VerbPattern {
  std::vector<PatternElement> elements;  // exactly one kVerb
  std::string code;                      // "---" codes nothing
  CodePriority priority = CodePriority::kNormal;
  std::string paired_code;               // "[a:b]": b, the event from the target back to the
                                         // source (meetings, visits); "" when not paired
  bool compound = false;                 // TABARI '%' before the verb: the event is between the
                                         // members of a compound subject ("Gondor and Rohan renewed
                                         // ties"); '%' after it is a kCompound element
  std::string text;                      // as written, for explanations
  SourceLocation where;
  int verb_index() const;  // index of the kVerb element
};

struct VerbEntry {
  std::string lemma;               // "shoot", "step up"
  // Every other form; generated when not given. [lemma] alone (TABARI's
  // "BAN=") means the verb takes no endings.
  std::vector<std::string> forms;
  std::string code = "---";
  CodePriority priority = CodePriority::kNormal;  // of `code`; written "023?" in YAML
  std::vector<VerbPattern> patterns;
  SourceLocation where;
};

// Parses one pattern string, "* down + [190]". InvalidArgument naming what is wrong.
Result<VerbPattern> ParsePattern(std::string_view text);
// Regular inflections of a lemma's head word: "attack" -> attacks, attacked, attacking.
std::vector<std::string> RegularForms(std::string_view lemma);

// A problem found while loading or checking; loading stops at errors,
// `ontology check` lists warnings too.
struct Diagnostic {
  bool error = true;
  SourceLocation where;
  std::string message;
  std::string ToString() const;  // "file:line:col: error: message"
};

class Ontology {
 public:
  // Reads every *.yaml below `dir` (sorted). Any error (malformed YAML,
  // unknown key, bad pattern, unknown event code) fails the whole load with
  // InvalidArgument naming file:line:column; nothing half-loaded is returned.
  // `warnings`, when given, receives non-fatal findings (duplicates).
  static Result<std::shared_ptr<const Ontology>> Load(const std::filesystem::path& dir,
                                                      std::vector<Diagnostic>* warnings = nullptr);
  // Builds from entries already in memory (importers, tests). Validates as Load.
  static Result<std::shared_ptr<const Ontology>> FromParts(Ontology parts);

  // Writes the ontology as YAML files into `dir` (created if missing):
  // cameo.yaml, actors.yaml, agents.yaml, people*.yaml, verbs*.yaml (large
  // sections are split over several files, which Load reads in parallel).
  Status WriteYaml(const std::filesystem::path& dir) const;

  // nullptr when the code is unknown.
  const CodeInfo* FindCode(std::string_view code) const;
  // The actor with that base code; nullptr when unknown.
  const ActorEntry* FindActor(std::string_view code) const;
  const AgentEntry* FindAgent(std::string_view code) const;

  // Resolves what a user types for an actor ("Russia", "russian", "RUS",
  // "Turkish") to its base code. nullopt when nothing matches.
  std::optional<std::string> ResolveActorName(std::string_view name) const;
  // Up to `n` known names closest to `name` (edit distance), for suggestions.
  std::vector<std::string> SuggestActorNames(std::string_view name, size_t n = 3) const;
  // Display name for a full or base code ("RUSMIL" -> "Russia (military)").
  std::string DisplayName(std::string_view code) const;
  // Splits a full code into base actor and agent ("RUSMIL" -> {"RUS","MIL"}),
  // by the longest known base code; {code, ""} when none is known. An
  // institution's code splits too ("ISRSPY", Mossad -> {"ISR","SPY"}).
  std::pair<std::string, std::string> SplitCode(std::string_view code) const;
  // For a country's institution coded as the country and an agent (Mossad:
  // code ISRSPY, country ISR), the country's code; "" for any other actor.
  std::string_view InstitutionCountry(const ActorEntry& a) const;

  const std::vector<CodeInfo>& codes() const { return codes_; }
  const std::vector<ActorEntry>& actors() const { return actors_; }
  const std::vector<PersonEntry>& people() const { return people_; }
  const std::vector<AgentEntry>& agents() const { return agents_; }
  const std::vector<VerbEntry>& verbs() const { return verbs_; }
  const std::map<std::string, std::vector<std::string>>& synsets() const { return synsets_; }
  const std::vector<std::string>& discards() const { return discards_; }
  // TABARI's <NOUN> and <ADJECTIVE> lists, lowercase words with no code:
  // under TABARI's rules "and" between two adjectives ("awful and evil"),
  // or between two nouns ("sheep and black goats"), joins words, not clauses.
  const std::vector<std::string>& parse_nouns() const { return parse_nouns_; }
  const std::vector<std::string>& parse_adjectives() const { return parse_adjectives_; }
  std::vector<CodeInfo>& mutable_codes() { return codes_; }
  std::vector<ActorEntry>& mutable_actors() { return actors_; }
  std::vector<PersonEntry>& mutable_people() { return people_; }
  std::vector<AgentEntry>& mutable_agents() { return agents_; }
  std::vector<VerbEntry>& mutable_verbs() { return verbs_; }
  std::map<std::string, std::vector<std::string>>& mutable_synsets() { return synsets_; }
  std::vector<std::string>& mutable_discards() { return discards_; }
  std::vector<std::string>& mutable_parse_nouns() { return parse_nouns_; }
  std::vector<std::string>& mutable_parse_adjectives() { return parse_adjectives_; }

  // A hash of the content: stores record which ontology coded their events.
  const std::string& fingerprint() const { return fingerprint_; }

  // Checks references and duplicates; errors make Load fail.
  std::vector<Diagnostic> Check() const;

  Ontology() = default;

 private:
  void BuildIndexes();

  std::vector<CodeInfo> codes_;
  std::vector<ActorEntry> actors_;
  std::vector<PersonEntry> people_;
  std::vector<AgentEntry> agents_;
  std::vector<VerbEntry> verbs_;
  std::map<std::string, std::vector<std::string>> synsets_;
  std::vector<std::string> discards_;
  std::vector<std::string> parse_nouns_, parse_adjectives_;
  std::string fingerprint_;

  // Looked up by code for every event and actor the coder emits: hashed, and by string_view.
  struct CodeHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, size_t, CodeHash, std::equal_to<>> code_index_;
  std::unordered_map<std::string, size_t, CodeHash, std::equal_to<>> actor_index_;
  std::unordered_map<std::string, size_t, CodeHash, std::equal_to<>> agent_index_;
  std::map<std::string, std::string, std::less<>> name_index_;  // lowercase name -> base code
};

// ---------------------------------------------------------------------------
// Import of dictionaries in other coders' formats.

enum class DictionaryFormat { kPetrarch, kTabari };

struct ImportOptions {
  DictionaryFormat format = DictionaryFormat::kPetrarch;
  std::vector<std::filesystem::path> verbs;     // verb dictionaries
  std::vector<std::filesystem::path> actors;    // actor dictionaries
  std::vector<std::filesystem::path> agents;    // agent dictionaries
  std::vector<std::filesystem::path> discards;  // discard lists
  // The codebook the imported verbs refer to. Default: none (taken from
  // `codebook_from` when set, else codes are accepted as written).
  std::shared_ptr<const Ontology> codebook_from;
};

struct ImportReport {
  int actors = 0, people = 0, agents = 0, verbs = 0, patterns = 0, synsets = 0, discards = 0;
  std::vector<Diagnostic> skipped;  // entries that could not be converted, with file:line
};

// Converts TABARI or PETRARCH dictionaries into an Ontology (not yet
// validated: pass it to Ontology::FromParts). IOError when a file cannot be
// read; entries that cannot be converted are reported, not fatal.
Result<Ontology> ImportDictionaries(const ImportOptions& options, ImportReport* report);

}  // namespace ontology
}  // namespace geokg
