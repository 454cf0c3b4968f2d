// The event coder: sentences to actor-action-target events by dictionary
// patterns, without a parser.
//
// Per sentence: tokens -> actor mentions (longest match, one lowercase
// modifier allowed inside a name; unknown names with a demonym ending by
// their stem) -> actor units (country + agents, "Russia's first deputy
// minister", agents distributed over a compound, titles before people and
// names, "NATO member Turkey", former office holders as ELI, collectives as
// one unit per member) -> groups of coordinated units ("Germany and the evil
// Britain") -> verbs (longest match of every inflected form) -> for each
// verb: noun use (coded only by patterns with words before the verb), an
// infinitive or gerund governed by an earlier verb, passive voice (also a
// participle after a noun), negation and possibility ("could", "if": coded
// only by patterns naming them), the best pattern, source (subject or '$')
// and target ('+', or the first actor after the pattern; the subject of a
// complement clause that does nothing coded itself; a place only as a last
// resort of a material act; an agent with no country takes one from the
// context) -> one event per source and target pair (and back for a paired
// code "[032:033]", between the members of a compound subject for '%'), once
// per sentence.
#include <algorithm>
#include <array>
#include <cassert>
#include <cctype>
#include <functional>
#include <unordered_set>
#include <utility>

#include "extract/coder_internal.h"
#include "extract/extract.h"

namespace geokg::extract {

using namespace std::string_view_literals;

using namespace internal;
using ontology::PatternElement;

namespace {

// The CAMEO root of a code as a number ("1712" -> 17); 0 when not digits.
int RootNumber(std::string_view code) {
  if (code.size() < 2 || !std::isdigit(static_cast<unsigned char>(code[0])) ||
      !std::isdigit(static_cast<unsigned char>(code[1])))
    return 0;
  return (code[0] - '0') * 10 + (code[1] - '0');
}

// Whether an event code takes people into custody or frees them (173
// arrest, 0841 release): a state does so to its own.
bool CustodyCode(std::string_view code) { return code == "173" || code == "0841"; }

// Word classes of function words, as bit flags.
enum WordClass : std::uint32_t {
  kDeterminer = 1 << 0,   // the, a, its, 's ...: a following verb form is a noun
  kPreposition = 1 << 1,  // an actor after it is not a subject
  kLocative = 1 << 2,     // in, at, near: an actor after it is a place, not a target
  kAuxiliary = 1 << 3,    // has, will, would ...
  kBe = 1 << 4,           // is, was, been ...: with a participle, passive voice
  kNegation = 1 << 5,     // not, n't, never
  kConjunction = 1 << 6,  // and, but, or
  kAdverb = 1 << 7,       // also, then, reportedly ...
  kBoundary = 1 << 8,     // ; : " and clause openers: nothing reaches across
  kRelative = 1 << 9,     // who, which
  kSpeech = 1 << 10,      // said, told ...: speaker of the sentence
  kMember = 1 << 11,      // member, ally: "NATO member Turkey" is Turkey
  kJoin = 1 << 12,        // and , & : joins actors into one group
  kOpener = 1 << 13,      // after, before, until: may open a clause of their own
  kSay = 1 << 14,         // say, said, told ...: verbs whose clause is what was said
  kPossible = 1 << 15,    // could, might, may, would, should, must, can: not (yet) a fact
  kFraming = 1 << 16,     // likely, plans, intention ...: what follows has not happened
  kDegree = 1 << 17,      // very, too, so, more, most: a following verb form is an adjective
  kPossessive = 1 << 18,  // his, its, their ...
  kModal = 1 << 19,       // can, will, would ... after a pair of actors: a clause's subject
  kCondition = 1 << 20,   // if, unless
  kTowards = 1 << 21,     // of, on, against, to ...: after a verb used as a noun, what it was done to
};

struct ClassList {
  std::uint32_t cls;
  std::vector<const char*> words;
};

const std::vector<ClassList>& WordClasses() {
  static const std::vector<ClassList> kClasses = {
      {kDeterminer, {"the", "a",    "an",    "its",   "their", "his",   "her",  "our", "my",      "your",
                     "'s",  "this", "these", "those", "any",   "every", "each", "no",  "another", "such"}},
      {kPreposition,
       {"with",   "to",     "from",   "in",      "on",     "at",      "near",   "of",      "for",       "against",
        "by",     "over",   "into",   "between", "among",  "about",   "toward", "towards", "under",     "through",
        "across", "after",  "before", "despite", "during", "without", "within", "inside",  "outside",   "throughout",
        "via",    "around", "beyond", "behind",  "upon",   "amid",    "along",  "like",    "including", "than"}},
      {kLocative,
       {"in", "at", "near", "through", "inside", "outside", "within", "throughout", "across", "around", "behind",
        "beyond", "along", "amid", "off", "during", "since", "until"}},
      {kAuxiliary, {"has",   "have", "had", "having", "will", "would", "shall", "should", "can",  "could", "may",
                    "might", "must", "did", "does",   "do",   "is",    "are",   "was",    "were", "be",    "been",
                    "being", "'s",   "'re", "ll",     "to",   "wo",    "ca",    "am",     "'m"}},
      {kBe, {"is", "are", "was", "were", "be", "been", "being", "'s", "get", "got", "gets", "am", "'m"}},
      {kNegation, {"not", "n't", "never", "neither", "nor", "cannot"}},
      {kConjunction, {"and", "but", "or", "then", "while", "whereas"}},
      {kAdverb,
       {"also",        "then",         "later",        "already",    "still",      "just",        "now",
        "again",       "once",         "soon",         "yesterday",  "today",      "tonight",     "last",
        "previously",  "earlier",      "even",         "further",    "jointly",    "too",         "ever",
        "almost",      "first",        "reportedly",   "allegedly",  "apparently", "repeatedly",  "formally",
        "officially",  "publicly",     "strongly",     "sharply",    "swiftly",    "quickly",     "immediately",
        "finally",     "recently",     "subsequently", "separately", "directly",   "effectively", "openly",
        "reluctantly", "unilaterally", "rather"}},
      {kBoundary, {";",  ":",      "\"",      "(",     ")",    "that",  "because", "although", "though", "whereas",
                   "if", "unless", "whether", "where", "when", "since", "so",      "as",       "?",      "!"}},
      {kRelative, {"who", "which", "whom"}},
      {kSpeech,
       {"said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "declared", "declares",
        "announced", "announces", "insisted", "warned", "noted", "wrote", "according"}},
      {kMember,
       {"member", "members", "ally", "allies", "partner", "partners", "state", "states", "country", "countries",
        "nation", "nations", "neighbour", "neighbor", "neighbours", "neighbors"}},
      {kJoin, {"and", ",", "&", "nor"}},
      {kOpener, {"after", "before", "until"}},
      {kSay, {"say", "says", "said", "told", "tell", "tells", "added", "adds", "stated", "states", "according"}},
      {kPossible, {"could", "might", "may", "would", "should", "must", "can"}},
      {kFraming,
       {"likely",     "unlikely",  "possible",  "possibly", "perhaps",  "intention", "intentions", "plan",  "plans",
        "scheduled",  "expected",  "due",       "planned",  "planning", "proposed",  "want",       "wants", "wanted",
        "hopes",      "hoped",     "seeks",     "sought",   "goal",     "goals",     "aim",        "aims",  "objective",
        "objectives", "sceptical", "skeptical", "doubtful", "unclear",  "uncertain"}},
      {kDegree, {"very", "too", "so", "more", "most"}},
      {kPossessive, {"his", "her", "its", "their", "our", "my", "your"}},
      {kModal, {"can", "could", "will", "would", "should", "may", "might", "must", "shall"}},
      {kCondition, {"if", "unless"}},
      {kTowards, {"of", "on", "against", "to", "toward", "towards", "upon"}},
  };
  return kClasses;
}

// An actor found in the sentence.
struct Unit {
  int begin = 0, end = 0;  // tokens, end exclusive
  std::string code;        // full code; empty: an agent with no country (blocks, codes nothing)
  std::string base;        // base actor code
  bool person = false;
  bool female = false;           // a person known to be a woman: "she", "her"
  bool government_name = false;  // a name standing for a government: "Kremlin", a capital
  std::string agent;             // with an empty code: the agent with no country ("militants")
  int actor_index = -1;          // ontology actor of `base`, for descriptions
  int noun_begin = -1;           // the agent noun ending a coded unit ("embassy" of "the US embassy")
  int named_person = -1;         // the ontology person named in full ("Michael Howard"), not by surname alone
  bool named_before = false;     // "the embassy": coded as the one named so earlier in the article
  bool institution = false;      // a country's institution named as such ("Mossad"), not "Israeli intelligence"
  bool place = false;            // a city or region standing for its country ("Karachi")
  bool fighters = false;         // an armed group named by its fighters ("Isis fighters"): people, coded as the group
  bool one_of_two = false;       // one of "the two countries", "both nations": partners of each other
  // The surname of an unknown name right after a country's title ("Estonian
  // Prime Minister Andrus Ansip"): the article may use it alone later.
  int titled_surname = -1;  // its token
  // The last agent noun merged into the unit ("foreign minister" of
  // "Swedish Foreign Minister Laila Freivalds"; "minister" of "Minister for
  // Foreign Affairs"), kept when a name follows; tokens, end exclusive, or -1.
  int title_begin = -1, title_end = -1;
};

// Coordinated units: "Germany and Britain".
struct Group {
  int begin = 0, end = 0;
  std::vector<int> units;
  bool Empty(const std::vector<Unit>& all) const {
    for (int u : units)
      if (!all[u].code.empty()) return false;
    return true;
  }
};

struct VerbOcc {
  int begin = 0, end = 0;
  std::uint32_t verb = 0;
  VerbForm form = VerbForm::kBase;
  int subject = -1;  // group, once decided
  bool negated = false;
  bool in_pattern = false;  // matched as a word of another verb's pattern
  bool coded = false;       // gave an event (or one held back)
  bool hypothetical = false;
  bool participle = false;  // a participle after a noun ("rebels backed by Ankara")
  bool passive = false;     // once decided
  bool topic = false;       // a gerund after a preposition, left uncoded ("tweeted about firing missiles")
  bool governed = false;    // an infinitive or gerund left to the verb that governs it
  int target = -1;          // group, once decided
  int after_time = 0;       // the token after a time phrase right after the verb, else end
};

// A person an article mentioned: the code, and the base actor as in Unit.
struct Mention {
  std::string code, base;
  bool empty() const { return code.empty(); }
  void clear() { code.clear(), base.clear(); }
};

// What an article remembers from sentence to sentence.
struct Memory {
  Day day = kNoDay;
  Mention person;                          // last person mentioned: "she" when no woman was
  Mention woman;                           // last woman mentioned (gender: female): she, her
  Mention man;                             // last person not known to be a woman: he, him
  std::string speaker_code, speaker_base;  // last speaker: I, we inside quotes
  std::string subject_code, subject_base;  // subject of the previous sentence: a pronoun opening this one
  // The other members when that subject was a compound ("Fornost and Bree").
  std::vector<std::pair<std::string, std::string>> subject_others;
  bool subject_many = false;  // a compound or a body of people ("police"): may be "they"
  std::unordered_map<std::string, std::pair<std::string, std::string>> by_description;  // "alliance" -> NATO
  // The armed group last named ("the LTTE"), and when: "the rebels" soon
  // after it.
  std::string armed_group;
  int armed_group_sentence = 0;  // the `sentence` it was named in
  // The last coded unit ending with the noun of an institution, by that noun: "embassy" -> USAGOV.
  std::unordered_map<std::string, std::pair<std::string, std::string>> by_agent_noun;
  // The office holders' titles of coded units (PersonTitle), by that
  // title: "foreign minister" -> SWEGOV, with the sentence last naming it.
  struct NamedNoun {
    std::string code, base;
    int sentence;
  };
  std::unordered_map<std::string, NamedNoun> by_title_noun;
  int sentence = 0;  // sentences of the article coded so far (Remember counts them)
  // The person last named in full by each surname word: "Mr Howard" after
  // "Michael Howard" is he, whoever else of that name holds an office.
  // kSomeoneElse: the surname was last of someone the dictionaries do not
  // know ("Michael Ray Aquino"), so "Aquino" alone is no one they know.
  std::unordered_map<WordId, std::uint32_t> person_by_surname;
  static constexpr std::uint32_t kSomeoneElse = UINT32_MAX;
  // Unknown names given with a country's title, after it ("Swedish Foreign
  // Minister Carin Jämtin") or before it ("Carin Jämtin, Sweden's foreign
  // minister"), by surname: the code they stand for and the first name.
  // Keyed by the lowercase word: such names are not in the vocabulary.
  struct Titled {
    std::string code, base;
    std::string first_name;  // lowercase
  };
  std::unordered_map<std::string, Titled> titled_by_surname;
  // An act coded: who did it (code and base) and to whom (base), with the
  // sentence it was in.
  struct Act {
    std::string code, base, target;
    int sentence = -1;
  };
  Act accusation;  // the last of root 11: "Iran dismissed the charges" answers it
  Act attack;      // the last of roots 18-20: "South Korea returned fire" answers it
  // Countries named so far, with the number of sentences naming each.
  std::vector<std::pair<std::string, int>> countries;
  std::vector<std::string> recent_countries;  // distinct, the last named first; at most four
  std::vector<std::string> recent_leaders;    // the countries of the people last named, likewise

  // The article's country: named in at least two sentences, and in at
  // least twice as many as any other; "" when there is none.
  std::string Home() const {
    const std::pair<std::string, int>* best = nullptr;
    int second = 0;
    for (const auto& c : countries) {
      if (!best || c.second > best->second) {
        if (best) second = best->second;
        best = &c;
      } else {
        second = std::max(second, c.second);
      }
    }
    return best && best->second >= 2 && best->second >= 2 * second ? best->first : "";
  }
};

struct SentenceCoder;

const std::string kNoCode;  // no paired code
const std::vector<internal::CompiledPattern> kNoPatterns;

}  // namespace

struct Coder::Rep {
  std::shared_ptr<const ontology::Ontology> onto;
  Vocabulary vocab;
  PhraseTrie names;
  std::vector<std::vector<NameHit>> name_hits;  // by trie payload
  PhraseTrie verbs;
  std::vector<std::vector<VerbHit>> verb_hits;  // by trie payload
  std::vector<CompiledVerb> compiled;
  std::vector<std::vector<SynsetMember>> synsets;
  std::vector<std::vector<std::uint32_t>> synsets_by_first;  // by WordId: synsets with a member starting there
  PhraseTrie discards;
  std::vector<std::uint32_t> word_class;  // by WordId
  // The ontology's TABARI word lists (Ontology::parse_nouns, parse_adjectives), lowercase.
  std::unordered_set<std::string> parse_nouns, parse_adjectives;
  std::vector<std::vector<std::string>> actor_descriptions;  // by actor index
  bool has_elite = false;                                    // the ontology has the agent ELI (former office holders)
  // The synsets INSULT and BADACT, those the ontology has: judgements
  // whose saying criticizes (CodeJudgements).
  std::vector<CompiledElement> judgements;
  int protesters = -1;  // the index of the agent PTR, if the ontology has it
  // Ids of the function words the coder tests for, so that tests compare ids.
  struct FunctionWords {
    WordId comma = kUnknownWord;   // ","
    WordId to = kUnknownWord;      // "to"
    WordId that = kUnknownWord;    // "that"
    WordId poss = kUnknownWord;    // "'s"
    WordId the = kUnknownWord;     // "the"
    WordId or_ = kUnknownWord;     // "or"
    WordId by = kUnknownWord;      // "by"
    WordId lparen = kUnknownWord;  // "("
    WordId rparen = kUnknownWord;  // ")"
    WordId quote = kUnknownWord;   // '"'
    WordId would = kUnknownWord;   // "would"
    WordId well = kUnknownWord;    // "well"
    WordId this_ = kUnknownWord;   // "this"
    WordId of = kUnknownWord;      // "of"
    WordId nor = kUnknownWord;     // "nor"
    WordId in = kUnknownWord;      // "in"
    WordId from = kUnknownWord;    // "from"
    WordId former = kUnknownWord;  // "former"
    WordId ex = kUnknownWord;      // "ex"
    WordId both = kUnknownWord;    // "both"
    WordId at = kUnknownWord;      // "at"
    WordId as = kUnknownWord;      // "as"
    WordId and_ = kUnknownWord;    // "and"
    WordId period = kUnknownWord;  // "."
    WordId gap = kUnknownWord;     // "...": in the names trie, where a few other words may stand; unset while none does
    WordId amp = kUnknownWord;     // "&"
    WordId with = kUnknownWord;    // "with"
  } w;

  // The unknown words that are a one-word actor name and a demonym or plural
  // ending ("Kuwaiti", "Estonians"), as forms with their stems, in the order
  // of kDemonymEndings: filled once the vocabulary is complete.
  struct DemonymStem {
    WordId stem = kUnknownWord;
    size_t letters = 0;  // of the stem
  };
  Vocabulary demonym_forms;
  std::vector<std::vector<DemonymStem>> demonym_stems;  // by demonym_forms id, [0] unused
  static constexpr std::string_view kDemonymEndings[] = {"s", "i", "n", "an", "ns", "is", "ian", "ese"};

  // Whether a word alone names an actor in any case of letters.
  bool IsOneWordActorName(WordId id) const {
    std::uint32_t node = names.Child(0, id);
    if (node == PhraseTrie::kNone || names.payload(node) == PhraseTrie::kNone) return false;
    for (const NameHit& h : name_hits[names.payload(node)])
      if (h.kind == NameHit::Kind::kActor && !h.caps_only) return true;
    return false;
  }

  void BuildDemonyms() {
    demonym_stems.assign(1, {});
    const auto words = static_cast<WordId>(vocab.size());
    for (size_t e = 0; e < std::size(kDemonymEndings); ++e)
      for (WordId id = 1; id <= words; ++id) {
        if (!IsOneWordActorName(id)) continue;
        std::string form(vocab.Word(id));
        form += kDemonymEndings[e];
        if (vocab.Find(form) != kUnknownWord) continue;  // a word of its own
        WordId f = demonym_forms.Intern(form);
        if (f >= demonym_stems.size()) demonym_stems.resize(f + 1);
        demonym_stems[f].push_back({id, vocab.Word(id).size()});
      }
  }

  void AddName(std::string_view phrase, NameHit hit) {
    // "prince ... dol amroth": other words may stand at the "...".
    std::vector<std::string> words;
    std::vector<size_t> gaps;  // word counts after which a gap may open
    for (size_t start = 0; start <= phrase.size();) {
      size_t dots = phrase.find(" ... ", start);
      for (std::string& w : PhraseWords(phrase.substr(start, dots == std::string_view::npos ? dots : dots - start)))
        words.push_back(std::move(w));
      if (dots == std::string_view::npos) break;
      gaps.push_back(words.size());
      start = dots + 5;
    }
    if (words.empty()) return;
    // Leading articles are skipped in text, so they are dropped here too.
    if (words.size() > 1 && (words[0] == "the"sv || words[0] == "a"sv || words[0] == "an"sv)) {
      words.erase(words.begin());
      for (size_t& g : gaps) --g;
    }
    // A gap is a word of its own in the trie, so that it opens only inside
    // the names that have it.
    std::vector<WordId> ids;
    if (!gaps.empty()) w.gap = vocab.Intern("...");
    for (size_t k = 0; k < words.size(); ++k) {
      if (k > 0 && std::find(gaps.begin(), gaps.end(), k) != gaps.end()) ids.push_back(w.gap);
      ids.push_back(vocab.Intern(words[k]));
    }
    int letters = 0;
    bool upper = true;
    for (char c : phrase) {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        ++letters;
        if (!std::isupper(static_cast<unsigned char>(c))) upper = false;
      }
    }
    // "U.S.", "U.N.": an acronym with its periods is no word in any case,
    // and stays a name in text set all in capitals.
    hit.caps_only = upper && letters > 0 && letters <= 4 && phrase.find('.') == std::string_view::npos;
    std::uint32_t node = names.Insert(ids);
    std::uint32_t& p = names.payload(node);
    if (p == PhraseTrie::kNone) {
      p = static_cast<std::uint32_t>(name_hits.size());
      name_hits.emplace_back();
    }
    auto& hits = name_hits[p];
    for (const NameHit& h : hits)
      if (h.kind == hit.kind && h.index == hit.index) return;
    hits.push_back(hit);
  }

  void AddVerbForm(std::string_view form, VerbHit hit) {
    std::vector<WordId> ids;
    for (auto& w : PhraseWords(form)) ids.push_back(vocab.Intern(w));
    if (ids.empty()) return;
    std::uint32_t node = verbs.Insert(ids);
    std::uint32_t& p = verbs.payload(node);
    if (p == PhraseTrie::kNone) {
      p = static_cast<std::uint32_t>(verb_hits.size());
      verb_hits.emplace_back();
    }
    auto& hits = verb_hits[p];
    for (const VerbHit& h : hits)
      if (h.verb == hit.verb) return;
    // A verb entry in an inflected form of another ("ATTACKED" beside
    // "ATTACK", for its own patterns) is the one coded, read as that form.
    if (!hits.empty() && hits.front().headword != hit.headword) {
      VerbHit& other = hits.front();
      if (hit.headword) {
        hit.form = other.form;
        hits.insert(hits.begin(), hit);
      } else {
        other.form = hit.form;
        hits.push_back(hit);
      }
      return;
    }
    hits.push_back(hit);
  }

  std::uint32_t Class(WordId id) const { return id < word_class.size() ? word_class[id] : 0; }
};

namespace {

VerbForm Classify(const std::string& lemma, const std::string& form) {
  std::string head = lemma.substr(0, lemma.find(' '));
  std::string fhead = form.substr(0, form.find(' '));
  if (fhead.size() > 3 && fhead.compare(fhead.size() - 3, 3, "ing") == 0) return VerbForm::kIng;
  // British spellings are forms of the same kind: "recognise", "recognises".
  std::string british = head;
  if (const size_t z = british.rfind("ize"); z != std::string::npos && z + 3 == british.size()) british[z + 1] = 's';
  if (const size_t z = british.rfind("yze"); z != std::string::npos && z + 3 == british.size()) british[z + 1] = 's';
  for (const std::string& h : {head, british}) {
    if (fhead == h) return VerbForm::kBase;
    if (fhead == h + "s" || fhead == h + "es" || (h.back() == 'y' && fhead == h.substr(0, h.size() - 1) + "ies"))
      return VerbForm::kThird;
  }
  return VerbForm::kPast;
}

// Everything about coding one sentence; lives for one sentence.
struct SentenceCoder {
  const Coder::Rep& rep;
  const CoderOptions& opt;
  const ontology::Ontology& onto;
  Memory& mem;
  std::vector<std::string>* trace;  // null unless explaining

  SentenceCoder(const Coder::Rep& r, const CoderOptions& options, Memory& m, std::vector<std::string>* t)
      : rep(r), opt(options), onto(*r.onto), mem(m), trace(t) {}

  std::string_view text;
  std::vector<Token> tokens;
  bool shouting = false;        // the sentence is (nearly) all capitals
  std::vector<WordId> present;  // the sentence's word ids, sorted, for pattern anchors
  // Under TABARI's rules a pattern word is a stem: "dollar" matches
  // "dollars". By token, the ids of the dictionary words that are proper
  // prefixes of it; empty otherwise.
  std::vector<std::vector<WordId>> stem_ids;
  std::vector<std::uint32_t> synset_seen;  // by synset: == generation when SynsetPresent
  std::vector<std::uint64_t> word_bits;    // by word id: set when the word is in `present`
  std::uint32_t generation = 0;
  std::vector<WordId> ids;
  std::vector<Unit> units;
  std::vector<int> unit_at;  // token -> unit or -1
  std::vector<Group> groups;
  std::vector<int> group_at;        // token -> group or -1
  std::vector<int> group_starting;  // token -> group starting there or -1
  std::vector<int> group_ending;    // token -> group ending there (last token) or -1
  std::vector<VerbOcc> verbs;
  std::vector<int> verb_at;     // token -> verb occurrence or -1
  int speaker = -1;             // group
  bool unknown_opener = false;  // the sentence opens with a name no dictionary knows
  int emitted = 0;              // events emitted in this sentence so far
  Memory::Act attack_here;      // the last force used in this sentence: "..., and South Korea returned fire"
  int question_from = -1;       // the first token of a question ending the sentence, or -1
  // "Chavez claims Colombia invaded ...": a claim that the subject of its
  // clause did harm is coded as an accusation of it (112), not as the harm.
  struct Accusation {
    int source = -1, accused = -1;  // groups
    int verb = -1;                  // the claiming verb
    bool coded = false;
  };
  std::vector<Accusation> accusations;
  int coding_verb = -1;  // the verb CodeEachVerb is coding, -1 outside it

  // Records an explanation step. Callers on hot paths test `trace` first, so
  // that no message is built when not explaining.
  void Note(const std::string& s) {
    if (trace) trace->push_back(s);
  }
  std::uint32_t Cls(int i) const { return rep.Class(ids[i]); }
  // Words and commas, as TABARI's MINIMUM WORDS counts them ("'s" is no word).
  int WordCount() const {
    int n = 0;
    for (size_t i = 0; i < tokens.size(); ++i)
      n += ids[i] == rep.w.comma ||
           (ids[i] != rep.w.poss && (std::isalnum(static_cast<unsigned char>(tokens[i].lower[0])) ||
                                     static_cast<unsigned char>(tokens[i].lower[0]) >= 0x80));
    return n;
  }
  bool Is(int i, std::uint32_t c) const { return i >= 0 && i < static_cast<int>(ids.size()) && (Cls(i) & c); }
  // A negation: "not", "never", or either word of "no longer" ("will no
  // longer negotiate").
  bool Negates(int i) const {
    if (Is(i, kNegation)) return true;
    const int n = static_cast<int>(tokens.size());
    return (tokens[i].lower == "longer"sv && i > 0 && tokens[i - 1].lower == "no"sv) ||
           (tokens[i].lower == "no"sv && i + 1 < n && tokens[i + 1].lower == "longer"sv);
  }
  bool IsModifier(int i) const {
    if (Is(i, kAuxiliary | kAdverb) || Negates(i)) return true;
    const std::string& w = tokens[i].lower;
    return w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0 && !tokens[i].capitalized;
  }
  std::string Words(int b, int e) const {
    if (b >= e) return "";
    return std::string(text.substr(tokens[b].span.begin, tokens[e - 1].span.end - tokens[b].span.begin));
  }
  // The lowercase words of tokens [b, e), one space apart: a memory key.
  std::string LowerWords(int b, int e) const {
    std::string out;
    for (int i = b; i < e; ++i) {
      if (i > b) out += ' ';
      out += tokens[i].lower;
    }
    return out;
  }

  // Starts a sentence; state from the previous one is cleared (buffers kept).
  void Prepare(std::string_view sentence) {
    title_asked_at_ = -1;
    opening_clause_comma_ = -1;
    emitted = 0;
    attack_here = {};
    accusations.clear();
    others_named.clear();
    coding_verb = -1;
    units.clear();
    verbs.clear();
    speaker = -1;
    text = sentence;
    Tokenize(sentence, &tokens);
    if (!opt.rules.tabari_parse) DropScareQuotes(sentence);
    int words = 0, caps = 0;
    for (const Token& t : tokens) {
      if (t.lower.size() < 2 || !std::isalpha(static_cast<unsigned char>(t.lower[0]))) continue;
      ++words;
      caps += t.all_caps;
    }
    shouting = words >= 4 && caps * 10 >= words * 8;
    ids.resize(tokens.size());
    for (WordId w : present) word_bits[w >> 6] = 0;  // the previous sentence's
    present.clear();
    // What "X-led" is said of when X leads it as an armed force (see below).
    static const std::unordered_set<std::string_view> kLedForce = {
        "coalition", "alliance",  "forces",    "force",      "troops",   "military", "invasion", "mission",
        "operation", "offensive", "airstrike", "airstrikes", "campaign", "blockade", "war"};
    for (size_t i = 0; i < tokens.size(); ++i) {
      ids[i] = rep.vocab.Find(tokens[i].lower);
      if (ids[i] == kUnknownWord && tokens[i].capitalized) ids[i] = DemonymStem(tokens[i].lower);
      // "the US-led coalition", "Saudi-led forces": of armed force, the
      // leader acts (not "US-backed", not "a Canadian-led consortium"); an
      // acronym before "-led" counts as written in capitals.
      if (ids[i] == kUnknownWord && tokens[i].capitalized && !opt.rules.tabari_parse &&
          std::string_view(tokens[i].lower).ends_with("-led") && i + 1 < tokens.size() &&
          kLedForce.count(tokens[i + 1].lower)) {
        Token& t = tokens[i];
        const std::string_view leader = std::string_view(t.lower).substr(0, t.lower.size() - 4);
        ids[i] = rep.vocab.Find(leader);
        const std::string_view written = sentence.substr(t.span.begin, leader.size());
        t.all_caps = std::none_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      }
      // "rebel-held areas", "Taliban-controlled territory": the holder is
      // named (the place held is where it is, struck as its holder); so is
      // the owner of "a British-owned cargo ship", "a Greek-flagged tanker".
      if (ids[i] == kUnknownWord && !opt.rules.tabari_parse) {
        const std::string_view w = tokens[i].lower;
        // (An owner only before what is owned: not "the vessel was
        // Russian-owned traveling to Syria".)
        const bool before_noun = i + 1 < tokens.size() &&
                                 std::isalpha(static_cast<unsigned char>(tokens[i + 1].lower[0])) &&
                                 rep.verbs.Child(0, rep.vocab.Find(tokens[i + 1].lower)) == PhraseTrie::kNone;
        const size_t held = HoldingSuffix(w);
        const size_t cut = held > 0 ? held : before_noun ? OwnerSuffix(w) : 0;
        if (cut > 0 && w.size() > cut + 1) {
          const WordId holder = rep.vocab.Find(w.substr(0, w.size() - cut));
          if (holder != kUnknownWord && rep.names.Child(0, holder) != PhraseTrie::kNone &&
              rep.names.payload(rep.names.Child(0, holder)) != PhraseTrie::kNone)
            ids[i] = holder;
        }
      }
    }
    present.assign(ids.begin(), ids.end());
    stem_ids.clear();
    if (opt.rules.tabari_parse) {
      stem_ids.resize(tokens.size());
      for (size_t i = 0; i < tokens.size(); ++i) {
        const std::string& w = tokens[i].lower;
        if (!std::isalpha(static_cast<unsigned char>(w[0]))) continue;
        for (size_t len = 2; len < w.size(); ++len)
          if (WordId id = rep.vocab.Find(std::string_view(w).substr(0, len)); id != kUnknownWord) {
            stem_ids[i].push_back(id);
            present.push_back(id);
          }
      }
    }
    std::sort(present.begin(), present.end());
    present.erase(std::unique(present.begin(), present.end()), present.end());
    // The synsets one of whose members starts with a word of the sentence.
    if (++generation == 0) {
      std::fill(synset_seen.begin(), synset_seen.end(), 0);
      generation = 1;
    }
    if (!present.empty() && present.back() >> 6 >= word_bits.size()) word_bits.resize((present.back() >> 6) + 1, 0);
    for (WordId w : present) word_bits[w >> 6] |= std::uint64_t{1} << (w & 63);
    synset_seen.resize(rep.synsets.size(), 0);
    for (WordId w : present)
      if (w < rep.synsets_by_first.size())
        for (std::uint32_t s : rep.synsets_by_first[w]) synset_seen[s] = generation;
  }

  // Whether some member of synset s may start in this sentence.
  bool SynsetPresent(std::uint32_t s) const { return synset_seen[s] == generation; }

  // An unknown capitalized word made of a one-word actor name and a demonym
  // or plural ending ("Eriadori", "Kuwaiti", "Estonians") stands for that
  // name, as TABARI's stem matching has it; kUnknownWord when none.
  WordId DemonymStem(std::string_view w) const {
    WordId form = rep.demonym_forms.Find(w);
    if (form == kUnknownWord) return kUnknownWord;
    // Stems of four letters and more; TABARI, matching every name as a stem,
    // takes three ("Entian" for Ent).
    const size_t shortest = opt.rules.tabari_parse ? 3 : 4;
    for (const auto& c : rep.demonym_stems[form])
      if (c.letters >= shortest) return c.stem;
    return kUnknownWord;
  }

  // The sentence's text without the tokens marked in `dropped`, in *out.
  void KeptText(const std::vector<char>& dropped, std::string* out) const {
    const int n = static_cast<int>(tokens.size());
    out->clear();
    for (int i = 0; i < n;) {
      if (dropped[i]) {
        ++i;
        continue;
      }
      int j = i;
      while (j < n && !dropped[j]) ++j;
      if (!out->empty()) out->push_back(' ');
      out->append(text.substr(tokens[i].span.begin, tokens[j - 1].span.end - tokens[i].span.begin));
      i = j;
    }
  }

  // TABARI's COMMA rule (CodingRules::comma): the sentence without its
  // comma-delimited asides, in *out; false when nothing is dropped.
  // Needs unit_at, to pass over the commas of a list of actors.
  bool WithoutAsides(std::string* out) {
    const CodingRules::CommaRule& rule = opt.rules.comma;
    const int n = static_cast<int>(tokens.size());
    int end = n;  // the sentence's closing punctuation stays
    while (end > 0 &&
           (tokens[end - 1].lower == "."sv || tokens[end - 1].lower == "?"sv || tokens[end - 1].lower == "!"sv))
      --end;
    // "Evil Mordor, the awful Fornost, and Gondor": actors joined by commas
    // up to an "and" or "or" before the last, each within three words of
    // the comma before it.
    auto in_list = [&](int c) {
      if (unit_at[c - 1] < 0) return false;
      while (true) {
        int k = c + 1;
        if (k < end && (ids[k] == rep.w.and_ || ids[k] == rep.w.or_)) return true;  // "Mordor, and Gondor"
        while (k < end && k <= c + 3 && unit_at[k] < 0) ++k;
        if (k >= end || unit_at[k] < 0) return false;
        const int e = units[unit_at[k]].end;
        if (e >= end) return false;
        if (ids[e] == rep.w.and_ || ids[e] == rep.w.or_) return true;
        if (ids[e] != rep.w.comma) return false;
        c = e;
      }
    };
    std::vector<int> commas;
    for (int i = 1; i + 1 < end; ++i)
      if (ids[i] == rep.w.comma && !in_list(i)) commas.push_back(i);
    if (commas.empty()) return false;
    auto words = [&](int b, int e) {
      int count = 0;
      for (int i = b; i < e; ++i)
        count += ids[i] != rep.w.poss && (std::isalnum(static_cast<unsigned char>(tokens[i].lower[0])) ||
                                          static_cast<unsigned char>(tokens[i].lower[0]) >= 0x80);
      return count;
    };
    auto within = [](int w, int lo, int hi) { return w >= lo && w <= hi; };
    std::vector<char> dropped(n, 0);
    auto drop = [&](int b, int e) {
      std::fill(dropped.begin() + b, dropped.begin() + e, 1);
      if (trace) Note("comma-delimited phrase dropped: '" + Words(b, e) + "'");
    };
    if (within(words(0, commas[0]), rule.begin_min, rule.begin_max)) drop(0, commas[0] + 1);
    // The phrase after a dropped one has no comma of its own to open it and
    // stays. Both commas go ("X, in remarks on Monday, urged Y" is "X urged
    // Y"), unless an actor and a name would run together ("with Dagolath,
    // its biggest partner, officials said").
    bool after_dropped = false;
    for (size_t k = 0; k + 1 < commas.size(); ++k) {
      if (!after_dropped && within(words(commas[k] + 1, commas[k + 1]), rule.min, rule.max)) {
        const int next = commas[k + 1] + 1;
        const bool run_together = unit_at[commas[k] - 1] >= 0 && rep.names.Child(0, ids[next]) != PhraseTrie::kNone;
        drop(commas[k], run_together ? next - 1 : next);
        after_dropped = true;
      } else {
        after_dropped = false;
      }
    }
    if (!after_dropped && within(words(commas.back() + 1, end), rule.end_min, rule.end_max)) drop(commas.back(), end);
    if (std::find(dropped.begin(), dropped.end(), 1) == dropped.end()) return false;
    KeptText(dropped, out);
    return true;
  }
  // News rules: the sentence without its bracketed sums, measures and
  // acronyms that name no actor of their own, in *out ("£30m ($54m) of aid
  // to Ethiopia", "the Mission (UNMIT) said"); false when none is dropped.
  // An acronym of someone else ("Khalilzad (US)") stays. Needs unit_at.
  bool WithoutBrackets(std::string* out) {
    const int n = static_cast<int>(tokens.size());
    std::vector<char> dropped(n, 0);
    bool any = false;
    for (int i = 0; i < n; ++i) {
      if (ids[i] != rep.w.lparen) continue;
      int j = i + 1;
      while (j < n && j <= i + 12 && ids[j] != rep.w.rparen && ids[j] != rep.w.lparen) ++j;
      if (j >= n || ids[j] != rep.w.rparen) continue;
      // Only a sum or measure ("($54m)", "(30 km)") or an acronym ("(PM)",
      // "(UNMIT)"): a longer aside may hold a clause of its own.
      const std::string& first = tokens[i + 1].lower;
      const unsigned char c0 = static_cast<unsigned char>(first[0]);
      const bool measure = std::isdigit(c0) || c0 == '$' || c0 >= 0x80 || first.starts_with("us$");
      const bool acronym = j == i + 2 && tokens[i + 1].all_caps && std::isalpha(c0);
      if (!measure && !acronym) continue;
      const std::string* before = i > 0 && unit_at[i - 1] >= 0 ? &units[unit_at[i - 1]].code : nullptr;
      bool own_actor = false;
      for (int k = i + 1; k < j && !own_actor; ++k)
        if (unit_at[k] >= 0 && !units[unit_at[k]].code.empty())
          own_actor = before == nullptr || *before != units[unit_at[k]].code;
      if (own_actor) continue;
      std::fill(dropped.begin() + i, dropped.begin() + j + 1, 1);
      any = true;
      if (trace) Note("bracketed aside dropped: '" + Words(i, j + 1) + "'");
      i = j;
    }
    if (!any) return false;
    KeptText(dropped, out);
    return true;
  }
  std::string without_asides;  // WithoutAsides' result, which `text` then views

  // News rules: a quotation opening the sentence and attributed after it
  // ("\"Israel must stop its aggression,\" the Turkish president said.")
  // read as its speaker saying it ("the Turkish president said that Israel
  // must stop its aggression."), in *out, so that the verb of saying sees
  // what was said. Not a quotation in the first or second person, which
  // ResolveFirstPerson reads as it stands. False when the sentence is not so.
  bool QuoteFirst(std::string* out) const {
    const int n = static_cast<int>(tokens.size());
    if (n < 6 || ids[0] != rep.w.quote) return false;
    int q = 1;  // the closing quotation mark
    while (q < n && ids[q] != rep.w.quote) ++q;
    if (q < 3 || q + 2 >= n || ids[q - 1] != rep.w.comma) return false;
    static const std::unordered_set<std::string_view> kPersonal = {"we", "i",   "us",   "our",  "my",
                                                                   "me", "you", "your", "ours", "let"};
    for (int k = 1; k < q - 1; ++k) {
      const std::string_view w = tokens[k].lower;
      // (Not "US", which reads "us".)
      if ((kPersonal.count(w) && !(tokens[k].all_caps && w.size() > 1)) || w.starts_with("i'") ||
          w.starts_with("we'") || w.starts_with("you'") || ids[k] == rep.w.quote)
        return false;
    }
    int end = n;  // before the closing punctuation
    while (end > q + 1 && (tokens[end - 1].lower == "."sv || tokens[end - 1].lower == "!"sv)) --end;
    int say = -1;
    for (int k = q + 1; k < end && k <= q + 12 && say < 0; ++k) {
      if (ids[k] == rep.w.quote || (Is(k, kBoundary) && ids[k] != rep.w.that)) return false;
      if (Is(k, kSay)) say = k;
    }
    if (say < 0 || tokens[say].lower == "according"sv || say + 1 > end) return false;
    // Said by an actor (not "a source said"), with at most a short phrase
    // after the verb ("told reporters in Tehran", not "said when asked about ...").
    const int speaker_begin = say == q + 1 ? say + 1 : q + 1, speaker_end = say == q + 1 ? end : say;
    bool actor = false;  // a name or a pronoun: tokens only, units are not built yet
    for (int k = speaker_begin; k < speaker_end && !actor; ++k)
      actor = (tokens[k].capitalized && std::isalpha(static_cast<unsigned char>(tokens[k].lower[0]))) ||
              tokens[k].lower == "he"sv || tokens[k].lower == "she"sv;
    if (!actor || (say > q + 1 && end - say > 7)) return false;
    for (int k = say + 1; k < end; ++k)
      if (Is(k, kOpener | kRelative) || ids[k] == rep.w.comma) return false;
    auto words = [&](int b, int e) {
      return text.substr(tokens[b].span.begin, tokens[e - 1].span.end - tokens[b].span.begin);
    };
    out->clear();
    if (say == q + 1) {  // "..., said the Turkish president."
      if (say + 1 >= end) return false;
      out->append(words(say + 1, end)).append(" ").append(words(say, say + 1));
      out->append(" that ").append(words(1, q - 1));
    } else {
      // Whom one told stays before what was said ("told reporters that
      // ..."); when and where one said it goes after ("said Tuesday").
      const bool told = tokens[say].lower == "told"sv || tokens[say].lower == "tells"sv;
      out->append(words(q + 1, say + 1));
      if (told && say + 1 < end) out->append(" ").append(words(say + 1, end));
      out->append(" that ").append(words(1, q - 1));
      if (!told && say + 1 < end) out->append(" ").append(words(say + 1, end));
    }
    out->append(".");
    return true;
  }
  std::string reordered;  // QuoteFirst's result, which `text` then views

  bool Discarded() const {
    for (size_t i = 0; i < ids.size(); ++i) {
      std::uint32_t node = 0;
      for (size_t j = i; j < ids.size(); ++j) {
        node = rep.discards.Child(node, ids[j]);
        if (node == PhraseTrie::kNone) break;
        if (rep.discards.payload(node) != PhraseTrie::kNone) return true;
      }
    }
    return false;
  }

  // -- Actors --------------------------------------------------------------

  struct Raw {
    int begin, end;
    NameHit hit;
  };

  bool HitAllowed(const NameHit& h, int begin, int end) const {
    // A person's one-word name in capitals amid running text is no name:
    // "the XI Foro de Sao Paulo" holds no Xi Jinping.
    if (h.kind == NameHit::Kind::kPerson && end - begin == 1 && tokens[begin].all_caps && !shouting &&
        tokens[begin].lower.size() <= 4 && !opt.rules.tabari_parse)
      return false;
    if (h.after_title) {
      // A surname is a name: "police in Kenya" holds no "In" (of Moon Jae In).
      if (!tokens[begin].capitalized && !shouting) return false;
      // A name going on with a word the dictionaries do not know is someone
      // else's: "Minister Ahmed Dakaev" holds no Iajuddin Ahmed.
      if (NameGoesOn(end) && !opt.rules.tabari_parse) return false;
      auto named = mem.person_by_surname.find(ids[end - 1]);
      // "Helen Clark met Bush. Clark said": once named in full, the surname
      // alone is that person, as news writes it.
      if (named != mem.person_by_surname.end() && named->second == h.index && tokens[begin].capitalized) return true;
      if (SameFirstName(begin, h.index)) return true;
      if (!TitleBefore(begin)) return false;
      // The one of that name the article named in full, else whoever is in office.
      if (named != mem.person_by_surname.end()) return named->second == h.index;
      return InOffice(h.index);
    }
    // "the West": a region named by a compass word alone is that region
    // only capitalized inside the sentence ("accused the West of", "Lavrov
    // accuses West"); not "in the west", "Kanye West", "West backed away",
    // ", West claimed" (a surname), nor "the West Midlands", "West Germany" (a name going on).
    // Its adjective likewise ("Western criticism"), but not "Western
    // Ukraine", nor "western" in lower case ("the western city of Lviv").
    if (h.kind == NameHit::Kind::kActor && end - begin == 1 &&
        onto.actors()[h.index].kind == ontology::ActorKind::kRegion && CompassWord(tokens[begin].lower)) {
      const bool adjective = tokens[begin].lower.ends_with("ern");
      return tokens[begin].capitalized && !shouting &&
             (adjective || (begin > 0 && !tokens[begin - 1].capitalized &&
                            std::isalpha(static_cast<unsigned char>(tokens[begin - 1].lower[0])))) &&
             !(end < static_cast<int>(tokens.size()) && tokens[end].capitalized);
    }
    // "a water tank", "a think tank": no armour.
    if (h.kind == NameHit::Kind::kAgent && end - begin == 1 && begin > 0 && !opt.rules.tabari_parse &&
        (tokens[begin].lower == "tank"sv || tokens[begin].lower == "tanks"sv)) {
      static const std::unordered_set<std::string_view> kContainers = {"water", "fuel",    "oil",    "gas",
                                                                       "think", "storage", "septic", "fish"};
      if (kContainers.count(tokens[begin - 1].lower)) return false;
    }
    // "called on all parties to exercise restraint", "the warring parties",
    // "parties to the conflict": sides, not political parties.
    if (h.kind == NameHit::Kind::kAgent && end - begin == 1 && tokens[begin].lower == "parties"sv &&
        !opt.rules.tabari_parse) {
      static const std::unordered_set<std::string_view> kSides = {"all",      "both",     "warring",   "relevant",
                                                                  "involved", "opposing", "concerned", "belligerent"};
      // ("All parties in Lebanon condemned": opening the sentence, the parties.)
      const bool sides_before = begin > 1 && kSides.count(tokens[begin - 1].lower);
      const bool sides_after = end + 1 < static_cast<int>(tokens.size()) &&
                               ((ids[end] == rep.w.to && Is(end + 1, kDeterminer)) ||
                                tokens[end].lower == "involved"sv || tokens[end].lower == "concerned"sv);
      if (sides_before || sides_after) return false;
    }
    // "signed by Greece and Russia today": a name ending in a word of time
    // ("Russia Today") is that name only capitalized.
    if (end - begin > 1 && !tokens[end - 1].capitalized && !shouting &&
        (tokens[end - 1].lower == "today"sv || tokens[end - 1].lower == "tonight"sv))
      return false;
    // "Bulgaria's security council": an organisation's name written in
    // lower case after a possessive is an organ of the possessor.
    if (h.kind == NameHit::Kind::kActor && end - begin > 1 && begin > 0 && ids[begin - 1] == rep.w.poss &&
        !opt.rules.tabari_parse && onto.actors()[h.index].kind == ontology::ActorKind::kOrganisation &&
        std::none_of(tokens.begin() + begin, tokens.begin() + end, [](const Token& t) { return t.capitalized; }))
      return false;
    // "Israel's absolute opposition to Iran's programme": one's opposing,
    // not the opposition (who may be urged "to join the talks").
    if (h.kind == NameHit::Kind::kAgent && end - begin == 1 && tokens[begin].lower == "opposition"sv &&
        end + 1 < static_cast<int>(tokens.size()) && ids[end] == rep.w.to && !opt.rules.tabari_parse &&
        rep.verbs.Child(0, ids[end + 1]) == PhraseTrie::kNone) {
      static const std::unordered_set<std::string_view> kOwners = {"its", "their", "his", "her", "our", "my", "'s"};
      int b = begin - 1;
      // (Units are not built yet: adjectives are told by their letters.)
      auto verb = [&](int k) { return rep.verbs.Child(0, ids[k]) != PhraseTrie::kNone; };
      while (b > 0 && b >= begin - 2 && !kOwners.count(tokens[b].lower) && !tokens[b].capitalized && !verb(b) &&
             std::isalpha(static_cast<unsigned char>(tokens[b].lower[0])) && !Is(b, kDeterminer | kPreposition))
        --b;
      // ("expressed opposition to" too: one's own, after a verb.)
      if (b >= 0 && (kOwners.count(tokens[b].lower) || verb(b))) return false;
    }
    if (!h.caps_only) return true;
    // In text set all in capitals ("US TROOPS WHO ..."), capitals tell nothing.
    if (shouting) return false;
    // "Nato", "Isis": a four-letter acronym as some papers write it, inside
    // running text (not opening it, not amid Title Case words of a headline).
    const int n = static_cast<int>(tokens.size());
    auto lower_or_mark = [&](int i) { return !tokens[i].capitalized; };
    if (end - begin == 1 && begin > 0 && tokens[begin].capitalized && tokens[begin].lower.size() == 4 &&
        std::all_of(tokens[begin].lower.begin(), tokens[begin].lower.end(),
                    [](char c) { return c >= 'a' && c <= 'z'; }) &&
        lower_or_mark(begin - 1) && (end == n || lower_or_mark(end)))
      return true;
    for (int i = begin; i < end; ++i)
      if (!tokens[i].all_caps && ids[i] != rep.w.poss && ids[i] != rep.w.period) return false;
    return true;
  }

  // Whether token i follows an honorific ("Mr", "Dr.") or a title the
  // dictionaries know as an agent ("President", "Prime Minister").
  bool TitleBefore(int i) const {
    // Asked once for each surname hit at a position: remember the last answer.
    if (i == title_asked_at_) return title_answer_;
    title_asked_at_ = i;
    title_answer_ = TitleBeforeUncached(i);
    return title_answer_;
  }
  bool TitleBeforeUncached(int i) const {
    if (i == 0) return false;
    if (Honorific(tokens[i - 1].lower == "."sv && i >= 2 ? i - 2 : i - 1)) return true;
    if (!tokens[i - 1].capitalized) return false;
    std::uint32_t node = rep.names.Child(0, ids[i - 1]);
    if (node == PhraseTrie::kNone || rep.names.payload(node) == PhraseTrie::kNone) {
      // The last word of a two-word title: "Prime Minister".
      if (i < 2) return false;
      node = rep.names.Child(0, ids[i - 2]);
      if (node != PhraseTrie::kNone) node = rep.names.Child(node, ids[i - 1]);
      if (node == PhraseTrie::kNone || rep.names.payload(node) == PhraseTrie::kNone) return false;
    }
    for (const NameHit& h : rep.name_hits[rep.names.payload(node)])
      if (h.kind == NameHit::Kind::kAgent) return true;
    return false;
  }

  // Surnames found this sentence after a first name not their known
  // bearer's (FindMentions): remembered for the article.
  mutable std::vector<WordId> others_named;
  // Whether the word at k is an honorific, with or without its period: "Mr", "Dr.".
  bool Honorific(int k) const {
    std::string_view w = tokens[k].lower;
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    static constexpr std::array<std::string_view, 8> kHonorifics = {"mr",  "mrs", "ms",  "dr",
                                                                    "sen", "gen", "sir", "madam"};
    return std::find(kHonorifics.begin(), kHonorifics.end(), w) != kHonorifics.end();
  }

  mutable int title_asked_at_ = -1;  // TitleBefore's last question and answer, for this sentence
  mutable bool title_answer_ = false;

  // "its troops from Kuwait": a possessive says whose the agent is, not the
  // place after it.
  bool PossessiveBefore(int i) const { return Is(i - 1, kPossessive); }

  // A lowercase content word: no function word, no number, no punctuation.
  bool SkippableInName(int j) const {
    const Token& t = tokens[j];
    // A verb is no modifier: "Police used force" is no "police force".
    return !t.capitalized && Cls(j) == 0 && std::isalpha(static_cast<unsigned char>(t.lower[0])) &&
           t.lower.size() > 2 && rep.verbs.Child(0, ids[j]) == PhraseTrie::kNone;
  }

  // Removes quotation marks around a few words inside a clause, which only
  // mark them as someone's ("threatened to 'wipe out' South Korea", "a
  // 'hybrid war'"), so that the words code as unquoted. Not a quotation
  // after a verb of saying ("said 'we will respond'") or opening the sentence.
  void DropScareQuotes(std::string_view sentence) {
    constexpr size_t kMaxWords = 4;
    static const std::unordered_set<std::string_view> kSaying = {
        "said", "says", "say", "saying", "told", "tells", "added", "adds", "stated", "wrote", "declared"};
    auto is_quote = [](const Token& t) { return t.lower == "'"sv || t.lower == "\""sv; };
    // Most sentences hold no mark a quotation opens with: nothing to do.
    if (sentence.find_first_of("'\"") == std::string_view::npos) return;
    const size_t n = tokens.size();
    std::vector<char> drop(n, 0);
    bool any = false;
    for (size_t i = 1; i + 1 < n; ++i) {
      const Token& open = tokens[i];
      // An opening mark: after a space, right before a word, after a word not of saying.
      if (!is_quote(open) || open.span.begin == 0 || sentence[open.span.begin - 1] != ' ' ||
          tokens[i + 1].span.begin != open.span.end || kSaying.count(tokens[i - 1].lower) ||
          !std::isalnum(static_cast<unsigned char>(tokens[i - 1].lower.back())))
        continue;
      for (size_t k = i + 1; k < n && k <= i + kMaxWords + 1; ++k) {
        const Token& t = tokens[k];
        if (is_quote(t)) {
          // The closing mark: the same one, right after a word.
          if (t.lower == open.lower && k > i + 1 && tokens[k - 1].span.end == t.span.begin) {
            drop[i] = drop[k] = 1;
            any = true;
            i = k;
          }
          break;
        }
        if (!std::isalnum(static_cast<unsigned char>(t.lower[0])) && t.lower != "-"sv) break;
      }
    }
    if (!any) return;
    size_t w = 0;
    for (size_t r = 0; r < n; ++r)
      if (!drop[r]) {
        if (w != r) std::swap(tokens[w], tokens[r]);
        ++w;
      }
    tokens.resize(w);
  }

  // The length of a holding suffix ending w ("rebel-held", "Taliban-
  // controlled"), 0 if none.
  static size_t HoldingSuffix(std::string_view w) {
    return w.ends_with("-held") ? 5 : w.ends_with("-controlled") ? 11 : 0;
  }

  // The length of an owner's suffix ending w ("British-owned", "Greek-
  // flagged", "Israeli-linked"), 0 if none.
  static size_t OwnerSuffix(std::string_view w) {
    for (std::string_view suffix : {"-owned"sv, "-flagged"sv, "-registered"sv, "-operated"sv, "-linked"sv})
      if (w.ends_with(suffix)) return suffix.size();
    return 0;
  }

  // Whether token i is a crowd counted before a verb of protest, who are
  // protesters: "Thousands protested in Cairo", "tens of thousands marched".
  bool CrowdProtesting(int i) const {
    static const std::unordered_set<std::string_view> kCrowd = {"thousands", "hundreds", "dozens", "scores"};
    if (rep.protesters < 0 || opt.rules.tabari_parse || i + 1 >= static_cast<int>(tokens.size()) ||
        !kCrowd.count(tokens[i].lower))
      return false;
    // A verb whose own code is a protest (CAMEO root 14), as the dictionaries
    // have it, or a march (coded only by its patterns: "marched on").
    const std::uint32_t node = rep.verbs.Child(0, ids[i + 1]);
    const std::uint32_t p = node == PhraseTrie::kNone ? PhraseTrie::kNone : rep.verbs.payload(node);
    if (p == PhraseTrie::kNone) return false;
    for (const VerbHit& h : rep.verb_hits[p])
      if (h.form != VerbForm::kIng &&
          (RootNumber(rep.compiled[h.verb].entry->code) == 14 || rep.compiled[h.verb].entry->lemma == "march"sv))
        return true;
    return false;
  }

  // Longest allowed match at each position; a match consumes its tokens.
  std::vector<Raw> FindMentions() const {
    std::vector<Raw> out;
    const int n = static_cast<int>(ids.size());
    for (int i = 0; i < n;) {
      std::uint32_t node = 0;
      int best_end = -1;
      NameHit best{};
      bool skipped = false;
      for (int j = i; j < n; ++j) {
        std::uint32_t child = rep.names.Child(node, ids[j]);
        // One lowercase modifier may stand inside a name, as TABARI allows:
        // "Ithilen state-run television" for "Ithilen television".
        if (child == PhraseTrie::kNone && node != 0 && !skipped && j + 1 < n && SkippableInName(j)) {
          child = rep.names.Child(node, ids[j + 1]);
          if (child != PhraseTrie::kNone) {
            skipped = true;
            ++j;
          }
        }
        // "Prince of Dol_Amroth" for "prince ... dol amroth": a few words may
        // stand where the name has a gap, but no verb, other name, comma,
        // conjunction, possessive ("Ithilen's government radio" is not
        // Ithilen Radio) or end of sentence.
        auto stops_gap = [&](int k) {
          return ids[k] == rep.w.period || ids[k] == rep.w.comma || tokens[k].lower == "'s"sv || Is(k, kConjunction) ||
                 rep.verbs.Child(0, ids[k]) != PhraseTrie::kNone || rep.names.Child(0, ids[k]) != PhraseTrie::kNone;
        };
        // (rep.w.gap is unset while no name has a gap.)
        const std::uint32_t gap = child == PhraseTrie::kNone && node != 0 && rep.w.gap != kUnknownWord
                                      ? rep.names.Child(node, rep.w.gap)
                                      : PhraseTrie::kNone;
        if (gap != PhraseTrie::kNone) {
          constexpr int kNameGap = 6;  // words that may stand in the gap
          for (int k = j; k < n && k <= j + kNameGap; ++k) {
            if ((child = rep.names.Child(gap, ids[k])) != PhraseTrie::kNone) {
              j = k;
              break;
            }
            if (stops_gap(k)) break;
          }
        }
        node = child;
        if (node == PhraseTrie::kNone) break;
        std::uint32_t p = rep.names.payload(node);
        if (p == PhraseTrie::kNone) continue;
        // Priority among hits of one phrase: person, actor, government, place, agent, description.
        static const NameHit::Kind kOrder[] = {NameHit::Kind::kPerson,     NameHit::Kind::kActor,
                                               NameHit::Kind::kGovernment, NameHit::Kind::kPlace,
                                               NameHit::Kind::kAgent,      NameHit::Kind::kDescription};
        bool found = false;
        // Among people of one name ("Blair"), the one in office on the day.
        const auto& hits = rep.name_hits[p];
        const NameHit* in_office = nullptr;
        int persons = 0;
        for (const NameHit& h : hits) persons += h.kind == NameHit::Kind::kPerson;
        if (persons > 1)
          for (const NameHit& h : hits)
            if (h.kind == NameHit::Kind::kPerson && !in_office && HitAllowed(h, i, j + 1) && InOffice(h.index))
              in_office = &h;
        if (in_office) {
          best = *in_office;
          best_end = j + 1;
          continue;
        }
        for (NameHit::Kind k : kOrder) {
          for (const NameHit& h : rep.name_hits[p]) {
            if (h.kind != k || !HitAllowed(h, i, j + 1)) continue;
            if (k == NameHit::Kind::kPerson && onto.people()[h.index].CodeOn(mem.day).empty()) continue;
            if (k == NameHit::Kind::kDescription && !(i > 0 && (ids[i - 1] == rep.w.the || ids[i - 1] == rep.w.this_)))
              continue;
            best = h;
            best_end = j + 1;
            found = true;
            break;
          }
          if (found) break;
        }
      }
      if (best_end < 0) {
        if (int first = TitledName(i); first >= 0 && (out.empty() || out.back().end <= first))
          out.push_back({first, i + 1, {NameHit::Kind::kTitled, false, 0}});
        else if (CrowdProtesting(i))
          out.push_back({i, i + 1, {NameHit::Kind::kAgent, false, static_cast<std::uint32_t>(rep.protesters)}});
        ++i;
        continue;
      }
      // "City Councilwoman Sharon McPhail": a person's one-word name going on
      // with an unknown capitalized word is someone else's first name.
      const bool other_person = best.kind == NameHit::Kind::kPerson && best_end - i == 1 && !best.after_title &&
                                !opt.rules.tabari_parse &&
                                !(best_end < static_cast<int>(tokens.size()) && Generation(tokens[best_end].lower));
      // So is one after an unknown capitalized word, a first name of their
      // own: "Brigadier Andrew Mackay" is not Peter MacKay.
      if (other_person && OtherFirstName(i, best.index, out)) {
        others_named.push_back(ids[i]);
        i = best_end;
        continue;
      }
      if (other_person) {
        auto named = mem.person_by_surname.find(ids[i]);
        if (named != mem.person_by_surname.end() && named->second == Memory::kSomeoneElse) {
          i = best_end;
          continue;
        }
      }
      // "Prime Minister of Finland Matti Vanhanen": a country after a title's
      // "of" ends there.
      const bool titled_country = best.kind == NameHit::Kind::kActor && i >= 2 && ids[i - 1] == rep.w.of &&
                                  onto.actors()[best.index].kind == ontology::ActorKind::kCountry &&
                                  tokens[i - 2].capitalized;
      // ("Hillary Benn": a first name before another person's surname.)
      if ((best.kind == NameHit::Kind::kActor || best.kind == NameHit::Kind::kGovernment ||
           (best.kind == NameHit::Kind::kPlace && !PlaceNoun(best_end)) || other_person) &&
          !titled_country && (NameGoesOn(best_end) || (other_person && SurnameOnly(best_end)))) {
        i = best_end;
        continue;
      }
      // "Vincente Fox": a first name spelt otherwise belongs to the name.
      const bool first_name = best.kind == NameHit::Kind::kPerson && best_end - i == 1 &&
                              (out.empty() || out.back().end < i) && SameFirstName(i, best.index);
      out.push_back({first_name ? i - 1 : i, best_end, best});
      i = best_end;
    }
    return out;
  }

  // Nouns of institutions, which "the <noun>" names again when of the
  // article's country ("the government", "the embassy").
  static bool InstitutionNoun(std::string_view noun) {
    static const std::unordered_set<std::string_view> kInstitutions = {
        "government", "administration", "regime", "cabinet",  "ministry",
        "parliament", "embassy",        "army",   "military", "police"};
    return kInstitutions.count(noun) > 0;
  }

  // Whether an agent noun is the title of one office holder ("foreign
  // minister", "the president", "the ambassador"), whom "the <title>" names
  // again; not a body of people ("the soldiers") nor a thing ("the bank").
  static bool PersonTitle(std::string_view noun) {
    static const std::unordered_set<std::string_view> kTitles = {
        "minister",    "president",    "secretary",  "secretary-general", "ambassador", "envoy",     "spokesman",
        "spokeswoman", "spokesperson", "chancellor", "premier",           "king",       "queen",     "emir",
        "sultan",      "official",     "commander",  "prosecutor",        "chairman",   "chairwoman"};
    const size_t space = noun.rfind(' ');
    return kTitles.count(space == std::string_view::npos ? noun : noun.substr(space + 1)) > 0;
  }

  // Whether token k ends a title that a portfolio may follow: "Minister",
  // "Ministry", "Secretary of State", "Commissioner".
  bool MinisterTitle(int k) const {
    static const std::unordered_set<std::string_view> kTitles = {"minister",  "ministers", "ministry",
                                                                 "secretary", "state",     "commissioner"};
    return k >= 0 && kTitles.count(tokens[k].lower) > 0;
  }

  // The end of a minister's portfolio at token k, "for Foreign Affairs", "of
  // State for Internal Security", "of the Interior": capitalized words of
  // government business; -1 when none begins there.
  int PortfolioEnd(int k) const {
    const int n = static_cast<int>(tokens.size());
    if (k + 1 >= n || !(ids[k] == rep.w.of || tokens[k].lower == "for"sv)) return -1;
    static const std::unordered_set<std::string_view> kBusiness = {
        "foreign",        "affairs",      "defence",        "defense",       "interior",
        "home",           "internal",     "external",       "security",      "justice",
        "finance",        "trade",        "economy",        "economic",      "commerce",
        "industry",       "energy",       "health",         "education",     "agriculture",
        "environment",    "labour",       "labor",          "transport",     "information",
        "communications", "relations",    "state",          "public",        "works",
        "development",    "planning",     "immigration",    "culture",       "tourism",
        "social",         "welfare",      "science",        "technology",    "oil",
        "petroleum",      "mines",        "water",          "fisheries",     "housing",
        "lands",          "local",        "government",     "international", "cooperation",
        "co-operation",   "regional",     "integration",    "legal",         "constitutional",
        "parliamentary",  "veterans",     "reconstruction", "treasury",      "emergency",
        "emergencies",    "intelligence", "national",       "human",         "rights",
        "reconciliation", "peace",        "overseas",       "territories"};
    int e = k + 1, words = 0;
    while (e < n) {
      const Token& t = tokens[e];
      if (t.capitalized && !t.all_caps && kBusiness.count(t.lower)) {
        ++words;
      } else if (!((t.lower == "the"sv && e == k + 1) || (t.lower == "and"sv && words > 0) ||
                   (words > 0 && (t.lower == "for"sv || t.lower == "of"sv)))) {
        break;
      }
      ++e;
    }
    while (e > k + 1 && !tokens[e - 1].capitalized) --e;  // not a trailing "and", "for"
    return words > 0 ? e : -1;
  }

  // The surname's token of a first and last name the dictionaries do not
  // know, set off by a comma right before unit `u`, a country's title
  // ("Carin Jämtin, Sweden's foreign minister"); -1 when there is none.
  int NamedBeforeTitle(const Unit& u) const {
    if (u.person || u.base.empty() || u.code.size() <= u.base.size() || u.noun_begin < 0) return -1;
    int b = u.begin;
    while (b > 0 && Is(b - 1, kDeterminer) && tokens[b - 1].lower != "'s"sv) --b;
    if (b < 3 || ids[b - 1] != rep.w.comma) return -1;
    auto name_word = [&](int k) { return !tokens[k].all_caps && unit_at[k] < 0 && NameLikeWord(k); };
    const int last = b - 2, first = b - 3;
    if (!name_word(last) || !name_word(first) || (first > 0 && name_word(first - 1))) return -1;
    // "Speaking in Palm Beach, the U.S. president said": a place, no name.
    if (first > 0 && Is(first - 1, kPreposition | kLocative)) return -1;
    return last;
  }

  // What the article said of the titled name of a kTitled hit (TitledName
  // found it there).
  const Memory::Titled& TitledAt(const Raw& hit) const { return mem.titled_by_surname.at(tokens[hit.end - 1].lower); }

  // Where the name of someone the article gave after a country's title
  // ("Swedish Foreign Minister Carin Jämtin") begins, when token i is its
  // surname, alone or after the same first name; -1 when it is not, or
  // when another name goes with it ("Peter Jämtin", "Jämtin Holdings").
  int TitledName(int i) const {
    if (mem.titled_by_surname.empty() || !opt.rules.article_context || opt.rules.tabari_parse || shouting ||
        !tokens[i].capitalized || tokens[i].all_caps)
      return -1;
    auto it = mem.titled_by_surname.find(tokens[i].lower);
    if (it == mem.titled_by_surname.end() || NameGoesOn(i + 1)) return -1;
    if (i > 0 && tokens[i - 1].lower == it->second.first_name) return i - 1;
    if (i > 0 && !TitleBefore(i) && NameLikeWord(i - 1) && !Rank(i - 1)) return -1;
    return i;
  }

  // Whether the word before person `index`'s one-word name at i is a first
  // name of someone else's: an unknown capitalized word that none of the
  // person's names holds ("Emmanuel Nkurunziza", not "George Bush" of
  // "George W. Bush"), no particle ("Bin Salman") and no rank ("General
  // Soleimani"); `found` holds the names found before i.
  bool OtherFirstName(int i, std::uint32_t index, const std::vector<Raw>& found) const {
    // A sentence's first word is capitalized anyway ("Maybe Trump ...").
    if (i <= 1 || shouting || (!found.empty() && found.back().end == i)) return false;
    const Token& t = tokens[i - 1];
    if (!t.capitalized || t.all_caps || Cls(i - 1) != 0 || !std::isalpha(static_cast<unsigned char>(t.lower[0])) ||
        rep.verbs.Child(0, ids[i - 1]) != PhraseTrie::kNone || CalendarWord(t.lower, /*months_only=*/false) ||
        TitleBefore(i))
      return false;
    static const std::unordered_set<std::string_view> kNotFirstNames = {
        "al",        "el",         "bin",      "ibn",      "abu",     "van",      "von",       "de",      "da",
        "del",       "di",         "la",       "le",       "general", "colonel",  "admiral",   "major",   "captain",
        "commander", "lieutenant", "sergeant", "marshal",  "imam",    "sheikh",   "ayatollah", "senator", "governor",
        "lord",      "lady",       "sir",      "dame",     "prince",  "princess", "emir",      "sultan",  "mullah",
        "mufti",     "cardinal",   "pope",     "rabbi",    "father",  "king",     "queen",     "shah",    "judge",
        "justice",   "professor",  "prof",     "reverend", "rev",     "saint",    "st",        "mayor",   "speaker"};
    if (kNotFirstNames.count(t.lower)) return false;
    return NamesWord(t.lower, index) == 0;
  }

  // Whether `word` (lowercase) is a word of one of person `index`'s names
  // or spelt alike (SpeltAlike: "Yassar" for Yasser, "Tony" for Anthony):
  // 1; 0 when it is not but the person has a name of two words or more; -1
  // when the person's names are all one word.
  int NamesWord(std::string_view word, std::uint32_t index) const {
    bool has_first_name = false;
    for (const std::string& name : onto.people()[index].names) {
      size_t b = 0;
      while (b < name.size()) {
        size_t e = name.find(' ', b);
        if (e == std::string::npos) e = name.size();
        has_first_name |= e < name.size();
        if (SpeltAlike(std::string_view(name).substr(b, e - b), word)) return 1;
        b = e + 1;
      }
    }
    return has_first_name ? 0 : -1;
  }

  // Whether a name's word and a lowercase word are the same or spelt alike:
  // the same first three letters ("Yassar", "Yasser"), or the same first
  // letter and one letter added, dropped or changed ("Prnab", "Pranab").
  static bool SpeltAlike(std::string_view name_word, std::string_view word) {
    auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
    // A short form of the same first name: "Dick" for Richard, "Bill" for William.
    static const std::unordered_map<std::string_view, std::string_view> kShortForms = {
        {"bill", "william"},      {"will", "william"},   {"bob", "robert"},    {"rob", "robert"},
        {"dick", "richard"},      {"rick", "richard"},   {"tony", "anthony"},  {"mike", "michael"},
        {"jim", "james"},         {"jimmy", "james"},    {"joe", "joseph"},    {"tom", "thomas"},
        {"ted", "edward"},        {"ed", "edward"},      {"dave", "david"},    {"dan", "daniel"},
        {"chris", "christopher"}, {"nick", "nicholas"},  {"steve", "stephen"}, {"pat", "patrick"},
        {"ron", "ronald"},        {"don", "donald"},     {"ken", "kenneth"},   {"larry", "lawrence"},
        {"andy", "andrew"},       {"alex", "alexander"}, {"ben", "benjamin"},  {"fred", "frederick"},
        {"jack", "john"},         {"harry", "henry"},    {"jerry", "gerald"},  {"liz", "elizabeth"},
        {"kate", "katherine"},    {"sue", "susan"},      {"sam", "samuel"},    {"matt", "matthew"}};
    auto full = [&](std::string_view w) {
      auto it = kShortForms.find(w);
      return it == kShortForms.end() ? w : it->second;
    };
    // (First names are short: no allocation on this path.)
    char name_lower[16];
    if (name_word.size() < sizeof name_lower) {
      std::transform(name_word.begin(), name_word.end(), name_lower, lower);
      if (full(std::string_view(name_lower, name_word.size())) == full(word)) return true;
    }
    if (name_word.empty() || word.empty() || lower(name_word[0]) != word[0]) return false;
    const size_t n = name_word.size(), m = word.size();
    if (n >= 3 && m >= 3 && lower(name_word[1]) == word[1] && lower(name_word[2]) == word[2]) return true;
    if (n + 1 < m || m + 1 < n) return false;
    // Skip the common prefix and suffix; what is left is the edit: none for
    // words under four letters, one letter at most for longer ones.
    size_t p = 0;
    while (p < n && p < m && lower(name_word[p]) == word[p]) ++p;
    size_t q = 0;
    while (q < n - p && q < m - p && lower(name_word[n - 1 - q]) == word[m - 1 - q]) ++q;
    const size_t edit = std::min(n, m) < 4 ? 0 : 1;
    return n - p - q <= edit && m - p - q <= edit;
  }

  // Whether the word before a surname at i is a first name of person
  // `index` spelt otherwise ("Hillary Benn" for Hilary Benn).
  bool SameFirstName(int i, std::uint32_t index) const {
    if (i == 0 || opt.rules.tabari_parse || shouting) return false;
    const Token& t = tokens[i - 1];
    return t.capitalized && !t.all_caps && t.lower.size() >= 3 &&
           std::isalpha(static_cast<unsigned char>(t.lower[0])) && NamesWord(t.lower, index) == 1;
  }

  // Whether person `index` holds one of their roles on the article's day.
  bool InOffice(std::uint32_t index) const {
    if (mem.day == kNoDay) return false;
    for (const ontology::Role& r : onto.people()[index].roles)
      if ((r.from == kNoDay || r.from <= mem.day) && (r.to == kNoDay || mem.day <= r.to)) return true;
    return false;
  }

  // Whether a place or organisation name ending before token e goes on in
  // capitals with a word the dictionaries do not know: "St. John's Episcopal
  // Church", "Washington Post", "Moscow State University" are not the actor.
  bool NameGoesOn(int e) const {
    if (e >= static_cast<int>(tokens.size()) || shouting) return false;
    return NameLikeWord(e) && rep.names.Child(0, ids[e]) == PhraseTrie::kNone && !Rank(e);
  }

  // Whether token k could be a word of a name: capitalized, a letter first,
  // no function word, verb or day or month name.
  bool NameLikeWord(int k) const {
    const Token& t = tokens[k];
    return t.capitalized && std::isalpha(static_cast<unsigned char>(t.lower[0])) && Cls(k) == 0 &&
           rep.verbs.Child(0, ids[k]) == PhraseTrie::kNone && !CalendarWord(t.lower, /*months_only=*/false) &&
           !ModelName(k);
  }

  // Whether the capitalized word at `e` is known only as a person's surname
  // after a title ("Benn" of Hilary Benn), not as a name of its own.
  bool SurnameOnly(int e) const {
    if (e >= static_cast<int>(tokens.size()) || !tokens[e].capitalized || shouting) return false;
    const std::uint32_t node = rep.names.Child(0, ids[e]);
    if (node == PhraseTrie::kNone || rep.names.payload(node) == PhraseTrie::kNone) return false;
    const auto& hits = rep.name_hits[rep.names.payload(node)];
    return std::all_of(hits.begin(), hits.end(),
                       [](const NameHit& h) { return h.kind == NameHit::Kind::kPerson && h.after_title; });
  }

  static bool CompassWord(std::string_view w) {
    return w == "north"sv || w == "south"sv || w == "east"sv || w == "west"sv || w == "northern"sv ||
           w == "southern"sv || w == "eastern"sv || w == "western"sv;
  }

  // Whether the word at `k` is a lowercase adverb in -ly: "angrily", "reportedly".
  bool LyAdverb(int k) const {
    const std::string& w = tokens[k].lower;
    return !tokens[k].capitalized && w.size() > 5 && w.compare(w.size() - 2, 2, "ly") == 0 && PlainWord(k);
  }

  // Whether the word at `k` is an ordinal before a noun: "the first meeting".
  bool Ordinal(int k) const {
    const std::string& w = tokens[k].lower;
    return w == "first"sv || w == "last"sv || w == "next"sv || w == "second"sv;
  }

  // Whether the word at `e` names a kind of place or facility that a place
  // name before it stays in: "Adelaide Airport", "Helmand Province".
  bool PlaceNoun(int e) const {
    static const std::unordered_set<std::string_view> kNouns = {
        "airport",    "airbase",     "airfield", "province", "region", "district", "county",
        "prefecture", "governorate", "oblast",   "harbour",  "harbor", "port",     "valley"};
    return e < static_cast<int>(tokens.size()) && kNouns.count(tokens[e].lower) > 0;
  }

  // Whether the word at `e` names a body of people that a name after it is:
  // "the separatist group ETA".
  bool GroupNoun(int e) const {
    const std::string& w = tokens[e].lower;
    return w == "group"sv || w == "movement"sv || w == "organization"sv || w == "organisation"sv;
  }

  // Whether verb v is what a denial before it denies: "denied that he was
  // attacking", "denies arming the rebels" (a gerund right after it).
  bool Denied(const VerbOcc& v) const {
    static const std::unordered_set<std::string_view> kDeny = {"deny", "denies", "denied", "denying"};
    if (v.begin >= 1 && v.form == VerbForm::kIng && kDeny.count(tokens[v.begin - 1].lower)) return true;
    // "denied (ever) having met Tariq Aziz".
    if (!opt.rules.tabari_parse && v.begin >= 2 && tokens[v.begin - 1].lower == "having"sv) {
      const int d = v.begin >= 3 && tokens[v.begin - 2].lower == "ever"sv ? v.begin - 3 : v.begin - 2;
      if (kDeny.count(tokens[d].lower)) return true;
    }
    for (int k = v.begin - 1; k >= 1 && k >= v.begin - 8; --k) {
      // Not "nobody denies that ...", "does not deny that ...".
      if (ids[k] == rep.w.that)
        return kDeny.count(tokens[k - 1].lower) > 0 &&
               !(k >= 2 && (Is(k - 2, kNegation) || tokens[k - 2].lower == "nobody"sv));
      if (Is(k, kBoundary) || ids[k] == rep.w.comma || (verb_at[k] >= 0 && !NounUse(verb_at[k]))) return false;
    }
    return false;
  }

  // Whether the agent starting at token b is what is withdrawn, so that
  // "from" after it names a place: "the removal of troops from Iraq",
  // "withdraw all its forces from Lebanon".
  bool Withdrawn(int b) const {
    static const std::unordered_set<std::string_view> kWithdraw = {
        "withdraw", "withdraws", "withdrew",   "withdrawn", "withdrawing", "withdrawal",   "removal", "remove",
        "removes",  "removed",   "removing",   "pull",      "pulls",       "pulled",       "pulling", "pullout",
        "evacuate", "evacuated", "evacuation", "redeploy",  "redeployed",  "redeployment", "recall",  "recalled",
        "retreat",  "retreated", "retreating", "exit",      "departure"};
    for (int k = b - 1; k >= 0 && k >= b - 5; --k) {
      if (kWithdraw.count(tokens[k].lower)) return true;
      if (Is(k, kBoundary) || ids[k] == rep.w.comma) break;
    }
    return false;
  }

  // Whether the word at `k` names one sent to another state: "ambassador", "envoy".
  bool Envoy(int k) const {
    static const std::unordered_set<std::string_view> kEnvoys = {
        "ambassador", "ambassadors", "envoy", "envoys", "emissary", "representative", "delegate", "delegation"};
    return k >= 0 && kEnvoys.count(tokens[k].lower) > 0;
  }

  // Whether tokens [b, e) spell `name`, case aside: "Syria" for Syria, not
  // "Syrian".
  bool NamedAs(std::string_view name, int b, int e) const {
    const std::vector<std::string> words = PhraseWords(name);
    if (static_cast<int>(words.size()) != e - b) return false;
    for (int k = b; k < e; ++k) {
      const std::string& w = words[k - b];
      if (w.size() != tokens[k].lower.size()) return false;
      for (size_t c = 0; c < w.size(); ++c)
        if (std::tolower(static_cast<unsigned char>(w[c])) != static_cast<unsigned char>(tokens[k].lower[c]))
          return false;
    }
    return true;
  }

  // Whether `w` (lowercase) is a generation after a name: "Sr.", "Jr".
  static bool Generation(std::string_view w) {
    return w == "sr"sv || w == "sr."sv || w == "jr"sv || w == "jr."sv || w == "senior"sv || w == "junior"sv;
  }

  // Whether `w` (lowercase) names a month, or with months_only false also a weekday.
  static bool CalendarWord(std::string_view w, bool months_only) {
    static constexpr std::array<std::string_view, 19> kCalendar = {
        "january",   "february",  "march",   "april",    "may",      "june",   "july",
        "august",    "september", "october", "november", "december", "monday", "tuesday",
        "wednesday", "thursday",  "friday",  "saturday", "sunday"};
    const auto end = months_only ? kCalendar.begin() + 12 : kCalendar.end();
    return std::find(kCalendar.begin(), end, w) != end;
  }

  // Whether the word at `e`, right after a name opening the sentence, opens
  // the sentence itself, so that the name before it is a page's label:
  // a capitalized article or preposition ("Afghanistan A ...", "Pakistan On
  // Sunday"), not in text written all in capitals.
  bool LabelRunIn(int e) const {
    static const std::unordered_set<std::string_view> kOpeners = {"a",  "an",    "the",    "on",     "in",
                                                                  "at", "after", "before", "during", "meanwhile"};
    if (e >= static_cast<int>(tokens.size()) || !tokens[e].capitalized) return false;
    if (tokens[e].all_caps && tokens[e].lower.size() > 1) return false;
    if (kOpeners.count(tokens[e].lower) == 0) return false;
    // Not a headline in Title Case ("Putin In Talks With Erdogan"): the
    // words after the opener are mostly lowercase.
    int words = 0, capitals = 0;
    for (size_t k = e + 1; k < tokens.size(); ++k) {
      if (!std::isalpha(static_cast<unsigned char>(tokens[k].lower[0]))) continue;
      ++words;
      capitals += tokens[k].capitalized;
    }
    return words > 0 && capitals * 2 < words;
  }

  std::string PersonCode(std::uint32_t index) const { return onto.people()[index].CodeOn(mem.day); }

  // The base code of a named actor: its own code, or for a country's
  // institution coded as that country and an agent ("Mossad", ISRSPY, of
  // ISR) the country, so that it counts as one of the country's agencies.
  std::string ActorBase(const ontology::ActorEntry& a) const {
    std::string_view country = onto.InstitutionCountry(a);
    return std::string(country.empty() ? std::string_view(a.code) : country);
  }

  void AddUnit(Unit u) {
    if (!u.code.empty() && u.base.empty()) u.base = onto.SplitCode(u.code).first;
    units.push_back(std::move(u));
  }

  // Whether tokens [b, e) are only joiners and articles: ", and the".
  bool OnlyJoiners(int b, int e) const {
    bool join = false;
    for (int i = b; i < e; ++i) {
      if (Is(i, kJoin))
        join = true;
      else if (ids[i] != rep.w.the)
        return false;
    }
    return join;
  }

  // Whether token k names a part of a place by the compass ("in the
  // northern Malian town"). News rules only.
  bool Compass(int k) const {
    static const std::unordered_set<std::string_view> kMore = {"central",       "northeastern",  "northwestern",
                                                               "southeastern",  "southwestern",  "north-eastern",
                                                               "north-western", "south-eastern", "south-western"};
    if (k >= static_cast<int>(tokens.size()) || opt.rules.tabari_parse) return false;
    return CompassWord(tokens[k].lower) || kMore.count(tokens[k].lower) > 0;
  }

  // Whether tokens [b, e) are "and" and one or two plain modifiers ("the
  // Philippine government and communist rebels"); with `names`, capitalized
  // ones too ("and New Forces rebels"), else only a creed ("Islamist"),
  // not "and CPC leader". News rules only.
  bool JoinersAndModifiers(int b, int e, bool names) const {
    if (opt.rules.tabari_parse || b >= e || ids[b] != rep.w.and_ || e - b > 3) return false;
    for (int i = b + 1; i < e; ++i) {
      const std::string_view w = tokens[i].lower;
      if (Cls(i) != 0 || !std::isalpha(static_cast<unsigned char>(w[0])) || w.ends_with("ed") || w.ends_with("ing") ||
          (tokens[i].capitalized && !names && !w.ends_with("ist")))
        return false;
    }
    return e - b > 1;
  }

  // Whether agent `agent` at `begin` is joined to the country's agency
  // built last ("Danish media and government", "the Philippine government
  // and communist rebels", "the Syrian government and Islamist rebels in
  // Astana": the rebels are Syria's). A modifier between is allowed only
  // for the country's own people, not "foreign troops" (news rules).
  bool JoinedToAgency(int begin, std::string_view agent) const {
    if (units.empty()) return false;
    const Unit& prev = units.back();
    if (prev.person || prev.base.empty() || prev.code.size() < prev.base.size() + 3) return false;
    if (OnlyJoiners(prev.end, begin)) return true;
    static constexpr std::array<std::string_view, 6> kOwnPeople = {"REB", "OPP", "PTR", "CRM", "LAB", "EDU"};
    const std::string_view first = FirstAgent(agent);
    if (std::find(kOwnPeople.begin(), kOwnPeople.end(), first) == kOwnPeople.end()) return false;
    return JoinersAndModifiers(prev.end, begin, /*names=*/first == "REB"sv || first == "OPP"sv || first == "PTR"sv);
  }

  // Whether tokens [b, e), between "'s" and an agent, are at most three
  // modifying words: "Dagolath's first Deputy Prime Minister", "Ithilen's
  // awful and evil minister".
  // TABARI allows none: its "Dagolath's first Deputy Prime Minister" is DAG.
  bool PossessiveModifiers(int b, int e) const {
    if (e - b > (opt.rules.tabari_parse ? 0 : 3)) return false;
    for (int i = b; i < e; ++i) {
      const Token& t = tokens[i];
      if (Is(i, kDeterminer | kPreposition | kAuxiliary | kBoundary | kSpeech | kRelative) || t.lower == ","sv ||
          !std::isalpha(static_cast<unsigned char>(t.lower[0])))
        return false;
    }
    return true;
  }

  // Appends the three-letter parts of `agent` that `code` does not hold yet:
  // "USAGOV" + "GOV" stays "USAGOV", "NGM" + "NGM" stays "NGM".
  // An agent written "~XYZ" in `agent` (a prefix agent, see AgentCode) goes
  // before the country: "ARN" + "~NGO" = "NGOARN".
  static void AppendAgent(std::string* code, const std::string& agent) {
    const bool prefix = !agent.empty() && agent[0] == '~';
    std::string_view parts = std::string_view(agent).substr(prefix ? 1 : 0);
    std::string front;
    for (size_t i = 0; i < parts.size(); i += 3) {
      std::string_view part = parts.substr(i, 3);
      bool present = false;
      for (size_t j = 0; j + part.size() <= code->size() && !present; j += 3)
        present = std::string_view(*code).substr(j, part.size()) == part;
      // "rebel forces", "insurgent fighters": an armed group's forces are the group.
      if (part == "MIL"sv && code->size() >= 3)
        for (size_t j = 3; j + 3 <= code->size() && !present; j += 3)
          present = std::string_view(*code).substr(j, 3) == "REB"sv;
      if (present) continue;
      // "Forces from the Sudanese rebel group": likewise.
      if (part == "REB"sv)
        for (size_t j = 3; j + 3 <= code->size(); j += 3)
          if (std::string_view(*code).substr(j, 3) == "MIL"sv) {
            code->erase(j, 3);
            break;
          }
      // "Syrian government forces", "government police": the state's
      // armed forces or police, not its government's.
      if ((part == "MIL"sv || part == "COP"sv) && !prefix && code->size() >= 6 && code->ends_with("GOV"))
        code->erase(code->size() - 3);
      if (prefix)
        front.append(part);
      else
        code->append(part);
    }
    code->insert(0, front);
  }

  // The agent's code as AppendAgent takes it. A former office holder
  // ("former security officials", "ex-minister") is an elite, ELI, as
  // PETRARCH codes it, unless the ontology has no ELI agent.
  std::string AgentCode(std::uint32_t index, bool former = false) const {
    const ontology::AgentEntry& a = onto.agents()[index];
    if (former && rep.has_elite) return "ELI";
    return a.prefix ? "~" + a.code : a.code;
  }
  // Whether a word right before token i says its title is past: "the
  // deposed Iraqi President", "the late King".
  bool Deposed(int i) const {
    static const std::unordered_set<std::string_view> kPast = {
        "deposed", "ousted", "toppled", "overthrown", "late", "exiled", "assassinated", "slain", "murdered"};
    for (int k = i - 1; k >= 0 && k >= i - 2; --k)
      if (kPast.count(tokens[k].lower)) return true;
    return false;
  }

  // Whether token k is a rank before a title: "Deputy", "Assistant".
  bool Rank(int k) const {
    static const std::unordered_set<std::string_view> kRanks = {"deputy", "assistant", "vice",     "under",
                                                                "acting", "associate", "principal"};
    return k >= 0 && tokens[k].capitalized && kRanks.count(tokens[k].lower);
  }

  // Whether token k names a model of weapon: "F-16", "Su-34", "MiG-29".
  bool ModelName(int k) const {
    const std::string& w = tokens[k].lower;
    if (w.size() < 3 || w.size() > 8 || !std::isalpha(static_cast<unsigned char>(w[0])) || opt.rules.tabari_parse)
      return false;
    const size_t dash = w.find('-');
    if (dash == std::string::npos || dash == 0 || dash > 3 || dash + 1 >= w.size()) return false;
    return std::isdigit(static_cast<unsigned char>(w[dash + 1])) != 0;
  }

  // Whether token k is a plain word that may stand between a nationality
  // and its agent: "Russian strategic bombers", "Afghan elite forces".
  bool Qualifier(int k) const {
    static const std::unordered_set<std::string_view> kQualifiers = {
        "strategic", "long-range", "heavy", "elite",   "special",    "senior",  "top",       "junior", "local",
        "regional",  "unmanned",   "armed", "regular", "provincial", "federal", "frontline", "naval",  "paramilitary"};
    return k >= 0 && !tokens[k].capitalized && !opt.rules.tabari_parse && kQualifiers.count(tokens[k].lower);
  }

  bool Former(int i) const { return i > 0 && (ids[i - 1] == rep.w.former || ids[i - 1] == rep.w.ex); }

  int ActorIndex(const std::string& base) const {
    const ontology::ActorEntry* a = onto.FindActor(base);
    return a ? static_cast<int>(a - onto.actors().data()) : -1;
  }

  // Turns raw mentions into units: "Russian" + "warplane" -> RUSMIL,
  // "army" of "Syria" -> SYRMIL, "US" "Secretary of State" "Kerry" -> Kerry's code.
  void BuildUnits() {
    std::vector<Raw> raw = FindMentions();
    // The person named at raw[i], or after a title there ("President
    // Assad"), whose code is of a country: that person's index in raw; -1
    // otherwise.
    auto person_after_of = [&](size_t i) -> int {
      if (i + 1 < raw.size() && raw[i].hit.kind == NameHit::Kind::kAgent && raw[i + 1].begin == raw[i].end) ++i;
      if (i >= raw.size() || raw[i].hit.kind != NameHit::Kind::kPerson) return -1;
      const std::string code = PersonCode(raw[i].hit.index);
      const std::string base = code.empty() ? "" : onto.SplitCode(code).first;
      const ontology::ActorEntry* a = base.empty() ? nullptr : onto.FindActor(base);
      return a && a->kind == ontology::ActorKind::kCountry ? static_cast<int>(i) : -1;
    };
    const int n = static_cast<int>(tokens.size());
    auto word = [&](int i) -> const std::string& {
      static const std::string kEmpty;
      return i >= 0 && i < n ? tokens[i].lower : kEmpty;
    };
    // The agent of "the ambassadors of Arnor, Osgiliath and Gondor", while
    // the actors joined to Arnor go on.
    std::string distributed_agent;
    std::vector<std::string> distributed_extra;  // "lawmakers and officials in A and B": LEG beside GOV
    int distributed_end = -1;
    for (size_t r = 0; r < raw.size(); ++r) {
      // "Afghanistan A suicide bombing attack ...", "Pakistan On Sunday, ...":
      // a page's label run into the sentence after it, no actor of it.
      if (raw[r].begin == 0 && LabelRunIn(raw[r].end)) {
        if (trace) Note("'" + Words(raw[r].begin, raw[r].end) + "' labels what follows; not an actor");
        continue;
      }
      Unit u;
      const size_t first_raw = r;  // the merge below moves r past what joins this unit
      u.begin = raw[r].begin;
      u.end = raw[r].end;
      const NameHit& h = raw[r].hit;
      std::string agent;
      switch (h.kind) {
        case NameHit::Kind::kActor:
          // An actor whose code changed ("FMLN": rebels, then a party) has
          // the day's, read as country and agent ("SLVREB": SLV).
          u.code = onto.actors()[h.index].CodeOn(mem.day);
          u.base =
              u.code == onto.actors()[h.index].code ? ActorBase(onto.actors()[h.index]) : onto.SplitCode(u.code).first;
          u.institution = u.base != u.code;
          break;
        case NameHit::Kind::kGovernment:
          u.base = onto.actors()[h.index].code;
          u.code = u.base + "GOV";
          u.government_name = true;
          break;
        case NameHit::Kind::kPlace:
          u.code = u.base = onto.actors()[h.index].code;
          u.place = true;
          break;
        case NameHit::Kind::kPerson:
          u.code = PersonCode(h.index);
          u.person = true;
          u.female = onto.people()[h.index].female;
          if (!h.after_title || SameFirstName(u.begin, h.index)) u.named_person = static_cast<int>(h.index);
          break;
        case NameHit::Kind::kAgent:
          agent = AgentCode(h.index, Former(u.begin));
          break;
        case NameHit::Kind::kTitled: {
          const Memory::Titled& t = TitledAt(raw[r]);
          u.code = t.code;
          u.base = t.base;
          u.person = true;
          if (trace) Note("'" + Words(raw[r].begin, raw[r].end) + "' was named before with a title: " + u.code);
          break;
        }
        case NameHit::Kind::kDescription: {
          std::string noun = Words(raw[r].begin, raw[r].end);
          for (char& c : noun) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          auto it = mem.by_description.find(noun);
          if (it == mem.by_description.end()) {
            if (trace) Note("'the " + noun + "' refers to nothing mentioned before; ignored");
            continue;
          }
          u.code = it->second.first;
          u.base = it->second.second;
          if (trace) Note("'the " + noun + "' refers back to " + u.code);
          break;
        }
      }
      // "the Saudi-led coalition": the leader's ("coalition" is no agent
      // noun; "forces", "troops" after "-led" merge as agents below).
      if (u.end < static_cast<int>(tokens.size()) && std::string_view(tokens[u.end - 1].lower).ends_with("-led") &&
          tokens[u.end].lower == "coalition"sv)
        ++u.end;
      // Merge what follows into this unit.
      bool ends_with_agent = h.kind == NameHit::Kind::kAgent;
      const bool former_unit = Former(u.begin);  // "former Gondor prosecutors"
      std::string new_distribution;
      while (r + 1 < raw.size() || ends_with_agent) {
        // "Swedish Minister for Foreign Affairs Carin Jämtin", "the Minister
        // of State for Foreign Affairs of Pakistan": a portfolio after a
        // title is part of it.
        if (ends_with_agent && (!u.base.empty() || !agent.empty()) && !u.person && !opt.rules.tabari_parse) {
          const int p = MinisterTitle(u.end - 1) ? PortfolioEnd(u.end) : -1;
          // Not into a name ("the Presidency of the European Union") nor
          // into part of an agent ("a minister for the Foreign Ministry").
          bool into_name = false;
          for (size_t q = r + 1; q < raw.size() && raw[q].begin < p; ++q)
            into_name |= raw[q].hit.kind != NameHit::Kind::kAgent || raw[q].end > p;
          if (p > u.end && !into_name) {
            while (r + 1 < raw.size() && raw[r + 1].end <= p) ++r;
            u.end = p;
            continue;
          }
        }
        if (r + 1 >= raw.size()) break;
        const Raw& next = raw[r + 1];
        int gap = next.begin - u.end;
        const NameHit::Kind nk = next.hit.kind;
        bool has_country = !u.base.empty() && !u.person;
        bool merged_agent = false;
        // "Arnor former security officials": "former" may stand between;
        // "US Assistant Secretary of State": so may a rank.
        const bool former = former_unit || (gap == 1 && Former(next.begin));
        if ((gap == 0 || (gap == 1 && (Former(next.begin) || Rank(next.begin - 1) || ModelName(next.begin - 1) ||
                                       Qualifier(next.begin - 1)))) &&
            nk == NameHit::Kind::kAgent && (has_country || !agent.empty())) {
          // "Russian warplane", "Turkish police"; "defence minister" after "military".
          // A capital before an agent places it: "Belgrade protesters" are SRBPTR.
          if (u.government_name && u.code == u.base + "GOV" && !opt.rules.tabari_parse) {
            u.code = u.base;
            u.government_name = false;
          }
          // "Peshmerga fighters", "Mossad agents": an institution's members
          // are it; "Tamil Tiger guerrillas", "Hamas militants": so are an
          // organised group's fighters (one an article may call "the group";
          // not a people's, "Kurdish soldiers", nor a group's leaders,
          // "Taliban leaders", TLBGOV); a gang's members too ("the MS-13 gang").
          const std::string next_agent = AgentCode(next.hit.index, former);
          const bool group_fighters = !opt.rules.tabari_parse && h.kind == NameHit::Kind::kActor && u.code == u.base &&
                                      onto.actors()[h.index].kind == ontology::ActorKind::kGroup &&
                                      !onto.actors()[h.index].descriptions.empty() &&
                                      (next_agent == "REB"sv || next_agent == "MIL"sv || next_agent == "CRM"sv);
          if (has_country && !u.institution && !group_fighters)
            AppendAgent(&u.code, next_agent);
          else if (!has_country)
            agent = next_agent;
          u.fighters = u.fighters || group_fighters;
          merged_agent = true;
        } else if (gap == 0 && nk == NameHit::Kind::kPerson && !PersonCode(next.hit.index).empty()) {
          // "Russian President Vladimir Putin", "Prime Minister Cameron". An
          // explicit title of another actor beats the person's own code: "UN
          // Secretary-General Ban Ki-moon" speaks for the UN, not South Korea.
          const std::string person = PersonCode(next.hit.index);
          const auto [person_base, person_agent] = onto.SplitCode(person);
          bool other_title = has_country && ends_with_agent && u.code.size() > u.base.size() && person_base != u.base;
          // "Iranian Deputy Foreign Minister Abbas Araqchi" in a year the
          // dictionaries give him no office: the title the news gives holds.
          if (has_country && ends_with_agent && !former_unit && !Deposed(u.begin) && person_base == u.base &&
              person_agent == "ELI"sv && StateOrgan(FirstAgent(std::string_view(u.code).substr(u.base.size()))) &&
              !opt.rules.tabari_parse)
            other_title = true;
          if (!other_title) {
            u.code = person;
            u.base.clear();
          }
          u.person = true;
          u.female = onto.people()[next.hit.index].female;
          if (!next.hit.after_title) u.named_person = static_cast<int>(next.hit.index);
        } else if ((gap == 0 || (gap == 1 && GroupNoun(u.end))) && nk == NameHit::Kind::kActor && ends_with_agent &&
                   (has_country || !agent.empty())) {
          // A name after a title is the titled one: "Bree Prime Minister
          // Romendacil" is Bree's government whatever Romendacil's own code.
          // "the separatist group ETA", "Islamist militants Hamas": fighters
          // named by their organised group are the group.
          const ontology::ActorEntry& named = onto.actors()[next.hit.index];
          const std::string_view held = has_country && u.code.size() >= u.base.size() + 3
                                            ? std::string_view(u.code).substr(u.code.size() - 3)
                                            : std::string_view(agent);
          const bool group_fighters = !opt.rules.tabari_parse && named.kind == ontology::ActorKind::kGroup &&
                                      !named.descriptions.empty() && (held == "REB"sv || held == "MIL"sv);
          if (!has_country || group_fighters) {
            u.base = u.code = named.code;
            if (group_fighters)
              u.fighters = true;
            else
              AppendAgent(&u.code, agent);
          } else if (gap == 1) {
            break;
          }
        } else if (gap == 0 && nk == NameHit::Kind::kTitled && ends_with_agent) {
          // "Foreign Minister Jämtin" once the article gave the name with a
          // title: the one of that name, with the title now given
          // ("opposition leader Nyongo": KENOPP).
          if (!has_country) {
            const Memory::Titled& t = TitledAt(next);
            u.base = t.base;
            u.code = t.base;
            if (agent.empty())
              u.code = t.code;
            else
              AppendAgent(&u.code, agent);
          }
          u.person = true;
        } else if (u.person && !u.code.empty() && nk == NameHit::Kind::kAgent &&
                   (gap == 0 || (gap == 1 && word(u.end) == "'s"sv))) {
          // "the Bush administration", "Assad's forces": the agent of the
          // person's country.
          std::string base = onto.SplitCode(u.code).first;
          if (base.empty()) break;
          u.code = base;
          AppendAgent(&u.code, AgentCode(next.hit.index, former));
          u.base = base;
          u.person = false;
          u.female = false;
          merged_agent = true;
        } else if (nk == NameHit::Kind::kPerson && has_country && word(u.end) == "'s"sv && next.begin == u.end + 1 &&
                   !PersonCode(next.hit.index).empty()) {
          // "Russia's Putin" is Putin.
          u.code = PersonCode(next.hit.index);
          u.base.clear();
          u.person = true;
          u.female = onto.people()[next.hit.index].female;
        } else if (nk == NameHit::Kind::kAgent && has_country && word(u.end) == "'s"sv &&
                   PossessiveModifiers(u.end + 1, next.begin)) {
          // "Russia's military", "Dagolath's first Deputy Prime Minister";
          // "London's Metropolitan police" are the country's, not its
          // government's.
          if (u.government_name && !u.base.empty() && !opt.rules.tabari_parse) u.code = u.base;
          // ("Hezbollah's top commander", "Hamas's fighters": an armed
          // group's own are the group, as "Hamas militants" are.)
          const std::string next_agent = AgentCode(next.hit.index, former);
          const bool group_own = !opt.rules.tabari_parse && h.kind == NameHit::Kind::kActor && u.code == u.base &&
                                 onto.actors()[h.index].kind == ontology::ActorKind::kGroup &&
                                 !onto.actors()[h.index].descriptions.empty() &&
                                 (next_agent == "REB"sv || next_agent == "MIL"sv);
          if (!group_own) AppendAgent(&u.code, next_agent);
          merged_agent = true;
        } else if (!agent.empty() && u.code.empty() && gap >= 1 && !PossessiveBefore(u.begin) &&
                   (gap <= 2 || (gap == 3 && word(u.end) == "in"sv && Compass(u.end + 2))) &&
                   (word(u.end) == "of"sv || (word(u.end) == "from"sv && !Withdrawn(u.begin)) ||
                    word(u.end) == "in"sv) &&
                   !(nk == NameHit::Kind::kGovernment && word(u.end) == "in"sv && !opt.rules.tabari_parse &&
                     JoinedToAgency(u.begin, agent)) &&
                   (gap == 1 || word(u.end + 1) == "the"sv) &&
                   (nk == NameHit::Kind::kActor || nk == NameHit::Kind::kGovernment ||
                    (nk == NameHit::Kind::kPlace && word(u.end) != "of"sv))) {
          // "the army of Syria", "troops from Russia", "lawmakers in Gondor";
          // the agent goes on to the actors joined to this one.
          // A capital after "in" is a place: "reporters in Madrid" are ESPMED, not ESPGOVMED.
          u.base = onto.actors()[next.hit.index].code;
          u.code = nk == NameHit::Kind::kGovernment && word(u.end) != "in"sv ? u.base + "GOV" : u.base;
          // ("fighters from Islamic State West Africa Province": an armed
          // group's fighters are the group.)
          const ontology::ActorEntry& named = onto.actors()[next.hit.index];
          const bool group_fighters = nk == NameHit::Kind::kActor && named.kind == ontology::ActorKind::kGroup &&
                                      !named.descriptions.empty() && (agent == "REB"sv || agent == "MIL"sv) &&
                                      !opt.rules.tabari_parse;
          if (!group_fighters) AppendAgent(&u.code, agent);
          new_distribution = agent;
        } else if (!agent.empty() && u.code.empty() && gap == 1 && word(u.end) == "of"sv &&
                   !PossessiveBefore(u.begin) && !opt.rules.tabari_parse && person_after_of(r + 1) >= 0) {
          // "the government of Abdrabbuh Mansur Hadi", "the forces of
          // President Assad": the agent of the person's country.
          const size_t p = static_cast<size_t>(person_after_of(r + 1));
          u.base = onto.SplitCode(PersonCode(raw[p].hit.index)).first;
          u.code = u.base;
          AppendAgent(&u.code, agent);
          new_distribution = agent;
          ends_with_agent = false;
          u.noun_begin = -1;
          u.end = raw[p].end;
          r = p;
          continue;
        } else if (has_country && ends_with_agent && word(u.end) == "to"sv &&
                   (gap == 1 || (gap == 2 && word(u.end + 1) == "the"sv)) && Envoy(u.end - 1) &&
                   (nk == NameHit::Kind::kActor || nk == NameHit::Kind::kGovernment || nk == NameHit::Kind::kPlace)) {
          // "the U.S. ambassador to Iraq": where an envoy is sent is part of
          // the title, not another actor.
        } else if (gap == 0 && has_country && !ends_with_agent && u.code == u.base && !u.place &&
                   !opt.rules.tabari_parse && (nk == NameHit::Kind::kActor || nk == NameHit::Kind::kGovernment) &&
                   (nk == NameHit::Kind::kGovernment
                        ? onto.actors()[next.hit.index].code == u.base
                        : ActorBase(onto.actors()[next.hit.index]) == u.base &&
                              onto.actors()[next.hit.index].CodeOn(mem.day).size() > u.base.size())) {
          // "the U.S. State Department", "the Israeli Knesset": the
          // country's own institution is the actor.
          if (nk == NameHit::Kind::kGovernment) {
            u.code = u.base + "GOV";
          } else {
            u.code = onto.actors()[next.hit.index].CodeOn(mem.day);
            u.institution = true;
          }
        } else if (has_country && !ends_with_agent && u.code == u.base && !opt.rules.tabari_parse &&
                   (gap == 0 || (gap == 1 && word(u.end) == "'s"sv)) && nk == NameHit::Kind::kActor &&
                   onto.actors()[next.hit.index].kind == ontology::ActorKind::kOrganisation && r + 2 < raw.size() &&
                   raw[r + 2].begin == next.end && raw[r + 2].hit.kind == NameHit::Kind::kAgent &&
                   Envoy(raw[r + 2].end - 1) &&
                   (gap == 1 || h.kind != NameHit::Kind::kActor ||
                    !NamedAs(onto.actors()[h.index].name, u.begin, u.end))) {
          // "the British UN ambassador", "Russia's UN envoy": a country's
          // (not "Syria UN envoy Geir Pedersen": the country is the post's topic)
          // envoy to a body is the country's; the body only names the post.
        } else if (gap == 1 && Is(u.end, kMember) && has_country &&
                   (nk == NameHit::Kind::kActor || nk == NameHit::Kind::kGovernment)) {
          // "NATO member Turkey" is Turkey.
          u.base = onto.actors()[next.hit.index].code;
          u.code = nk == NameHit::Kind::kGovernment ? u.base + "GOV" : u.base;
        } else {
          break;
        }
        ends_with_agent = merged_agent;
        u.noun_begin = merged_agent ? next.begin : -1;
        if (merged_agent) {
          u.title_begin = next.begin;
          u.title_end = next.end;
        }
        u.end = next.end;
        ++r;
      }
      if (!u.person && !u.base.empty() && u.code.empty()) u.code = u.base;
      // "Estonian Prime Minister Andrus Ansip and ...": a name the
      // dictionaries do not know, right after a country's title, is the
      // titled one's and belongs to the unit.
      if (ends_with_agent && !u.person && !u.base.empty() && u.code.size() > u.base.size() && !opt.rules.tabari_parse) {
        const int n = static_cast<int>(tokens.size());
        const int limit = r + 1 < raw.size() ? raw[r + 1].begin : n;
        int e = u.end;
        while (e < limit && e < u.end + 3 && !tokens[e].all_caps && NameLikeWord(e)) ++e;
        if (e == u.end + 2) {  // a first and a last name, not a longer run of capitals
          u.end = e;
          u.titled_surname = e - 1;
        }
      }
      // "Police spokesman John Smith said": so is one after the title of an
      // agent of no country's, who is that agent, of the country the verb's
      // other actor or the article gives.
      if (ends_with_agent && !u.person && u.base.empty() && u.code.empty() && !agent.empty() &&
          (PersonTitle(tokens[u.end - 1].lower) || tokens[u.end - 1].lower == "chief"sv) && !shouting &&
          !opt.rules.tabari_parse) {
        const int n = static_cast<int>(tokens.size());
        const int limit = r + 1 < raw.size() ? raw[r + 1].begin : n;
        int e = u.end;
        while (e < limit && e < u.end + 3 && !tokens[e].all_caps && NameLikeWord(e)) ++e;
        if (e > u.end && e <= u.end + 2) u.end = e;
      }
      bool distributed = false;
      if (!distributed_agent.empty()) {
        // TABARI gives the agent to the first member only; a state's agent
        // goes on to states ("the Government of the Philippines and Moro
        // Islamic Liberation Front": the front is no government).
        distributed = !u.person && h.kind == NameHit::Kind::kActor && u.code == u.base &&
                      onto.actors()[h.index].kind == ontology::ActorKind::kCountry &&
                      OnlyJoiners(distributed_end, u.begin) && !opt.rules.tabari_parse;
        if (distributed)
          AppendAgent(&u.code, distributed_agent);
        else
          distributed_agent.clear();
      }
      if (!new_distribution.empty()) {
        // "Lawmakers and officials in Fornost": the agents joined before take
        // the country too, and go on with it to the actors joined after.
        distributed_extra.clear();
        int joined_begin = u.begin;
        for (size_t k = units.size(); k-- > 0;) {
          Unit& p = units[k];
          if (!p.code.empty() || p.agent.empty() || !OnlyJoiners(p.end, joined_begin)) break;
          p.base = p.code = u.base;
          AppendAgent(&p.code, p.agent);
          distributed_extra.push_back(p.agent);
          p.agent.clear();
          p.actor_index = ActorIndex(p.base);
          joined_begin = p.begin;
        }
        distributed_agent = std::move(new_distribution);
      }
      if (!distributed_agent.empty()) distributed_end = u.end;
      if (u.person && u.code.empty()) continue;
      // A null code ("---", a person before or after their time as an
      // actor) keeps the words from meaning anything else and codes nothing.
      if (u.code == "---"sv) u.code.clear();
      if (u.code.empty() && !agent.empty() && !units.empty()) {
        // "Danish media and government": the agent takes the place of the
        // last agent of what it is joined to ("Danish Islamist media and
        // government": DNKMUSMED, DNKMUSGOV).
        // Not past a comma after a place: "in Abu Dhabi, the president".
        const Unit& prev = units.back();
        int before_prev = prev.begin - 1;
        while (before_prev >= 0 && Is(before_prev, kDeterminer)) --before_prev;
        const bool place_before_comma =
            before_prev >= 0 && Is(before_prev, kPreposition) && ids[prev.end] == rep.w.comma;
        if ((opt.rules.tabari_parse ? !prev.person && !prev.base.empty() && prev.code.size() >= prev.base.size() + 3 &&
                                          OnlyJoiners(prev.end, u.begin)
                                    : JoinedToAgency(u.begin, agent)) &&
            !place_before_comma) {
          u.base = prev.base;
          u.code = prev.code.substr(0, prev.code.size() - 3);
          AppendAgent(&u.code, agent);
        }
      }
      if (u.code.empty() && !agent.empty() && opt.rules.article_context && u.begin > 0 &&
          ids[u.begin - 1] == rep.w.the && r == first_raw) {
        // "the embassy" after "the US embassy": the one last named so; a
        // government or army only when of the article's country, if it has one.
        const std::string noun = LowerWords(u.begin, u.end);
        auto it = mem.by_agent_noun.find(noun);
        const std::string home = mem.Home();
        // "Labour leader Jeremy Corbyn has accused the government": the
        // opposition named before it in the sentence faces its own.
        std::string opposed;
        if (agent == "GOV"sv && (noun == "government"sv || noun == "administration"sv || noun == "regime"sv))
          for (const Unit& p : units) {
            const auto [base, role] = onto.SplitCode(p.code);
            if (!base.empty() && (role == "OPP"sv || role == "PTY"sv)) opposed = base;
          }
        if (!opposed.empty() && (it == mem.by_agent_noun.end() || it->second.second != opposed)) {
          u.base = opposed;
          u.code = opposed + "GOV";
          u.named_before = true;
          if (trace)
            Note("'the " + Words(u.begin, u.end) + "' is " + u.code + ", which the opposition before it faces");
        } else if (it != mem.by_agent_noun.end() &&
                   (home.empty() || it->second.second == home || it->first == "embassy"sv)) {
          u.code = it->second.first;
          u.base = it->second.second;
          u.named_before = true;
          if (trace) Note("'the " + Words(u.begin, u.end) + "' refers back to " + u.code);
        }
        // "The foreign minister met ..." soon after "Swedish Foreign Minister
        // Laila Freivalds": the office holder last named so in the four
        // sentences before this one.
        auto titled = mem.by_title_noun.find(noun);
        const bool of_after =
            u.end < static_cast<int>(tokens.size()) && ids[u.end] == rep.w.of;  // "the president of X"
        if (u.code.empty() && PersonTitle(noun) && !of_after && titled != mem.by_title_noun.end() &&
            mem.sentence - titled->second.sentence <= 4 && !opt.rules.tabari_parse) {
          u.code = titled->second.code;
          u.base = titled->second.base;
          u.named_before = true;
          if (trace) Note("'the " + Words(u.begin, u.end) + "' refers back to " + u.code);
        }
        // "the rebels" after "the Tamil Tigers": that group.
        if (u.code.empty() && agent == "REB"sv && !mem.armed_group.empty() &&
            mem.sentence - mem.armed_group_sentence <= 3) {
          u.code = u.base = mem.armed_group;
          u.named_before = true;
          if (trace) Note("'the " + Words(u.begin, u.end) + "' refers back to " + u.code);
        }
      }
      if (u.code.empty() && !agent.empty() && opt.rules.convert_agents) {
        // "Guerrillas" -> "~REB": the agent stands as an actor of its own.
        u.base = u.code = "~" + agent.substr(agent[0] == '~' ? 1 : 0);
      }
      // "Unidentified gunmen", "unknown assailants": agents no one can name
      // hold their place and code nothing (news rules only).
      const bool unnamed =
          u.code.empty() && u.begin > 0 && !opt.rules.tabari_parse &&
          (tokens[u.begin - 1].lower == "unidentified"sv || tokens[u.begin - 1].lower == "unknown"sv) &&
          !(u.begin > 1 && tokens[u.begin - 2].lower == "previously"sv);
      if (u.code.empty() && !unnamed) u.agent = agent;
      u.actor_index = ActorIndex(u.base.empty() ? onto.SplitCode(u.code).first : u.base);
      if (u.actor_index >= 0 && !onto.actors()[u.actor_index].members.empty() && u.code.rfind(u.base, 0) == 0) {
        // "the Baltic states": one unit per member, over the same words.
        const std::string agents = u.code.substr(u.base.size());
        for (const std::string& m : onto.actors()[u.actor_index].members) {
          Unit member = u;
          member.base = m;
          member.code = m + agents;
          member.actor_index = ActorIndex(m);
          // "the two Koreas" are each other's partners, as the collective's
          // name says; "the Baltic states" and imported compounds are not.
          const ontology::ActorEntry& collective = onto.actors()[u.actor_index];
          member.one_of_two = collective.members.size() == 2 && collective.name.rfind("the two ", 0) == 0;
          AddUnit(std::move(member));
        }
        continue;
      }
      if (distributed)
        for (const std::string& extra : distributed_extra) {
          Unit other = u;
          other.code = u.base;
          AppendAgent(&other.code, extra);
          AddUnit(std::move(other));
        }
      AddUnit(std::move(u));
    }
    AddPronouns();
    std::stable_sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) { return a.begin < b.begin; });
    // "Israeli and Palestinian leaders", "U.S. and Israeli officials": a bare
    // adjective or initials of a country joined to a country's agent shares
    // the agent.
    for (size_t k = units.size(); k-- > 1;) {
      Unit& a = units[k - 1];
      const Unit& b = units[k];
      const std::string& w = tokens[a.end - 1].lower;
      const bool initials = a.end - a.begin == 1 && tokens[a.begin].all_caps &&
                            (w.find('.') != std::string::npos || w.size() <= 3) && OfCountry(a);
      const bool adjective = initials || (w.size() > 3 && (w.compare(w.size() - 2, 2, "an") == 0 ||
                                                           w.compare(w.size() - 3, 3, "ese") == 0 ||
                                                           w.compare(w.size() - 3, 3, "ish") == 0 || w.back() == 'i'));
      if (a.person || b.person || a.base.empty() || a.code != a.base || !adjective || a.end + 1 != b.begin ||
          ids[a.end] != rep.w.and_ || b.code.size() <= b.base.size() || b.code.compare(0, b.base.size(), b.base) != 0)
        continue;
      a.code += b.code.substr(b.base.size());
    }
    unit_at.assign(tokens.size(), -1);
    for (size_t k = 0; k < units.size(); ++k)
      for (int i = units[k].begin; i < units[k].end; ++i) unit_at[i] = static_cast<int>(k);
    PlaceCountry();
  }

  // "Locals block the road to riot police in Karava, Greece": where the
  // sentence names one country as the place ("in Greece", ", Greece") and
  // no actor of another country, agents with no country are of that one;
  // in an article about another country, not those who act at home named
  // before the place (see below). Needs unit_at.
  void PlaceCountry() {
    std::string country;
    bool located = false;
    int place_begin = -1;  // where the first unit naming the place begins
    for (const Unit& u : units) {
      if (u.code.empty() || u.base.empty()) continue;
      const ontology::ActorEntry* a = onto.FindActor(u.base);
      if (!a || a->kind != ontology::ActorKind::kCountry) continue;
      if (!country.empty() && u.base != country) return;  // a second country
      country = u.base;
      int b = u.begin - 1;
      while (b >= 0 && Is(b, kDeterminer)) --b;
      // "in the north of Gondor": "of" after a locative phrase.
      if (b >= 2 && ids[b] == rep.w.of)
        for (int k = b - 1; k >= 0 && k >= b - 3; --k)
          if (Is(k, kLocative)) {
            b = k;
            break;
          }
      // A country, or its capital after "in" ("marched in Cairo").
      if (!u.person && b >= 0 &&
          ((u.code == u.base && (Is(b, kLocative) || (ids[b] == rep.w.comma && b > 0 && tokens[b - 1].capitalized &&
                                                      unit_at[b - 1] < 0))) ||
           (u.government_name && Is(b, kLocative)))) {
        located = true;
        if (place_begin < 0) place_begin = u.begin;
      }
      for (int i = u.begin + 1; i + 1 < u.end; ++i)  // "protesters in Athens"
        if (Is(i, kLocative)) {
          located = true;
          if (place_begin < 0) place_begin = u.begin;
        }
    }
    if (!located) return;
    // In an article about another country, those who act at home (see
    // ActsAtHome) named before the place are of that place's country only
    // when placed there themselves ("protesters in Athens"): not "Congress
    // has provided $650 billion for war operations in Afghanistan" in a US
    // article, but "In Seoul, 1,000 people demonstrated".
    const std::string home = opt.rules.article_context ? mem.Home() : "";
    const bool elsewhere = !home.empty() && home != country;
    for (Unit& u : units) {
      if (!u.code.empty() || u.agent.empty()) continue;
      if (elsewhere && u.begin < place_begin && ActsAtHome(FirstAgent(u.agent)) &&
          !(u.end < static_cast<int>(tokens.size()) && Is(u.end, kLocative)))
        continue;
      u.base = country;
      u.code = country;
      AppendAgent(&u.code, u.agent);
    }
  }

  // Whether group g names the body of a gathering: "the APEC summit",
  // "the NATO conference".
  bool VenueOf(int g) const {
    static const std::unordered_set<std::string_view> kGatherings = {"summit", "summits", "conference",
                                                                     "forum",  "meeting", "ministerial"};
    return groups[g].end < static_cast<int>(tokens.size()) && kGatherings.count(tokens[groups[g].end].lower) > 0;
  }

  // Whether group g after verb v is a place ("in Syria"), not an object.
  bool IsPlaceTarget(int g, const VerbOcc& v) const {
    int b = groups[g].begin - 1;
    // "at Baylor University": unknown words of the place's name may stand first.
    while (b >= v.end && (Is(b, kDeterminer) ||
                          (tokens[b].capitalized && Cls(b) == 0 && unit_at[b] < 0 && verb_at[b] < 0 && PlainWord(b))))
      --b;
    // "on the sidelines of the APEC summit".
    if (b >= v.end + 2 && ids[b] == rep.w.of && tokens[b - 1].lower == "sidelines"sv) return true;
    // "in the Sea of Japan", "in the south of Lebanon".
    if (b >= v.end + 2 && ids[b] == rep.w.of)
      for (int k = b - 1; k >= v.end && k >= b - 3; --k)
        if (Is(k, kLocative)) return true;
    return b >= v.end && Locative(b);
  }

  // Who acts at home, in the article's country: organs of the state and the
  // domestic groups facing it; not troops, rebels or civilians, often of
  // another country in the news.
  static bool ActsAtHome(std::string_view agent) {
    static constexpr std::array<std::string_view, 10> kActing = {"GOV", "COP", "JUD", "LEG", "OPP",
                                                                 "PTR", "EDU", "LAB", "PTY", "ELI"};
    return std::find(kActing.begin(), kActing.end(), agent) != kActing.end();
  }

  // Whether group g is verb v's object: it follows with nothing but words
  // of its noun phrase between ("captured two Israeli soldiers", not
  // "captured the town from the rebels"), or is the antecedent of its
  // relative clause.
  bool DirectObject(const VerbOcc& v, int g) const {
    if (groups[g].end <= v.begin) return true;  // the antecedent of "fighters that we captured"
    if (groups[g].begin < v.end) return false;
    for (int k = v.end; k < groups[g].begin; ++k)
      if (Is(k, kPreposition | kBoundary | kConjunction) || verb_at[k] >= 0) return false;
    return true;
  }

  // Whether group g is a state or one of its organs: a country, or its
  // government, military, police, intelligence or judiciary, or a person in
  // such an office.
  bool StateActor(int g) const {
    if (groups[g].units.empty()) return false;
    const Unit& u = units[groups[g].units.front()];
    if (u.code.empty() || u.code.compare(0, u.base.size(), u.base) != 0) return false;
    const ontology::ActorEntry* a = onto.FindActor(u.base);
    if (!a || a->kind != ontology::ActorKind::kCountry) return false;
    static constexpr std::string_view kState[] = {"", "GOV", "MIL", "COP", "SPY", "JUD"};
    const std::string_view agent = FirstAgent(std::string_view(u.code).substr(u.base.size()));
    return std::find(std::begin(kState), std::end(kState), agent) != std::end(kState);
  }

  // Whether the phrase from token b on names a figure reached: a share
  // before "target" or "goal" ("the 0.7% aid target"), or a number before
  // "high", "low" or "record" ("a 10-year low"); not "20 targets".
  bool FigureReached(int b) const {
    static const std::unordered_set<std::string_view> kGoals = {"target", "targets", "goal", "goals"};
    static const std::unordered_set<std::string_view> kLevels = {"high", "low", "record"};
    bool number = false, share = false;
    for (int k = b; k < static_cast<int>(tokens.size()) && k < b + 8; ++k) {
      if (Is(k, kBoundary) || ids[k] == rep.w.comma) return false;
      const std::string& w = tokens[k].lower;
      number |= std::isdigit(static_cast<unsigned char>(w[0]));
      share |= w.back() == '%' || w == "percent"sv || (w == "cent"sv && k > b && tokens[k - 1].lower == "per"sv);
      // "a 10-year low", not "3 high schools".
      const bool ends = k + 1 >= static_cast<int>(tokens.size()) ||
                        !std::isalpha(static_cast<unsigned char>(tokens[k + 1].lower[0])) || Is(k + 1, kPreposition);
      if ((share && kGoals.count(w)) || (number && kLevels.count(w) && ends)) return true;
    }
    return false;
  }

  // The agents of unit u: its agent when it has no country ("militants"),
  // else the agent codes after its actor's ("MIL" of "RUSMIL", "MILGOV"),
  // empty for an actor alone or one whose code is not its actor's.
  std::string_view Role(const Unit& u) const {
    if (u.code.empty()) return u.agent;
    if (u.code.compare(0, u.base.size(), u.base) != 0) return {};
    return std::string_view(u.code).substr(u.base.size());
  }

  // Whether every actor of group g is named by an agent noun of troops,
  // rebels or civilians ("Ugandan troops", "Russian citizens"): people who
  // travel without visiting.
  bool Travellers(int g) const {
    for (int k : groups[g].units) {
      const Unit& u = units[k];
      // Named by an agent noun ("Ugandan troops"), not an actor's name; not
      // "military officials" (MILGOV).
      const std::string_view role = u.code.empty() || u.noun_begin >= 0 ? Role(u) : std::string_view();
      if (u.person || (role != "MIL"sv && role != "REB"sv && role != "CVL"sv)) return false;
    }
    return !groups[g].units.empty();
  }

  // The actor owning the noun that is the subject of passive verb v ("Ben-
  // Gvir's visit to the Al-Aqsa mosque was condemned"), not `source`; -1
  // if none. The owner opens the sentence or its clause.
  int OwnerOfSubject(const VerbOcc& v, int source) const {
    int k = v.begin - 1;
    while (k >= 0 && (Is(k, kBe | kAuxiliary) || IsModifier(k))) --k;
    for (int stop = k - 10; k >= 1 && k > stop; --k) {
      if (Is(k, kBoundary) || ids[k] == rep.w.comma || (verb_at[k] >= 0 && !NounUse(verb_at[k]))) return -1;
      if (ids[k] != rep.w.poss || group_ending[k - 1] < 0) continue;
      const int g = group_ending[k - 1];
      int b = groups[g].begin - 1;
      while (b >= 0 && Is(b, kDeterminer)) --b;
      const bool opens = b < 0 || ids[b] == rep.w.comma || ids[b] == rep.w.that || Is(b, kSpeech);
      return opens && g != source && !groups[g].Empty(units) ? g : -1;
    }
    return -1;
  }

  // Whether every coded member of group g is a person, or with !persons
  // also a government's ("Putin", "Prime Minister Ariel Sharon"), none
  // owning a noun.
  bool Leaders(int g, bool persons) const {
    const int n = static_cast<int>(tokens.size());
    if (groups[g].end < n && ids[groups[g].end] == rep.w.poss) return false;
    bool any = false;
    for (int u : groups[g].units) {
      const Unit& x = units[u];
      if (x.code.empty()) continue;
      const bool gov = x.code.size() >= x.base.size() + 3 && x.code.compare(x.base.size(), 3, "GOV") == 0;
      if (!x.person && (persons || !gov)) return false;
      any = true;
    }
    return any;
  }

  // A person the dictionaries know, or one named after a title of command
  // ("Hamas leader Yahya Sinwar"), not a civilian or a soldier named.
  bool NamedIndividual(int g) const {
    if (groups[g].units.size() != 1) return false;
    const Unit& u = units[groups[g].units[0]];
    if (u.code.empty() || u.code.ends_with("CVL")) return false;
    if (u.named_person >= 0) return true;
    if (u.titled_surname < 0) return false;
    static const std::unordered_set<std::string_view> kCommand = {
        "leader", "chief", "commander", "head", "president", "minister", "general", "governor", "mayor", "founder"};
    for (int k = u.begin; k < u.end; ++k)
      if (kCommand.count(tokens[k].lower)) return true;
    return false;
  }
  // Whether group g names people: its last actor is a person or has an
  // agent ("Israeli soldiers", "the rebels"), and, unless `counted` (a
  // number stood for them), no noun or possessive follows it ("the rebel
  // stronghold", "the rebels' base" are places).
  bool People(int g, bool counted) const {
    const Group& grp = groups[g];
    if (grp.units.empty()) return false;
    const Unit& last = units[grp.units.back()];
    if (last.code.empty() || !(last.person || last.fighters || last.code.size() > last.base.size())) return false;
    // "seized the U.S. Embassy": a building, not its staff.
    static const std::unordered_set<std::string_view> kBuildings = {"embassy",    "embassies",    "consulate",
                                                                    "consulates", "headquarters", "palace"};
    if (kBuildings.count(tokens[last.end - 1].lower) && !opt.rules.tabari_parse) return false;
    if (counted) return true;
    const int n = static_cast<int>(tokens.size());
    const bool possessive = grp.end < n && (ids[grp.end] == rep.w.poss || tokens[grp.end].lower == "'"sv);
    return !possessive && PhraseEnds(grp.end);
  }

  // The last token of a name ending right before token k: k - 1, or the
  // token before a bracketed abbreviation ("Doctors Without Borders (MSF)").
  int NameEndBefore(int k) const {
    int end = k - 1;
    if (end >= 0 && tokens[end].lower == ")"sv)
      for (int b = end - 1; b >= 1 && b >= end - 6; --b)
        if (tokens[b].lower == "("sv) return b - 1;
    return end;
  }

  // When the comma at `comma` closes an aside about the name before its
  // opening comma, so that the verb after it is that name's ("Sheehan, the
  // mother of a soldier who served in Iraq, called on Harper"): the opening
  // comma; -1 otherwise.
  int AsideOpening(int comma) const {
    if (opt.rules.tabari_parse) return -1;
    for (int k = comma - 1; k >= 1 && k >= comma - 16; --k) {
      if (Is(k, kBoundary) && !Is(k, kRelative)) return -1;
      if (ids[k] != rep.w.comma) continue;
      const int end = NameEndBefore(k);
      const bool name = group_ending[end] >= 0 || (tokens[end].capitalized && PlainWord(end));
      // "MSF, or Doctors Without Borders, warned": another name for it.
      const bool other_name = k + 2 < comma && ids[k + 1] == rep.w.or_ && group_starting[k + 2] >= 0 &&
                              groups[group_starting[k + 2]].end == comma;
      return name && k + 1 < comma && (Is(k + 1, kDeterminer) || other_name) ? k : -1;
    }
    return -1;
  }

  // Whether group g names a country's people by a plural of its name
  // ("Britons", "Guatemalans"): one word, not the country's own name, whose
  // singular is one of its names too.
  bool CountryPeople(int g) const {
    // Whether `name` is `lower` (lower case, ASCII) in any case.
    auto same = [](std::string_view name, std::string_view lower) {
      return name.size() == lower.size() && std::equal(name.begin(), name.end(), lower.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == b;
             });
    };
    for (int k : groups[g].units) {
      const Unit& u = units[k];
      if (u.code.empty() || u.code != u.base || u.person || u.end - u.begin != 1 || u.actor_index < 0) return false;
      const ontology::ActorEntry& a = onto.actors()[u.actor_index];
      const std::string_view w = tokens[u.begin].lower;
      if (a.kind != ontology::ActorKind::kCountry || w.size() < 4 || w.back() != 's') return false;
      if (same(a.name, w)) return false;  // "the Philippines"
      const std::string_view singular = w.substr(0, w.size() - 1);
      if (std::none_of(a.names.begin(), a.names.end(), [&](const std::string& n) { return same(n, singular); }))
        return false;
    }
    return !groups[g].units.empty();
  }

  // Whether agent-only group g qualifies a verb's noun after it ("an
  // official visit", "guerrilla attacks"), not a place the agents hold
  // ("rebel positions", "Houthi targets").
  bool AgentAdjective(int g) const {
    const int k = groups[g].end;
    if (k >= static_cast<int>(tokens.size()) || verb_at[k] < 0 || !NounUse(verb_at[k])) return false;
    return !HeldPlace(k);
  }

  // Whether token k names a place agents hold: "rebel positions",
  // "military targets", "militant bases".
  bool HeldPlace(int k) const {
    static const std::unordered_set<std::string_view> kHeld = {
        "position", "positions",  "target",     "targets",     "post",           "posts",     "base",
        "bases",    "camp",       "camps",      "outpost",     "outposts",       "hideout",   "hideouts",
        "facility", "facilities", "stronghold", "strongholds", "infrastructure", "launchpads"};
    return kHeld.count(tokens[k].lower) > 0;
  }

  // For a gerund after "after", "before", "while" or "upon" opening the
  // sentence ("After meeting Putin, Erdogan said"), the coded group that
  // follows the phrase's comma as the subject of a verb; -1 otherwise.
  int OpeningPhraseSubject(const VerbOcc& v, int prep) const {
    const std::string& w = tokens[prep].lower;
    if (prep != 0 || !(w == "after"sv || w == "before"sv || w == "while"sv || w == "upon"sv)) return -1;
    return SubjectAfterOpening(v.end);
  }

  // The coded group after the comma that ends an opening phrase still open
  // at token `from`, when a verb that is not a possibility follows it
  // ("During talks with Putin on Monday, Erdogan said"); -1 otherwise.
  int SubjectAfterOpening(int from) const {
    const int n = static_cast<int>(tokens.size());
    for (int k = from; k < n && k < from + 15; ++k) {
      if (Is(k, kBoundary | kRelative) || (verb_at[k] >= 0 && !NounUse(verb_at[k]))) return -1;
      if (ids[k] != rep.w.comma) continue;
      const int g = k + 1 < n ? group_starting[k + 1] : -1;
      if (g < 0 || CodedUnits(g) == 0 || groups[g].end >= n) return -1;
      int after = groups[g].end;
      while (after < n && Is(after, kAdverb | kAuxiliary | kNegation)) {
        if (Is(after, kModal)) return -1;  // "Before meeting Obama, Netanyahu will visit Paris": not yet
        ++after;
      }
      return after < n && verb_at[after] >= 0 && !NounUse(verb_at[after]) ? g : -1;
    }
    return -1;
  }

  // Whether token k ends a phrase that leaves out what follows: "except",
  // "excluding", "with the exception of", "apart from".
  bool Excepted(int k) const {
    if (k < 0) return false;
    const std::string& w = tokens[k].lower;
    if (w == "except"sv || w == "excluding"sv) return true;
    if (k < 1) return false;
    const std::string& p = tokens[k - 1].lower;
    return (w == "of"sv && (p == "exception"sv || p == "exclusion"sv)) || (w == "from"sv && p == "apart"sv) ||
           (w == "for"sv && p == "except"sv);
  }

  // Whether token k approximates a count after it: "about 200", "around a
  // thousand", "some 2000", "nearly".
  bool Approximately(int k) const {
    static const std::unordered_set<std::string_view> kWords = {
        "about", "around", "some", "nearly", "almost", "roughly", "over", "approximately", "up"};
    return k >= 0 && kWords.count(tokens[k].lower) > 0;
  }

  // Whether token k is a number: "34", "three", "dozens"; not a year ("in 2003").
  bool CountWord(int k) const {
    static const std::unordered_set<std::string_view> kCounts = {
        "two",      "three",    "four",     "five",      "six",      "seven",   "eight",   "nine",
        "ten",      "eleven",   "twelve",   "thirteen",  "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty",   "thirty",    "forty",    "fifty",   "hundred", "thousand",
        "dozen",    "dozens",   "hundreds", "thousands", "scores",   "several"};
    const std::string& w = tokens[k].lower;
    const bool year = w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                      (w.compare(0, 2, "18") == 0 || w.compare(0, 2, "19") == 0 || w.compare(0, 2, "20") == 0);
    return (std::isdigit(static_cast<unsigned char>(w[0])) && !year) || kCounts.count(w);
  }

  // Whether a verb coded `code` by no pattern would take people rather than
  // ground or goods: its own code occupies (192) or confiscates (1711), and a
  // pattern of it codes hostage-taking (181).
  static bool TakesPeople(const std::string& code, const CompiledVerb& cv) {
    return cv.takes_hostages && (code == "192"sv || code == "1711"sv);
  }

  // The code of people taken by group `source`: arrested (173) by a state
  // or its organs, abducted (181) by anyone else.
  std::string PeopleTakenCode(int source) const { return source >= 0 && StateActor(source) ? "173" : "181"; }

  // Whether token k is a number standing alone for an object: "captured
  // two", "wounded 12 others", not "two soldiers".
  bool NumberObject(int k) const {
    static const std::unordered_set<std::string_view> kSome = {"several", "many", "others"};
    const int n = static_cast<int>(tokens.size());
    if (k >= n || !(CountWord(k) || kSome.count(tokens[k].lower))) return false;
    if (k + 1 < n && (tokens[k + 1].lower == "others"sv || tokens[k + 1].lower == "more"sv)) ++k;
    return PhraseEnds(k + 1);
  }

  // Whether nothing that could be an object starts at token k: the
  // sentence's end, punctuation or a number, or a preposition, conjunction,
  // clause boundary or adverb ("captured in Syria", "wounded 12 others.").
  bool PhraseEnds(int k) const {
    return k >= static_cast<int>(tokens.size()) || !std::isalpha(static_cast<unsigned char>(tokens[k].lower[0])) ||
           Is(k, kPreposition | kConjunction | kBoundary | kAdverb);
  }

  // Whether a woman (gender: female) is named in this sentence before token
  // i; when none is, nor was before, "she" may be anyone.
  bool AnyWoman(int i) const {
    return std::any_of(units.begin(), units.end(), [i](const Unit& x) { return x.end <= i && x.person && x.female; });
  }

  // Whether "her" at token i is an object ("asked her to", "met her in"),
  // not a possessive ("her trip").
  bool ObjectHer(int i) const {
    const int n = static_cast<int>(tokens.size());
    return i + 1 >= n || std::ispunct(static_cast<unsigned char>(tokens[i + 1].lower[0])) ||
           Is(i + 1, kPreposition | kDeterminer | kBoundary | kConjunction);
  }

  // The person an object pronoun at token i ("him") stands for among those
  // of its gender (see AddPronouns) named earlier in this sentence: the last
  // one, unless it is the subject of the pronoun's own clause ("Erdogan, who
  // had urged him", "Erdogan urged him": at most four words between, none
  // a conjunction, preposition, determiner, actor or -ing form), then the
  // person named before it; nullptr when none.
  const Unit* ObjectPerson(int i, bool feminine, bool anyone) const {
    // By position: pronouns resolved before come after the names in `units`.
    std::vector<const Unit*> persons;
    for (const Unit& x : units) {
      // ("U.S. Ambassador Philip Goldberg": one titled and named, though
      // the dictionaries lack the name; news rules only.)
      bool titled = false;
      for (int k = x.begin; k + 1 < x.end && !titled && !x.person && !feminine && !opt.rules.tabari_parse; ++k)
        titled = PersonTitle(tokens[k].lower) && tokens[k + 1].capitalized && tokens[x.end - 1].capitalized;
      if (x.end <= i && (x.person || titled) && !x.code.empty() && (x.female == feminine || anyone || titled))
        persons.push_back(&x);
    }
    std::stable_sort(persons.begin(), persons.end(), [](const Unit* a, const Unit* b) { return a->end < b->end; });
    const Unit* last = nullptr;
    const Unit* before = nullptr;  // the last other person before `last`
    for (const Unit* x : persons) {
      if (last && x->code != last->code) before = last;
      last = x;
    }
    if (!last) return nullptr;
    bool subject = i - last->end <= 4;
    for (int k = last->end; k < i && subject; ++k) {
      const bool in_unit =
          std::any_of(units.begin(), units.end(), [k](const Unit& x) { return x.begin <= k && k < x.end; });
      // Verbs are not found yet: an -ing form by its ending ("telling him").
      subject = !Is(k, kConjunction | kPreposition | kDeterminer) && !in_unit &&
                !std::string_view(tokens[k].lower).ends_with("ing");
    }
    return subject ? before : last;
  }

  // The actor an object pronoun "them" at token i stands for: the last
  // one named in the plural before it in its sentence ("expelled three
  // French diplomats, accusing them of"), not the sentence's first actor,
  // a place, or one named after "by"; nullptr when none. Only right after
  // an -ing form or a past verb ("accusing them", "urged them").
  const Unit* ObjectThem(int i) const {
    if (i < 1 || !(tokens[i - 1].lower.ends_with("ing") || tokens[i - 1].lower.ends_with("ed"))) return nullptr;
    const Unit* first = nullptr;
    const Unit* last = nullptr;
    for (const Unit& x : units) {
      if (x.end > i || (x.code.empty() && x.agent.empty()) || x.begin == i) continue;
      if (!first || x.begin < first->begin) first = &x;
      if (!x.person && (!last || x.begin > last->begin)) last = &x;
    }
    if (!last || last == first || last->place || last->government_name) return nullptr;
    const int b = BeforeDeterminers(last->begin);
    if (b >= 0 && (ids[b] == rep.w.by || Is(b, kLocative))) return nullptr;
    // (Any plural word of it: "protesters in Tbilisi", "police".)
    for (int k = last->begin; k < last->end; ++k) {
      const std::string_view w = tokens[k].lower;
      if (!tokens[k].capitalized && ((w.size() > 3 && w.ends_with("s") && !w.ends_with("ss")) || w == "police"sv))
        return last;
    }
    return nullptr;
  }

  // "It was there she met", "It is unclear whether", "It was feared that":
  // an "it" that stands for no one.
  bool ExpletiveIt(int i) const {
    static constexpr std::array<std::string_view, 9> kLinks = {"is",      "was",      "'s",      "seems",   "seemed",
                                                               "appears", "appeared", "remains", "remained"};
    // Not "likely": "it is likely to attack" is someone.
    static constexpr std::array<std::string_view, 35> kNoOne = {
        "there",     "unclear", "clear",   "possible",  "impossible", "important",  "necessary",
        "feared",    "hoped",   "thought", "believed",  "reported",   "understood", "known",
        "estimated", "time",    "true",    "difficult", "hard",       "easy",       "worth",
        "raining",   "said",    "claimed", "alleged",   "expected",   "rumoured",   "rumored",
        "assumed",   "obvious", "evident", "essential", "vital",      "crucial",    "surprising"};
    auto in = [](const auto& list, std::string_view w) { return std::find(list.begin(), list.end(), w) != list.end(); };
    const int n = static_cast<int>(tokens.size());
    // "It has been said", "it had been reported".
    const int link = i + 2 < n && (tokens[i + 1].lower == "has"sv || tokens[i + 1].lower == "had"sv) &&
                             tokens[i + 2].lower == "been"sv
                         ? i + 2
                         : i + 1;
    return link + 1 < n && (link > i + 1 || in(kLinks, tokens[link].lower)) && in(kNoOne, tokens[link + 1].lower);
  }

  // he/she: the last person of the pronoun's gender, in this sentence or
  // before (women are marked `gender: female`; "she" is anyone when no
  // woman was named); him/her: see ObjectPerson; it: the last actor before
  // it in this sentence. I/we are resolved later, once the speaker is known.
  // "Police in Kenya said they had arrested ...": the coded body of
  // people right before a verb of saying that "they" (or "that they")
  // follows; nullptr if none.
  const Unit* SpeakersBefore(int i) const {
    int k = i - 1;
    if (k >= 0 && ids[k] == rep.w.that) --k;
    if (k < 1 || !Is(k, kSay | kSpeech)) return nullptr;
    --k;
    while (k >= 0 && IsModifier(k)) --k;
    if (k < 0) return nullptr;
    static const std::unordered_set<std::string_view> kBodies = {"police",      "military", "army", "government",
                                                                 "authorities", "people",   "navy", "media"};
    for (const Unit& x : units) {
      if (x.end != k + 1 || x.code.empty() || x.person) continue;
      for (int t = x.begin; t < x.end; ++t)
        if (tokens[t].lower.ends_with("s") || kBodies.count(tokens[t].lower)) return &x;
    }
    return nullptr;
  }

  void AddPronouns() {
    std::vector<bool> taken(tokens.size(), false);
    for (const Unit& u : units)
      for (int i = u.begin; i < u.end; ++i) taken[i] = true;
    // "De Mistura reiterated ... he urged": a sentence opened by a name the
    // dictionaries do not know is about someone else than the person before.
    unknown_opener = false;
    {
      int k = 0;
      bool unknown = false;
      while (k < static_cast<int>(tokens.size()) && k < 4 && !taken[k] && tokens[k].capitalized && Cls(k) == 0 &&
             std::isalpha(static_cast<unsigned char>(tokens[k].lower[0]))) {
        unknown |= ids[k] == kUnknownWord;
        ++k;
      }
      // Two words at least, a first and a last name: one capitalized word opens any sentence.
      unknown_opener = unknown && k >= 2 && k < static_cast<int>(tokens.size()) && !tokens[k].capitalized &&
                       std::isalpha(static_cast<unsigned char>(tokens[k].lower[0]));
    }
    if (opt.rules.tabari_parse) {
      AddPronounsAsTabari(taken);
      return;
    }
    for (int i = 0; i < static_cast<int>(tokens.size()); ++i) {
      // Every pronoun and phrase handled here opens with a word of at most
      // five letters ("their", "both", "the").
      if (taken[i] || tokens[i].lower.size() > 5) continue;
      if (int len = TwoCountries(i); len > 0) {
        i += len - 1;
        continue;
      }
      if (int len = TheCountry(i); len > 0) {
        i += len - 1;
        continue;
      }
      if (int len = OwnCountry(i); len > 0) {
        i += len - 1;
        continue;
      }
      if (int len = KoreaHalf(i); len > 0) {
        i += len - 1;
        continue;
      }
      const std::string& w = tokens[i].lower;
      static constexpr std::array<std::string_view, 9> kPronouns = {"he",   "she", "him", "her", "it",
                                                                    "they", "we",  "i",   "them"};
      if (std::find(kPronouns.begin(), kPronouns.end(), w) == kPronouns.end()) continue;
      if (unknown_opener && (w == "he"sv || w == "she"sv)) continue;
      if (w == "it"sv && ExpletiveIt(i)) continue;
      bool they_others = false;
      Unit u;
      u.begin = i;
      u.end = i + 1;
      // A pronoun before any actor of its sentence, "He has also asked
      // Gondor", refers to the previous sentence's subject.
      bool opening = !mem.subject_code.empty();
      for (const Unit& x : units) opening &= x.begin > i;
      // The last person named earlier in this sentence, of the pronoun's
      // gender: women are marked in the dictionaries, so "she" stands for
      // anyone when no woman was named.
      const bool feminine = w == "she"sv || w == "her"sv;
      const bool anyone = feminine && !AnyWoman(i) && mem.woman.empty();
      const Unit* person_here = nullptr;  // of the pronoun's gender
      const Unit* last_person = nullptr;  // of either
      for (const Unit& x : units) {
        if (x.end > i || !x.person || x.code.empty()) continue;
        if (!last_person || x.end > last_person->end) last_person = &x;
        if ((x.female == feminine || anyone) && (!person_here || x.end > person_here->end)) person_here = &x;
      }
      const Mention& remembered = w == "he"sv ? mem.man : w == "she"sv && !mem.woman.empty() ? mem.woman : mem.person;
      // "Jason Burke was told when he visited": after a full name the
      // dictionaries do not know, with no known person named in the
      // sentence, "he" or "she" is likely that person, no one before.
      if ((w == "he"sv || w == "she"sv) && !person_here && UnknownFullNameBefore(i, taken)) continue;
      if (w == "them"sv) {
        // "expelled three French diplomats, accusing them of ...": the
        // people acted on before, named in the plural, not the subject.
        const Unit* ref = ObjectThem(i);
        if (!ref) continue;
        u.code = ref->code;
        u.base = ref->base;
        u.agent = ref->agent;  // agents whose country is told later: "the main opposition parties"
        if (trace) Note("'them' refers back to " + (u.code.empty() ? Words(ref->begin, ref->end) : u.code));
      } else if (w == "him"sv || (w == "her"sv && ObjectHer(i))) {
        // "Erdogan, who had urged him": not the subject of its own clause.
        // Someone named in this sentence; the last man or woman of the
        // article only when the sentence names a person of the other sex
        // ("She urged him"): else the last person of the article is too
        // often another, unknown to the dictionaries.
        if (const Unit* ref = ObjectPerson(i, feminine, anyone)) {
          u.code = ref->code;
          u.base = ref->base;
          u.female = ref->female;
        } else {
          const Mention& other = feminine ? mem.woman : mem.man;
          if (unknown_opener || !last_person || last_person->female == feminine || other.empty()) continue;
          u.code = other.code;
          u.base = other.base;
          u.female = feminine;
        }
        u.person = true;
        if (trace) Note("'" + w + "' refers back to " + u.code);
      } else if ((w == "he"sv || w == "she"sv) && person_here) {
        u.code = person_here->code;
        u.base = person_here->base;
        u.person = true;
        u.female = person_here->female;
        if (trace) Note("'" + tokens[i].lower + "' refers back to " + u.code + " in this sentence");
      } else if ((w == "he"sv || w == "she"sv) && !remembered.empty()) {
        u.code = remembered.code;
        u.base = remembered.base;
        u.person = true;
        u.female = w == "she"sv && !mem.woman.empty();
        if (trace) Note("'" + tokens[i].lower + "' refers back to " + u.code);
      } else if ((w == "she"sv || w == "it"sv || (w == "they"sv && mem.subject_many) ||
                  (w == "he"sv && (mem.woman.empty() || mem.subject_code != mem.woman.code))) &&
                 opening) {
        u.code = mem.subject_code;
        u.base = mem.subject_base;
        if (trace) Note("'" + tokens[i].lower + "' refers to the previous sentence's subject, " + u.code);
        if (w == "they"sv) they_others = true;
      } else if (const Unit* speakers = w == "they"sv ? SpeakersBefore(i) : nullptr) {
        u.code = speakers->code;
        u.base = speakers->base;
        if (trace) Note("'they' refers to the speakers, " + u.code);
      } else if (w == "it"sv) {
        const Unit* last = nullptr;
        const Unit* first = nullptr;
        // Not a scene: "the US's entrapment in the Middle East was what it
        // warned Britain against" is the US's warning.
        // (Not "at", which aims: "fired at Syria after it bombed Turkey" is
        // Syria's bombing.)
        auto scene = [&](const Unit& x) {
          const int b = BeforeDeterminers(x.begin);
          return !opt.rules.tabari_parse && b >= 0 && Is(b, kLocative) && tokens[b].lower != "since"sv &&
                 tokens[b].lower != "until"sv && tokens[b].lower != "during"sv && tokens[b].lower != "at"sv;
        };
        // (Pronouns resolved before stand at the end of `units`: the last of
        // them is the one "it" has stood for, "Israel said it had struck
        // Hamas, which it accused".)
        for (const Unit& x : units)
          if (x.end <= i && !x.person && !x.code.empty() && !scene(x)) {
            last = &x;
            if (!first || x.begin < first->begin) first = &x;
          }
        if (!last) continue;
        // "Arnor urged Rohan to talk and then it asked ...": opening a
        // clause, "it" continues the sentence's subject, not its object.
        const bool clause_opening = i > 0 && (Is(i - 1, kConjunction) || tokens[i - 1].lower == "then"sv);
        // "Hamas, which is backed by Iran, said on Monday it had accepted":
        // after a verb of saying, it is the speaker opening the sentence,
        // not an actor of an aside. (Token checks: verbs are not found yet.)
        int say = -1;
        for (int k = i - 1; k >= 0 && k >= i - 5 && say < 0 && !opt.rules.tabari_parse; --k) {
          if (Is(k, kSay)) {
            say = k;
          } else if (!(ids[k] == rep.w.that || Is(k, kPreposition) || CalendarWord(tokens[k].lower, false) ||
                       (Cls(k) == 0 && !taken[k] && !tokens[k].capitalized))) {
            break;
          }
        }
        const Unit* speaker = nullptr;  // the actor before an aside ending right before the verb of saying
        // (The comma opening the aside: one before "which", "who" or an
        // article, not one of a list inside it.)
        if (say > 0 && ids[say - 1] == rep.w.comma)
          for (int c = say - 2; c > 0 && c >= say - 16 && !speaker; --c)
            if (ids[c] == rep.w.comma && c + 1 < say && Is(c + 1, kRelative | kDeterminer)) {
              for (const Unit& x : units)
                if (x.end == c && !x.person && !x.code.empty()) speaker = &x;
              break;
            }
        // "..., and Pakistan said it shot down": the actor right before the
        // verb of saying speaks of itself.
        if (!speaker && say > 0 && !opt.rules.tabari_parse)
          for (const Unit& x : units)
            if (x.end == say && !x.person && !x.code.empty()) speaker = &x;
        // "Iran's announcement that it had launched": the owner of what was said.
        static const std::unordered_set<std::string_view> kSaid = {"announcement", "statement", "claim",  "warning",
                                                                   "insistence",   "pledge",    "promise"};
        if (!speaker && i >= 4 && ids[i - 1] == rep.w.that && kSaid.count(tokens[i - 2].lower) &&
            ids[i - 3] == rep.w.poss && !opt.rules.tabari_parse)
          for (const Unit& x : units)
            if (x.end == i - 3 && !x.person && !x.code.empty()) speaker = &x;
        const Unit* ref = speaker ? speaker : clause_opening && first->begin <= 2 ? first : last;
        u.code = ref->code;
        u.base = ref->base;
        if (trace) Note("'it' refers back to " + u.code);
      } else if (w == "we"sv || w == "i"sv) {
        u.code = "";  // placeholder, resolved in ResolveFirstPerson
        u.base = "#first-person";
      } else {
        continue;
      }
      u.actor_index = ActorIndex(u.base);
      units.push_back(u);
      if (they_others)  // "they": each member of the compound, over the same word
        for (const auto& [code, base] : mem.subject_others) {
          Unit other = u;
          other.code = code;
          other.base = base;
          other.actor_index = ActorIndex(base);
          units.push_back(std::move(other));
        }
    }
  }

  // Whether a first and last name the dictionaries do not know stands
  // before token i, after the sentence's first word ("the reporter Jason
  // Burke said he"); `taken`: tokens of actors.
  bool UnknownFullNameBefore(int i, const std::vector<bool>& taken) const {
    auto name_word = [&](int k) {
      return !taken[k] && tokens[k].capitalized && !tokens[k].all_caps && Cls(k) == 0 &&
             std::isalpha(static_cast<unsigned char>(tokens[k].lower[0])) &&
             !CalendarWord(tokens[k].lower, /*months_only=*/false);
    };
    // (Not a place closing a phrase: "Speaking at Chatham House, he said".)
    for (int k = 1; k + 1 < i; ++k)
      if (name_word(k) && name_word(k + 1) && ids[k + 1] == kUnknownWord && !tokens[k - 1].capitalized &&
          !(Is(k - 1, kLocative) && k + 2 < i && ids[k + 2] == rep.w.comma))
        return true;
    return false;
  }

  // Whether token k alone is a form of a dictionary verb; for use before
  // FindVerbs.
  bool VerbWord(int k) const {
    const std::uint32_t node = rep.verbs.Child(0, ids[k]);
    return node != PhraseTrie::kNone && rep.verbs.payload(node) != PhraseTrie::kNone;
  }

  // "the two countries", "both nations" at token i: two countries named
  // before it in this sentence, else the two named last in the article
  // before it (or the last one and one named in this sentence), as one unit
  // each over the same words; "the two leaders", "both ministers": their
  // governments. Returns the phrase's length; 0 when it is none or fewer
  // than two countries were named.
  int TwoCountries(int i) {
    if (!opt.rules.article_context) return 0;
    const int n = static_cast<int>(tokens.size());
    bool leaders = false;
    auto nouns = [&](int k) {
      if (k >= n) return false;
      const std::string& w = tokens[k].lower;
      leaders = w == "leaders"sv || w == "ministers"sv || w == "presidents"sv || w == "governments"sv;
      return leaders || w == "countries"sv || w == "nations"sv;
    };
    int len = 0;
    if (tokens[i].lower == "both"sv && nouns(i + 1))
      len = 2;
    else if (ids[i] == rep.w.the && i + 1 < n && tokens[i + 1].lower == "two"sv && nouns(i + 2))
      len = 3;
    // "the two" alone opening a clause before its verb ("The two also
    // exchanged views", "... and that the two agree to meet"): the two
    // people last named, when two of different countries were, else the
    // governments of the two countries last named.
    if (len == 0 && ids[i] == rep.w.the && i + 2 < n && tokens[i + 1].lower == "two"sv &&
        (i == 0 || ids[i - 1] == rep.w.that || Is(i - 1, kConjunction)) &&
        (mem.recent_leaders.size() >= 2 || mem.recent_countries.size() >= 2)) {
      int k = i + 2;
      while (k < n && IsModifier(k)) ++k;
      if (k < n && VerbWord(k) && tokens[k].lower != "sides"sv) {  // "the two sides" are no two people
        leaders = true;
        len = 2;
      }
    }
    if (len == 0) return 0;
    // Two this sentence named before it ("Thai and Laotian officials met,
    // and the two countries agreed"); else the article's last two, filled
    // up from this sentence ("France criticized both countries" is not
    // about France, unless only one other was named).
    std::vector<std::string> here;
    for (size_t k = units.size(); k-- > 0;) {
      const Unit& u = units[k];
      if (u.end <= i && !u.code.empty() && OfCountry(u) && std::find(here.begin(), here.end(), u.base) == here.end())
        here.push_back(u.base);
    }
    std::vector<std::string> last;
    // Leaders are those of the people last named, when two were.
    const std::vector<std::string>& recent =
        leaders && mem.recent_leaders.size() >= 2 ? mem.recent_leaders : mem.recent_countries;
    if (here.size() >= 2) {
      last.assign(here.begin(), here.begin() + 2);
    } else {
      last.assign(recent.begin(), recent.begin() + std::min<size_t>(2, recent.size()));
      for (const std::string& c : here)
        if (last.size() < 2 && std::find(last.begin(), last.end(), c) == last.end()) last.push_back(c);
    }
    if (last.size() < 2) return 0;
    if (trace)
      Note("'" + Words(i, i + len) + "' are " + last[0] + " and " + last[1] + (leaders ? ", their governments" : ""));
    // The agent word ("leaders") is these two, not agents of its own.
    units.erase(std::remove_if(units.begin(), units.end(),
                               [&](const Unit& u) { return u.begin >= i && u.end <= i + len && u.code.empty(); }),
                units.end());
    for (int k = 0; k < 2; ++k) {
      Unit u;
      u.begin = i;
      u.end = i + len;
      u.code = u.base = last[k];
      if (leaders) u.code += "GOV";
      u.actor_index = ActorIndex(u.base);
      u.one_of_two = true;
      units.push_back(std::move(u));
    }
    return len;
  }

  // "withdrawing its forces from the country", "visiting the country":
  // "the country" or "that country" acted on, after a verb or preposition,
  // is the article's country, if this sentence has not named it before
  // (then it is another). As a subject ("the country will act") or its
  // possessor ("the country's president") it is more often the last one
  // named, which is left to the reader. Returns the number of tokens
  // taken, 0 when it stands for no one.
  // "the North" or "the South" at token i, where the sentence or the
  // article names a Korea: the other one, as Korean news writes it ("North
  // Korea claims that the South is acting ..."). Returns the number of
  // tokens taken, 0 otherwise.
  int KoreaHalf(int i) {
    const int n = static_cast<int>(tokens.size());
    if (!opt.rules.article_context || ids[i] != rep.w.the || i + 1 >= n || !tokens[i + 1].capitalized) return 0;
    const std::string& half = tokens[i + 1].lower;
    if (half != "north"sv && half != "south"sv) return 0;
    if (i + 2 < n && tokens[i + 2].capitalized) return 0;  // "the South China Sea"
    auto korea = [](const std::string& c) { return c == "PRK"sv || c == "KOR"sv; };
    bool named = std::any_of(mem.recent_countries.begin(), mem.recent_countries.end(), korea);
    for (const Unit& u : units) named |= korea(u.base);
    if (!named) return 0;
    Unit u;
    u.begin = i;
    u.end = i + 2;
    u.code = u.base = half == "north"sv ? "PRK" : "KOR";
    u.actor_index = ActorIndex(u.base);
    if (trace) Note("'" + Words(i, i + 2) + "' is " + u.code + ", a Korea being named");
    units.push_back(std::move(u));
    return 2;
  }

  // Whether "by" at token k names a means, not who acted: "talked by phone",
  // "travelled by road".
  bool MeansAfterBy(int k) const {
    static const std::unordered_set<std::string_view> kMeans = {
        "phone", "telephone",  "video", "videolink", "letter",  "mail",     "email",  "e-mail", "fax",   "radio",
        "air",   "sea",        "road",  "rail",      "land",    "car",      "bus",    "train",  "plane", "boat",
        "ship",  "helicopter", "foot",  "satellite", "mistake", "accident", "chance", "decree"};
    return k + 1 < static_cast<int>(tokens.size()) && kMeans.count(tokens[k + 1].lower) > 0;
  }

  int TheCountry(int i) {
    if (!opt.rules.article_context || i == 0) return 0;
    const int n = static_cast<int>(tokens.size());
    if (!(ids[i] == rep.w.the || tokens[i].lower == "that"sv) || i + 1 >= n || tokens[i + 1].lower != "country"sv)
      return 0;
    // Verbs are not known yet: a plain lowercase word before stands for one.
    const std::string& before = tokens[i - 1].lower;
    const bool object = Is(i - 1, kPreposition) || (Cls(i - 1) == 0 && !tokens[i - 1].capitalized &&
                                                    std::isalpha(static_cast<unsigned char>(before[0])));
    if (!object || ids[i - 1] == rep.w.by || before == "of"sv) return 0;
    // What follows ends its phrase: punctuation, a preposition or conjunction.
    if (i + 2 < n && ids[i + 2] == rep.w.poss) return 0;
    if (i + 2 < n && std::isalpha(static_cast<unsigned char>(tokens[i + 2].lower[0])) &&
        !Is(i + 2, kPreposition | kConjunction | kBoundary))
      return 0;
    const std::string home = mem.Home();
    if (home.empty()) return 0;
    // Not when the sentence named the article's country before, nor another
    // country but its first actor ("Syria is withdrawing its forces from the
    // country"): "Turkish troops entered Iraq and bombed the country" is Iraq.
    int first = i;
    for (const Unit& u : units)
      if (!u.code.empty()) first = std::min(first, u.begin);
    for (const Unit& u : units)
      if (u.end <= i && !u.code.empty() && (u.base == home || (OfCountry(u) && u.begin != first))) return 0;
    if (trace) Note("'" + Words(i, i + 2) + "' is the article's country, " + home);
    return AddCountryPhrase(i, home);
  }

  // Adds the two words at `i` as a unit of country `base`; returns 2.
  int AddCountryPhrase(int i, const std::string& base) {
    Unit u;
    u.begin = i;
    u.end = i + 2;
    u.code = u.base = base;
    u.actor_index = ActorIndex(u.base);
    units.push_back(std::move(u));
    return 2;
  }

  // "Colombia's president said his country would break relations": "his
  // country" opening a clause is the country of the actor last named in
  // the sentence. Returns the phrase's length, 0 when it is none.
  int OwnCountry(int i) {
    const int n = static_cast<int>(tokens.size());
    static const std::unordered_set<std::string_view> kOwners = {"his", "her", "its", "their", "our"};
    if (i + 2 >= n || !kOwners.count(tokens[i].lower) || tokens[i + 1].lower != "country"sv ||
        !Is(i + 2, kAuxiliary | kBe))
      return 0;
    // (Not where one speaks: "speaking in Moscow, said his country".)
    const Unit* last = nullptr;
    for (const Unit& x : units) {
      const int b = BeforeDeterminers(x.begin);
      if (x.end <= i && !x.code.empty() && !x.place && !x.government_name && !(b >= 0 && Is(b, kPreposition)) &&
          (!last || x.end > last->end))
        last = &x;
    }
    if (!last) return 0;
    const std::string base = last->base.empty() ? onto.SplitCode(last->code).first : last->base;
    const ontology::ActorEntry* c = base.empty() ? nullptr : onto.FindActor(base);
    if (!c || c->kind != ontology::ActorKind::kCountry) return 0;
    if (trace) Note("'" + Words(i, i + 2) + "' is " + base);
    return AddCountryPhrase(i, base);
  }

  // TABARI's pronoun rules: he, she, it, him and the possessives its, his
  // and her are the sentence's first actor before them; they, them and
  // their the first compound actor, else the first actor. Before any actor
  // of its sentence, a pronoun is the previous sentence's subject (its
  // actor, without agent). A pronoun repeating the source is no target
  // ("... in its dealings with Rohan" is aimed at Rohan).
  void AddPronounsAsTabari(const std::vector<bool>& taken) {
    const size_t named = units.size();  // pronoun units come after these
    auto coded = [&](size_t k) { return !units[k].code.empty(); };
    // The members of the compound starting at unit k ("Iraq and Syria"), or just k.
    auto members = [&](size_t k) {
      std::vector<size_t> out{k};
      for (size_t m = k + 1; m < named && coded(m) && OnlyJoiners(units[out.back()].end, units[m].begin); ++m)
        out.push_back(m);
      return out;
    };
    for (int i = 0; i < static_cast<int>(tokens.size()); ++i) {
      if (taken[i]) continue;
      const std::string& w = tokens[i].lower;
      const bool subject = w == "he"sv || w == "she"sv || w == "it"sv || w == "him"sv;
      const bool plural = w == "they"sv || w == "them"sv || w == "their"sv;
      const bool possessive = w == "its"sv || w == "his"sv || w == "her"sv;
      if (!subject && !plural && !possessive) continue;
      std::vector<std::pair<std::string, std::string>> refs;  // code, base
      size_t first = named, compound = named;
      for (size_t k = 0; k < named; ++k) {
        if (!coded(k) || units[k].end > i) continue;
        if (first == named) first = k;
        if (compound == named && members(k).size() > 1) compound = k;
      }
      if (first == named) {
        // Forwarded, TABARI gives the actor without its agent, and only the
        // first member of a compound.
        if (mem.subject_base.empty()) continue;
        refs.emplace_back(mem.subject_base, mem.subject_base);
      } else if (plural) {
        for (size_t m : members(compound != named ? compound : first)) refs.emplace_back(units[m].code, units[m].base);
      } else {
        refs.emplace_back(units[first].code, units[first].base);
      }
      if (trace) Note("'" + w + "' refers to " + refs.front().first + (refs.size() > 1 ? " and others" : ""));
      for (const auto& [code, base] : refs) {
        Unit u;
        u.begin = i;
        u.end = i + 1;
        u.code = code;
        u.base = base;
        u.actor_index = ActorIndex(base);
        units.push_back(std::move(u));
      }
    }
  }

  // Whether the unit names someone's counterpart ("German counterpart Franz Josef Jung").
  bool Counterpart(const Unit& u) const {
    if (opt.rules.tabari_parse) return false;
    for (int k = u.begin; k < u.end; ++k)
      if (tokens[k].lower == "counterpart"sv || tokens[k].lower == "counterparts"sv) return true;
    return false;
  }

  // Whether the comma at c closes a subordinate clause opening the sentence
  // ("Just hours before Bush is due in Israel, ..."; "When police arrived,
  // ..."): found once per sentence by OpeningClauseComma.
  bool OpeningClauseEndsAt(int c) const { return c == opening_clause_comma_; }

  // The comma closing a subordinate clause that opens the sentence: a
  // subordinating word among its first four, then a verb, and no comma
  // before it; -1 when there is none. Needs units and verbs.
  int OpeningClauseComma() const {
    if (opt.rules.tabari_parse) return -1;
    static const std::unordered_set<std::string_view> kOpeners = {"before", "after", "when",     "while",  "whilst",
                                                                  "as",     "since", "although", "though", "if",
                                                                  "once",   "until", "because",  "unless", "whereas"};
    const int n = static_cast<int>(tokens.size());
    // So does a participle ("Having failed to reach a deal in Geneva, ...",
    // "Accusing Ottawa of interference, ..."), not a gerund subject
    // ("Fighting between ... has killed"): its comma is the one followed by
    // an actor and a verb.
    const std::string_view first = n > 0 ? std::string_view(tokens[0].lower) : std::string_view();
    const bool participle = first.size() > 5 && first.ends_with("ing") && unit_at[0] < 0 && first != "according"sv &&
                            n > 1 && tokens[1].lower != "between"sv && tokens[1].lower != "of"sv &&
                            !(verb_at[0] >= 0 && rep.compiled[verbs[verb_at[0]].verb].forceful);
    if (participle) return CommaBeforeClause(1);
    int s = -1;
    for (int k = 0; k < n && k < 4; ++k) {
      if (unit_at[k] >= 0 || ids[k] == rep.w.comma) return -1;
      if (kOpeners.count(tokens[k].lower)) {
        s = k;
        break;
      }
    }
    if (s < 0) return -1;
    bool verb = false;
    for (int k = s + 1; k < n; ++k) {
      if (ids[k] == rep.w.comma) return verb ? k : -1;
      verb |= verb_at[k] >= 0 || Is(k, kAuxiliary | kBe);
    }
    return -1;
  }
  int opening_clause_comma_ = -1;  // OpeningClauseComma, set by BuildGroups

  // The first comma from token `from` on that an actor and a verb follow
  // ("..., the Turkish president lashed out"), before any other boundary;
  // -1 when none. Needs units and verbs.
  int CommaBeforeClause(int from) const {
    const int n = static_cast<int>(tokens.size());
    for (int k = from; k + 1 < n; ++k) {
      if (Is(k, kBoundary) && ids[k] != rep.w.that) return -1;
      // The phrase has no finite verb of its own ("Fighting in Sudan has displaced millions, the UN said").
      if ((Is(k, kAuxiliary | kBe) && ids[k] != rep.w.to && ids[k] != rep.w.poss) ||
          (verb_at[k] >= 0 && !Is(k - 1, kDeterminer) &&  // (not "his hosts": groups are not built yet)
           (verbs[verb_at[k]].form == VerbForm::kThird ||
            (verbs[verb_at[k]].form == VerbForm::kPast && !Is(k - 1, kAuxiliary | kBe) &&
             tokens[k - 1].lower != "having"sv))))
        return -1;
      if (ids[k] != rep.w.comma) continue;
      int b = k + 1;
      while (b < n && Is(b, kDeterminer)) ++b;
      if (b >= n || unit_at[b] < 0) continue;
      int e = units[unit_at[b]].end;
      // ("..., the United States and Iran agreed": a compound too.)
      while (e < n && ((Is(e, kJoin | kDeterminer) && ids[e] != rep.w.comma) || unit_at[e] >= 0)) ++e;
      while (e < n && IsModifier(e) && !Is(e, kAuxiliary)) ++e;
      // (Not a speaker set off by commas: "Bombing raids on Gaza, Hamas said, killed".)
      const bool aside = e + 1 < n && Is(e, kSay | kSpeech) && ids[e + 1] == rep.w.comma;
      if (e < n && (verb_at[e] >= 0 || Is(e, kAuxiliary)) && !aside) return k;
    }
    return -1;
  }

  // Whether unit u, after a comma, is a title given to the person named in
  // unit `person` and closes before the clause goes on ("Ban Ki-moon, the UN
  // secretary-general, urged"), not one more in a list ("Merkel, the French
  // president and ...").
  bool Appositive(const Unit& person, const Unit& u) const {
    if (opt.rules.tabari_parse || person.named_person < 0 || u.person || u.code.empty() || person.code == u.code)
      return false;
    const int n = static_cast<int>(tokens.size());
    int e = u.end;
    // A title in it or a few words after it: "the president of the European
    // Commission", "the former UN chief", "the EU foreign policy chief".
    bool titled = false;
    for (int k = u.begin; k <= u.end + 3 && k < n && !titled && ids[k] != rep.w.comma; ++k)
      titled = PersonTitle(tokens[k].lower) || tokens[k].lower == "chief"sv || tokens[k].lower == "head"sv ||
               tokens[k].lower == "leader"sv;
    if (!titled) return false;
    while (e < n && !Is(e, kJoin) && !Is(e, kBoundary) && verb_at[e] < 0 && e < u.end + 4) ++e;
    if (e >= n || ids[e] != rep.w.comma) return false;
    ++e;
    while (e < n && IsModifier(e) && !Is(e, kAuxiliary)) ++e;
    return e < n && (verb_at[e] >= 0 || Is(e, kAuxiliary));
  }

  void BuildGroups() {
    const int n = static_cast<int>(tokens.size());
    groups.clear();
    opening_clause_comma_ = OpeningClauseComma();
    for (size_t k = 0; k < units.size(); ++k) {
      const Unit& u = units[k];
      if (!groups.empty() && units[groups.back().units.back()].begin == u.begin) {
        groups.back().units.push_back(static_cast<int>(k));  // another member of a collective
        continue;
      }
      if (!groups.empty()) {
        Group& g = groups.back();
        // Between the previous unit and this one: only joiners, determiners,
        // and after the last joiner up to three modifiers ("Fornost and the
        // evil awful Gondor").
        bool joined = u.begin > g.end;
        bool saw_join = false;
        bool saw_conjunction = false;  // "and", "or", "nor", not just a comma
        int modifiers = 0;
        for (int i = g.end; i < u.begin && joined; ++i) {
          if (Is(i, kJoin)) {
            saw_join = true;
            saw_conjunction |= ids[i] != rep.w.comma && ids[i] != rep.w.amp;
            modifiers = 0;
          } else if (saw_join && PlainWord(i) && ++modifiers <= 3) {
            continue;
          } else if (saw_conjunction && Is(i, kPossessive) && i + 1 == u.begin &&
                     ((u.code.empty() && !u.agent.empty()) || Counterpart(u))) {
            // "Rumsfeld and his delegation": the delegation goes with him;
            // "Mukherjee and his German counterpart Franz Josef Jung".
            continue;
          } else if (!(ids[i] == rep.w.the || ids[i] == rep.w.both || (ids[i] == rep.w.as || ids[i] == rep.w.well))) {
            joined = false;
          }
        }
        // "... Gondor and Rohan criticized": Rohan is the subject of a new clause.
        int after = u.end;
        while (after < n && IsModifier(after) && !Is(after, kAuxiliary)) ++after;
        bool starts_clause =
            after < n &&
            (verb_at[after] >= 0 || (Is(after, kAuxiliary) && ids[after] != rep.w.to && ids[after] != rep.w.poss));
        // ... unless the group before is itself a subject ("Arnor and Rohan attacked"):
        // only an object, with a verb before it, ends its clause at "and".
        bool object_before = false;
        for (int k = g.begin - 1; k >= 0 && !Is(k, kBoundary); --k) {
          if (ids[k] == rep.w.comma && OpeningClauseEndsAt(k)) break;
          if (verb_at[k] >= 0) object_before = true;
        }
        // A modal after the pair ("believes Dagolath and Osgiliath can cope")
        // makes both the subject of a complement clause.
        bool modal = saw_conjunction && after < n && Is(after, kModal);
        // But "in Spin Boldak, Afghanistan killed": a place and its country are one.
        const Unit& last = units[g.units.back()];
        // (Not a place and an agency: "Speaking in Ankara, the Turkish president lashed out".)
        const bool place_and_country = (last.place || last.government_name) && u.base == last.base &&
                                       !saw_conjunction && !last.person && (u.place || u.code == u.base);
        // (But a list ends at its "and": "and Japan, South Korea and the
        // United States condemned".)
        // A list of actors and commas only so far, not after a preposition,
        // closed by an actor and a finite verb.
        bool list_end =
            saw_conjunction && g.units.size() >= 2 && !u.code.empty() && !place_and_country && after < n &&
            verb_at[after] >= 0 &&
            (verbs[verb_at[after]].form == VerbForm::kPast || verbs[verb_at[after]].form == VerbForm::kThird) &&
            !opt.rules.tabari_parse;
        for (int i = g.begin; i < g.end && list_end; ++i)
          if (unit_at[i] < 0 && ids[i] != rep.w.comma && !Is(i, kDeterminer)) list_end = false;
        if (list_end) {  // not an object: "Russia attacked Ukraine, the US and Britain condemned"
          int b = g.begin - 1;
          while (b >= 0 && Is(b, kDeterminer)) --b;
          // (Groups are being built: no NounUse here.)
          if (b >= 0 && (Is(b, kPreposition) || verb_at[b] >= 0)) list_end = false;
        }
        if (starts_clause && object_before && !modal && !place_and_country && !list_end) joined = false;
        // "In Kenya, the government and opposition ...": a place phrase
        // opening the sentence ends at its comma.
        if (g.units.size() == 1 && g.begin >= 1 && Is(g.begin - 1, kLocative) && g.begin - 1 <= 1 && g.end < n &&
            ids[g.end] == rep.w.comma)
          joined = false;
        // "According to officials, Iraq attacked": a phrase after a
        // preposition ends at a comma before a clause's subject.
        if (g.units.size() == 1 && !saw_conjunction && starts_clause && g.end < n && ids[g.end] == rep.w.comma &&
            !place_and_country) {
          int b = g.begin - 1;
          while (b >= 0 && Is(b, kDeterminer)) --b;
          if (b >= 0 && Is(b, kPreposition)) joined = false;
        }
        // "Before Bush arrived in Israel, Olmert and Abbas met": a clause
        // opening the sentence ends at its first comma.
        if (g.end < n && ids[g.end] == rep.w.comma && !place_and_country && OpeningClauseEndsAt(g.end)) joined = false;
        if (joined && saw_join && !saw_conjunction && Appositive(last, u)) {
          // "Jean-Claude Juncker, the president of the European Commission,
          // urged": the title is the person's, who is coded once: by the
          // office the dictionaries give for the date, or by the title when
          // they give none then ("Hillary Clinton, the US secretary of
          // state," in a later article).
          Unit& person = units[g.units.back()];
          if (person.code.ends_with("ELI")) {
            person.code = u.code;
            person.base = u.base;
          } else {
            units[k].code = person.code;
            units[k].base = person.base;
          }
        }
        if (joined && saw_join) {
          // "a visit to Baghdad, Iraq": one place, named with its country.
          if (!(place_and_country && u.code == u.base)) g.units.push_back(static_cast<int>(k));
          g.end = u.end;
          continue;
        }
      }
      groups.push_back({u.begin, u.end, {static_cast<int>(k)}});
    }
    group_at.assign(n, -1);
    group_starting.assign(n + 1, -1);
    group_ending.assign(n + 1, -1);
    for (size_t g = 0; g < groups.size(); ++g) {
      for (int i = groups[g].begin; i < groups[g].end; ++i) group_at[i] = static_cast<int>(g);
      // A group "starts" at its first token, or at a determiner right before it.
      group_starting[groups[g].begin] = static_cast<int>(g);
      group_ending[groups[g].end - 1] = static_cast<int>(g);
    }
  }

  // -- Verbs ---------------------------------------------------------------

  void FindVerbs() {
    const int n = static_cast<int>(tokens.size());
    verb_at.assign(n, -1);
    for (int i = 0; i < n;) {
      if (unit_at[i] >= 0) {
        ++i;
        continue;
      }
      std::uint32_t node = 0;
      int best_end = -1;
      std::uint32_t best_payload = 0;
      for (int j = i; j < n && unit_at[j] < 0; ++j) {
        node = rep.verbs.Child(node, ids[j]);
        if (node == PhraseTrie::kNone) break;
        if (rep.verbs.payload(node) != PhraseTrie::kNone) {
          best_end = j + 1;
          best_payload = rep.verbs.payload(node);
        }
      }
      if (best_end < 0 || (opt.rules.tabari_parse && NounAsTabari(i, best_end))) {
        ++i;
        continue;
      }
      const VerbHit& h = rep.verb_hits[best_payload].front();
      VerbOcc v{i, best_end, h.verb, h.form, -1};
      v.after_time = AfterTimePhrase(best_end);
      for (int k = i; k < best_end; ++k) verb_at[k] = static_cast<int>(verbs.size());
      verbs.push_back(v);
      i = best_end;
    }
  }

  // TABARI shifts a verb [begin, end) to a noun after a determiner ("the
  // restore"), when capitalized inside a sentence ("about To Restore") and
  // before a possessive ("donate's").
  bool NounAsTabari(int begin, int end) const {
    if (end < static_cast<int>(tokens.size()) && tokens[end].lower == "'s"sv) return true;
    if (begin == 0) return false;
    const std::string& before = tokens[begin - 1].lower;
    return before == "the"sv || before == "a"sv || before == "an"sv || (tokens[begin].capitalized && !shouting);
  }

  // The speaker: the actor next to "said" ("Kerry said", "said Kerry").
  void FindSpeaker() {
    const int n = static_cast<int>(tokens.size());
    bool speech = false;
    for (int i = 0; i < n && speaker < 0; ++i) {
      if (!Is(i, kSpeech)) continue;
      speech = true;
      int j = i - 1;
      while (j >= 0 && IsModifier(j)) --j;
      // "said Mr. Bush": an honorific before the name.
      int k = i + 1;
      if (!opt.rules.tabari_parse)
        while (k < n && k <= i + 2 && (Honorific(k) || ids[k] == rep.w.period)) ++k;
      if (j >= 0 && group_ending[j] >= 0 && !IsFirstPerson(group_ending[j]))
        speaker = group_ending[j];
      else if (k < n && group_starting[k] >= 0 && !IsFirstPerson(group_starting[k]))
        speaker = group_starting[k];
      // "Secretary-General, Kofi Annan, said".
      else if (j >= 1 && ids[j] == rep.w.comma && group_ending[j - 1] >= 0 && !IsFirstPerson(group_ending[j - 1]) &&
               !opt.rules.tabari_parse)
        speaker = group_ending[j - 1];
    }
    // "Bush released a statement: "I congratulate ..."": before a colon
    // that opens a quotation, the sentence's first actor followed by a verb.
    for (int c = 1; c + 1 < n && speaker < 0 && !opt.rules.tabari_parse; ++c) {
      if (tokens[c].lower != ":"sv || ids[c + 1] != rep.w.quote) continue;
      for (int g = 0; g < static_cast<int>(groups.size()) && groups[g].end < c; ++g) {
        if (groups[g].Empty(units) || IsFirstPerson(g)) continue;
        int after = groups[g].end;
        while (after < c && IsModifier(after)) ++after;
        if (after < c && verb_at[after] >= 0) speaker = g;
        break;
      }
      break;
    }
    if (speaker >= 0 && !groups[speaker].Empty(units)) {
      // The first coded member: "Secretary-General, Kofi Annan" is Annan.
      const auto& members = groups[speaker].units;
      const Unit& s =
          units[*std::find_if(members.begin(), members.end(), [&](int u) { return !units[u].code.empty(); })];
      mem.speaker_code = s.code;
      mem.speaker_base = s.base;
    } else if (speech && !opt.rules.tabari_parse) {
      // "..., said Daroo Karajoul": someone the dictionaries do not know
      // speaks now; the next "I" is not the speaker before.
      mem.speaker_code.clear();
      mem.speaker_base.clear();
    }
  }

  bool IsFirstPerson(int g) const {
    for (int u : groups[g].units)
      if (units[u].base == "#first-person"sv) return true;
    return false;
  }

  void ResolveFirstPerson() {
    for (Unit& u : units) {
      if (u.base != "#first-person"sv) continue;
      u.code = mem.speaker_code;
      u.base = mem.speaker_base;
      u.actor_index = ActorIndex(u.base);
      if (trace && !u.code.empty()) Note("'" + tokens[u.begin].lower + "' is the speaker, " + u.code);
    }
  }

  // -- Patterns ------------------------------------------------------------

  struct Match {
    const CompiledPattern* pattern = nullptr;
    int source = -1, target = -1;  // groups bound by '$' and '+'
    int compound = -1;             // the group bound by '%' after the verb
    int after = 0;                 // token after the last element matched right of the verb
    int near_end = -1;             // end of the nearest words matched left of the verb
    int far_begin = -1;            // start of the farthest element matched left of the verb
    // Tokens where words right of the verb matched ("come under attack by"):
    // a verb form there is part of this pattern, not a verb of its own.
    std::array<int, 6> words_at{};
    int words = 0;
  };

  bool Present(WordId w) const { return (w >> 6) < word_bits.size() && (word_bits[w >> 6] >> (w & 63) & 1); }

  // Whether pattern word w matches token i: the same word or, under
  // TABARI's rules and when `stem`, a stem of it.
  bool WordAt(int i, WordId w, bool stem) const {
    if (ids[i] == w) return true;
    if (!stem || stem_ids.empty()) return false;
    return std::find(stem_ids[i].begin(), stem_ids[i].end(), w) != stem_ids[i].end();
  }

  // Length of the element's match at token i, or 0.
  int MatchAt(const CompiledElement& e, int i) const {
    const int n = static_cast<int>(ids.size());
    if (e.kind == PatternElement::Kind::kWords) {
      if (i + static_cast<int>(e.words.size()) > n) return 0;
      // Words joined by '_' are whole; the last is a stem unless marked whole.
      const size_t last = e.words.size() - 1;
      for (size_t k = 0; k <= last; ++k)
        if (!WordAt(i + static_cast<int>(k), e.words[k], k == last && !e.whole_word)) return 0;
      return static_cast<int>(e.words.size());
    }
    // kSynset: the longest member that matches. Members are sorted by first
    // word, so only those starting with this token (or, under TABARI's
    // rules, a stem of it) are tried.
    const auto& members = rep.synsets[e.synset];
    int best = 0;
    auto try_first = [&](WordId first, bool stemmed) {
      auto it = std::lower_bound(members.begin(), members.end(), first,
                                 [](const SynsetMember& m, WordId w) { return m.words[0] < w; });
      for (; it != members.end() && it->words[0] == first; ++it) {
        const int len = static_cast<int>(it->words.size());
        // Only the last word may be a stem, and not when written whole.
        if (i + len > n || len <= best || (stemmed && (len > 1 || it->whole_word))) continue;
        bool ok = true;
        for (int k = 1; k < len && ok; ++k) ok = WordAt(i + k, it->words[k], k == len - 1 && !it->whole_word);
        if (ok) best = len;
      }
    };
    try_first(ids[i], false);
    if (!stem_ids.empty())
      for (WordId stem : stem_ids[i]) try_first(stem, true);
    return best;
  }

  // The group whose first token is within [from, from+gap], skipping
  // determiners; -1 when none.
  int GroupFrom(int from, int gap) const {
    const int n = static_cast<int>(tokens.size());
    for (int i = from; i < n && i <= from + gap; ++i) {
      if (group_starting[i] >= 0) return group_starting[i];
      if (Is(i, kBoundary) || verb_at[i] >= 0) return -1;
    }
    return -1;
  }

  // Whether group g is of agents with no actor ("a police patrol"), under
  // the news rules that find their country in the article; not a building,
  // more often a place than an actor ("flown to Darwin Hospital").
  bool AgentsOnly(int g) const {
    if (!opt.rules.article_context) return false;
    static const std::unordered_set<std::string_view> kBuildings = {
        "hospital", "hospitals", "clinic",  "school",    "schools", "university", "college", "church",
        "mosque",   "temple",    "embassy", "consulate", "prison",  "prisons",    "jail",    "camp"};
    for (int u : groups[g].units)
      if (!units[u].code.empty() || units[u].agent.empty() || kBuildings.count(tokens[units[u].end - 1].lower))
        return false;
    return true;
  }

  // Whether the quotation mark at i opens or closes a quoted phrase of at
  // most five words, all of the same clause ("a \"long-term truce\"").
  bool ShortQuote(int i) const {
    const int n = static_cast<int>(tokens.size());
    auto word = [&](int j) {
      return std::isalnum(static_cast<unsigned char>(tokens[j].lower[0])) || tokens[j].lower == "-"sv;
    };
    for (int j = i + 1; j < n && j <= i + 6; ++j) {
      if (ids[j] == rep.w.quote) return j > i + 1;
      if (!word(j)) break;
    }
    for (int j = i - 1; j >= 0 && j >= i - 6; --j) {
      if (ids[j] == rep.w.quote) return j < i - 1;
      if (!word(j)) return false;
    }
    return false;
  }

  // Whether group g follows a locative preposition ("in the Oval Office").
  bool AfterLocative(int g) const {
    const int b = BeforeDeterminers(groups[g].begin);
    return b >= 0 && Locative(b);
  }

  // Whether token b places what follows: a locative ("in", "near"), or
  // "of" after a direction ("an estate south of San Francisco").
  bool Locative(int b) const {
    static const std::unordered_set<std::string_view> kDirection = {
        "north",     "south",     "east",    "west",   "northeast", "northwest", "southeast",
        "southwest", "outskirts", "suburbs", "centre", "center",    "heart",     "coast"};
    return Is(b, kLocative) ||
           (ids[b] == rep.w.of && b > 0 && kDirection.count(tokens[b - 1].lower) && !opt.rules.tabari_parse);
  }

  // The last token before `i` that is no determiner ("in" for "in the
  // Oval Office"); -1 if none.
  int BeforeDeterminers(int i) const {
    int b = i - 1;
    while (b >= 0 && Is(b, kDeterminer)) --b;
    return b;
  }

  // Whether group g is followed by a verb of its own: "and Japan, South
  // Korea and the United States condemned".
  bool SubjectOfClause(int g) const {
    const int n = static_cast<int>(tokens.size());
    int k = groups[g].end;
    while (k < n && IsModifier(k) && !Is(k, kAuxiliary)) ++k;
    return k < n && ((verb_at[k] >= 0 && !NounUse(verb_at[k])) || (Is(k, kAuxiliary) && ids[k] != rep.w.to));
  }

  // Whether the "as" at token i opens only a word or two of judgement, set
  // in quotes or not, before token `end`: "rejected as "groundless" U.S.
  // accusations".
  bool JudgementAs(int i, int end) const {
    if (opt.rules.tabari_parse || tokens[i].lower != "as"sv || end - i > 5) return false;
    int words = 0;
    for (int k = i + 1; k < end; ++k) {
      if (ids[k] == rep.w.quote) continue;
      if (!PlainWord(k) || tokens[k].capitalized || verb_at[k] >= 0 || Is(k, kDeterminer)) return false;
      ++words;
    }
    return words >= 1 && words <= 2;
  }

  // The token after a time phrase starting at k ("on Thursday",
  // "yesterday", "last week"), else k. News rules only.
  // (Not before a clause opener, which still ends the pattern's reach:
  // "met on Monday before its talks with Rohan".)
  int AfterTimePhrase(int k) const {
    const int n = static_cast<int>(tokens.size());
    if (opt.rules.tabari_parse || k >= n) return k;
    // A day of the week: a calendar word that is no month.
    auto day = [](std::string_view w) { return CalendarWord(w, false) && !CalendarWord(w, true); };
    int j = k;
    if (k + 1 < n && tokens[k].lower == "on"sv && day(tokens[k + 1].lower))
      j = k + 2;
    else if (day(tokens[k].lower) || tokens[k].lower == "yesterday"sv || tokens[k].lower == "today"sv)
      j = k + 1;
    else if (k + 1 < n && (tokens[k].lower == "last"sv || tokens[k].lower == "this"sv) &&
             (tokens[k + 1].lower == "week"sv || tokens[k + 1].lower == "month"sv))
      j = k + 2;
    if (j < n && (Is(j, kOpener) || (Is(j, kBoundary) && ids[j] != rep.w.that))) return k;
    return j;
  }

  bool MatchPattern(const CompiledPattern& p, const VerbOcc& v, bool passive, Match* m) const {
    const int n = static_cast<int>(tokens.size());
    constexpr int kGap = 6;
    // Right of the verb; past a time phrase ("demanded on Thursday that
    // South Sudan withdraw") unless the pattern's words follow the verb.
    int pos = p.joined_after || p.after.empty() ? v.end : v.after_time;
    bool joined = p.joined_after;
    bool inside_slot = false;  // the element was matched by the slot's last word
    for (const CompiledElement& e : p.after) {
      int gap = joined ? 0 : kGap;
      joined = e.joined_to_next;
      if (std::exchange(inside_slot, false)) continue;
      if (e.kind == PatternElement::Kind::kSkip) {
        int g = GroupFrom(pos, 1);
        if (g >= 0) pos = groups[g].end;
        continue;
      }
      if (e.kind == PatternElement::Kind::kCompound) {
        int g = GroupFrom(pos, gap + 1);
        for (int i = pos; g >= 0 && i < groups[g].begin; ++i)
          if (Is(i, kOpener) || (Is(i, kBoundary) && ids[i] != rep.w.that)) g = -1;
        if (g < 0 || CodedUnits(g) < 2) return false;
        m->compound = g;
        pos = groups[g].end;
        continue;
      }
      if (e.kind == PatternElement::Kind::kTarget || e.kind == PatternElement::Kind::kSource) {
        // "rejected as "groundless" U.S. accusations": past "as" and a judgement.
        int from = pos;
        if (from < n && tokens[from].lower == "as"sv && !opt.rules.tabari_parse) {
          int k = from + 1;
          while (k < n && k <= from + 5 && group_starting[k] < 0) ++k;
          if (k < n && group_starting[k] >= 0 && JudgementAs(from, k)) from = k;
        }
        int g = GroupFrom(from, gap + 1);
        // "said that Hamas was behind the attack": a target slot followed by
        // words is the subject of a clause, which "that" may open.
        if (g < 0 && e.kind == PatternElement::Kind::kTarget && pos < n && ids[pos] == rep.w.that &&
            &e != &p.after.back() &&
            ((&e + 1)->kind == PatternElement::Kind::kWords || (&e + 1)->kind == PatternElement::Kind::kSynset))
          g = GroupFrom(pos + 1, gap);
        // A slot right after the verb passes a place for an actor after it:
        // "met in the Oval Office with Alvaro Colom".
        if (g >= 0 && e.kind == PatternElement::Kind::kTarget && &e == &p.after.front() && !opt.rules.tabari_parse &&
            AfterLocative(g)) {
          int next = GroupFrom(groups[g].end, gap + 1);
          // ... and the places that make up its phrase ("of the White House").
          while (next >= 0 && (AfterLocative(next) || ids[groups[next].begin - 1] == rep.w.of ||
                               (groups[next].begin > 1 && Is(groups[next].begin - 1, kDeterminer) &&
                                ids[groups[next].begin - 2] == rep.w.of)))
            next = GroupFrom(groups[next].end, gap + 1);
          if (next >= 0 && !groups[next].Empty(units))
            g = next;
          else if (RootNumber(p.code) == 4 && p.code != "042"sv && p.code != "043"sv && !passive)
            g = -1;  // "ministers meeting in Cairo": where, not with whom (but "visited a museum in Jerusalem")
        }
        // Not past a clause opener: "held a meeting Tuesday before their talks
        // with the US"; nor past ", and" to the subject of a clause
        // ("launched a rocket on Sunday, and Japan ... condemned"; but "met
        // Merkel on Monday, and Hollande on Tuesday").
        for (int i = from; g >= 0 && i < groups[g].begin; ++i)
          if (Is(i, kOpener) || (Is(i, kBoundary) && ids[i] != rep.w.that) ||
              (ids[i] == rep.w.comma && i + 1 < n && Is(i + 1, kConjunction) && !opt.rules.tabari_parse &&
               SubjectOfClause(g)))
            g = -1;
        // Not the speaker after a comma: "fired two missiles into the sea on
        // Friday, South Korea's military said".
        // ("..., the Kremlin said": past an article too.)
        if (g >= 0 && groups[g].begin > pos && BeforeDeterminers(groups[g].begin) >= pos &&
            ids[BeforeDeterminers(groups[g].begin)] == rep.w.comma && groups[g].end < n && Is(groups[g].end, kSay))
          g = -1;
        // A slot needs a coded actor, or in news an agent whose country the
        // article may tell ("militants fired on a police patrol").
        // Not an agent word before a verb's noun, "for an official visit to
        // Cuba"; but "against rebel positions" are the rebels'.
        if (g >= 0 && groups[g].Empty(units) &&
            !(e.kind == PatternElement::Kind::kTarget && AgentsOnly(g) && !AgentAdjective(g)))
          return false;
        // In the passive the "by" actor is the source, never the slot after
        // the verb: "were denied visas by the Canadian High Commission"; in
        // the active it is the doer of a noun: "welcomed the decision by
        // India and Pakistan to open a bus link".
        if (g >= 0 && !opt.rules.tabari_parse && groups[g].begin > pos) {
          // (A "by" the pattern names itself, before `pos`, is its own.)
          const int b = BeforeDeterminers(groups[g].begin);
          if (b >= pos && ids[b] == rep.w.by) g = -1;
        }
        if (g < 0) {
          if (passive) continue;  // the passive moves the slots; the words still count
          return false;
        }
        // "welcomed Washington's decision to resume" for "* + to": an actor
        // owning a noun is no slot before a preposition the pattern names.
        if (&e != &p.after.back() && (&e + 1)->kind == PatternElement::Kind::kWords && !(&e + 1)->words.empty() &&
            (rep.Class((&e + 1)->words[0]) & kPreposition) && groups[g].end + 1 < n &&
            ids[groups[g].end] == rep.w.poss && !opt.rules.tabari_parse) {
          // ("accused Lebanon's Hezbollah of": an actor owned is the slot;
          // "described Turkey's behaviour as unacceptable": the owner of
          // what is judged is.)
          const int owned = group_starting[groups[g].end + 1];
          const bool judged = (&e + 1)->words[0] == rep.w.as && &e + 1 != &p.after.back();
          if (!judged && (owned < 0 || groups[owned].Empty(units))) return false;
          if (!judged) g = owned;
        }
        (e.kind == PatternElement::Kind::kTarget ? m->target : m->source) = g;
        pos = groups[g].end;
        // "marched to the US Embassy" for "* to + &EMBASSY": the mission a
        // pattern names after the slot may be the actor's own last word.
        if (&e != &p.after.back() && !opt.rules.tabari_parse) {
          const CompiledElement& next = *(&e + 1);
          const std::string& last = tokens[pos - 1].lower;
          if ((next.kind == PatternElement::Kind::kSynset || next.kind == PatternElement::Kind::kWords) &&
              (last == "embassy"sv || last == "embassies"sv || last == "consulate"sv) && MatchAt(next, pos - 1) == 1)
            inside_slot = true;
        }
        continue;
      }
      // A word absent from the sentence cannot match: no need to scan for it.
      if (e.kind == PatternElement::Kind::kWords && !Present(e.words[0])) return false;
      if (e.kind == PatternElement::Kind::kSynset && !SynsetPresent(e.synset)) return false;
      int found = -1, len = 0;
      const bool cooperation = RootNumber(p.code) < 10 && !opt.rules.tabari_parse;  // for the force check below
      for (int i = pos; i < n && i <= pos + gap; ++i) {
        // A quotation mark before the words is passed over: offered a "long-term truce".
        if (i > pos && ids[i] == rep.w.quote && !opt.rules.tabari_parse && ShortQuote(i)) continue;
        // (But "as" may be the pattern's own word: "described Turkey's
        // behaviour as unacceptable" for "* + as &BADACT".)
        if (i > pos && ((Is(i, kBoundary) && ids[i] != rep.w.that &&
                         !(ids[i] == rep.w.as && !opt.rules.tabari_parse && MatchAt(e, i) > 0)) ||
                        Is(i, kOpener)))
          break;
        // Nor past the next verb of a coordination: "arrived and begun
        // shooting at demonstrators" has no "arrived at".
        // (A bare verb may share the first's "to": "pledging to improve the
        // economy and make peace with rebels".)
        if (Is(i, kConjunction) && i + 1 < n && verb_at[i + 1] >= 0 && !NounUse(verb_at[i + 1]) &&
            verbs[verb_at[i + 1]].form != VerbForm::kBase && !opt.rules.tabari_parse && MatchAt(e, i + 1) == 0)
          break;
        // Nor past a verb of force into a pattern of cooperation: in "vowed
        // to keep firing rockets at Israel" no rockets are pledged.
        // Nor past a verb of sanction: "agreed to ban imports of Iranian oil"
        // is no trade agreed.
        if (cooperation && ((i > pos && ForceVerbAt(i)) || HostileVerbAt(i, /*own_code=*/true)) && MatchAt(e, i) == 0)
          break;
        // Nor past a negation into a word list: "said the decision was not a
        // provocation" (&BADACT).
        if (i > pos && e.kind == PatternElement::Kind::kSynset && Negates(i) && !opt.rules.tabari_parse &&
            MatchAt(e, i) == 0)
          break;
        // Not a word of an actor's name: "chairs the Organization of the
        // Islamic Conference" holds no meeting.
        if (unit_at[i] >= 0 && tokens[i].capitalized && !shouting && !opt.rules.tabari_parse &&
            units[unit_at[i]].end - units[unit_at[i]].begin > 1 && !units[unit_at[i]].code.empty() &&
            (units[unit_at[i]].noun_begin < 0 || i < units[unit_at[i]].noun_begin))
          continue;
        if ((len = MatchAt(e, i)) > 0) {
          found = i;
          if (m->words < static_cast<int>(m->words_at.size())) m->words_at[m->words++] = i;
          // "diplomatic support": the last word of a phrase too.
          if (len > 1 && m->words < static_cast<int>(m->words_at.size())) m->words_at[m->words++] = i + len - 1;
          break;
        }
      }
      if (found < 0) return false;
      pos = found + len;
    }
    m->after = pos;
    // Left of the verb, nearest element first.
    pos = v.begin;  // elements must end at or before pos
    joined = p.joined_before;
    for (const CompiledElement& e : p.before) {
      int gap = joined ? 0 : kGap;
      joined = e.joined_to_next;
      if (e.kind == PatternElement::Kind::kSkip) {
        if (pos > 0 && group_ending[pos - 1] >= 0) pos = groups[group_ending[pos - 1]].begin;
        continue;
      }
      if (e.kind == PatternElement::Kind::kTarget || e.kind == PatternElement::Kind::kSource) {
        int g = -1;
        for (int i = pos - 1; i >= 0 && i >= pos - 1 - gap; --i)
          if (group_ending[i] >= 0) {
            g = group_ending[i];
            break;
          }
        // "$ *": the verb's subject, however far ("Gollum, centre of a row
        // between Radagast and Gandalf, called on ...").
        if (e.kind == PatternElement::Kind::kSource && gap > 0 && pos == v.begin && !passive && v.subject >= 0 &&
            groups[v.subject].end <= v.begin)
          g = v.subject;
        if (g >= 0 && groups[g].Empty(units)) return false;
        if (g < 0) {
          if (passive) continue;
          return false;
        }
        (e.kind == PatternElement::Kind::kTarget ? m->target : m->source) = g;
        pos = groups[g].begin;
        continue;
      }
      if (e.kind == PatternElement::Kind::kWords && !Present(e.words[0])) return false;
      if (e.kind == PatternElement::Kind::kSynset && !SynsetPresent(e.synset)) return false;
      int found = -1, found_end = -1;
      for (int end = pos; end >= 1 && end >= pos - gap && found < 0; --end) {
        // Find a start such that the element spans [start, end).
        int width = e.kind == PatternElement::Kind::kWords ? static_cast<int>(e.words.size()) : 0;
        if (width > 0) {
          int start = end - width;
          if (start >= 0 && MatchAt(e, start) == width) found = start;
        } else {
          for (int start = end - 1; start >= 0 && start >= end - 4 && found < 0; --start)
            if (MatchAt(e, start) == end - start) found = start;
        }
        if (found >= 0) found_end = end;
      }
      if (found < 0) return false;
      // "in air raids after Palestinian militants killed", "would not say
      // whether he supported": not across a clause opener or boundary
      // between the words and where they must end ("noted that" may), nor
      // out of a clause opening the sentence ("Hours before Bush is due to
      // arrive, Olmert met Abbas").
      for (int i = found_end; i < pos; ++i)
        if (Is(i, kOpener) || (Is(i, kBoundary) && ids[i] != rep.w.that) ||
            (ids[i] == rep.w.comma && OpeningClauseEndsAt(i)))
          return false;
      if (m->near_end < 0) m->near_end = found_end;
      pos = found;
      m->far_begin = found;
    }
    m->pattern = &p;
    return true;
  }

  // -- Slots ---------------------------------------------------------------

  // "Egypt, however, views the border as a risk and has pressed Fatah":
  // before a conjunction at `conj` with no verb the dictionaries know, the
  // actor opening the sentence whose predicate is a word they do not know
  // (ending in -s or -ed, or "has", "is") is the subject of what follows;
  // -1 when the sentence opens otherwise.
  int OpeningSubject(int conj) const {
    if (opt.rules.tabari_parse) return -1;
    int b = 0;
    while (b < conj && Is(b, kDeterminer)) ++b;
    const int g = b < conj ? group_starting[b] : -1;
    if (g < 0 || groups[g].Empty(units)) return -1;
    int p = groups[g].end;
    // ", however,": a short aside set off by commas.
    if (p < conj && ids[p] == rep.w.comma) {
      int q = p + 1;
      while (q < conj && q <= p + 3 && ids[q] != rep.w.comma) ++q;
      if (q >= conj || ids[q] != rep.w.comma) return -1;
      p = q + 1;
    }
    while (p < conj && IsModifier(p) && !Is(p, kAuxiliary)) ++p;
    if (p >= conj || tokens[p].capitalized) return -1;
    const std::string_view w = tokens[p].lower;
    const bool predicate =
        Is(p, kAuxiliary) || Is(p, kBe) ||
        (Cls(p) == 0 && PlainWord(p) && w.size() > 3 && (w.ends_with("s") || w.ends_with("ed")) && !w.ends_with("ss"));
    if (!predicate) return -1;
    for (int t = p + 1; t < conj; ++t)
      if (Is(t, kOpener) || Is(t, kRelative) || (Is(t, kBoundary) && tokens[t].lower != "as"sv) ||
          ids[t] == rep.w.comma)
        return -1;
    return g;
  }

  // Whether token k is a capitalized word the dictionaries do not know:
  // no actor, agent, verb, function word or calendar word.
  bool UnknownName(int k) const {
    const Token& t = tokens[k];
    return t.capitalized && !t.all_caps && std::isalpha(static_cast<unsigned char>(t.lower[0])) && Cls(k) == 0 &&
           unit_at[k] < 0 && verb_at[k] < 0 && !CalendarWord(t.lower, /*months_only=*/false);
  }

  // Whether tokens j-1 and j, right before a verb, are a first and last
  // name the dictionaries do not know after a conjunction and at most one
  // lowercase word: "... to The American Red Cross and actor Leonardo
  // DiCaprio pledged": the subject is that person, no actor before. So is
  // one unknown name j right after a verb or "that".
  bool UnknownNameBefore(int j) const {
    if (opt.rules.tabari_parse || shouting || j < 2) return false;
    // "Moldova can prove Tiraspol sold weapons": one unknown name opening
    // a clause after a verb or "that".
    // (A verb the dictionaries lack shows by its auxiliary: "can prove".)
    const bool unlisted_verb = PlainWord(j - 1) && !tokens[j - 1].capitalized && Is(j - 2, kAuxiliary) &&
                               ids[j - 2] != rep.w.poss && ids[j - 2] != rep.w.to;
    if (UnknownName(j) &&
        ((verb_at[j - 1] >= 0 && !NounUse(verb_at[j - 1])) || ids[j - 1] == rep.w.that || unlisted_verb))
      return true;
    if (!UnknownName(j) || !UnknownName(j - 1)) return false;
    // Not the name of an actor's title before it: "UN relief coordinator Jan Egeland flew".
    if (Is(j - 2, kConjunction)) return true;
    return j >= 3 && PlainWord(j - 2) && !tokens[j - 2].capitalized && Is(j - 3, kConjunction);
  }

  // Whether a quotation opens between "be" and its participle: allies are
  // "intimidated and bullied by Iran".
  bool QuoteOpensVerb(const VerbOcc& v) const {
    const int q = v.begin - 1;
    return q >= 1 && v.form == VerbForm::kPast && ids[q] == rep.w.quote && Is(q - 1, kBe) && !opt.rules.tabari_parse;
  }

  int Subject(int vi) const {
    const VerbOcc& v = verbs[vi];
    int j = v.begin - 1;
    if (QuoteOpensVerb(v)) --j;
    // "..., angrily denounced": an adverb in -ly may stand before the verb.
    while (j >= 0 && (IsModifier(j) || (j + 1 == v.begin && LyAdverb(j)))) --j;
    if (j < 0) return -1;
    if (UnknownNameBefore(j)) return -1;
    if (ids[j] == rep.w.comma && group_ending[j] < 0) {
      if (int head = AppositionHead(j); head >= 0) return head;
    }
    if ((Is(j, kConjunction) || ids[j] == rep.w.comma) && group_ending[j] < 0) {
      // "... and imposed sanctions": the subject of the previous verb, not
      // of a participle ("said ... rebels backed by Ankara, and urged").
      // After ", and" a verb of saying before goes on: "Erdogan said Rohan
      // would attack, and urged Nato ..." is Erdogan's.
      const bool comma_and = j > 0 && Is(j, kConjunction) && ids[j - 1] == rep.w.comma;
      // A past verb after a reported clause in the present goes on from the
      // verb of saying: "Rice said the US condemns this act and called upon
      // Belarus to act" is Rice's.
      // (Not "but had offered": a verb right after "and".)
      if (ids[j] == rep.w.and_ && j + 1 == v.begin && v.form == VerbForm::kPast && !opt.rules.tabari_parse) {
        int prev = vi - 1;
        while (prev >= 0 && NounUse(prev)) --prev;
        int say = prev - 1;
        while (say >= 0 && NounUse(say)) --say;
        // (Only a verbal act, "called upon": "police said militants attack
        // convoys regularly and ambushed a patrol" is the militants'.)
        if (say >= 0 && (verbs[prev].form == VerbForm::kThird || verbs[prev].form == VerbForm::kBase) &&
            SaysWhat(verbs[say]) && verbs[say].form == VerbForm::kPast && verbs[say].subject >= 0 &&
            !verbs[say].participle &&
            (VerbalCode(rep.compiled[v.verb].entry->code) || rep.compiled[v.verb].entry->lemma == "call"sv))
          return verbs[say].subject;
      }
      for (int k = vi - 1; comma_and && k >= 0; --k)
        if (verbs[k].subject >= 0 && !verbs[k].participle && SaysWhat(verbs[k])) return verbs[k].subject;
      for (int k = vi - 1; k >= 0; --k) {
        if (!opt.rules.tabari_parse && NounUse(k)) continue;  // "the open border"
        // "CBS reported that there was a car bomb explosion in Iraq, killing
        // four": force in what is reported is not the speaker's (but "told
        // them it was illegal, asking them to move" is).
        if (!opt.rules.tabari_parse && v.form == VerbForm::kIng && !Is(j, kConjunction) &&
            RootNumber(rep.compiled[v.verb].entry->code) >= 17 && (SaysWhat(verbs[k]) || Reports(verbs[k])) &&
            verbs[k].end < j) {
          // (Only past a clause reported: "announced a ground offensive in
          // Gaza, targeting Hamas" is the announcer's.)
          bool clause = false;
          for (int t = verbs[k].end; t < j && !clause; ++t)
            clause = ids[t] == rep.w.that || tokens[t].lower == "there"sv || Is(t, kAuxiliary | kBe) ||
                     (verb_at[t] >= 0 && !NounUse(verb_at[t]));
          if (clause) return -1;
        }
        // A finite verb goes on from a verb, not from a noun's modifier right
        // after an actor: "al-Qaeda training camps".
        // Nor from a gerund after a preposition: "accused the RSF of
        // committing genocide and imposed sanctions" goes on from "accused".
        if (!opt.rules.tabari_parse && verbs[k].form == VerbForm::kIng && v.form != VerbForm::kIng &&
            verbs[k].begin > 0 &&
            (group_ending[verbs[k].begin - 1] >= 0 ||
             (Is(verbs[k].begin - 1, kPreposition) && (v.form == VerbForm::kPast || v.form == VerbForm::kThird))))
          continue;
        // "blocked aid until the movement recognizes Israel and agrees ...":
        // past a clause opener the subject is that clause's own: the actor
        // opening it ("since President Rajapakse was elected ... and
        // invited"), if any.
        for (int t = verbs[k].end; t < j; ++t) {
          // A conjunction opening a clause ("since", "when"), not "as", which
          // also opens a role ("served as a Marine Corps officer").
          const bool word = std::isalpha(static_cast<unsigned char>(tokens[t].lower[0]));
          if (Is(t, kOpener) || (word && Is(t, kBoundary) && ids[t] != rep.w.that && tokens[t].lower != "as"sv)) {
            int first = t + 1;
            while (first < j && Is(first, kDeterminer)) ++first;
            const int g = first < j ? group_starting[first] : -1;
            if (g < 0 || groups[g].Empty(units) || groups[g].end >= j) return -1;
            // A clause with a verb of its own, not "after Israeli air strikes and accused".
            for (int c = groups[g].end; c < j; ++c)
              if (Is(c, kAuxiliary) || (verb_at[c] >= 0 && !NounUse(verb_at[c]))) return g;
            return -1;
          }
          // ("used a hospital as a command centre": "as" before an article
          // and after its noun is a role; not "and, as a consequence,".)
          const bool role = tokens[t].lower == "as"sv && t + 1 < j && Is(t + 1, kDeterminer) && t > 0 &&
                            (PlainWord(t - 1) || group_ending[t - 1] >= 0);
          if (Is(t, kBoundary) && ids[t] != rep.w.that && ids[t] != rep.w.lparen && ids[t] != rep.w.rparen &&
              tokens[t].lower != "\""sv && !role)
            return -1;
        }
        // "air strikes that killed 9 people and wounded 14": a relative
        // clause goes on with its pronoun's antecedent, actor or not.
        // Not across punctuation ("the war -- which ended yesterday -- and
        // mounted") nor to another form ("oil that serves ... and offering").
        if (!opt.rules.tabari_parse && verbs[k].form == v.form) {
          int p = verbs[k].begin - 1;
          while (p >= 0 && IsModifier(p)) --p;
          bool words_only = true;
          for (int t = verbs[k].end; t < j && words_only; ++t)
            words_only = std::isalnum(static_cast<unsigned char>(tokens[t].lower[0]));
          if (words_only && p > 0 && (Is(p, kRelative) || (ids[p] == rep.w.that && RelativeThat(p, verbs[k].begin))))
            return Antecedent(p);
        }
        // "Hamas denied that its fighters had used a hospital, accusing
        // Israel of ...": a participle after a reported clause goes on from
        // the verb that reports it (not force: see above).
        if (!opt.rules.tabari_parse && v.form == VerbForm::kIng && ids[j] == rep.w.comma && !SaysWhat(verbs[k]) &&
            RootNumber(rep.compiled[v.verb].entry->code) < 17) {
          int r = k - 1;
          while (r >= 0 && NounUse(r)) --r;
          // Only a denial, or a clause about the reporter's own ("its
          // fighters"): "officials said Hamas had rejected the proposal,
          // demanding ..." is Hamas's demand.
          const bool own = verbs[k].subject >= 0 && PossessiveBefore(groups[verbs[k].subject].begin);
          static const std::unordered_set<std::string_view> kDenials = {"deny", "reject", "dismiss", "refute"};
          if (r >= 0 && ReportsClause(verbs[r]) && verbs[r].subject >= 0 && !verbs[r].participle &&
              !groups[verbs[r].subject].Empty(units) && verbs[r].subject != verbs[k].subject &&
              (own || kDenials.count(rep.compiled[verbs[r].verb].entry->lemma)))
            return verbs[r].subject;
        }
        if (verbs[k].subject >= 0 && !verbs[k].participle) return verbs[k].subject;
        // "Hicks attended al-Qaeda camps and fought with the Taliban": the
        // previous verb's subject is a name the dictionaries do not know.
        if (!opt.rules.tabari_parse && !verbs[k].participle && !NounUse(k)) {
          int before = verbs[k].begin - 1;
          while (before >= 0 && IsModifier(before)) --before;
          if (before >= 0 && verbs[k].subject < 0 && !shouting && UnknownName(before)) return -1;
        }
      }
      // "revolutionaries captured the U.S. embassy, taking ...": the actor
      // before is the previous verb's object, not this one's subject.
      int last = vi - 1;
      while (last >= 0 && NounUse(last)) --last;
      if (last >= 0 && verbs[last].end <= j) return -1;
      if (last < 0 && Is(j, kConjunction)) {
        if (int g = OpeningSubject(j); g >= 0) return g;
      }
    }
    for (int k = j; k >= 0; --k) {
      // "The European Union (EU) agree": a parenthesis is passed over.
      if (ids[k] == rep.w.rparen) {
        int open = k - 1;
        while (open >= 0 && open >= k - 6 && ids[open] != rep.w.lparen) --open;
        if (open >= 0 && ids[open] == rep.w.lparen) {
          k = open;
          continue;
        }
      }
      // "the bombing that killed 20 policemen": "that" right before the verb
      // (past auxiliaries) is a relative pronoun; the subject is the noun it
      // follows, an actor or none.
      if (ids[k] == rep.w.that && k > 0 && !opt.rules.tabari_parse && RelativeThat(k, v.begin)) return Antecedent(k);
      if (Is(k, kBoundary) && ids[k] != rep.w.that) {
        // "China as chairman urged": "as" and a role go with the subject,
        // which opens the clause; not "Germany criticized Russia as mortars
        // shelled Kiev", where "as" opens a clause of its own.
        bool role = k < j && k > 0 && tokens[k].lower == "as"sv && group_ending[k - 1] >= 0;
        if (role) {
          int b = groups[group_ending[k - 1]].begin - 1;
          while (b >= 0 && Is(b, kDeterminer)) --b;
          role = b < 0 || ids[b] == rep.w.comma || Is(b, kBoundary);
        }
        for (int t = k + 1, depth = 0; t <= j && role; ++t) {
          depth += ids[t] == rep.w.lparen ? 1 : ids[t] == rep.w.rparen ? -1 : 0;
          role = depth > 0 || (PlainWord(t) && !std::string_view(tokens[t].lower).ends_with("s")) ||
                 Is(t, kDeterminer) || ids[t] == rep.w.rparen;
        }
        if (!role) return -1;
        continue;
      }
      // "Russia said the man attacked Georgia": past another verb the
      // subject is the unknown words in between, not an actor before.
      if (k < j && verb_at[k] >= 0 && verb_at[k] != vi &&
          (SaysWhat(verbs[verb_at[k]]) || (rep.compiled[verbs[verb_at[k]].verb].entry->lemma == "report"sv &&
                                           !verbs[verb_at[k]].passive && !opt.rules.tabari_parse)) &&
          !NounUse(verb_at[k]) && k + 1 <= j && group_at[k + 1] < 0 && unit_at[k + 1] < 0)
        return -1;
      // "after crowds burned": a clause of its own, whose subject is no actor.
      if (k < j && Is(k, kOpener)) return -1;
      if (Is(k, kRelative)) return Antecedent(k);
      int g = group_ending[k];
      if (g < 0) continue;
      int before = groups[g].begin - 1;
      // "by several former Spanish priests": determiners and up to three
      // plain words (quantities, adjectives) before the group are passed.
      // After a preposition, the word right before a determiner next to the
      // group ends that phrase: "In the past the United Nations accused",
      // "In 2006 the UN accused" (not a word in -ing with its object:
      // "aimed at clearing out the militias", "in forming a government").
      for (int plain = 0; before >= 0; --before) {
        if (Is(before, kDeterminer)) continue;
        if (plain < 3 && ((PlainWord(before) && !tokens[before].capitalized) ||
                          std::isdigit(static_cast<unsigned char>(tokens[before].lower[0])))) {
          if (plain == 0 && before + 1 < groups[g].begin && Is(before + 1, kDeterminer) &&
              !std::string_view(tokens[before].lower).ends_with("ing") && !opt.rules.tabari_parse) {
            int p = before - 1;
            while (p >= 0 && Is(p, kDeterminer)) --p;
            if (p >= 0 && Is(p, kPreposition)) break;
          }
          ++plain;
          continue;
        }
        // "about a thousand people demonstrated": a count's approximation,
        // not a preposition.
        if (plain > 0 &&
            CountWord(before + 1 < groups[g].begin && Is(before + 1, kDeterminer) ? before + 2 : before + 1) &&
            Approximately(before) && !opt.rules.tabari_parse) {
          --before;
          break;
        }
        break;
      }
      // "in the city" is no subject; "after the UN implemented" opens a clause with its subject,
      // as does "with" before a verb in -ing: "with loyalist mobs attacking police".
      const bool with_ing = k == j && before >= 0 && ids[before] == rep.w.with &&
                            std::string_view(tokens[v.begin].lower).ends_with("ing");
      // "members of Hezbollah killed", "thousands of students marched": they act.
      static const std::unordered_set<std::string_view> kPartOf = {"members", "member", "thousands", "hundreds",
                                                                   "dozens",  "scores", "tens"};
      bool members_of = k == j && before >= 1 && ids[before] == rep.w.of && kPartOf.count(tokens[before - 1].lower) > 0;
      if (members_of) {  // but not "a raid on members of Hamas killed"
        int q = before - 2;
        while (q >= 0 && (Is(q, kDeterminer) || tokens[q].lower == "of"sv || kPartOf.count(tokens[q].lower) ||
                          std::isdigit(static_cast<unsigned char>(tokens[q].lower[0]))))
          --q;
        if (q >= 0 && Is(q, kPreposition)) members_of = false;
      }
      // "the deputy inspector general of police said", "the head of the
      // army said": one who heads or speaks for an agency is it.
      static const std::unordered_set<std::string_view> kRoleOf = {
          "head",      "chief",       "commander",    "director",       "general",
          "spokesman", "spokeswoman", "spokesperson", "representative", "representatives"};
      if (k == j && before >= 1 && ids[before] == rep.w.of && kRoleOf.count(tokens[before - 1].lower) &&
          !opt.rules.tabari_parse) {
        // (But not "an attack on the chief of the Afghan police killed".)
        int q = before - 2;
        while (q >= 0 && Is(q, kDeterminer)) --q;
        members_of = q < 0 || !Is(q, kPreposition);
      }
      // "the African country of Mauritania has cut ties": the country is it.
      static const std::unordered_set<std::string_view> kStateNouns = {"country",  "nation", "state",  "kingdom",
                                                                       "republic", "island", "emirate"};
      const bool country_of =
          k == j && before >= 1 && ids[before] == rep.w.of && kStateNouns.count(tokens[before - 1].lower) > 0;
      // "the highway linking Damascus and Aleppo meets the road": the object
      // of a participle is not the subject of the verb after it.
      if (k == j && v.form != VerbForm::kIng) {
        int ing = groups[g].begin - 1;
        while (ing >= 0 && Is(ing, kDeterminer)) --ing;
        static const std::unordered_set<std::string_view> kIngPrepositions = {
            // words in -ing that are prepositions
            "including", "excluding", "following", "regarding", "concerning", "according", "during"};
        // A participle the dictionaries know, or a lowercase word in -ing that is none of these.
        const bool participle =
            ing >= 0 &&
            ((verb_at[ing] >= 0 && verbs[verb_at[ing]].form == VerbForm::kIng && !SaysWhat(verbs[verb_at[ing]]) &&
              !NounUse(verb_at[ing])) ||
             (verb_at[ing] < 0 && PlainWord(ing) && !tokens[ing].capitalized && tokens[ing].lower.size() > 5 &&
              std::string_view(tokens[ing].lower).ends_with("ing") && !kIngPrepositions.count(tokens[ing].lower)));
        if (participle && groups[g].units.size() > 1) return -1;
      }
      // "the envoy to forces fighting Isis": the agents right before an -ing
      // form are who does it, not the envoy; so are a country's agencies
      // using force ("stood by Chadian rebels fighting the army"), but not
      // a place ("in Gaza killing").
      const bool agents_ing = k == j && v.form == VerbForm::kIng &&
                              (groups[g].Empty(units) || (AgenciesOnly(g) && !Is(before, kLocative) &&
                                                          rep.compiled[v.verb].forceful && !opt.rules.tabari_parse));
      // "Several countries, including France and Britain, condemned": the
      // examples set off by commas stand for the noun before them.
      const bool examples =
          before >= 2 && ids[before - 1] == rep.w.comma && groups[g].end < v.begin &&
          ids[groups[g].end] == rep.w.comma && !tokens[before - 2].capitalized && verb_at[before - 2] < 0 &&
          std::isalpha(static_cast<unsigned char>(tokens[before - 2].lower[0])) &&
          (tokens[before].lower == "including"sv || tokens[before].lower == "like"sv) && !opt.rules.tabari_parse;
      if (before >= 0 && Is(before, kPreposition) && !(k == j && Is(before, kOpener)) && !with_ing && !members_of &&
          !country_of && !agents_ing && !examples) {
        k = groups[g].begin;
        continue;
      }
      // "an attack in Spin Boldak, Afghanistan killed": the country of a
      // place named before it is part of that place.
      const Unit& first = units[groups[g].units[0]];
      if (before >= 1 && ids[before] == rep.w.comma && groups[g].units.size() == 1 && OfCountry(first) &&
          first.code == first.base) {
        int p = before - 1;
        int names = 0;
        while (p >= 0 && names < 4 && tokens[p].capitalized && unit_at[p] < 0 && verb_at[p] < 0 && Cls(p) == 0 &&
               !DateWord(p)) {
          --p;
          ++names;
        }
        if (names > 0 && p >= 0 && Is(p, kLocative)) {
          k = p;
          continue;
        }
      }
      // "Coca farmers backing the government of Evo Morales attacked": the
      // object of an -ing form right after an actor is not the subject;
      // that actor may be, checked as any other ("an ambush on farmers
      // backing ..." is no one's).
      if (v.form != VerbForm::kIng && before >= 0 && verb_at[before] >= 0 &&
          verbs[verb_at[before]].form == VerbForm::kIng && !NounUse(verb_at[before])) {
        const int a = verbs[verb_at[before]].begin - 1;
        if (a >= 0 && group_ending[a] >= 0) {
          k = a + 1;
          continue;
        }
      }
      return g;
    }
    return -1;
  }

  // "the police investigation": an agent noun qualifying a plain noun
  // after it is no reference back to the police named earlier. Needs the
  // verbs found, to tell "the police investigation" from "the police arrested".
  void UnnameQualifiers() {
    // "the Doha trade talks", "last month's Tehran conference", "the Paris
    // Agreement", "the Mexico City policy": a capital or seat of government
    // naming a meeting held there or what came of it is no actor (but
    // "Washington seeks talks": a verb between is the name's).
    static const std::unordered_set<std::string_view> kGatherings = {
        "talks",     "conference",  "conferences", "summit",    "round",        "accord",     "accords",
        "agreement", "declaration", "process",     "protocol",  "negotiations", "meeting",    "meetings",
        "forum",     "dialogue",    "policy",      "consensus", "treaty",       "convention", "principles"};
    const int n = static_cast<int>(tokens.size());
    for (Unit& u : units) {
      if (!u.government_name || u.person || opt.rules.tabari_parse || u.end >= n) continue;
      int k = u.end;
      // A word may stand between after an article or a possessive ("the
      // Doha trade talks"), not otherwise ("Washington and Moscow sign treaty").
      const bool article = u.begin > 0 && Is(u.begin - 1, kDeterminer);
      if (k + 1 < n && !tokens[k].capitalized && std::isalpha(static_cast<unsigned char>(tokens[k].lower[0])) &&
          !Is(k, kPreposition | kDeterminer | kConjunction | kBoundary | kAdverb) &&
          !(verb_at[k] >= 0 && (verbs[verb_at[k]].form != VerbForm::kBase || !article)) &&
          !kGatherings.count(tokens[k].lower))
        ++k;
      if (!kGatherings.count(tokens[k].lower)) continue;
      // But "Washington talks with Moscow" are Washington's.
      if (k + 1 < n && (ids[k + 1] == rep.w.with || tokens[k + 1].lower == "between"sv)) continue;
      if (trace) Note("'" + Words(u.begin, u.end) + "' names the place of the " + tokens[k].lower + "; no actor");
      u.code.clear();
      u.base.clear();
      u.government_name = false;
    }
    for (Unit& u : units) {
      if (!u.named_before || u.end >= static_cast<int>(tokens.size()) || tokens[u.end].capitalized) continue;
      const std::string_view w = tokens[u.end].lower;
      const int n = static_cast<int>(tokens.size());
      if (const int v = verb_at[u.end]; v >= 0) {
        // A verb's noun: "the embassy bombing(s)", "the embassy attack";
        // not a verb with its object after it ("the police accuse Somalia").
        const int after = verbs[v].end;
        const bool object = after < n && (unit_at[after] >= 0 || Is(after, kDeterminer) || tokens[after].capitalized);
        const bool noun =
            w.ends_with("ings") || verbs[v].form == VerbForm::kIng || (verbs[v].form == VerbForm::kBase && !object);
        if (!noun) continue;
      } else if (w.ends_with("ings")) {
        // "the embassy bombings": a noun the dictionaries know only as a verb's form.
      } else if (!PlainWord(u.end) || w.ends_with("ed") || w.ends_with("s")) {
        // Not a verb the dictionaries do not know ("the government opted"),
        // nor one in -s that may be either ("the government plans to").
        continue;
      }
      if (trace) Note("'the " + Words(u.begin, u.end) + "' qualifies '" + tokens[u.end].lower + "'; no reference back");
      u.agent = u.code.size() > u.base.size() ? u.code.substr(u.base.size()) : std::string();
      u.code.clear();
      u.base.clear();
      u.named_before = false;
    }
  }

  // The actor a relative pronoun at `k` stands for: the group it follows,
  // past a comma and up to two unknown words ("the Russian Il-76, which had
  // violated"); -1 for a place ("a bombing in Jerusalem which killed") or
  // anything else.
  int Antecedent(int k) const {
    int a = k - 1;
    if (a >= 0 && ids[a] == rep.w.comma) --a;
    for (int skip = 0; skip < 2 && a >= 0 && group_ending[a] < 0 && unit_at[a] < 0 && verb_at[a] < 0 && Cls(a) == 0 &&
                       std::isalnum(static_cast<unsigned char>(tokens[a].lower[0]));
         ++skip)
      --a;
    if (a < 0 || group_ending[a] < 0) return -1;
    const int g = group_ending[a];
    if (AfterLocative(g)) return -1;
    const int before = BeforeDeterminers(groups[g].begin);
    // "the campaign against Islamic State that was backed": with "that" and
    // no comma, after a preposition other than "of" the antecedent is the
    // noun the phrase depends on.
    if (ids[k] == rep.w.that && a == k - 1 && before >= 0 && Is(before, kPreposition) && ids[before] != rep.w.of)
      return -1;
    return g;
  }

  // Whether the pattern's target of a passive verb with no actor for a
  // subject is the one acted on: "rockets were fired into Israel by Hamas",
  // not an actor of the "by" phrase or a place things come from.
  bool PassiveTargetActedOn(int target, int agent) const {
    if (agent >= 0 && groups[target].begin >= groups[agent].begin) return false;
    const int before = BeforeDeterminers(groups[target].begin);
    return before < 0 || (ids[before] != rep.w.from && ids[before] != rep.w.by && ids[before] != rep.w.with);
  }

  // Whether "that" at `k` is a relative pronoun, the subject of the verb
  // beginning at `verb`: a noun before it and only auxiliaries or adverbs
  // between ("the bombing that had killed"), not "said that".
  // REQUIRES: k > 0
  bool RelativeThat(int k, int verb) const {
    assert(k > 0);
    for (int t = k + 1; t < verb; ++t)
      if (!IsModifier(t)) return false;
    const int a = k - 1;
    if (group_ending[a] >= 0) return true;
    if (verb_at[a] >= 0) return NounUse(verb_at[a]);
    return PlainWord(a);
  }

  // Whether token i is a word of no known class: no actor, verb or function word.
  bool PlainWord(int i) const {
    const std::string& w = tokens[i].lower;
    return unit_at[i] < 0 && verb_at[i] < 0 && Cls(i) == 0 && std::isalpha(static_cast<unsigned char>(w[0])) &&
           w != "he"sv && w != "she"sv && w != "they"sv && w != "it"sv && w != "we"sv && w != "i"sv && w != "you"sv;
  }

  // Whether the verb occurrence at token k, right after a plain word, is
  // rather a noun or a participle inside a noun phrase: "two artillery
  // shells", "the roads leading into Mordor".
  bool InsideNounPhrase(int k) const {
    const VerbOcc& v = verbs[verb_at[k]];
    if (v.form != VerbForm::kIng && v.form != VerbForm::kThird) return false;
    int p = k - 1;
    // "UN chief urges restraint": after an office holder's title ending an
    // actor, a verb, as headlines write it.
    // ("EU foreign policy chief slams": a few plain words may stand between.)
    if (v.form == VerbForm::kThird && p >= 0 && !opt.rules.tabari_parse &&
        (PersonTitle(tokens[p].lower) || tokens[p].lower == "chief"sv || tokens[p].lower == "leader"sv)) {
      int e = p;
      if (group_ending[e] < 0) --e;
      while (e >= 0 && e >= p - 3 && group_ending[e] < 0 && PlainWord(e) && !tokens[e].capitalized) --e;
      if (e >= 0 && group_ending[e] >= 0 && !groups[group_ending[e]].Empty(units)) return false;
    }
    return p >= 0 && !tokens[p].capitalized && PlainWord(p);
  }

  // For a group of agents with no country followed by "including" and
  // actors ("senior officials, including Secretary of State Rice",
  // "several countries including France"), those actors' group, unless it
  // is `other`; -1 otherwise.
  int Including(int g, int other) const {
    if (g < 0 || !groups[g].Empty(units) || opt.rules.tabari_parse) return -1;
    const int n = static_cast<int>(tokens.size());
    int c = groups[g].end;
    if (c < n && ids[c] == rep.w.comma) ++c;
    if (c + 1 >= n || tokens[c].lower != "including"sv) return -1;
    int b = c + 1;
    while (b < n && Is(b, kDeterminer)) ++b;
    const int named = b < n ? group_starting[b] : -1;
    return named >= 0 && named != other && !groups[named].Empty(units) ? named : -1;
  }

  // Where the object begins after a source's aside standing for it: "what
  // it called", "what it described as", "what they said were" ("denounced
  // what it called US interference", "condemned what it described as
  // American bullying"); `from` itself when none stands there.
  int PastSourceAside(int from) const {
    const int n = static_cast<int>(tokens.size());
    if (from + 2 >= n || tokens[from].lower != "what"sv || opt.rules.tabari_parse) return from;
    static const std::unordered_set<std::string_view> kPronouns = {"it", "they", "he", "she", "we"};
    if (!kPronouns.count(tokens[from + 1].lower)) return from;
    const std::string_view w = tokens[from + 2].lower;
    int k = from + 3;
    if (w == "called"sv || w == "calls"sv || w == "termed"sv || w == "terms"sv || w == "dubbed"sv) return k;
    if ((w == "described"sv || w == "describes"sv) && k < n && tokens[k].lower == "as"sv) return k + 1;
    if ((w == "said"sv || w == "says"sv || w == "believed"sv || w == "believes"sv) && k < n && Is(k, kBe)) return k + 1;
    return from;
  }

  // The target where no pattern binds one: the first actor after `from` in
  // the clause that is not `subject`, not the subject of a clause of its own
  // (then *blocked_by is set), and not a place ("in Syria"); the first place
  // when there is nothing else and `places` allows.
  int DefaultTarget(int from, int subject, int* blocked_by, bool places = true) const {
    const int n = static_cast<int>(tokens.size());
    from = PastSourceAside(from);
    int place = -1;  // the first actor after a locative: the target when there is no other
    // A place beyond a conjunction or comma ("shot at officers while in
    // detention in Afghanistan") is the scene of something else.
    bool crossed = false;
    for (int k = from; k < n && k < from + 12; ++k) {
      // "a tax which West Germany is against": a relative clause's actors are its own.
      if (Is(k, kBoundary) || Is(k, kSpeech) || (k > from && Is(k, kOpener | kRelative))) break;
      // "air strikes across the Gaza Strip in response to rocket fire from
      // Hamas": what is answered is not the target when a place is named
      // before it (with none, "destroyed the platform in retaliation for an
      // Iranian missile attack", it is).
      if (k > from && k + 1 < n && place >= 0 && tokens[k].lower == "in"sv && !opt.rules.tabari_parse) {
        static const std::unordered_set<std::string_view> kAnswer = {"response", "retaliation", "revenge", "reprisal",
                                                                     "reply"};
        if (kAnswer.count(tokens[k + 1].lower)) break;
      }
      // "began joint exercises, angering North Korea": what an -ing form
      // the dictionaries lack acts on after a comma is its own (but what
      // the act is "aiming at" is its target).
      if (k > from && ids[k] == rep.w.comma && k + 1 < n && !opt.rules.tabari_parse && !tokens[k + 1].capitalized &&
          tokens[k + 1].lower.size() > 5 && std::string_view(tokens[k + 1].lower).ends_with("ing") &&
          verb_at[k + 1] < 0 && !Is(k + 1, kPreposition) && tokens[k + 1].lower != "aiming"sv)
        break;
      if (Is(k, kConjunction) || ids[k] == rep.w.comma) {
        // A list of things ("struck roads, bridges and a power plant in
        // Gaza") is one object, not another clause.
        const bool list = (ids[k] == rep.w.and_ || ids[k] == rep.w.or_ || ids[k] == rep.w.comma) && k + 1 < n &&
                          ((PlainWord(k + 1) && !tokens[k + 1].capitalized &&
                            !std::string_view(tokens[k + 1].lower).ends_with("ed")) ||
                           Is(k + 1, kDeterminer)) &&
                          verb_at[k + 1] < 0;
        if (!list) crossed = true;
      }
      // "dismissed a resolution passed by the Security Council", "opposed
      // the law adopted by China": the one who made the decision, statement
      // or proposal acted upon.
      static const std::unordered_set<std::string_view> kMadeBy = {
          "issued",    "passed",      "adopted", "made",      "taken",      "presented", "proposed",  "imposed",
          "announced", "offered",     "drafted", "approved",  "introduced", "enacted",   "submitted", "tabled",
          "released",  "published",   "put",     "set",       "laid",       "voiced",    "expressed", "sponsored",
          "committed", "perpetrated", "ordered", "conducted", "staged"};
      // "agreed to a ceasefire mediated by Egypt": who did something else to
      // the object is not the target.
      if (k == from && k + 1 < n && ids[k + 1] == rep.w.by && verb_at[k] >= 0 &&
          verbs[verb_at[k]].form == VerbForm::kPast && !kMadeBy.count(tokens[k].lower) && !opt.rules.tabari_parse)
        break;
      if (k > from && k + 2 < n && ids[k + 1] == rep.w.by && place < 0 && !opt.rules.tabari_parse &&
          kMadeBy.count(tokens[k].lower)) {
        int b = k + 2;
        while (b < n && Is(b, kDeterminer)) ++b;
        const int maker = b < n ? group_starting[b] : -1;
        if (maker >= 0 && maker != subject && !groups[maker].Empty(units)) return maker;
      }
      if (verb_at[k] >= 0 && k > from && !NounUse(verb_at[k]) && !InsideNounPhrase(k)) {
        const VerbOcc& w = verbs[verb_at[k]];
        // "abandoned efforts to stop an anti-Gondor parade": an infinitive
        // left to the verb that governs it does not end that verb's phrase.
        bool governed = (w.begin > 0 && ids[w.begin - 1] == rep.w.to && GovernedInfinitive(w.begin - 1)) ||
                        (w.form == VerbForm::kIng && k == from && w.begin > 0 && verb_at[w.begin - 1] >= 0);
        // "abandon economic trade relations": a base form after a plain
        // lowercase word is a noun of that phrase.
        bool compound_noun =
            w.form == VerbForm::kBase && w.begin > 0 && !tokens[w.begin - 1].capitalized && PlainWord(w.begin - 1);
        // "attacked or bombed Rohan": coordinated verbs share the object.
        bool coordinated = k == from + 1 && (ids[from] == rep.w.or_ || ids[from] == rep.w.and_);
        if (!governed && !compound_noun && !coordinated) break;
        k = w.end - 1;
        continue;
      }
      int g = group_starting[k];
      if (g < 0) continue;
      // "..., the official Tass news agency reported", "..., the Israeli
      // military said": who reports or speaks after a comma is no target.
      if (groups[g].end < n &&
          (Is(groups[g].end, kSay) || tokens[groups[g].end].lower == "reported"sv ||
           tokens[groups[g].end].lower == "reports"sv || tokens[groups[g].end].lower == "report"sv)) {
        int c = k - 1;
        while (c > from && Is(c, kDeterminer)) --c;
        if (c >= from && ids[c] == rep.w.comma) break;
      }
      // "threatened a military attack": an agent word before a verb's noun is
      // an adjective, not who is acted upon; not before a participle ("the
      // police commander accused of ...").
      if (groups[g].Empty(units) && groups[g].end < n && verb_at[groups[g].end] >= 0 &&
          !Charged(verbs[verb_at[groups[g].end]]) && !IngWithObject(verb_at[groups[g].end]) &&
          !(NounUse(verb_at[groups[g].end]) && !AgentAdjective(g))) {
        k = groups[g].end - 1;
        continue;
      }
      // An agent with no country ("an official") codes nothing; a place
      // before it is the better target.
      if (place >= 0 && groups[g].Empty(units)) return place;
      if (g == subject) {
        k = groups[g].end - 1;
        continue;
      }
      int before = groups[g].begin - 1;
      while (before >= from && Is(before, kDeterminer)) --before;
      // "in a crowded Baghdad restaurant": a place behind an article and an
      // adjective is still after its locative.
      if (before >= from + 1 && PlainWord(before) && !tokens[before].capitalized && Is(before - 1, kDeterminer) &&
          units[groups[g].units[0]].government_name && !opt.rules.tabari_parse) {
        int d = before - 1;
        while (d >= from && Is(d, kDeterminer)) --d;
        if (d >= from && Locative(d)) before = d;
      }
      // "announced this Thursday from Washington": where one speaks from,
      // right after a verb of saying, is no target (but "demanded answers
      // from the Kremlin" asks it).
      if (before >= from && tokens[before].lower == "from"sv && units[groups[g].units[0]].government_name &&
          subject >= 0 && from > 0 && Is(from - 1, kSay | kSpeech) && !opt.rules.tabari_parse) {
        bool right_after = true;
        for (int t = from; t < before && right_after; ++t)
          right_after = Is(t, kDeterminer | kAdverb) || CalendarWord(tokens[t].lower, false);
        if (right_after) {
          k = groups[g].end - 1;
          continue;
        }
      }
      // "invited the countries, with the exception of Cyprus": one left out is not acted on.
      if (Excepted(before)) {
        k = groups[g].end - 1;
        continue;
      }
      if (before >= from && Locative(before)) {
        // A capital named as a place ("a meeting in Brussels") is a location,
        // not the government it stands for elsewhere.
        // ("aiming at American soldiers" is aimed at them, across a comma or not.)
        if (place < 0 && (!crossed || ids[before] == rep.w.at) && !units[groups[g].units[0]].government_name) place = g;
        k = groups[g].end - 1;
        continue;
      }
      // "met senior officials, including Secretary of State Rice": the ones named.
      if (const int named = Including(g, subject); named >= 0) return named;
      int after = groups[g].end;
      while (after < n && Is(after, kAdverb)) ++after;
      // "an anti-Gondor parade": a base form after a noun phrase with an
      // article is its head noun, not a verb.
      // So is a form in -ing with "of" after it: "condemned the American
      // bombing of Serbia".
      bool noun_head = false;
      if (after < n && verb_at[after] >= 0 &&
          (verbs[verb_at[after]].form == VerbForm::kBase ||
           (verbs[verb_at[after]].form == VerbForm::kIng && verbs[verb_at[after]].end < n &&
            ids[verbs[verb_at[after]].end] == rep.w.of && !opt.rules.tabari_parse)))
        for (int d = from; d < groups[g].begin && !noun_head; ++d) noun_head = Is(d, kDeterminer);
      // "arrested the police commander accused of ...": a participle with
      // no object qualifies the noun before it.
      if (after < n && verb_at[after] >= 0 && Charged(verbs[verb_at[after]])) return g;
      // "clashed with rioters using tear gas": agents right before an -ing
      // form with an object (IngWithObject) are the object here, and that
      // form tells what they did; it opens no finite clause of its own.
      if (groups[g].Empty(units) && after == groups[g].end && after < n && verb_at[after] >= 0 &&
          IngWithObject(verb_at[after]))
        return g;
      // "Protesters demonstrating against Japan broke windows": the object
      // of a preposition of direction right after the verb opens no clause.
      static const std::unordered_set<std::string_view> kObjectOf = {"against", "toward", "towards", "upon"};
      const int prep = BeforeDeterminers(groups[g].begin);
      // Nor does the doer of a noun before an -ing form: "condemned remarks by
      // Ahmadinejad calling for ...".
      const bool doer_of_noun = prep >= 1 && ids[prep] == rep.w.by &&
                                (verb_at[prep - 1] < 0 || NounUse(verb_at[prep - 1])) && after < n &&
                                verb_at[after] >= 0 && verbs[verb_at[after]].form == VerbForm::kIng;
      const bool object_of = ((prep >= 0 && prep == from && kObjectOf.count(tokens[prep].lower)) || doer_of_noun) &&
                             !opt.rules.tabari_parse;
      if (after < n && !object_of &&
          ((Is(after, kAuxiliary) && ids[after] != rep.w.to && ids[after] != rep.w.poss) || Is(after, kSpeech) ||
           (verb_at[after] >= 0 && !noun_head && !NounUse(verb_at[after])))) {
        *blocked_by = g;  // the subject of a clause of its own: "said Russia would ..."
        return -1;
      }
      return g;
    }
    return places ? place : -1;
  }

  // For a verb form used as a noun: the actor who acted ("by S", or "S's"
  // before it) and the one acted on ("of T", "on T", "against T" ...), both
  // within its phrase; false unless both are found and differ.
  bool NominalSides(const VerbOcc& v, int* source, int* target) const {
    const int n = static_cast<int>(tokens.size());
    *source = *target = -1;
    // "Russia's attack", "Russia's surprise attack", "Brown's first visit".
    int d = v.begin - 1;
    while (d >= 0 && d >= v.begin - 2 && (PlainWord(d) || Ordinal(d))) --d;
    if (d >= 1 && ids[d] == rep.w.poss && group_ending[d - 1] >= 0) *source = group_ending[d - 1];
    // "Suu Kyi, in her first visit to Thailand", "during his visit to
    // Japan": in a phrase of when, "his" or "her" is the person named last
    // before it in the sentence (news rules only).
    if (d >= 1 && *source < 0 && opt.rules.article_context &&
        (tokens[d].lower == "his"sv || tokens[d].lower == "her"sv)) {
      const std::string& p = tokens[d - 1].lower;
      if (p == "in"sv || p == "during"sv || p == "on"sv || p == "after"sv)
        for (int k = d - 1; k >= 0; --k) {
          if (Is(k, kBoundary)) break;
          const int g = group_ending[k];
          if (g < 0 || groups[g].Empty(units)) continue;
          if (units[groups[g].units[0]].person) *source = g;
          break;
        }
    }
    // "the visit of Sergey Lavrov, Foreign Minister of Russia, to Poland":
    // of a visit, "of" names the visitor, who may have an aside.
    const bool visit = rep.compiled[v.verb].entry->lemma == "visit"sv && !opt.rules.tabari_parse;
    // "Abe pledged loans to Myanmar during a visit to Yangon": a visit in a
    // phrase of when is paid by the subject of the verb before it.
    // (Not one paid "by" another named after it: "during a visit to Seoul
    // by John Kerry".)
    bool by_after = false;
    for (int k = v.end; k < n && k < v.end + 8 && !Is(k, kBoundary) && ids[k] != rep.w.comma; ++k)
      by_after |= ids[k] == rep.w.by;
    if (visit && *source < 0 && !by_after && d >= 1 && (tokens[d].lower == "a"sv || tokens[d].lower == "an"sv)) {
      const std::string& p = tokens[d - 1].lower;
      // ("the opinion of Prime Minister Maliki during a visit": the one named right before.)
      const int named = d >= 2 ? group_ending[d - 2] : -1;
      const int of = named >= 0 ? BeforeDeterminers(groups[named].begin) : -1;
      if ((p == "during"sv || p == "on"sv) && named >= 0 && of >= 0 && (ids[of] == rep.w.of || ids[of] == rep.w.by)) {
        if (!groups[named].Empty(units)) *source = named;
      } else if (p == "during"sv || p == "on"sv) {
        for (int j = static_cast<int>(verbs.size()) - 1; j >= 0; --j) {
          if (verbs[j].end > d - 1) continue;
          // (Not a verb of a quotation before it.)
          bool quoted = false;
          for (int k = verbs[j].end; k < d - 1 && !quoted; ++k) quoted = Is(k, kSpeech | kBoundary);
          if (!quoted && verbs[j].subject >= 0 && !groups[verbs[j].subject].Empty(units) && !NounUse(j))
            *source = verbs[j].subject;
          break;
        }
      }
    }
    for (int k = v.end; k < n && k < v.end + 12; ++k) {
      if (visit && ids[k] == rep.w.comma && *source >= 0 && *target < 0 && groups[*source].end == k) {
        const int aside = GroupFrom(k + 1, 1);
        if (aside >= 0 && groups[aside].end < n && ids[groups[aside].end] == rep.w.comma) {
          k = groups[aside].end;
          continue;
        }
      }
      if (Is(k, kBoundary) || ids[k] == rep.w.comma) break;
      const bool by = ids[k] == rep.w.by || (visit && ids[k] == rep.w.of && k == v.end);
      const bool on = !by && Is(k, kTowards);
      // "airstrikes triggered by Serbia's crackdown": the "by" of a participle
      // the dictionaries do not know.
      if (by && k > v.end && PlainWord(k - 1) && tokens[k - 1].lower.size() > 4 &&
          tokens[k - 1].lower.compare(tokens[k - 1].lower.size() - 2, 2, "ed") == 0)
        break;
      if (!by && !on) {
        // Another verb, or another event's noun ("airstrikes triggered by
        // Serbia's crackdown on Kosovo"), ends this noun's phrase.
        if (verb_at[k] >= 0) break;
        continue;
      }
      int g = GroupFrom(k + 1, 2);
      if (g < 0 || groups[g].Empty(units)) continue;
      if (by && *source < 0)
        *source = g;
      else if (on && *target < 0)
        *target = g;
      k = groups[g].end - 1;
    }
    return *source >= 0 && *target >= 0 && *source != *target && !groups[*source].Empty(units);
  }

  // Whether the words from `from` on name charges: "the charges", "these
  // accusations", "the latest allegations" (the words of the verb
  // dictionaries' &ACCUSATION, and "claim" and "criticism").
  bool AccusationAfter(int from) const {
    static const std::unordered_set<std::string_view> kCharges = {
        "accusation", "accusations", "allegation", "allegations", "claim",    "claims",
        "charge",     "charges",     "assertions", "reports",     "criticism"};
    const int n = static_cast<int>(tokens.size());
    int k = from;
    while (k < n && Is(k, kDeterminer)) ++k;
    if (k < n && PlainWord(k) && !kCharges.count(tokens[k].lower)) ++k;  // "the latest allegations"
    return k < n && kCharges.count(tokens[k].lower) > 0;
  }

  // Whether group g is followed by a form in -ing of a protest verb:
  // "villagers protesting", "students demonstrating".
  bool ProtestingAfter(int g) const {
    const int k = groups[g].end;
    if (k >= static_cast<int>(tokens.size()) || verb_at[k] < 0) return false;
    const VerbOcc& w = verbs[verb_at[k]];
    return w.form == VerbForm::kIng && RootNumber(rep.compiled[w.verb].entry->code) == 14;
  }

  // For a deed named right at `from` (a noun of force or protest, roots
  // 14-20): who did it, the actor after "by" within its phrase ("the
  // killing of civilians by Colombian troops") or right before the noun
  // ("the rebel attack", "Israel's raid"), -1 if none; *deed tells whether
  // there was such a deed.
  int DeedDoer(int from, bool* deed) const {
    const int n = static_cast<int>(tokens.size());
    *deed = false;
    int k = from, before = -1;
    for (int words = 0; k < n && words < 3;) {
      if (Is(k, kDeterminer)) {
        ++k;
      } else if (verb_at[k] >= 0 && NounUse(verb_at[k])) {
        break;
      } else if (group_starting[k] >= 0) {
        before = group_starting[k];
        k = groups[before].end;
        ++words;
      } else if (PlainWord(k)) {
        ++k;
        ++words;
      } else {
        return -1;
      }
    }
    if (k >= n || verb_at[k] < 0 || !NounUse(verb_at[k])) return -1;
    const int root = RootNumber(rep.compiled[verbs[verb_at[k]].verb].entry->code);
    if (root < 14 || root > 20) return -1;
    *deed = true;
    for (int t = verbs[verb_at[k]].end; t < n && t < k + 12; ++t) {
      if (Is(t, kBoundary) || ids[t] == rep.w.comma || (verb_at[t] >= 0 && !NounUse(verb_at[t]))) break;
      if (ids[t] != rep.w.by) continue;
      if (const int g = GroupFrom(t + 1, 2); g >= 0) return g;
      break;
    }
    return before;
  }

  // Whether the sentence opens with "If" or "Unless" (after any quotation mark).
  bool OpensWithCondition() const {
    int k = 0;
    while (k < static_cast<int>(tokens.size()) && ids[k] == rep.w.quote) ++k;
    return k < static_cast<int>(tokens.size()) && Is(k, kCondition) && !opt.rules.tabari_parse;
  }

  // For a verb right after a relative clause that no comma closes, when the
  // verb's subject was found inside the clause ("Egeland, who visited
  // Lebanon today denounced", "The man who attacked Israel praised"): the
  // antecedent's group, or -2 when it is no actor; -1 otherwise.
  int UnclosedRelativeBefore(const VerbOcc& v) const {
    if (opt.rules.tabari_parse || v.subject < 0) return -1;
    int verbs_between = 0;
    for (int k = v.begin - 1; k >= 1 && k >= v.begin - 10; --k) {
      if (tokens[k].lower == "who"sv) {
        const int end = ids[k - 1] == rep.w.comma && k >= 2 ? k - 2 : k - 1;
        const int g = group_ending[end];
        if (verbs_between != 1 || groups[v.subject].begin <= k) return -1;
        return g >= 0 && !groups[g].Empty(units) ? g : -2;
      }
      if (Is(k, kBoundary) || ids[k] == rep.w.comma) return -1;
      verbs_between += verb_at[k] >= 0 && !NounUse(verb_at[k]) && verbs[verb_at[k]].end == k + 1;
    }
    return -1;
  }

  // Whether the noun at token `noun` is what may follow: a modal of
  // possibility and a verb of consequence before it in its clause ("could
  // lead to fresh fighting", "might spark clashes"), not a modal of another
  // verb ("should condemn Russia's attack").
  bool PossibleBefore(int noun) const {
    static const std::unordered_set<std::string_view> kConsequence = {"lead",    "result", "spark", "trigger", "cause",
                                                                      "provoke", "ignite", "bring", "mean",    "risk"};
    for (int k = noun - 1; k >= 0 && k >= noun - 8; --k) {
      if (Is(k, kBoundary) || ids[k] == rep.w.comma) return false;
      if (!Is(k, kPossible)) continue;
      int c = k + 1;
      if (c < noun && (Is(c, kAdverb) || LyAdverb(c))) ++c;
      return c < noun && kConsequence.count(tokens[c].lower) > 0;
    }
    return false;
  }

  // Whether the noun at token `noun` names what was averted, feared or
  // only planned: "to avert a military clash", "the risk of war", "to
  // arrange a meeting between".
  bool AvertedOrPlanned(int noun) const {
    static const std::unordered_set<std::string_view> kAvertOrPlan = {
        "avert",    "averts",    "averted", "averting", "prevent",   "prevents",    "prevented", "preventing",
        "avoid",    "avoids",    "avoided", "avoiding", "forestall", "forestalled", "arrange",   "arranges",
        "arranged", "arranging", "propose", "proposes", "proposed",  "proposing",   "seek",      "seeks",
        "sought",   "seeking",   "plan",    "plans",    "planned"};
    static const std::unordered_set<std::string_view> kFear = {
        "risk", "risks", "fear", "fears", "threat", "danger", "prospect", "spectre", "specter", "possibility"};
    int k = noun - 1;
    // Determiners and up to three plain or agent words: "a direct military clash".
    auto modifier = [&](int i) {
      const bool agent = unit_at[i] >= 0 && units[unit_at[i]].code.empty();
      return (PlainWord(i) || agent) && !tokens[i].capitalized && !kAvertOrPlan.count(tokens[i].lower);
    };
    for (int plain = 0; k >= 0; --k) {
      if (Is(k, kDeterminer)) continue;
      if (plain >= 3 || !modifier(k)) break;
      ++plain;
    }
    if (k < 0) return false;
    if (kAvertOrPlan.count(tokens[k].lower)) return true;
    if (tokens[k].lower == "off"sv && k > 0)  // "head off", "ward off"
      return tokens[k - 1].lower.compare(0, 4, "head") == 0 || tokens[k - 1].lower.compare(0, 4, "ward") == 0;
    return ids[k] == rep.w.of && k > 0 && kFear.count(tokens[k - 1].lower);
  }

  // "Denmark has repeated its request to Iran", "made a formal protest to":
  // for a noun use of a verb that is the object of a light verb (repeat,
  // renew, make, issue, lodge, voice ...), that verb's subject, which acts
  // the noun's event; -1 when there is none, or the light verb is negated,
  // a possibility, an infinitive another verb governs ("refused to make a
  // visit"), or coded an event of its own.
  int LightVerbSubject(const VerbOcc& v) const {
    static const std::unordered_set<std::string_view> kLight = {
        "repeat", "repeats", "repeated", "reiterate", "reiterates", "reiterated", "renew",   "renews",   "renewed",
        "make",   "makes",   "made",     "issue",     "issues",     "issued",     "lodge",   "lodges",   "lodged",
        "voice",  "voices",  "voiced",   "express",   "expresses",  "expressed",  "deliver", "delivers", "delivered",
        "file",   "files",   "filed",    "register",  "registers",  "registered", "grant",   "grants",   "granted",
        "give",   "gives",   "gave",     "given",     "extend",     "extends",    "extended"};
    int d = v.begin - 1;
    for (int plain = 0; d >= 0; --d) {
      if (tokens[d].lower == "no"sv) return -1;  // "made no mention of"
      if (Is(d, kDeterminer | kPossessive)) continue;
      if (plain < 3 && PlainWord(d) && !tokens[d].capitalized && kLight.count(tokens[d].lower) == 0) {
        ++plain;
        continue;
      }
      break;
    }
    if (d < 0 || d == v.begin - 1 || kLight.count(tokens[d].lower) == 0) return -1;
    // "refused to make a visit", "wants to renew its request": not done.
    if (d > 0 && ids[d - 1] == rep.w.to && GovernedInfinitive(d - 1)) return -1;
    if (int w = verb_at[d]; w >= 0) {
      const VerbOcc& light = verbs[w];
      if (light.coded || light.negated || light.hypothetical || light.subject < 0) return -1;
      return groups[light.subject].Empty(units) ? -1 : light.subject;
    }
    // A light verb the dictionaries do not know: its subject right before
    // it, past auxiliaries and adverbs, none of them a negation or a modal.
    int k = d - 1;
    for (; k >= 0 && IsModifier(k); --k)
      if (Is(k, kNegation | kPossible)) return -1;
    if (k < 0 || group_ending[k] < 0 || groups[group_ending[k]].Empty(units)) return -1;
    return group_ending[k];
  }

  // The nearest group ending before token i in its clause; -1 when none.
  int GroupBefore(int i) const {
    for (int k = i - 1; k >= 0; --k) {
      if (Is(k, kBoundary) || ids[k] == rep.w.comma) return -1;
      if (group_ending[k] >= 0) return group_ending[k];
    }
    return -1;
  }

  // The actor whose apposition the comma at `c` closes, or -1: "Bush, the
  // President of the United States, met ...", "Rohan, backed by Eriador,
  // met ..." (no verb but participles since the comma after the actor).
  int AppositionHead(int c) const {
    // "Murtha, who had served as an officer in Vietnam, denounced ...": a
    // relative clause set off by commas.
    for (int k = c - 1; k >= 1 && k >= c - 20; --k) {
      if (Is(k, kBoundary) && !std::isalpha(static_cast<unsigned char>(tokens[k].lower[0]))) break;
      if (ids[k] != rep.w.comma) continue;
      // The antecedent may be agents alone: "gunmen, who had posed as police
      // officers, raided".
      if (Is(k + 1, kRelative)) {
        const int g = group_at[k - 1];
        if (g >= 0 && (!groups[g].Empty(units) || !opt.rules.tabari_parse)) return g;
      }
      break;
    }
    for (int k = c - 1; k > 0 && k >= c - 15; --k) {
      if ((verb_at[k] >= 0 && !verbs[verb_at[k]].participle && !NounUse(verb_at[k])) || Is(k, kBoundary)) return -1;
      if (ids[k] == rep.w.comma) {
        int g = group_at[k - 1];
        return g >= 0 && !groups[g].Empty(units) ? g : -1;
      }
    }
    return -1;
  }

  // Whether a form of "be" follows in the clause from token `from` on,
  // before any comma, conjunction or other verb.
  bool BeLater(int from) const {
    const int n = static_cast<int>(tokens.size());
    for (int k = from; k < n && k < from + 10; ++k) {
      const std::string& w = tokens[k].lower;
      if (w == "is"sv || w == "are"sv || w == "was"sv || w == "were"sv) return true;
      if (ids[k] == rep.w.comma || Is(k, kBoundary | kConjunction | kSpeech | kRelative | kModal)) return false;
      if (verb_at[k] >= 0 && !NounUse(verb_at[k])) return false;
      // A subject of its own: "said it would be".
      if (w == "it"sv || w == "he"sv || w == "she"sv || w == "they"sv || w == "we"sv || w == "i"sv) return false;
    }
    return false;
  }

  // Whether a modal follows token `from` within its phrase, before any other
  // verb: "recognizing Kosovo would have a negative effect".
  bool ModalLater(int from) const {
    const int n = static_cast<int>(tokens.size());
    for (int k = from; k < n && k < from + 8; ++k) {
      if (Is(k, kModal)) return true;
      if (ids[k] == rep.w.comma || Is(k, kBoundary | kConjunction | kSpeech | kRelative)) return false;
      if (verb_at[k] >= 0 && !NounUse(verb_at[k])) return false;
    }
    return false;
  }

  // The actors given as examples after a noun of actors starting at `from`:
  // "international organizations such as the OSCE", "several countries,
  // including France"; -1 when none.
  int ExamplesAfter(int from) const {
    const int n = static_cast<int>(tokens.size());
    int k = from;
    while (k < n && k < from + 4 && !tokens[k].capitalized &&
           std::isalpha(static_cast<unsigned char>(tokens[k].lower[0])) && unit_at[k] < 0 && verb_at[k] < 0 &&
           !Is(k, kBoundary | kConjunction | kPreposition | kRelative) && tokens[k].lower != "such"sv &&
           tokens[k].lower != "including"sv)
      ++k;
    // The noun names actors ("weapons such as American bombs" names none).
    static const std::unordered_set<std::string_view> kActorNouns = {
        "countries",     "states", "nations", "governments", "powers",   "allies", "members",    "organizations",
        "organisations", "bodies", "groups",  "agencies",    "partners", "donors", "neighbours", "neighbors"};
    if (k == from || k >= n || !kActorNouns.count(tokens[k - 1].lower)) return -1;
    if (ids[k] == rep.w.comma) ++k;
    if (k + 1 < n && tokens[k].lower == "such"sv && tokens[k + 1].lower == "as"sv) ++k;
    if (k + 1 >= n || !(tokens[k].lower == "including"sv || tokens[k].lower == "as"sv)) return -1;
    if (tokens[k].lower == "as"sv && tokens[k - 1].lower != "such"sv) return -1;
    ++k;
    while (k < n && Is(k, kDeterminer)) ++k;
    const int g = k < n ? group_starting[k] : -1;
    return g >= 0 && !groups[g].Empty(units) ? g : -1;
  }

  // The actor after "by" following a passive verb ending at `from`; -1 when
  // none. *has_by tells whether a "by" phrase follows at all.
  int PassiveAgent(int from, bool* has_by) const {
    const int n = static_cast<int>(tokens.size());
    *has_by = false;
    for (int k = from; k < n && k < from + 6; ++k) {
      if (ids[k] == rep.w.by && !MeansAfterBy(k)) {
        *has_by = true;
        // "by at least one Israeli tank", "by more than 20 soldiers": a quantity may stand first.
        static constexpr std::array<std::string_view, 10> kQuantity = {"at", "least", "more",   "than",   "up",
                                                                       "to", "about", "nearly", "almost", "some"};
        int q = k + 1;
        while (q < n && q < k + 5 &&
               (std::isdigit(static_cast<unsigned char>(tokens[q].lower[0])) ||
                std::find(kQuantity.begin(), kQuantity.end(), tokens[q].lower) != kQuantity.end()))
          ++q;
        const int g = GroupFrom(q, 2);
        return g >= 0 || opt.rules.tabari_parse ? g : ExamplesAfter(q);
      }
      // "is said to have been in use by NATO": the "by" of an infinitive
      // (but "was asked to leave Kuwait by the UN" is asked by it).
      if (ids[k] == rep.w.to && k + 1 < n && !opt.rules.tabari_parse && from > 0 && Is(from - 1, kSay) &&
          (Is(k + 1, kBe | kAuxiliary) || (verb_at[k + 1] >= 0 && verbs[verb_at[k + 1]].form == VerbForm::kBase)))
        return -1;
      // "labelled as a terrorist group by the EU": "as" right after the verb
      // opens what it was called, no clause.
      if (Is(k, kBoundary) && !(k == from && tokens[k].lower == "as"sv)) return -1;
      // "was asked to leave Kuwait by the UN": the infinitive the verb
      // governs stands between it and its "by".
      if (verb_at[k] >= 0 && k == from + 1 && ids[from] == rep.w.to && !opt.rules.tabari_parse && from > 0 &&
          !Is(from - 1, kSay))
        continue;
      // "troops attacked in Arnor were praised by Rohan": the "by" of another
      // verb; but "attacked and bombed by Rohan" share it.
      if (verb_at[k] >= 0 && !NounUse(verb_at[k])) {
        const VerbOcc& o = verbs[verb_at[k]];
        // ... and "killed and seven others wounded by Rohan".
        bool joined = Is(from, kConjunction) && k <= from + 4;
        for (int q = from + 1; q < k && joined; ++q)
          joined = Is(q, kDeterminer) || std::isdigit(static_cast<unsigned char>(tokens[q].lower[0])) ||
                   (PlainWord(q) && !tokens[q].capitalized);
        if (joined && o.form == VerbForm::kPast) {
          k = o.end - 1;
          continue;
        }
        return -1;
      }
    }
    return -1;
  }

  // The country of the place a strike named by group g hit: "a Russian
  // missile attack on Kharkiv" (UKR), "an Israeli air strike in Gaza";
  // "" when none is named.
  std::string StrikeScene(int g) const {
    const int n = static_cast<int>(tokens.size());
    for (int k = groups[g].end; k < n && k <= groups[g].end + 4; ++k) {
      const std::string& w = tokens[k].lower;
      if (w == "on"sv || w == "in"sv || w == "against"sv) {
        const int p = k + 1 < n ? GroupFrom(k + 1, 2) : -1;
        if (p < 0 || groups[p].Empty(units) || !OneActor(p)) return "";
        // "on Iranian targets in Syria": an adjective before a noun names
        // whose targets, not the place; look on.
        if (groups[p].end < n && PlainWord(groups[p].end) && !tokens[groups[p].end].capitalized) {
          k = groups[p].end;
          continue;
        }
        const Unit& u = units[groups[p].units[0]];
        return OfCountry(u) ? u.base : "";
      }
      if (!(PlainWord(k) && !tokens[k].capitalized) && verb_at[k] < 0) return "";
    }
    return "";
  }

  // The actor of a strike named right after a harmful passive verb ending at
  // `from` ("killed in an Israeli airstrike", "wounded during Rohirrim
  // shelling"), the strike's code in *strike_code (the noun's own code of
  // material conflict; an air or drone strike is aerial, 195) and the
  // noun's verb occurrence in *noun. -1 when none.
  int StrikeIn(int from, const std::string& code, std::string* strike_code, int* noun) const {
    const int n = static_cast<int>(tokens.size());
    const int root = RootNumber(code);
    if (root < 18 || root > 20) return -1;
    // "killed and seven others, including six children, wounded in ...":
    // past the others harmed.
    auto harmed = [&](int k) {
      if (verb_at[k] < 0) return false;
      const VerbOcc& o = verbs[verb_at[k]];
      const int r = RootNumber(rep.compiled[o.verb].entry->code);
      return o.form == VerbForm::kPast && r >= 18 && r <= 20;
    };
    int at = from;
    auto unnamed = [&](int k) {  // a word of no actor: "others", "children"
      return (PlainWord(k) && !tokens[k].capitalized) ||
             (unit_at[k] >= 0 && group_at[k] >= 0 && groups[group_at[k]].Empty(units));
    };
    while (at < n && at < from + 12 && tokens[at].lower != "in"sv && tokens[at].lower != "during"sv &&
           (Is(at, kConjunction) || harmed(at) || Is(at, kDeterminer) || Is(at, kAdverb) ||
            std::isdigit(static_cast<unsigned char>(tokens[at].lower[0])) || ids[at] == rep.w.comma ||
            tokens[at].lower == "including"sv || unnamed(at)))
      at = verb_at[at] >= 0 ? verbs[verb_at[at]].end : at + 1;
    if (at >= n || (tokens[at].lower != "in"sv && tokens[at].lower != "during"sv)) return -1;
    // "assassinated in Tehran in an Israeli strike": past where it was done.
    if (tokens[at].lower == "in"sv && at + 1 < n && !opt.rules.tabari_parse) {
      const int place = group_starting[at + 1];
      const int next = place >= 0 ? groups[place].end : -1;
      if (next >= 0 && next < n && tokens[next].lower == "in"sv && OneActor(place) &&
          (units[groups[place].units[0]].place || units[groups[place].units[0]].government_name ||
           units[groups[place].units[0]].code == units[groups[place].units[0]].base))
        at = next;
    }
    int k = at + 1;
    while (k < n && k <= at + 3 &&
           (Is(k, kDeterminer) || (PlainWord(k) && !tokens[k].capitalized && group_starting[k] < 0)))
      ++k;
    const int g = k < n ? group_starting[k] : -1;
    if (g < 0 || groups[g].Empty(units) || groups[g].units.size() != 1) return -1;
    // Who strikes: an armed organ, a group, or a country named by its
    // adjective or initials ("Israeli", "U.S."); not a place ("the Gaza
    // strikes" are strikes on Gaza) nor an embassy ("the Kenya embassy bombing").
    const Unit& u = units[groups[g].units[0]];
    // Named: not "a drone strike" with a drone of some country.
    if (u.person || u.place || !tokens[u.begin].capitalized) return -1;
    if (u.code.size() > u.base.size()) {
      static constexpr std::array<std::string_view, 4> kArmed = {"MIL", "REB", "SPY", "COP"};
      const std::string_view agent = FirstAgent(std::string_view(u.code).substr(u.base.size()));
      if (std::find(kArmed.begin(), kArmed.end(), agent) == kArmed.end()) return -1;
    } else if (OfCountry(u) && !u.institution) {
      // An adjective ends as most do ("Israeli", "Chinese", "British",
      // "French", "Russian"), and is not the country's own name ("Iran").
      const std::string_view w = tokens[u.end - 1].lower;
      static constexpr std::array<std::string_view, 5> kAdjective = {"i", "ese", "ish", "ch", "an"};
      const std::string& name = onto.FindActor(u.base)->name;  // OfCountry: it exists
      const bool adjective =
          std::any_of(kAdjective.begin(), kAdjective.end(), [&](std::string_view e) { return w.ends_with(e); }) &&
          !w.ends_with("stan") && !std::equal(w.begin(), w.end(), name.begin(), name.end(), [](char a, char b) {
            return a == std::tolower(static_cast<unsigned char>(b));
          });
      const bool initials = u.end - u.begin == 1 && w.size() <= 4 && tokens[u.begin].all_caps;
      if (!adjective && !initials) return -1;
    }
    bool aerial = false;
    for (int e = groups[g].end; e < n && e <= groups[g].end + 2; ++e) {
      const std::string& w = tokens[e].lower;
      if (verb_at[e] >= 0) {
        const std::string& own = rep.compiled[verbs[verb_at[e]].verb].entry->code;
        // A noun here, whatever its form: "in Israeli shelling".
        const int noun_root = RootNumber(own);
        if (noun_root < 18 || noun_root > 20) return -1;
        *strike_code = aerial ? "195" : own;
        *noun = verb_at[e];
        return g;
      }
      if (w == "air"sv || w == "drone"sv || w == "aerial"sv)
        aerial = true;
      else if (!PlainWord(e) || tokens[e].capitalized)
        return -1;
    }
    return -1;
  }

  // -- Coding --------------------------------------------------------------

  // "The G7's communique was \"full of lies\", China's foreign ministry
  // said", "Lavrov said the decision was a grave mistake": an actor, or its
  // act, judged by a word of the synsets INSULT or BADACT after "is" or
  // "was", in what the speaker says, is criticized by the speaker (111).
  template <typename Emit>
  void CodeJudgements(Emit& emit) {
    if (rep.judgements.empty() || opt.rules.tabari_parse) return;
    static const std::unordered_set<std::string_view> kCopula = {"is",   "was",     "are",     "were",
                                                                 "been", "remains", "remained"};
    const int n = static_cast<int>(tokens.size());
    int who = -1;
    const int said = SayingWord(/*vows=*/false, &who);
    if (said < 0) return;
    for (int c = 1; c + 1 < n; ++c) {
      if (!kCopula.count(tokens[c].lower) || verb_at[c] >= 0) continue;
      const int judged = JudgedBefore(c);
      if (judged < 0 || judged == who || groups[judged].Empty(units)) continue;
      // Not denied: "had not been", "has never been", "was no threat".
      bool denied = false;
      for (int k = groups[judged].end; k < c; ++k) denied |= Negates(k);
      if (denied) continue;
      // The judgement heads what follows, past articles, quotes and a word
      // or two before it ("a grave mistake"), and before any preposition:
      // "an ally against terrorists", "a victim of terrorists" judge no one.
      int end = -1;  // the token after the judgement
      for (int k = c + 1; k < n && k <= c + 6 && end < 0; ++k) {
        if (Is(k, kBoundary | kPreposition) || ids[k] == rep.w.comma || Negates(k) || tokens[k].lower == "no"sv ||
            (verb_at[k] >= 0 && !NounUse(verb_at[k])))
          break;
        for (const CompiledElement& e : rep.judgements)
          if (const int len = MatchAt(e, k); len > 0) end = std::max(end, k + len);
        if (end < 0 && !(Is(k, kDeterminer | kAdverb | kDegree) || ids[k] == rep.w.quote || PlainWord(k))) break;
      }
      if (end < 0) continue;
      // Said of it: "said (that) X was ..." or "X was ..., Y said", with
      // no verb between the saying and the judgement.
      const bool before =
          said < groups[judged].begin && groups[who].end <= said + 1 && NoVerbBetween(said + 1, groups[judged].begin);
      const bool after = said >= end && groups[who].begin >= end && NoVerbBetween(end, said);
      if (!before && !after) continue;
      if (trace)
        Note(Words(groups[judged].begin, groups[judged].end) + " judged by " + Words(c + 1, end) + " in what " +
             Words(groups[who].begin, groups[who].end) + " says; code 111");
      EmitPairs(who, judged, "111", kNoCode, emit);
    }
  }

  // "Khamenei vowed that Israel would be harshly punished", "Israel will pay
  // a heavy price, Khamenei said": harm foretold to an actor by the speaker
  // is a threat to it (130).
  template <typename Emit>
  void CodeHarmForetold(Emit& emit) {
    if (opt.rules.tabari_parse) return;
    const int n = static_cast<int>(tokens.size());
    int who = -1;
    const int said = SayingWord(/*vows=*/true, &who);
    if (said < 0) return;
    // Defeat foretold is a threat only when warned of or vowed ("Trump said
    // Biden would be defeated" is a forecast); punishment, a price or
    // consequences are one when said.
    static const std::unordered_set<std::string_view> kDefeated = {"destroyed", "crushed", "annihilated", "wiped",
                                                                   "defeated"};
    static const std::unordered_set<std::string_view> kWarning = {"vowed", "vows",       "warned",
                                                                  "warns", "threatened", "threatens"};
    const bool warning = kWarning.count(tokens[said].lower) > 0;
    auto country = [&](int g) {
      for (int u : groups[g].units)
        if (!units[u].code.empty()) return units[u].base;
      return std::string();
    };
    auto within = [&](int from, std::initializer_list<std::string_view> words) {
      for (int k = from; k < n && k < from + 4; ++k)
        for (std::string_view w : words)
          if (tokens[k].lower == w) return true;
      return false;
    };
    for (size_t g = 0; g < groups.size(); ++g) {
      const int gi = static_cast<int>(g);
      // (Not one's own: "Putin said Russian soldiers would be punished".)
      if (gi == who || groups[g].Empty(units) || country(gi) == country(who)) continue;
      int k = groups[g].end;
      if (k >= n || (tokens[k].lower != "will"sv && tokens[k].lower != "would"sv)) continue;
      ++k;
      while (k < n && (IsModifier(k) || tokens[k].lower == "be"sv || ids[k] == rep.w.quote) && !Negates(k)) ++k;
      if (k >= n || Negates(k)) continue;
      const std::string& w = tokens[k].lower;
      const bool harm = (warning && kDefeated.count(w)) || w == "punished"sv || w == "regret"sv ||
                        (w == "pay"sv && within(k + 1, {"price", "dearly"})) ||
                        (w == "face"sv && within(k + 1, {"consequences", "retaliation", "punishment", "response"}));
      if (!harm) continue;
      // Said of it: "vowed (that) X would", or "X will ..., Y said".
      const bool before = said < groups[g].begin && NoVerbBetween(said + 1, groups[g].begin);
      const bool after = said > k && groups[who].begin > k && NoVerbBetween(k + 1, said);
      if (!before && !after) continue;
      if (trace)
        Note(Words(groups[g].begin, groups[g].end) + " foretold harm by " + Words(groups[who].begin, groups[who].end) +
             "; code 130");
      EmitPairs(who, gi, "130", kNoCode, emit);
    }
  }

  // The first word of saying (with `vows`, of vowing too) next to an actor:
  // the group right before it, past adverbs ("Lavrov also said"), or the
  // speaker right after it ("said Lavrov"). Returns the word's token and
  // sets *who to that group; -1 when there is none or it codes nothing.
  int SayingWord(bool vows, int* who) const {
    const int n = static_cast<int>(tokens.size());
    for (int k = 0; k < n; ++k) {
      if (!Is(k, kSpeech) && !(vows && (tokens[k].lower == "vowed"sv || tokens[k].lower == "vows"sv))) continue;
      int j = k - 1;
      while (j >= 0 && IsModifier(j)) --j;
      const int g = j >= 0 && group_ending[j] >= 0                   ? group_ending[j]
                    : speaker >= 0 && k == groups[speaker].begin - 1 ? speaker
                                                                     : -1;
      if (g < 0) continue;
      if (groups[g].Empty(units)) return -1;
      *who = g;
      return k;
    }
    return -1;
  }

  // Whether tokens [b, e) hold no verb of the dictionaries used as one.
  bool NoVerbBetween(int b, int e) const {
    for (int k = std::max(b, 0); k < e; ++k)
      if (verb_at[k] >= 0 && !NounUse(verb_at[k]) && !Is(k, kSpeech)) return false;
    return true;
  }

  // The actor judged by the copula at c: the group right before it ("the
  // United States is"), or one owning or naming the noun before it ("the
  // G7's communique was", "China's military drills were", "the Russian
  // decision was"); -1 if none.
  int JudgedBefore(int c) const {
    // Only an actor opening the clause: in "Britain's decision to expel
    // Russian diplomats was", not the diplomats (nor, for now, Britain,
    // whose noun is too far from the verb).
    auto opens_clause = [&](int g) {
      int b = groups[g].begin - 1;
      while (b >= 0 && Is(b, kDeterminer)) --b;
      return b < 0 || ids[b] == rep.w.that || ids[b] == rep.w.quote || ids[b] == rep.w.comma || Is(b, kSpeech);
    };
    if (group_ending[c - 1] >= 0) return opens_clause(group_ending[c - 1]) ? group_ending[c - 1] : -1;
    // (Only of an act: "the Palestinian death toll was unacceptable" judges no one.)
    static const std::unordered_set<std::string_view> kActs = {
        "decision", "move",        "action",   "actions",    "policy",     "policies",   "plan",      "plans",
        "proposal", "remarks",     "comments", "statement",  "communique", "communiqué", "sanctions", "attack",
        "attacks",  "strikes",     "invasion", "occupation", "annexation", "behaviour",  "behavior",  "conduct",
        "claims",   "accusations", "demands",  "response",   "threats",    "drills",     "tests",     "test",
        "law",      "resolution",  "vote",     "election",   "elections",  "referendum", "measures",  "steps",
        "comment",  "opposition",  "stance",   "position",   "rhetoric",   "speech",     "words",     "approach"};
    if (!kActs.count(tokens[c - 1].lower) && !(verb_at[c - 1] >= 0 && NounUse(verb_at[c - 1]))) return -1;
    for (int k = c - 1; k >= 1 && k >= c - 4; --k) {
      const Token& t = tokens[k];
      if (t.capitalized || !std::isalpha(static_cast<unsigned char>(t.lower[0])) || Is(k, kDeterminer) ||
          (verb_at[k] >= 0 && !(k == c - 1 && NounUse(verb_at[k]))))
        return -1;
      int owner = k - 1;
      if (ids[owner] == rep.w.poss) --owner;
      if (owner >= 0 && group_ending[owner] >= 0) return opens_clause(group_ending[owner]) ? group_ending[owner] : -1;
    }
    return -1;
  }

  // Whether the contact named at token k is still to come: "Obama's
  // planned meeting with Castro", "... will take place next week".
  // So is one called off: "Kerry's meeting with Lavrov was postponed".
  bool ContactToCome(int k) const {
    static const std::unordered_set<std::string_view> kToCome = {"planned",  "proposed", "upcoming", "scheduled",
                                                                 "expected", "possible", "future",   "next"};
    static const std::unordered_set<std::string_view> kCalledOff = {"cancelled", "canceled", "postponed",
                                                                    "delayed",   "scrapped", "called"};
    for (int d = k - 1; d >= 0 && d >= k - 3; --d)
      if (kToCome.count(tokens[d].lower)) return true;
    // (Not past a relative clause: "talks that would end the war".)
    for (int j = k + 1; j < static_cast<int>(tokens.size()) && j < k + 12; ++j) {
      if (Is(j, kBoundary | kRelative) || ids[j] == rep.w.that) break;
      if (tokens[j].lower == "will"sv || tokens[j].lower == "would"sv || kCalledOff.count(tokens[j].lower)) return true;
    }
    return false;
  }

  // "said in a phone call with Merkel", "during talks with Iran", "at a
  // meeting with Erdogan": the subject of the clause the phrase is in had
  // that contact (041 by telephone, 046 talks, 040 otherwise); so did the
  // owner of "Merkel's talks with Putin".
  template <typename Emit>
  void CodeContacts(Emit& emit) {
    static const std::unordered_map<std::string_view, std::string_view> kContacts = {
        {"call", "041"},  {"calls", "041"},     {"conversation", "040"}, {"conversations", "040"},
        {"talks", "046"}, {"meeting", "040"},   {"meetings", "040"},     {"dinner", "040"},
        {"lunch", "040"}, {"breakfast", "040"}, {"conference", "040"},   {"summit", "040"}};
    const int n = static_cast<int>(tokens.size());
    // "a brief phone call", "telephone talks": words of the phrase.
    auto modifier = [&](int i) { return PlainWord(i) || Ordinal(i) || (verb_at[i] >= 0 && NounUse(verb_at[i])); };
    for (int k = 1; k + 2 < n; ++k) {
      if (ids[k + 1] != rep.w.with) continue;                  // cheap first
      if (question_from >= 0 && k >= question_from) continue;  // "Will Merkel have talks with Putin?"
      auto c = kContacts.find(tokens[k].lower);
      if (c == kContacts.end()) continue;
      std::string code(c->second);
      int d = k - 1;
      for (int plain = 0; d >= 0 && (Is(d, kDeterminer | kPossessive) || (plain < 2 && modifier(d) && ++plain)); --d)
        if (tokens[d].lower == "phone"sv || tokens[d].lower == "telephone"sv) code = "041";
      if (d < 0) continue;
      const std::string& prep = tokens[d].lower;
      // "Merkel had talks with Putin", "Clark, who had lunch with Bush": had by the subject of "have".
      const bool had = prep == "had"sv || prep == "has"sv || prep == "have"sv;
      // "Merkel's talks with Putin", "Obama's meeting with Castro": the
      // owner's (news rules only; not one to come).
      const int owner = d + 1 < k && ids[d + 1] == rep.w.poss && !opt.rules.tabari_parse ? group_ending[d] : -1;
      if (owner >= 0 && ContactToCome(k)) continue;
      if (!(prep == "in"sv || prep == "during"sv || prep == "at"sv || prep == "over"sv || prep == "after"sv || had ||
            owner >= 0))
        continue;
      const int with = GroupFrom(k + 2, 1);
      // "Putin, in a phone call with Merkel, had promised": the actor an
      // aside follows, when a verb follows the aside.
      const int close = with >= 0 ? groups[with].end : n;
      const bool aside = close + 1 < n && ids[close] == rep.w.comma &&
                         (verb_at[close + 1] >= 0 || Is(close + 1, kAuxiliary | kAdverb));
      int who = owner >= 0 ? owner
                : had      ? HaveSubject(d)
                : aside && d >= 2 && ids[d - 1] == rep.w.comma && group_ending[d - 2] >= 0 &&
                        !groups[group_ending[d - 2]].Empty(units)
                    ? group_ending[d - 2]
                    : ClauseSubjectBefore(d);
      // "During talks with Putin, Erdogan said", "Speaking at a news
      // conference with Brown, Musharraf rejected": a phrase opening the
      // sentence is the main clause's subject's.
      const bool opening = d == 0 || (d <= 2 && verb_at[0] >= 0 && verbs[verb_at[0]].form == VerbForm::kIng);
      if (who < 0 && with >= 0 && opening) who = SubjectAfterOpening(groups[with].end);
      if (who < 0 || with < 0 || who == with || groups[with].Empty(units)) continue;
      if (trace)
        Note("'" + Words(d, k + 1) + " with': a contact with " + Words(groups[with].begin, groups[with].end) + " by " +
             Words(groups[who].begin, groups[who].end) + ", the clause's subject; code " + code);
      EmitPairs(who, with, code, kNoCode, emit);
    }
    // "Frederiksen told Trump in a phone call": the one told was called.
    for (int k = 3; k < n; ++k) {
      if (tokens[k].lower != "call"sv || (k + 1 < n && ids[k + 1] == rep.w.with) ||
          (question_from >= 0 && k >= question_from))
        continue;
      int d = k - 1;
      bool phone = false;
      for (; d >= 0 && (Is(d, kDeterminer) || modifier(d)); --d)
        phone |= tokens[d].lower == "phone"sv || tokens[d].lower == "telephone"sv;
      if (!phone || d < 2 || tokens[d].lower != "in"sv) continue;
      const int told = group_ending[d - 1];
      if (told < 0 || groups[told].Empty(units) || groups[told].begin < 1) continue;
      const int t = groups[told].begin - 1;
      if (verb_at[t] < 0 || !Is(t, kSay) || (tokens[t].lower != "told"sv && tokens[t].lower != "tells"sv)) continue;
      const int who = verbs[verb_at[t]].subject >= 0 ? verbs[verb_at[t]].subject : speaker;
      if (who < 0 || who == told || groups[who].Empty(units)) continue;
      if (trace) Note("'told ... " + Words(d, k + 1) + "': a telephone contact; code 041");
      EmitPairs(who, told, "041", kNoCode, emit);
    }
  }

  // The coded subject of "have" at token d: the actor right before it
  // ("Merkel had talks"), or the antecedent of "who" ("Clark, who had
  // lunch"); -1 when there is none, or "have" is negated or a possibility.
  int HaveSubject(int d) const {
    int j = d - 1;
    while (j >= 0 && Is(j, kAdverb)) --j;
    if (j < 0 || Is(j, kNegation | kModal) || ids[j] == rep.w.to) return -1;
    if (tokens[j].lower == "who"sv && j >= 1) {
      j -= 1;
      if (ids[j] == rep.w.comma && j >= 1) --j;
    }
    const int g = group_ending[j];
    return g >= 0 && !groups[g].Empty(units) ? g : -1;
  }

  // The coded subject of the nearest finite verb before token k in its
  // sentence, when that verb states a fact (not negated, not after a modal
  // or "to"); -1 otherwise.
  int ClauseSubjectBefore(int k) const {
    for (int i = k - 1; i >= 0; --i) {
      if (Is(i, kBoundary)) return -1;
      // A verb of saying the dictionaries do not code ("Medvedev stated"): the actor right before it.
      if (verb_at[i] < 0 && Is(i, kSpeech) && i > 0 && group_ending[i - 1] >= 0)
        return groups[group_ending[i - 1]].Empty(units) ? -1 : group_ending[i - 1];
      const int w = verb_at[i];
      if (w < 0 || NounUse(w)) continue;
      const VerbOcc& f = verbs[w];
      // Not what will be or is wanted: "will raise the issue during talks with".
      if (f.negated || f.hypothetical || f.subject < 0 || groups[f.subject].Empty(units) ||
          (f.begin > 0 && (Is(f.begin - 1, kModal) || ids[f.begin - 1] == rep.w.to)))
        return -1;
      return f.subject;
    }
    return -1;
  }

  // Whether every coded actor of group g is news media (agent MED).
  bool MediaOnly(int g) const {
    bool any = false;
    for (int k : groups[g].units) {
      const Unit& u = units[k];
      if (u.code.empty()) continue;
      if (u.person || u.code.size() < u.base.size() + 3 || u.code.compare(u.code.size() - 3, 3, "MED") != 0)
        return false;
      any = true;
    }
    return any;
  }

  // Whether every actor of group g acts in politics, not by force: a
  // government, opposition, party, legislature, elite, court, the media, a
  // non-governmental or human rights organisation or labour, or one of
  // their people; known by its country or not ("the Opposition").
  bool InPolitics(int g) const {
    static const std::unordered_set<std::string_view> kRoles = {"GOV", "OPP", "PTY", "LEG", "ELI",
                                                                "JUD", "MED", "NGO", "HRI", "LAB"};
    for (int k : groups[g].units)
      if (!kRoles.count(Role(units[k]))) return false;
    return !groups[g].units.empty();
  }

  // Whether an attack is made in words: said to be ("verbally attacked"),
  // or between actors in politics of one country (or of none named), or
  // between persons in politics ("Correa attacked Uribe").
  bool VerbalAttack(const VerbOcc& v, int source, int target) const {
    static const std::unordered_set<std::string_view> kInWords = {"verbally", "editorially", "politically", "publicly",
                                                                  "sharply"};
    if (v.begin > 0 && kInWords.count(tokens[v.begin - 1].lower)) return true;
    if (source < 0 || target < 0 || !InPolitics(source) || !InPolitics(target)) return false;
    // Not one made somewhere: "Assad attacked the opposition in Homs".
    static const std::unordered_set<std::string_view> kWhere = {"in", "near", "around", "inside"};
    for (int k = groups[target].begin; k <= groups[target].end && k < static_cast<int>(tokens.size()); ++k)
      if (kWhere.count(tokens[k].lower)) return false;
    bool one_country = true, persons = true;
    for (int s : groups[source].units)
      for (int t : groups[target].units) {
        const Unit &a = units[s], &b = units[t];
        one_country &= a.base == b.base || a.code.empty() || b.code.empty();
        persons &= a.person && b.person;
      }
    return one_country || persons;
  }

  // For a verb right after a message and its author ("a statement by
  // Cuba's Interior Ministry praised"): that author. For an -ing form right
  // after a message, with an object after it ("a speech praising", "a
  // statement condemning"), or a verb after a message and a relative "that"
  // ("a tweet that told"), where the verb before the message put it out
  // ("gave", "issued", "passed"; not "rejected"): that verb's subject. -1
  // otherwise.
  int MessageAuthor(int vi) const {
    static const std::unordered_set<std::string_view> kMessages = {
        "speech",     "statement",   "statements",    "letter", "letters",  "message", "communique", "address",
        "resolution", "declaration", "editorial",     "report", "note",     "motion",  "tweet",      "tweets",
        "ad",         "advert",      "advertisement", "decree", "petition", "bill"};
    const VerbOcc& v = verbs[vi];
    const int n = static_cast<int>(tokens.size());
    // "A statement by Cuba's Interior Ministry praised": the author named
    // after "by", right before the verb.
    if (int b = v.begin - 1; b > 0 && group_ending[b] >= 0 && !groups[group_ending[b]].Empty(units)) {
      const int by = groups[group_ending[b]].begin - 1;
      if (by > 0 && ids[by] == rep.w.by && kMessages.count(tokens[by - 1].lower)) return group_ending[b];
    }
    // "a statement that (had) condemned": the message before a relative
    // "that"; not what it "will" do.
    int message = v.begin - 1;
    while (message > 0 && IsModifier(message) && !Is(message, kPossible) && tokens[message].lower != "will"sv)
      --message;
    if (message > 0 && ids[message] == rep.w.that && RelativeThat(message, v.begin)) {
      --message;
    } else {
      message = v.begin - 1;
      if (v.form != VerbForm::kIng) return -1;
      // ("a resolution calling for", "a statement calling on", "a resolution
      // imposing sanctions": news rules only.)
      if (!(v.end < n &&
            (unit_at[v.end] >= 0 || Is(v.end, kDeterminer) ||
             (!opt.rules.tabari_parse && ((Is(v.end, kPreposition) && ids[v.end] != rep.w.of) || PlainWord(v.end))))))
        return -1;
    }
    if (message < 1 || !kMessages.count(tokens[message].lower)) return -1;
    // "a Security Council resolution imposing sanctions", "an OAS motion
    // condemning": the body named right before the message (news rules).
    const int body = opt.rules.tabari_parse || v.form != VerbForm::kIng ? -1 : group_ending[message - 1];
    // The verb before the message and its modifiers ("issued a strongly
    // worded statement"; past the body: "adopted a UN resolution").
    int k = body >= 0 ? groups[body].begin - 1 : message - 1;
    while (k >= 0 && k >= message - 6 && verb_at[k] < 0 &&
           (Is(k, kDeterminer) || PlainWord(k) || std::isdigit(static_cast<unsigned char>(tokens[k].lower[0])) ||
            tokens[k].lower == "off"sv || tokens[k].lower == "out"sv))
      --k;
    const bool verb_before = k >= 0 && verb_at[k] >= 0 && verb_at[k] < vi;
    // Put out, not acted on: "rejected a resolution condemning Israel"
    // condemns no one; nor does "vetoed a Security Council resolution
    // imposing sanctions" impose them.
    static const std::unordered_set<std::string_view> kPutOut = {
        "give",  "deliver", "issue", "release",   "send",      "write",     "publish", "pass",   "adopt",
        "make",  "read",    "sign",  "post",      "broadcast", "leave",     "fire",    "run",    "air",
        "draft", "approve", "table", "introduce", "unveil",    "circulate", "present", "submit", "put"};
    const bool put_out = verb_before && kPutOut.count(rep.compiled[verbs[verb_at[k]].verb].entry->lemma);
    if (body >= 0 && !groups[body].Empty(units) && (!verb_before || put_out)) return body;
    if (!put_out) return -1;
    const VerbOcc& put = verbs[verb_at[k]];
    return put.subject >= 0 && !groups[put.subject].Empty(units) ? put.subject : -1;
  }

  // Whether verb occurrence v is a verb whose past is its base before a
  // particle: "the foreign ministry hit back at Washington", "protesters
  // in the town of Tuzla set fire to". News rules only.
  bool PastWithParticle(const VerbOcc& v) const {
    static const std::unordered_set<std::string_view> kPastAsBase = {"hit", "cut", "put", "set", "shut"};
    if (opt.rules.tabari_parse || v.end >= static_cast<int>(tokens.size()) || !kPastAsBase.count(tokens[v.begin].lower))
      return false;
    const std::string_view next = tokens[v.end].lower;
    return next == "back"sv || next == "out"sv || (next == "fire"sv && tokens[v.begin].lower == "set"sv);
  }

  // The group named after "by" right before verb v when what stands before
  // "by" is an act or a weapon, or a participle ("planted by", "fired
  // by"): "An airstrike by Israel killed five fighters". News rules only.
  int DoerOfSubject(const VerbOcc& v) const {
    if (opt.rules.tabari_parse || v.begin < 3 || v.form == VerbForm::kIng ||
        (v.form == VerbForm::kBase && tokens[v.begin].lower != "hit"sv))
      return -1;
    const int g = group_ending[v.begin - 1];
    if (g < 0 || groups[g].Empty(units)) return -1;
    const int by = BeforeDeterminers(groups[g].begin);
    if (by < 1 || ids[by] != rep.w.by) return -1;
    // An act of force (ForceNoun; a "strike" only from the air: "a strike
    // by Air France pilots" is a walkout) or a weapon.
    static const std::unordered_set<std::string_view> kWeapons = {"bomb",   "bombs",   "missile",   "missiles",
                                                                  "rocket", "rockets", "drone",     "drones",
                                                                  "mine",   "ambush",  "explosion", "blast"};
    static const std::unordered_set<std::string_view> kMadeBy = {"planted",   "fired", "launched",  "carried",
                                                                 "conducted", "set",   "detonated", "dropped"};
    std::string_view before = tokens[by - 1].lower;
    if (before == "out"sv && by >= 2) before = tokens[by - 2].lower;  // "carried out by"
    const bool air_strike =
        (before == "strike"sv || before == "strikes"sv) && by >= 2 &&
        (tokens[by - 2].lower == "air"sv || tokens[by - 2].lower == "drone"sv || tokens[by - 2].lower == "missile"sv);
    const bool act = (ForceNoun(before) && before != "strike"sv && before != "strikes"sv) || kWeapons.count(before);
    if (!act && !kMadeBy.count(before) && !air_strike) return -1;
    // The act opens the clause: nothing but its phrase before it ("Israel
    // said an attack by Hamas killed": after a verb of saying).
    for (int k = by - 1; k >= 0; --k) {
      if (Is(k, kBoundary | kSay) || ids[k] == rep.w.comma || ids[k] == rep.w.that) break;
      if (verb_at[k] >= 0 && !NounUse(verb_at[k]) && !kMadeBy.count(tokens[k].lower) && !ForceNoun(tokens[k].lower) &&
          !kWeapons.count(tokens[k].lower))
        return -1;
    }
    return g;
  }

  // The group after "in a clash with", "in fighting with" right after
  // verb v, else -1 (news rules only).
  int ClashWithAfter(const VerbOcc& v) const {
    const int n = static_cast<int>(tokens.size());
    if (opt.rules.tabari_parse || v.end + 3 >= n || ids[v.end] != rep.w.in) return -1;
    static const std::unordered_set<std::string_view> kClash = {
        "clash",    "clashes",   "fighting", "battle",     "battles",  "firefight",    "firefights",
        "gunfight", "gunbattle", "skirmish", "skirmishes", "shootout", "confrontation"};
    int k = v.end + 1;
    for (int plain = 0; k < n && (Is(k, kDeterminer) || (plain < 2 && PlainWord(k) && !kClash.count(tokens[k].lower)));
         ++k)
      if (!Is(k, kDeterminer)) ++plain;
    if (k + 2 >= n || !kClash.count(tokens[k].lower) || ids[k + 1] != rep.w.with) return -1;
    const int g = GroupFrom(k + 2, 1);
    return g >= 0 && !groups[g].Empty(units) ? g : -1;
  }

  // Whether token k is a verb that takes a bare infinitive or a
  // subjunctive after its object ("help Ukraine fight", "insisted Israel
  // withdraw").
  bool BareInfinitiveBefore(int k) const {
    static const std::unordered_set<std::string_view> kBareInfinitive = {
        "help",        "helps",    "helped",   "helping",   "let",      "lets",      "make",    "makes",    "made",
        "insist",      "insisted", "insists",  "demand",    "demanded", "demands",   "urge",    "urged",    "urges",
        "ask",         "asked",    "request",  "requested", "suggest",  "suggested", "propose", "proposed", "recommend",
        "recommended", "require",  "required", "see",       "saw",      "watch",     "watched", "hear",     "heard"};
    return kBareInfinitive.count(tokens[k].lower) > 0;
  }

  // Whether token k is "report" or "reports" used as a noun, which the
  // verb after it goes on from: "a UN report warns Israel".
  bool ReportNoun(int k) const {
    const int u = verb_at[k];
    return u >= 0 && !opt.rules.tabari_parse && rep.compiled[verbs[u].verb].entry->lemma == "report"sv &&
           verbs[u].form != VerbForm::kPast && NounUse(u);
  }

  // Whether a verb of conflict short of force ("ban", "expel", "impose":
  // CompiledVerb::hostile) begins at token i as an infinitive or a gerund;
  // with `own_code`, only one that codes so alone ("ban", not "impose" or
  // "show", whose patterns do).
  bool HostileVerbAt(int i, bool own_code) const {
    const int vi = verb_at[i];
    if (vi < 0 || opt.rules.tabari_parse) return false;
    const CompiledVerb& cv = rep.compiled[verbs[vi].verb];
    return cv.hostile && !(own_code && cv.entry->code == "---"sv) && GerundOrInfinitiveAt(i);
  }

  // Whether a verb of force (CompiledVerb::forceful) opens at token i as a
  // verb: an -ing form or an infinitive ("keep firing", "to shell").
  bool ForceVerbAt(int i) const {
    return verb_at[i] >= 0 && rep.compiled[verbs[verb_at[i]].verb].forceful && GerundOrInfinitiveAt(i);
  }

  // Whether a verb opens at token i as an -ing form or an infinitive, not
  // a noun.
  bool GerundOrInfinitiveAt(int i) const {
    const int vi = verb_at[i];
    if (vi < 0 || verbs[vi].begin != i || NounUse(vi)) return false;
    const VerbForm form = verbs[vi].form;
    return form == VerbForm::kIng || (form == VerbForm::kBase && i > 0 && ids[i - 1] == rep.w.to);
  }

  // Whether verb occurrence `vi` is used as a noun: after a determiner and up
  // to two modifiers ("the attack", "a similar raid") unless a past form ("its
  // rejected plan" is still a verb); an -s form right after another verb
  // ("struck targets"); an -s or -ing form right after a plain noun ("two
  // artillery shells", "the coalition fighting in Yemen") or after the object
  // of a verb ("struck Hamas targets").
  bool NounUse(int vi) const {
    const VerbOcc& v = verbs[vi];
    // "as suspected militants fired": a participle of doubt before who it
    // qualifies, with no subject before it, is an adjective.
    // ("arrested 1,000 suspected members of the MS-13 gang": before a
    // plain noun too, in news.)
    if (v.form == VerbForm::kPast && v.end < static_cast<int>(tokens.size()) &&
        (unit_at[v.end] >= 0 || (!opt.rules.tabari_parse && verb_at[v.end] < 0 && !tokens[v.end].capitalized &&
                                 std::isalpha(static_cast<unsigned char>(tokens[v.end].lower[0])) &&
                                 !Is(v.end, kPreposition | kDeterminer | kConjunction | kAuxiliary | kBoundary))) &&
        (v.begin == 0 || group_ending[v.begin - 1] < 0)) {
      static const std::unordered_set<std::string_view> kDoubt = {"suspected", "alleged", "presumed", "purported"};
      if (kDoubt.count(tokens[v.begin].lower)) return true;
      // "extradite accused criminals": right after another verb, not an
      // auxiliary ("has accused Israel"). After a determiner or a
      // preposition the rules below apply to any participle.
      // (Not after "report" as a noun: "a Human Rights Watch report accused Egypt".)
      if (tokens[v.begin].lower == "accused"sv && v.begin > 0 && verb_at[v.begin - 1] >= 0 &&
          !Is(v.begin - 1, kAuxiliary | kBe) && !ReportNoun(v.begin - 1))
        return true;
    }
    if (v.begin == 0) return false;
    // "the Salisbury poisoning": an -ing form after an article and a name
    // that is no actor is that name's event.
    if (v.form == VerbForm::kIng && v.begin >= 2 && tokens[v.begin - 1].capitalized && unit_at[v.begin - 1] < 0 &&
        verb_at[v.begin - 1] < 0 && Cls(v.begin - 1) == 0 && ids[v.begin - 2] == rep.w.the && !shouting &&
        !opt.rules.tabari_parse)
      return true;
    // A degree word makes an adjective: "very close to the border", "too concerned".
    if (Is(v.begin - 1, kDegree)) return true;
    // "British air support are involved", "the attacks were": a subject, not a verb.
    if ((v.form == VerbForm::kBase || v.form == VerbForm::kThird) && v.end < static_cast<int>(tokens.size())) {
      const std::string& next = tokens[v.end].lower;
      if (next == "is"sv || next == "are"sv || next == "was"sv || next == "were"sv) return true;
    }
    // Right after a preposition, a base form is a noun ("its group of support
    // ships") and a participle an adjective ("on captured Iraqi soil").
    if (v.form != VerbForm::kIng && Is(v.begin - 1, kPreposition) && ids[v.begin - 1] != rep.w.to) return true;
    // "an Iraqi attack on Jordan", "the US strike": a base form after an
    // actor word that follows a determiner is that phrase's head noun.
    if (v.form == VerbForm::kBase && group_ending[v.begin - 1] >= 0) {
      const Group& g = groups[group_ending[v.begin - 1]];
      const std::string& last = tokens[v.begin - 1].lower;
      // ("a potential military clash": adjectives may stand before the actor word.)
      int d = g.begin - 1;
      for (int plain = 0; d > 0 && plain < 2 && PlainWord(d) && !tokens[d].capitalized && !opt.rules.tabari_parse;
           ++plain)
        --d;
      if (g.units.size() == 1 && d >= 0 && Is(d, kDeterminer) && ids[d] != rep.w.poss && last.back() != 's' &&
          !PastWithParticle(v))
        return true;
    }
    // So with no article, right after a verb: "Iran condemns Israeli strike
    // on Syria", "Russia slams US attack", "condemned American bullying"; a
    // singular actor before a base or -ing form is no subject.
    // (Not a pronoun or a person: "said they hold", "let Chávez meet";
    // nor a verb listed in the past: "said it downed".)
    if ((v.form == VerbForm::kBase || v.form == VerbForm::kIng) && group_ending[v.begin - 1] >= 0 &&
        !opt.rules.tabari_parse) {
      const Group& g = groups[group_ending[v.begin - 1]];
      const std::string& last = tokens[v.begin - 1].lower;
      const int d = g.begin - 1;
      // (Not after a verb taking a bare infinitive or a subjunctive: "will
      // help Ukraine fight", "insisted Israel withdraw".)
      // (But a noun before "of": "requested Japanese government sanction of Myanmar".)
      const bool of_follows = v.end < static_cast<int>(tokens.size()) && ids[v.end] == rep.w.of;
      const bool after_verb = d >= 0 && verb_at[d] >= 0 && verbs[verb_at[d]].end == g.begin && !NounUse(verb_at[d]) &&
                              (!BareInfinitiveBefore(d) || of_follows);
      // Or a preposition: "after US strike on", "as American bullying"
      // (an -ing form only after "as": "troops in Somalia fighting in
      // support of" is a participle).
      const bool after_preposition =
          d >= 0 &&
          ((Is(d, kPreposition) && ids[d] != rep.w.to && v.form == VerbForm::kBase) || tokens[d].lower == "as"sv);
      // ("U.S. aircraft bombing the village", "Iran supplying missiles",
      // "with Moscow denying Kiev's claims": a subject, when an object follows.)
      const bool object_follows = v.end < static_cast<int>(tokens.size()) &&
                                  (unit_at[v.end] >= 0 || Is(v.end, kDeterminer) || CountWord(v.end) ||
                                   (PlainWord(v.end) && !Is(v.end, kPreposition))) &&
                                  ids[v.end] != rep.w.poss;
      if (g.units.size() == 1 && (after_verb || after_preposition) && !object_follows && tokens[g.begin].capitalized &&
          !units[g.units[0]].person && !tokens[v.begin].lower.ends_with("ed") &&
          (last.back() != 's' || tokens[v.begin - 1].all_caps) && !PastWithParticle(v))
        return true;
    }
    // "agreed to boost trade", "to ease travel": a base form right after
    // an infinitive is its object, not a second verb.
    if (v.form == VerbForm::kBase && v.begin >= 2 && verb_at[v.begin - 1] >= 0 && ids[v.begin - 2] == rep.w.to &&
        verbs[verb_at[v.begin - 1]].begin == v.begin - 1 && verbs[verb_at[v.begin - 1]].form == VerbForm::kBase &&
        !BareInfinitiveBefore(v.begin - 1) && !opt.rules.tabari_parse)
      return true;
    // So is a participle between a verb and its plain object: "expressed
    // restricted optimism".
    // (Not after a noun: "coast guard ships fired water cannon".)
    if (v.form == VerbForm::kPast && verb_at[v.begin - 1] >= 0 && verbs[verb_at[v.begin - 1]].end == v.begin &&
        !NounUse(verb_at[v.begin - 1]) && verbs[verb_at[v.begin - 1]].form != VerbForm::kThird &&
        !Is(v.begin - 1, kAuxiliary | kBe) && !Is(v.begin - 1, kSpeech) && v.end < static_cast<int>(tokens.size()) &&
        PlainWord(v.end) && !tokens[v.end].capitalized && verb_at[v.end] < 0 && !opt.rules.tabari_parse)
      return true;
    // A participle right after a determiner is an adjective ("the occupied
    // West Bank"); so is one between a count and what it counts ("800
    // captured Isis fighters").
    if (v.form == VerbForm::kPast && Is(v.begin - 1, kDeterminer)) return true;
    // (Not a count that is the subject: "Hundreds stormed parliament".)
    if (v.form == VerbForm::kPast && CountWord(v.begin - 1) && v.end < static_cast<int>(tokens.size()) &&
        (unit_at[v.end] >= 0 || (PlainWord(v.end) && !tokens[v.end].capitalized)) && v.begin >= 2 &&
        (verb_at[v.begin - 2] >= 0 || Is(v.begin - 2, kPreposition | kDeterminer)) && !opt.rules.tabari_parse)
      return true;
    if (v.form != VerbForm::kPast) {
      int d = v.begin - 1;
      // "a Russian-led attack": a hyphenated modifier may be capitalized;
      // "the 11 September attacks": so may a date.
      // "the first meeting": so may an ordinal.
      while (d >= 0 && d >= v.begin - 2 &&
             (((!tokens[d].capitalized || tokens[d].lower.find('-') != std::string::npos) && PlainWord(d)) ||
              DateWord(d) || Ordinal(d)))
        --d;
      // "provide material support to": a verb's object after its modifier.
      if (d >= 0 && d < v.begin - 1 && verb_at[d] >= 0 && verbs[verb_at[d]].end == d + 1 && !opt.rules.tabari_parse &&
          !Is(v.begin - 1, kAdverb) && !LyAdverb(v.begin - 1))
        return true;
      // "the attack"; after a possessive and modifiers, a noun unless an
      // object follows: "Putin's next target will be" but "Gondor's two
      // envoys praise Arnor".
      if (d >= 0 && Is(d, kDeterminer)) {
        if (d == v.begin - 1 || ids[d] != rep.w.poss) return true;
        int next = v.end;
        bool object_follows = next < static_cast<int>(tokens.size()) && (unit_at[next] >= 0 || Is(next, kDeterminer));
        if (!object_follows) return true;
      }
    }
    // "one mission, one strike": counted as one, a noun.
    if (v.form == VerbForm::kBase && tokens[v.begin - 1].lower == "one"sv && !opt.rules.tabari_parse) return true;
    if (v.form == VerbForm::kThird) {
      if (verb_at[v.begin - 1] >= 0 && !ReportNoun(v.begin - 1)) return true;
      // "coast guard ships fired", "the US attacks targeted": right before
      // a verb in the past, a plural noun, its subject.
      if (v.end < static_cast<int>(tokens.size()) && verb_at[v.end] >= 0 && verbs[verb_at[v.end]].begin == v.end &&
          verbs[verb_at[v.end]].form == VerbForm::kPast && !Is(v.begin, kSay | kSpeech) && !opt.rules.tabari_parse)
        return true;
      // "a total of 25 attacks": counted, a plural noun.
      if (CountWord(v.begin - 1) && tokens[v.begin - 1].lower != "1"sv && !opt.rules.tabari_parse) return true;
      // "a wave of NATO airstrikes", "the US strikes": after an actor that
      // follows a preposition or an article.
      // But "The FARC accuses Colombian authorities": after an article, a
      // verb when its object follows.
      if (int ag = group_ending[v.begin - 1];
          ag >= 0 && groups[ag].begin > 0 && Is(groups[ag].begin - 1, kPreposition | kDeterminer)) {
        const int next = v.end;
        // "the US seeks to avoid": a verb when its object or 'to' follows.
        const bool object_follows = next < static_cast<int>(tokens.size()) &&
                                    (unit_at[next] >= 0 || Is(next, kDeterminer) || ids[next] == rep.w.to) &&
                                    ids[next] != rep.w.poss;
        if (!object_follows || Is(groups[ag].begin - 1, kPreposition)) return true;
      }
      // "struck Hamas targets": an -s form after the object of a verb;
      // "bombed thirteen Kurdistan Workers Party (PKK) targets": a count and
      // a name in brackets may stand between.
      int e = v.begin - 1;
      if (e >= 2 && tokens[e].lower == ")"sv && tokens[e - 2].lower == "("sv) e -= 3;
      int g = e >= 0 ? group_ending[e] : -1;
      int before = g >= 0 ? groups[g].begin - 1 : -1;
      while (before >= 0 && CountWord(before)) --before;
      if (before >= 0 && verb_at[before] >= 0 && !Is(before, kSpeech)) return true;
    }
    return InsideNounPhrase(v.begin);
  }

  // Whether an event code is verbal cooperation or conflict (quad 1 or 3);
  // outside the codebook, by the CAMEO roots 01-05 and 10-14.
  bool VerbalCode(const std::string& code) const {
    const ontology::CodeInfo* info = onto.FindCode(code);
    if (!info && code.size() >= 2) info = onto.FindCode(code.substr(0, 2));
    if (info) return info->quad == 1 || info->quad == 3;
    if (code.size() < 2 || !std::isdigit(static_cast<unsigned char>(code[0])) ||
        !std::isdigit(static_cast<unsigned char>(code[1])))
      return false;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    return (root >= 1 && root <= 5) || (root >= 10 && root <= 14);
  }

  // Whether a verb occurrence starts in [b, e): a noun's pattern words must
  // stand in its own phrase ("have postponed their meeting"), not before
  // another verb ("aircraft struck Hamas targets").
  bool VerbBetween(int b, int e) const {
    for (int k = std::max(b, 0); k < e; ++k)
      if (verb_at[k] >= 0) return true;
    return false;
  }

  // Whether group g may stand for several actors: not one named with an
  // aside, a comma and one country ("Fouad Siniora, the Lebanese Prime
  // Minister"; "Mahmoud Abbas, the Palestinian president and Fatah leader";
  // but a headline's "Russian Minister, Indian Envoy Meet").
  bool Conjoined(int g) const {
    bool comma = false;
    for (int k = groups[g].begin; k < groups[g].end; ++k) comma |= ids[k] == rep.w.comma;
    if (!comma) return true;
    const std::string* base = nullptr;
    for (int u : groups[g].units) {
      if (units[u].code.empty()) continue;
      if (base && *base != units[u].base) return true;
      base = &units[u].base;
    }
    return false;
  }

  // Whether every coded member of group g is a person: "a heated Oval
  // Office clash between Trump and Zelensky" is of words, not force.
  bool PeopleOnly(int g) const {
    if (opt.rules.tabari_parse) return false;
    for (int u : groups[g].units)
      if (!units[u].code.empty() && !units[u].person) return false;
    return true;
  }

  // Whether a negation stands in [b, e).
  bool NegationBetween(int b, int e) const {
    for (int k = std::max(b, 0); k < e; ++k)
      if (Negates(k)) return true;
    return false;
  }

  // Whether every coded member of group g is an agency of its country
  // ("Chadian rebels", "the Syrian army"), none a bare country, a body, a
  // person or a capital standing for its government.
  bool AgenciesOnly(int g) const {
    bool any = false;
    for (int u : groups[g].units) {
      const Unit& x = units[u];
      if (x.code.empty()) continue;
      if (x.person || x.government_name || x.code.size() <= x.base.size()) return false;
      any = true;
    }
    return any;
  }

  // Units of group g with a code.
  int CodedUnits(int g) const {
    int n = 0;
    for (int u : groups[g].units) n += units[u].code.empty() ? 0 : 1;
    return n;
  }

  // Whether every coded member of group g has the same code: "The
  // Australian Prime Minister, John Howard" is one actor, not two who meet.
  bool OneActor(int g) const {
    const std::string* first = nullptr;
    for (int u : groups[g].units) {
      if (units[u].code.empty()) continue;
      if (first == nullptr)
        first = &units[u].code;
      else if (*first != units[u].code)
        return false;
    }
    return true;
  }

  // The country an agent-only target group belongs to: that of an actor
  // right after it behind "in", "of" or "from", else the source's; "" when
  // neither has one.
  std::string ContextCountry(int target, int source, const std::string& code) const {
    if (PossessiveBefore(groups[target].begin)) return "";  // "its troops": the owner's
    // Not the press, the audience of "told reporters in Bahrain".
    for (int u : groups[target].units)
      if (FirstAgent(units[u].agent) == "MED"sv) return "";
    if (std::string c = CountryAfter(target, -1); !c.empty()) return c;
    // The source's country, when the source is one of its agencies
    // ("Pakistani police arrested militants", "the rebels accused the
    // government"): not the press, the audience of "told reporters", nor a
    // state organ addressed by a statement of another ("announced the
    // mobilization of troops").
    // Whom an armed force kills or attacks ("Russian jets ... killing four
    // people") is not known to be of its own country, unless it is its own
    // rebels, protesters, opposition, criminals or police. Police act at
    // home; civilians that foreign troops kill are of the article's country,
    // when it has one ("U.S. warplanes killed 18 children" in an article on Iraq).
    const Unit& s = units[groups[source].units[0]];
    const bool source_agency = s.code.size() > s.base.size();
    const std::string_view source_agent =
        source_agency ? FirstAgent(std::string_view(s.code).substr(s.base.size())) : "";
    // The police or officials an armed group of one country acts on are
    // that country's ("Boko Haram kidnapped two policemen"); not soldiers,
    // often foreign ("Hamas freed a soldier").
    if (!source_agency && !s.person && !opt.rules.tabari_parse && GroupOfAgents(target, {"COP", "GOV"}))
      if (const ontology::ActorEntry* g = onto.FindActor(s.base);
          g && g->kind == ontology::ActorKind::kGroup && g->country.size() == 3)
        return g->country;
    if (RootNumber(code) >= 18 && source_agent != "COP"sv)
      for (int u : groups[target].units) {
        static constexpr std::array<std::string_view, 5> kDomestic = {"REB", "PTR", "OPP", "CRM", "COP"};
        if (std::find(kDomestic.begin(), kDomestic.end(), FirstAgent(units[u].agent)) != kDomestic.end()) {
          // Rebels a foreign force strikes are of the country the article
          // is about ("Russian jets bombed rebels" in Syria).
          if (source_agent == "MIL"sv && FirstAgent(units[u].agent) == "REB"sv && !opt.rules.tabari_parse)
            if (std::string home = ArticleCountry(target, /*acting=*/false); !home.empty() && home != s.base)
              return home;
          continue;
        }
        // The police or "government troops" that a country's rebels attack
        // are that country's ("Syrian rebels attacked government troops");
        // not any army ("Palestinian gunmen fired on an army patrol").
        if (source_agent == "REB"sv && !opt.rules.tabari_parse &&
            (FirstAgent(units[u].agent) == "COP"sv || GovernmentWordIn(units[u])))
          if (const ontology::ActorEntry* c = onto.FindActor(s.base); c && c->kind == ontology::ActorKind::kCountry)
            return s.base;
        // So are the "government troops" an armed group of one country
        // attacks ("TPLF fighters attacked government troops": Ethiopia's;
        // its police: see above).
        if (!source_agency && !s.person && !opt.rules.tabari_parse && GovernmentWordIn(units[u]))
          if (const ontology::ActorEntry* g = onto.FindActor(s.base);
              g && g->kind == ontology::ActorKind::kGroup && g->country.size() == 3)
            return g->country;
        if (source_agent != "MIL"sv) return "";
        // Troops fight abroad more often than at home: their own country is
        // not known to be the place.
        std::string home = ArticleCountry(target, /*acting=*/false);
        return home == s.base ? "" : home;
      }
    const bool source_organ = source_agency && StateOrgan(source_agent);
    for (int u : groups[target].units) {
      std::string_view a = FirstAgent(units[u].agent);
      if (a == "MED"sv) return "";
      if (source_organ && StateOrgan(a) && code.compare(0, 2, "01") == 0) return "";
    }
    // A person counts by the country of their role ("Khamenei met with army personnel").
    const ontology::ActorEntry* country = s.base.empty() ? nullptr : onto.FindActor(s.base);
    const bool of_country = country && country->kind == ontology::ActorKind::kCountry;
    // Whom a state itself arrests or releases is its own ("Egypt arrested
    // 40 protesters"), but for spies, who are mostly another's.
    bool custody = CustodyCode(code) && OneActor(source) && !opt.rules.tabari_parse;
    for (int u : groups[target].units) custody &= FirstAgent(units[u].agent) != "SPY"sv;

    return (source_agency || custody) && of_country ? s.base : "";
  }

  // Whether unit `u` names the government's side by word: "government
  // troops", "pro-government forces", "regime forces".
  bool GovernmentWordIn(const Unit& u) const {
    for (int k = std::max(u.begin - 1, 0); k < u.end; ++k) {
      const std::string_view w = tokens[k].lower;
      if (w == "government"sv || w == "pro-government"sv || w == "regime"sv || w == "state"sv) return true;
    }
    return false;
  }

  // The country named right after group `g` ("militants in Afghanistan",
  // "the army of Syria", "an official with the Yemeni interior ministry",
  // "people living in south Lebanon"), unless that is group `other`; ""
  // when none.
  std::string CountryAfter(int g, int other) const {
    const int n = static_cast<int>(tokens.size());
    int k = groups[g].end;
    // "people living in south Lebanon", "Iraqis residing in Jordan",
    // "people crossing from Tibet", "civilians fleeing from Mosul".
    if (k + 1 < n && !opt.rules.tabari_parse) {
      const std::string& w = tokens[k].lower;
      if (((w == "living"sv || w == "residing"sv) && ids[k + 1] == rep.w.in) ||
          ((w == "crossing"sv || w == "fleeing"sv || w == "escaping"sv) && ids[k + 1] == rep.w.from))
        ++k;
    }
    // "military targets in Iran", "rebel positions in Idlib": the place of
    // what they hold.
    if (k + 1 < n && HeldPlace(k) && ids[k + 1] == rep.w.in && !opt.rules.tabari_parse) ++k;
    // "rebel-held Aleppo", "rebel-held areas of Aleppo": the place held.
    if (const std::string_view held = tokens[k - 1].lower; HoldingSuffix(held) > 0 && !opt.rules.tabari_parse) {
      int q = k;
      while (q < n && q < k + 2 && PlainWord(q) && !tokens[q].capitalized) ++q;
      if (q > k && q + 1 < n && (ids[q] == rep.w.of || ids[q] == rep.w.in)) ++q;
      const int p = q < n ? GroupFrom(q, 1) : -1;
      if (p >= 0 && p != other && groups[p].begin == q && !groups[p].Empty(units) &&
          OfCountry(units[groups[p].units[0]]))
        return units[groups[p].units[0]].base;
    }
    const bool with = k < n && tokens[k].lower == "with"sv;
    const bool off = k < n && tokens[k].lower == "off"sv;  // "a naval vessel off Sri Lanka"
    if (k + 1 >= n || !(ids[k] == rep.w.in || ids[k] == rep.w.of || ids[k] == rep.w.from || with || off)) return "";
    const int p = GroupFrom(k + 1, 1);
    if (p < 0 || p == other || groups[p].Empty(units)) return "";
    const Unit& u = units[groups[p].units[0]];
    // "with" only before one of the country's agencies, not "protesters with Israeli flags".
    if (!OfCountry(u) || (with && u.code.size() <= u.base.size())) return "";
    return u.base;
  }

  // The country of an agent-only source group ("militants", "protesters"):
  // of the place right after it ("militants in Kashmir"), or, for rebels,
  // protesters, the opposition, criminals, students and unions, of the
  // state organ they confront ("clashed with Israeli police"); "" when neither.
  std::string SourceCountry(int source, int target) const {
    if (std::string c = CountryAfter(source, target); !c.empty()) return c;
    // Students and unions too: "students appealed to Prime Minister Singh".
    static constexpr std::array<std::string_view, 6> kDomestic = {"REB", "PTR", "OPP", "CRM", "EDU", "LAB"};
    for (int u : groups[source].units)
      if (std::find(kDomestic.begin(), kDomestic.end(), FirstAgent(units[u].agent)) == kDomestic.end()) return "";
    // The target's country and agent; a person's by their role ("Prime Minister Singh").
    const Unit& t = units[groups[target].units[0]];
    std::string base = t.base;
    if (t.person) base = onto.SplitCode(t.code).first;
    const ontology::ActorEntry* country = base.empty() ? nullptr : onto.FindActor(base);
    if (!country || country->kind != ontology::ActorKind::kCountry || t.code.size() <= base.size()) return "";
    // An embassy is a government abroad: "protesters burned the US embassy"
    // are not Americans, but of where it stands ("the US embassy in Athens").
    static const std::unordered_set<std::string_view> kAbroad = {"embassy", "embassies", "consulate", "consulates"};
    for (int k = t.begin; k < t.end; ++k)
      if (kAbroad.count(tokens[k].lower) && !opt.rules.tabari_parse) {
        std::string host = CountryAfter(target, source);
        return host == t.base ? "" : host;
      }
    // Foreign troops are often who rebels fight; police and governments are their own.
    static constexpr std::array<std::string_view, 4> kOrgans = {"GOV", "COP", "JUD", "LEG"};
    std::string_view a = FirstAgent(std::string_view(t.code).substr(base.size()));
    return std::find(kOrgans.begin(), kOrgans.end(), a) != kOrgans.end() ? base : "";
  }

  // The country of target group `target` when agent-only group `source` is
  // made of state organs and the target is a domestic group of a country
  // ("police fired at Egyptian protesters": Egypt's police); "" otherwise.
  std::string DomesticTargetCountry(int source, int target) const {
    static constexpr std::array<std::string_view, 8> kDomestic = {"PTR", "OPP", "CVL", "CRM",
                                                                  "REB", "EDU", "LAB", "REF"};
    for (int u : groups[source].units)
      if (!StateOrgan(FirstAgent(units[u].agent))) return "";
    const Unit& t = units[groups[target].units[0]];
    if (!OfCountry(t) || t.code.size() <= t.base.size()) return "";
    std::string_view a = FirstAgent(std::string_view(t.code).substr(t.base.size()));
    return std::find(kDomestic.begin(), kDomestic.end(), a) != kDomestic.end() ? t.base : "";
  }

  // The home country of the armed group that agent-only group `source`, made
  // of civil state organs, acts on ("The authorities blame the separatist
  // group ETA": Spain's); "" otherwise. Troops may be foreign. Only for the
  // verb's own subject, right before it, or its "by" actor after it.
  std::string GroupHomeCountry(const VerbOcc& v, int source, int target) const {
    if (groups[source].begin < v.begin) {
      for (int k = groups[source].end; k < v.begin; ++k)
        if (!Is(k, kAdverb | kAuxiliary | kModal | kNegation)) return "";
    } else if (groups[source].begin == 0 || tokens[groups[source].begin - 1].lower != "by"sv) {
      return "";
    }
    for (int u : groups[source].units) {
      std::string_view a = FirstAgent(units[u].agent);
      if (!StateOrgan(a) || a == "MIL"sv) return "";
    }
    for (int k : groups[target].units) {
      const Unit& t = units[k];
      if (t.code.empty()) continue;
      const ontology::ActorEntry* group = t.base.empty() || t.person ? nullptr : onto.FindActor(t.base);
      if (!group || group->kind != ontology::ActorKind::kGroup) return "";
      return group->country;
    }
    return "";
  }

  // The speaker's country for agent-only state organs in what a country's
  // actor reports: "Iraq said its warplanes hit two ships" (any organ it
  // owns), "Turkey said that warplanes bombed PKK targets" (troops, police
  // or spies opening the report); "" otherwise.
  std::string SpeakerCountry(int source) const {
    const int begin = groups[source].begin;
    const bool owned = PossessiveBefore(begin);
    for (int u : groups[source].units) {
      const std::string_view a = FirstAgent(units[u].agent);
      if (!StateOrgan(a) || (!owned && a != "MIL"sv && a != "COP"sv && a != "SPY"sv)) return "";
    }
    int opens = begin - 1;
    bool that = false;  // "said in a statement that warplanes ...": the report opens there
    while (opens >= 0 && (Is(opens, kDeterminer | kAdverb) || ids[opens] == rep.w.that || DateWord(opens)))
      that |= ids[opens--] == rep.w.that;
    for (int k = begin - 1; k >= 0; --k) {
      if (Is(k, kBoundary) && ids[k] != rep.w.that) return "";
      const int w = verb_at[k];
      if (w < 0 || !(SaysWhat(verbs[w]) || Reports(verbs[w]))) continue;
      if (!owned && !that && k != opens) return "";
      const int s = verbs[w].subject;
      if (s < 0 || groups[s].Empty(units)) return "";
      const Unit& u = units[groups[s].units[0]];
      const std::string base = u.person ? onto.SplitCode(u.code).first : u.base;
      const ontology::ActorEntry* a = base.empty() ? nullptr : onto.FindActor(base);
      return a && a->kind == ontology::ActorKind::kCountry ? base : "";
    }
    return "";
  }

  // The country where agent-only group `source` protests against `target`
  // ("In Toronto, 1,000 people gathered to protest Israeli actions"): the
  // one country the sentence names as a place (after "in", "at" ...) before
  // the target, not the target's; "" when there is none or more than one.
  std::string ProtestPlace(int source, int target) const {
    std::string place;
    auto in = [&](int g, int unit) {
      return std::find(groups[g].units.begin(), groups[g].units.end(), unit) != groups[g].units.end();
    };
    for (size_t k = 0; k < units.size(); ++k) {
      const Unit& u = units[k];
      if (!OfCountry(u) || u.code != u.base) continue;
      if (in(source, static_cast<int>(k)) || in(target, static_cast<int>(k))) continue;
      // "to denounce Israel's raid in Lebanon": a place after the target is the target's.
      if (u.begin > groups[target].begin) continue;
      int b = u.begin - 1;
      while (b >= 0 && Is(b, kDeterminer)) --b;
      if (!(b >= 0 && Is(b, kLocative))) continue;
      if (!place.empty() && place != u.base) return "";
      place = u.base;
    }
    for (int t : groups[target].units)
      if (units[t].base == place) return "";
    return place;
  }

  // Where armed men with no country attack a foreign target: the one
  // country named after the target, at least once after "in", "at" or
  // "near" ("A suicide car bomber detonated explosives at a U.S. military
  // outpost in the Province of Diyala in the city of Baqubah, Iraq" is
  // IRQ); "" when none, or more than one, or the target's own.
  std::string AttackPlace(int source, int target) const {
    for (int u : groups[source].units)
      if (FirstAgent(units[u].agent) != "REB"sv) return "";
    std::string place;
    bool located = false;
    for (const Unit& u : units) {
      if (u.begin < groups[target].end) continue;
      if (!OfCountry(u) || u.code != u.base) continue;
      if (!place.empty() && place != u.base) return "";
      place = u.base;
      for (int b = u.begin - 1; b >= 0 && b >= u.begin - 4 && !located; --b)
        located = Is(b, kLocative) && tokens[b].lower != "from"sv;
    }
    if (!located) return "";
    for (int t : groups[target].units)
      if (units[t].base == place) return "";
    return place;
  }

  // Whether the unit stands for a country or one of its agencies (not a person).
  bool OfCountry(const Unit& u) const {
    const ontology::ActorEntry* a = u.person || u.base.empty() ? nullptr : onto.FindActor(u.base);
    return a && a->kind == ontology::ActorKind::kCountry;
  }

  // Whether an agent code is an organ of the state: government, military,
  // police, judiciary, legislature, intelligence.
  static bool StateOrgan(std::string_view agent) {
    static constexpr std::array<std::string_view, 6> kOrgans = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"};
    return std::find(kOrgans.begin(), kOrgans.end(), agent) != kOrgans.end();
  }

  // How many members of group g are agents that are organs of the state.
  size_t StateOrgans(int g) const {
    return std::count_if(groups[g].units.begin(), groups[g].units.end(),
                         [&](int u) { return StateOrgan(FirstAgent(units[u].agent)); });
  }

  // Whether every actor of group g may bring charges: a state or its
  // organs, or an international court or police.
  bool CanProsecute(int g) const {
    static const std::unordered_set<std::string_view> kCourts = {"ICC", "ICJ", "PCA", "INTPOL"};
    static const std::unordered_set<std::string_view> kOrgans = {"", "GOV", "JUD", "COP", "MIL", "LEG", "SPY"};
    for (int k : groups[g].units) {
      const Unit& u = units[k];
      if (u.code.empty()) continue;
      // A person is of the actor the code names ("HRW's Kenneth Roth").
      const std::string base = u.person ? onto.SplitCode(u.code).first : u.base;
      const ontology::ActorEntry* a = base.empty() ? nullptr : onto.FindActor(base);
      if (!a) continue;  // unknown: leave the dictionary's code
      if (a->kind != ontology::ActorKind::kCountry) {
        if (!kCourts.count(base)) return false;
        continue;
      }
      const std::string_view agents = u.code.size() > base.size() && u.code.compare(0, base.size(), base) == 0
                                          ? std::string_view(u.code).substr(base.size())
                                          : std::string_view();
      if (!kOrgans.count(FirstAgent(agents))) return false;
    }
    return true;
  }

  // The first agent code in `agents` ("~NGO", "GOVFRM"): "NGO", "GOV".
  static std::string_view FirstAgent(std::string_view agents) {
    if (!agents.empty() && agents[0] == '~') agents.remove_prefix(1);
    return agents.substr(0, 3);
  }

  // Whether an infinitive governed by `gov`, which coded nothing, may be
  // coded on its own: only under a negation, which it takes over, so that a
  // pattern naming the negation can code it ("won't try to clash over").
  // Otherwise what a verb governs ("planning to use", "asked them to send")
  // did not happen as such.
  static bool GovernedLeft(const VerbOcc& gov) { return gov.negated && !gov.hypothetical; }

  // "students marched to demand", "gathered in Cairo to discuss": after a
  // verb of going or gathering that happened and coded nothing, the
  // infinitive says what was done there, and may be coded with that verb's
  // subject (only a verbal act: "arrived to attack" is no attack yet).
  bool Purpose(const VerbOcc& gov) const {
    static const std::unordered_set<std::string_view> kGoing = {
        "gather", "rally", "march", "assemble", "converge", "come", "go", "travel", "fly", "arrive", "return"};
    return !gov.negated && !gov.hypothetical && gov.form == VerbForm::kPast &&
           kGoing.count(rep.compiled[gov.verb].entry->lemma) > 0;
  }

  // Whether `v` is a verb of beginning or going on ("began asking",
  // "continues to arm"): what follows it, where `v` coded nothing, is done.
  bool Aspect(const VerbOcc& v) const {
    static constexpr std::array<std::string_view, 5> kAspect = {"begin", "start", "continue", "keep", "resume"};
    const std::string& lemma = rep.compiled[v.verb].entry->lemma;
    return std::find(kAspect.begin(), kAspect.end(), lemma) != kAspect.end();
  }

  // Whether `v` is "agree" followed by "to" and a verb of conflict ("agreed
  // to impose sanctions", "agreed on Monday to ban"), with no pattern of
  // its own for that.
  bool AgreedConflict(const VerbOcc& v) const {
    if (opt.rules.tabari_parse || rep.compiled[v.verb].entry->lemma != "agree"sv) return false;
    const int n = static_cast<int>(tokens.size());
    int k = v.end;
    while (k < n && k < v.end + 4 && ids[k] != rep.w.to &&
           (IsModifier(k) || CalendarWord(tokens[k].lower, /*months_only=*/false) || tokens[k].lower == "on"sv))
      ++k;
    if (k + 2 >= n || ids[k] != rep.w.to || verb_at[k + 1] < 0) return false;
    // A verb of conflict on its own ("ban", "expel"), or "impose"; not a
    // concession on one's own ("agreed to curb its nuclear programme").
    const VerbOcc& act = verbs[verb_at[k + 1]];
    const bool own_code = HostileVerbAt(k + 1, /*own_code=*/true);
    const bool impose = rep.compiled[act.verb].entry->lemma == "impose"sv && HostileVerbAt(k + 1, false);
    static const std::unordered_set<std::string_view> kOwn = {"its", "their", "his", "her", "our"};
    static const std::unordered_set<std::string_view> kConcessions = {"suspend", "halt", "stop",   "end",   "limit",
                                                                      "curb",    "cut",  "reduce", "freeze"};
    return (own_code || impose) && !kConcessions.count(rep.compiled[act.verb].entry->lemma) &&
           !(act.end < n && kOwn.count(tokens[act.end].lower));
  }

  // Whether `v` is a decision: "decided", "voted".
  bool Decided(const VerbOcc& v) const {
    const std::string& lemma = rep.compiled[v.verb].entry->lemma;
    return !opt.rules.tabari_parse && (lemma == "decide"sv || lemma == "vote"sv);
  }

  // Whether `v` claims or alleges what its clause says.
  bool Claims(const VerbOcc& v) const {
    const std::string& lemma = rep.compiled[v.verb].entry->lemma;
    return lemma == "claim"sv || lemma == "allege"sv;
  }

  // Whether verb occurrence vi is an -ing form followed by an infinitive,
  // a determiner, a number, an actor or another plain word ("accused the
  // government attempting to delay", "clashed with rioters using tear
  // gas"): the agents right before it are acted on by the verb before them
  // and do the -ing form; they do not qualify it as a noun ("the police
  // shooting of").
  bool IngWithObject(int vi) const {
    const VerbOcc& v = verbs[vi];
    if (v.form != VerbForm::kIng || NounUse(vi) || v.end >= static_cast<int>(tokens.size())) return false;
    const int k = v.end;
    const unsigned char first = static_cast<unsigned char>(tokens[k].lower[0]);
    return ids[k] == rep.w.to || Is(k, kDeterminer) || std::isdigit(first) ||
           (std::isalpha(first) && !Is(k, kPreposition | kConjunction | kBoundary | kAdverb));
  }

  // Whether `v` is a participle of charging with no object, which
  // qualifies the noun before it: "accused of", "charged with".
  bool Charged(const VerbOcc& v) const {
    static constexpr std::array<std::string_view, 5> kCharge = {"accuse", "suspect", "convict", "acquit", "charge"};
    const std::string& lemma = rep.compiled[v.verb].entry->lemma;
    const int e = v.end;
    return v.form == VerbForm::kPast && e < static_cast<int>(tokens.size()) &&
           (ids[e] == rep.w.of || tokens[e].lower == "with"sv) &&
           std::find(kCharge.begin(), kCharge.end(), lemma) != kCharge.end();
  }

  // Whether `v` is an answer that codes nothing itself, done as a fact by a
  // known subject ("responded", "retaliated"), so that the gerund after
  // "by" is what was done.
  bool Answers(const VerbOcc& v) const {
    static constexpr std::array<std::string_view, 4> kAnswer = {"respond", "react", "reply", "retaliate"};
    const std::string& lemma = rep.compiled[v.verb].entry->lemma;
    return !v.coded && !v.negated && !v.hypothetical && v.subject >= 0 &&
           !NounUse(static_cast<int>(&v - verbs.data())) &&
           std::find(kAnswer.begin(), kAnswer.end(), lemma) != kAnswer.end();
  }

  // Whether the verb is under a modal of possibility ("could attack", "would
  // have attacked") or inside a condition ("if Iran attacks", "unless ...").
  // *reported is set for a future reported by a verb of saying ("Chad has
  // said it would agree"): a stated intent, which may be coded as such.
  bool Hypothetical(const VerbOcc& v, bool* reported) const {
    *reported = false;
    for (int k = v.begin - 1; k >= 0 && k >= v.begin - 5 && IsModifier(k); --k) {
      if (!Is(k, kPossible)) continue;
      // "did not think that Brazil would sign": what one denies will be is no intent.
      // ("Israel would not release the prisoners, Netanyahu said": the
      // speaker may come after.)
      *reported = ids[k] == rep.w.would && ((SpeechBefore(k) && !DeniedThought(k)) ||
                                            (speaker >= 0 && groups[speaker].begin > k && !opt.rules.tabari_parse));
      return true;
    }
    // "it is likely Washington will side with", "intentions to invade".
    for (int k = v.begin - 1; k >= 0 && k >= v.begin - 8; --k) {
      if ((Is(k, kBoundary) && ids[k] != rep.w.that) || (ids[k] == rep.w.comma && OpeningClauseEndsAt(k))) break;
      if (Is(k, kFraming)) return true;
    }
    for (int k = v.begin - 1; k >= 0; --k) {
      const std::string& w = tokens[k].lower;
      // "to determine whether Israel had committed war crimes": an open
      // question; "in case those groups are targeting civilians": a condition.
      if (Is(k, kCondition) || w == "whether"sv ||
          (w == "case"sv && k > 0 && tokens[k - 1].lower == "in"sv && !opt.rules.tabari_parse))
        return true;
      // "Were Iran to reject the offer, ...", "Had Iraq withdrawn, ...": a condition.
      if (k == 0 && (w == "were"sv || w == "had"sv || w == "should"sv) && group_starting.size() > 1 &&
          group_starting[1] >= 0)
        return true;
      // "blocked aid until the movement recognizes Israel": not yet done.
      if (w == "until"sv && v.form != VerbForm::kPast) return true;
      // "unless the movement renounces violence, recognises Israel and ...":
      // a comma before another verb goes on with the same clause.
      if (w == ","sv && k + 1 < static_cast<int>(tokens.size()) && verb_at[k + 1] >= 0) continue;
      if (w == ","sv || Is(k, kBoundary)) return false;
    }
    return false;
  }

  // The speaker of a sentence that opens with v's clause and ends with
  // who said it ("Washington should stop arming Taiwan, Dong Jun told his
  // U.S. counterpart"): that group, or -1.
  int TrailingSpeakerOf(const VerbOcc& v) const {
    if (speaker < 0 || groups[speaker].Empty(units) || groups[speaker].begin < v.end || opt.rules.tabari_parse)
      return -1;
    bool comma = false;
    for (int k = v.end; k < groups[speaker].begin; ++k) comma |= ids[k] == rep.w.comma;
    const int n = static_cast<int>(tokens.size());
    const int after = groups[speaker].end;
    int k = after;
    while (k < n && IsModifier(k) && !Is(k, kAuxiliary)) ++k;
    return comma && k < n && Is(k, kSay) ? speaker : -1;
  }

  // For a verb after "should" or "must" whose coded subject opens the
  // clause said by an actor ("Benn said that Ethiopia should allow ...",
  // "Obama says Iran must stop"): that actor's group, with *code the appeal
  // (020) or demand (100); -1 otherwise.
  int SaidShould(const VerbOcc& v, std::string* code) const {
    if (opt.rules.tabari_parse || v.subject < 0 || groups[v.subject].Empty(units)) return -1;
    int m = v.begin - 1;
    while (m >= 0 && Is(m, kAdverb)) --m;
    if (m < 0 || (tokens[m].lower != "should"sv && tokens[m].lower != "must"sv)) return -1;
    if (groups[v.subject].end != m) return -1;
    *code = tokens[m].lower == "must"sv ? "100" : "020";
    int b = groups[v.subject].begin - 1;
    while (b >= 0 && Is(b, kDeterminer)) --b;
    if (b >= 0 && ids[b] == rep.w.that) --b;
    // "told his U.S. counterpart that Washington must stop": past whom one tells.
    if (b >= 0 && group_ending[b] >= 0 && verb_at[b] < 0 && !opt.rules.tabari_parse) {
      int t = groups[group_ending[b]].begin - 1;
      while (t >= 0 && Is(t, kDeterminer)) --t;
      if (t >= 0 && verb_at[t] >= 0 && Is(t, kSay) &&
          (tokens[t].lower == "told"sv || tokens[t].lower == "tells"sv || tokens[t].lower == "warned"sv ||
           tokens[t].lower == "reminded"sv))
        b = t;
    }
    if (b < 0) {
      const int trailing = TrailingSpeakerOf(v);
      if (trailing >= 0) return trailing == v.subject ? -1 : trailing;
    }
    if (b < 0 || verb_at[b] < 0 || !Is(b, kSay)) return -1;
    const VerbOcc& say = verbs[verb_at[b]];
    const int who = say.subject >= 0 ? say.subject : speaker;
    if (who < 0 || who == v.subject || groups[who].Empty(units)) return -1;
    return who;
  }

  // "should set aside its plans and return to talks": whether the verb after
  // the conjunction at `conj` shares a modal of possibility standing before
  // it in the same clause, with no new subject in between.
  bool SharedPossibility(int conj) const {
    if (!Is(conj, kConjunction)) return false;
    for (int k = conj - 1; k >= 0 && k >= conj - 12; --k) {
      if (Is(k, kBoundary) || ids[k] == rep.w.comma) return false;
      if (Is(k, kPossible)) return true;
      // "Iran could attack Israel and Russia attacked": a subject of its own.
      if (group_ending[k] >= 0 && k + 1 < conj && (verb_at[k + 1] >= 0 || Is(k + 1, kAuxiliary))) {
        bool after_possible = Is(k + 1, kPossible);
        if (!after_possible) return false;
      }
    }
    return false;
  }

  // Whether a verb of saying or thinking before token i in its sentence is
  // negated: "did not think (that)", "never said".
  bool DeniedThought(int i) const {
    static const std::unordered_set<std::string_view> kThink = {"think", "believe", "expect",  "say",      "said",
                                                                "know",  "see",     "thought", "believed", "expected"};
    for (int k = i - 1; k >= 1; --k) {
      if (Is(k, kBoundary) && ids[k] != rep.w.that) return false;
      if (kThink.count(tokens[k].lower) == 0 && !Is(k, kSpeech)) continue;
      for (int d = k - 1; d >= 0 && d >= k - 3; --d)
        if (Is(d, kNegation)) return true;
      return false;
    }
    return false;
  }

  // Whether a verb of saying stands before token i in the sentence.
  bool SpeechBefore(int i) const {
    for (int k = i - 1; k >= 0; --k)
      if (Is(k, kSpeech) || (verb_at[k] >= 0 && SaysWhat(verbs[verb_at[k]]))) return true;
    return false;
  }

  // Whether a dictionary verb stands before the "to" at `to` in its clause.
  bool GovernedInfinitive(int to) const { return GoverningVerb(to) >= 0; }

  // The actor made to act in "prompting <actor> to", "forced <actor> to",
  // "led <actor> to", with `to` at token `to`; -1 otherwise.
  int CausedToDo(int to) const {
    if (to < 2 || ids[to] != rep.w.to || opt.rules.tabari_parse) return -1;
    const int g = group_ending[to - 1];
    if (g < 0 || groups[g].Empty(units) || groups[g].begin < 1) return -1;
    // Done, not what could be: past and -ing forms only, after no modal,
    // "to" or negation ("could force Israel to", "tried to force Qatar to").
    static const std::unordered_set<std::string_view> kCause = {
        "prompting", "prompted", "forcing", "forced",     "leading",   "led",      "causing", "caused",  "pushing",
        "pushed",    "spurring", "spurred", "compelling", "compelled", "obliging", "obliged", "driving", "drove"};
    const int c = groups[g].begin - 1;
    if (!kCause.count(tokens[c].lower)) return -1;
    if (c > 0 && (ids[c - 1] == rep.w.to || Is(c - 1, kNegation | kAuxiliary))) return -1;
    return g;
  }

  // The verb occurrence governing the "to" at `to`; -1 when none.
  int GoverningVerb(int to) const {
    for (int k = to - 1; k >= 0; --k) {
      if (verb_at[k] >= 0) return verb_at[k];
      if ((Is(k, kBoundary) && ids[k] != rep.w.that) || Is(k, kRelative)) return -1;
    }
    return -1;
  }

  // The subject of the clause that complements a verb ending at `from`:
  // "allowed that Mordor isn't ...", "believes Dagolath can cope"; -1 when
  // none. `blocked` is the actor DefaultTarget found opening a clause.
  int ComplementSubject(int from, int blocked) const {
    const int n = static_cast<int>(tokens.size());
    int g = blocked;
    if (g < 0) {
      // "expressed hopes on Thursday that Osgiliath ...": "that" a few words on.
      int k = from;
      while (k < n && k < from + 6 && ids[k] != rep.w.that) {
        if (Is(k, kBoundary | kSpeech) || ids[k] == rep.w.comma || verb_at[k] >= 0 || unit_at[k] >= 0) return -1;
        ++k;
      }
      if (k >= n || ids[k] != rep.w.that) return -1;
      // The actor opens the clause: "that Gondor ...", "that the Gondor army ...".
      g = group_starting[std::min(k + 1, n)];
      if (g < 0 && k + 2 < n && Is(k + 1, kDeterminer)) g = group_starting[k + 2];
    }
    if (g < 0) return -1;
    // "attacked on Monday, a Rohan minister said": a comma ends the clause.
    for (int k = from; k < groups[g].begin; ++k)
      if (ids[k] == rep.w.comma) return -1;
    int after = groups[g].end;
    // "that Osgiliath, the state's fiercest foe, could be drawn": an apposition is passed over.
    if (after < n && ids[after] == rep.w.comma) {
      int close = after + 1;
      while (close < n && close < after + 8 && ids[close] != rep.w.comma && verb_at[close] < 0) ++close;
      if (close < n && ids[close] == rep.w.comma) after = close + 1;
    }
    while (after < n && Is(after, kAdverb)) ++after;
    // A finite verb: "Eriador starting on Sunday" opens no clause.
    bool clause = after < n && !Is(after, kSpeech) &&
                  ((Is(after, kAuxiliary) && ids[after] != rep.w.to) ||
                   (verb_at[after] >= 0 && verbs[verb_at[after]].form != VerbForm::kIng && !NounUse(verb_at[after])));
    return clause ? g : -1;
  }

  // Verbs of saying take their clause as what was said, not as a target.
  bool SaysWhat(const VerbOcc& v) const { return Is(v.begin, kSay); }

  // Whether v has a clause for its object: a verb of saying or reporting,
  // or one followed by "that" ("denied that its fighters had ...").
  bool ReportsClause(const VerbOcc& v) const {
    return SaysWhat(v) || Reports(v) || (v.end < static_cast<int>(tokens.size()) && ids[v.end] == rep.w.that);
  }

  // Whether v reports what happened as a fact: "Beijing has confirmed that
  // police opened fire".
  bool Reports(const VerbOcc& v) const {
    static const std::unordered_set<std::string_view> kReport = {"confirm", "announce",    "report",
                                                                 "admit",   "acknowledge", "state"};
    return kReport.count(rep.compiled[v.verb].entry->lemma) > 0;
  }

  // An event held back until the sentence's other verbs are coded: a verb
  // whose only target is the subject of its complement clause ("Gollum
  // allowed that Mordor isn't a pleasant place") is coded with it when that
  // clause codes no event of its own from it.
  struct Pending {
    int source = -1, target = -1;
    std::string code, paired;
  };

  void CodeVerbs(const std::function<void(const std::string&, const std::string&, const std::string&,
                                          const std::string&, const std::string&)>& emit_event) {
    std::vector<std::string> sources;  // source codes of the events emitted so far
    auto emit_now = [&](const std::string& s, const std::string& sb, const std::string& t, const std::string& tb,
                        const std::string& code) {
      sources.push_back(s);
      ++emitted;
      const int root = RootNumber(code);
      // (A copy: the arguments may be attack_here's own fields.)
      Memory::Act force = root >= 18 && root <= 20 ? Memory::Act{s, sb, tb, mem.sentence} : attack_here;
      const bool protesters = s.size() >= sb.size() + 3 && s.compare(sb.size(), 3, "PTR") == 0;
      // Protesters who gather "..., demanding" a change demonstrate for it:
      // 1041 (leadership) is 1411, ..., 1044 (institutions) 1414.
      const bool demanding =
          coding_verb >= 0 && verbs[coding_verb].form == VerbForm::kIng && verbs[coding_verb].begin > 0 &&
          (ids[verbs[coding_verb].begin - 1] == rep.w.comma || ids[verbs[coding_verb].begin - 1] == rep.w.and_);
      // Protesters who assault, fight, use force or destroy property riot: 145.
      if (protesters && (root == 18 || root == 19 || code == "1712"sv || code == "175"sv))
        emit_event(s, sb, t, tb, "145");
      else if (protesters && demanding && code.size() == 4 && code.compare(0, 3, "104") == 0 && code[3] >= '1' &&
               code[3] <= '4')
        emit_event(s, sb, t, tb, std::string("141") + code[3]);
      else
        emit_event(s, sb, t, tb, code);
      attack_here = std::move(force);
    };
    auto emit = [&](const std::string& s, const std::string& sb, const std::string& t, const std::string& tb,
                    const std::string& code) {
      const int root = RootNumber(code);
      if (coding_verb >= 0 && root >= 11 && root <= 20)
        for (Accusation& a : accusations) {
          if (coding_verb <= a.verb || verbs[coding_verb].subject != a.accused) continue;
          if (!a.coded) {
            if (trace)
              Note("what '" + Words(verbs[a.verb].begin, verbs[a.verb].end) + "' says " +
                   Words(groups[a.accused].begin, groups[a.accused].end) + " did is an accusation (112)");
            a.coded = true;
            EmitPairs(a.source, a.accused, "112", kNoCode, emit_now);
          }
          return;
        }
      emit_now(s, sb, t, tb, code);
    };
    if (opt.rules.tabari_parse) {
      CodeAsTabari(emit);
      return;
    }
    // "how would you work with Congress?", "will Russia hit back at the
    // US?": a question ending the sentence (from its opening quote or colon)
    // asks what has not happened.
    question_from = -1;
    int last = static_cast<int>(tokens.size()) - 1;
    while (last >= 0 && ids[last] == rep.w.quote) --last;
    if (last > 0 && tokens[last].lower == "?"sv) {
      question_from = 0;
      for (int k = last - 1; k >= 0; --k)
        if (ids[k] == rep.w.quote || tokens[k].lower == ":"sv || tokens[k].lower == "?"sv) {
          question_from = k + 1;
          break;
        }
    }
    std::vector<Pending> pending;
    CodeEachVerb(emit, &pending);
    CodeContacts(emit);
    CodeJudgements(emit);
    CodeHarmForetold(emit);
    for (const Pending& p : pending) {
      bool own_event = false;
      for (int u : groups[p.target].units)
        own_event |= std::find(sources.begin(), sources.end(), units[u].code) != sources.end();
      if (trace)
        Note(Words(groups[p.target].begin, groups[p.target].end) +
             (own_event ? " acts in its own clause; no event with it as target"
                        : " opens a clause with no event of its own: the target of " + p.code));
      if (own_event) continue;
      EmitPairs(p.source, p.target, p.code, p.paired, emit);
    }
  }

  // The first capital or seat of government named after a locative
  // preposition from `from` on within the clause, not `source`; -1 if none.
  int CapitalScene(int from, int source) const {
    const int n = static_cast<int>(tokens.size());
    for (int k = from; k < n && k < from + 12; ++k) {
      if (Is(k, kBoundary | kSpeech | kOpener | kRelative) || ids[k] == rep.w.comma ||
          (verb_at[k] >= 0 && !NounUse(verb_at[k])))
        return -1;
      const int g = group_starting[k];
      if (g < 0) continue;
      if (g != source && groups[g].units.size() == 1 && units[groups[g].units[0]].government_name && AfterLocative(g))
        return g;
      k = groups[g].end - 1;
    }
    return -1;
  }

  // Whether a capital standing as target is the place, not the government:
  // "arrived in Havana", "visited Moscow", "seized Kabul", "shelled Kyiv",
  // as TABARI's and PETRARCH's country dictionaries code capitals. But a
  // government meeting in a capital meets its government ("talks in
  // Hanoi"), and a seat of power named as such is visited as the
  // government: "arrived at Camp David", "visited the Kremlin".
  bool CapitalAsPlace(const Unit& t, const std::string& code, const Unit& s) const {
    if (!t.government_name || t.base.empty()) return false;
    int before = t.begin - 1;
    const bool article = before >= 0 && Is(before, kDeterminer);
    while (before >= 0 && Is(before, kDeterminer)) --before;
    if (code == "042"sv) return !article && !(before >= 0 && tokens[before].lower == "at"sv);
    if (code.compare(0, 2, "04") == 0 && s.code.size() > s.base.size() &&
        FirstAgent(std::string_view(s.code).substr(s.base.size())) == "GOV"sv)
      return false;
    const int root = RootNumber(code);
    // An envoy recalled from a capital is recalled from the country
    // ("recalled its ambassador from Canberra").
    if (root == 16 && before >= 0 && tokens[before].lower == "from"sv && !opt.rules.tabari_parse) return true;
    // (Words aimed "at" a capital are aimed at its government: "hit back
    // at Washington", "lashed out at Beijing".)
    if (before >= 0 && Is(before, kLocative))
      return !(tokens[before].lower == "at"sv && root >= 10 && root <= 13 && !opt.rules.tabari_parse);
    return root >= 17 && root <= 20;
  }

  // `bare_country_agent`, if given, is the agent a country named bare as the
  // source acts through ("an Israeli airstrike" is ISRMIL's).
  template <typename Emit>
  void EmitPairs(int source, int target, const std::string& code, const std::string& paired, Emit& emit,
                 const std::string& bare_country_agent = "") {
    for (int su : groups[source].units)
      for (int tu : groups[target].units) {
        Unit s = units[su];
        if (!bare_country_agent.empty() && s.code == s.base && !s.institution && OfCountry(s))
          AppendAgent(&s.code, bare_country_agent);
        Unit t = units[tu];
        if (CapitalAsPlace(t, code, s)) t.code = t.base;
        // "told Israeli television": a statement to the press is addressed to no one.
        if (code.compare(0, 2, "01") == 0 && t.code.size() >= t.base.size() + 3 &&
            FirstAgent(std::string_view(t.code).substr(t.base.size())) == "MED"sv)
          continue;
        if (s.code.empty() || t.code.empty() || s.code == t.code) continue;
        // "US officials refused to discuss US involvement": an agency and its own
        // country named bare are one side, not two (but "Mossad" is a side of its own).
        if (t.code == t.base && t.base == s.base && !s.institution) {
          if (trace) Note(s.code + " and " + t.code + ": an agency and its own country; no event between them");
          continue;
        }
        emit(s.code, s.base, t.code, t.base, code);
        // A paired code "[032:033]" also gives the event target -> source.
        if (!paired.empty() && paired != "---"sv) emit(t.code, t.base, s.code, s.base, paired);
      }
  }

  // The article's country (Memory::Home) for the agents with no country of
  // group `g`, which acts (the source) or is acted on; in an article's first
  // two sentences, where it can have none yet, that of the place the
  // sentence is set in (ScenePlace) for agents on the ground; "" when rules
  // do not allow it, there is no such country, or `g` is owned ("its
  // troops"), of an agent given below, or a word qualifying the noun after
  // it ("military support", "the embassy bombings").
  std::string ArticleCountry(int g, bool acting) const {
    if (!opt.rules.article_context || PossessiveBefore(groups[g].begin)) return "";
    // Civilians and criminals may be acted on at home.
    static constexpr std::array<std::string_view, 3> kActedOn = {"CVL", "CRM", "REB"};
    for (int u : groups[g].units) {
      std::string_view a = FirstAgent(units[u].agent);
      bool ok = ActsAtHome(a) || (!acting && std::find(kActedOn.begin(), kActedOn.end(), a) != kActedOn.end());
      // Politicians and former office holders acting, not "a clerical elite".
      if (a == "ELI"sv)
        for (int k = units[u].begin; k < units[u].end && ok; ++k)
          ok = acting && !std::string_view(tokens[k].lower).starts_with("elite");
      if (!ok) return "";
    }
    if (QualifiesNoun(g)) return "";
    // At the article's start, before it can have a country, the country of
    // the first place the sentence sets things in, for people on the ground
    // (not officials, who may be abroad): "A rally in San Francisco ...
    // turned violent as protestors turned on police".
    if (std::string home = mem.Home(); !home.empty() || mem.sentence >= 2 || opt.rules.tabari_parse) return home;
    static constexpr std::array<std::string_view, 6> kOnTheGround = {"COP", "MIL", "PTR", "CVL", "REB", "CRM"};
    for (int u : groups[g].units)
      if (std::find(kOnTheGround.begin(), kOnTheGround.end(), FirstAgent(units[u].agent)) == kOnTheGround.end())
        return "";
    return ScenePlace();
  }

  // The country of the first place named after a locative preposition ("in
  // San Francisco", "at Bangkok's airport"), not where another event took
  // place ("Israel's raid in Lebanon"); "" when there is none.
  std::string ScenePlace() const {
    for (const Unit& u : units) {
      if (u.code.empty() || !OfCountry(u) || (u.code != u.base && !u.government_name)) continue;
      const int b = BeforeDeterminers(u.begin);
      if (b < 0 || !Is(b, kLocative)) continue;
      if (b > 0 && verb_at[b - 1] >= 0 && NounUse(verb_at[b - 1]) &&
          RootNumber(rep.compiled[verbs[verb_at[b - 1]].verb].entry->code) != 14)  // but "a rally in San Francisco"
        continue;
      return u.base;
    }
    return "";
  }

  // The actor subject of an "if" or "unless" clause after verb v, within
  // its sentence and before anything that opens another clause ("threatened
  // sanctions if Gondor ..."; "warned it would retaliate unless Rohan ..."),
  // when it is coded and not of the source's country; -1 otherwise. Only
  // under the news rules (CodingRules::article_context).
  int ConditionSubject(const VerbOcc& v, int source) const {
    if (!opt.rules.article_context) return -1;
    const int n = static_cast<int>(tokens.size());
    for (int k = v.end; k < n && k < v.end + 20; ++k) {
      if (Is(k, kCondition)) {
        int at = k + 1;
        while (at < n && Is(at, kDeterminer)) ++at;
        const int g = at < n ? group_starting[at] : -1;
        if (g < 0 || CodedUnits(g) == 0) return -1;
        // "if Syria were attacked": one acted on in the condition is not who is threatened.
        int verb = groups[g].end;
        while (verb < n && Is(verb, kAdverb | kNegation | kModal)) ++verb;
        if (verb + 1 < n && Is(verb, kBe) && verb_at[verb + 1] >= 0 && verbs[verb_at[verb + 1]].form == VerbForm::kPast)
          return -1;
        for (int u : groups[g].units)
          for (int s : groups[source].units)
            if (!units[u].base.empty() && units[u].base == units[s].base) return -1;
        return g;
      }
      // "that" and "would" lead to what is threatened; anything else that
      // opens a clause or reports speech ends the search.
      if ((Is(k, kBoundary) && ids[k] != rep.w.that) || Is(k, kRelative | kSpeech) || tokens[k].lower == "but"sv ||
          (ids[k] == rep.w.comma && !Is(k + 1, kCondition)))
        return -1;
    }
    return -1;
  }

  // Whether token k is a number or a month's name ("11", "September").
  bool DateWord(int k) const {
    const std::string& w = tokens[k].lower;
    return std::isdigit(static_cast<unsigned char>(w[0])) ||
           (tokens[k].capitalized && CalendarWord(w, /*months_only=*/true));
  }

  // Whether group `g` is a word qualifying the noun after it ("military
  // support", "the embassy bombings"), not an actor.
  bool QualifiesNoun(int g) const {
    const int k = groups[g].end;
    if (k >= static_cast<int>(tokens.size())) return false;
    const bool word = std::isalpha(static_cast<unsigned char>(tokens[k].lower[0]));
    if (verb_at[k] < 0) return word && !tokens[k].capitalized && Cls(k) == 0 && unit_at[k] < 0;
    // "the embassy bombing": after an article, a form in -ing is a noun too.
    const bool article = groups[g].begin > 0 && Is(groups[g].begin - 1, kDeterminer);
    return NounUse(verb_at[k]) || (article && verbs[verb_at[k]].form == VerbForm::kIng && !IngWithObject(verb_at[k]));
  }

  // Events between agents with no country on both sides, all of `country`.
  template <typename Emit>
  void EmitAgentsBoth(const std::string& country, int source, int target, const std::string& code,
                      const std::string& paired, Emit& emit) {
    for (int su : groups[source].units)
      for (int tu : groups[target].units) {
        if (units[su].agent.empty() || units[tu].agent.empty()) continue;
        std::string a = country, b = country;
        AppendAgent(&a, units[su].agent);
        AppendAgent(&b, units[tu].agent);
        if (a == b) continue;
        emit(a, country, b, country, code);
        if (!paired.empty() && paired != "---"sv) emit(b, country, a, country, paired);
      }
  }

  // Whether protesters of no country named stand within the phrase after
  // verb v ("fired live rounds at anti-government protesters").
  bool ProtestersAfter(const VerbOcc& v, int after) const {
    const int n = static_cast<int>(tokens.size());
    for (int k = v.end; k < n && k < after + 2; ++k) {
      if (Is(k, kBoundary)) return false;
      if (unit_at[k] >= 0) {
        const Unit& u = units[unit_at[k]];
        return u.code.empty() && u.agent == "PTR"sv;
      }
    }
    return false;
  }

  // Whether a repression verb acts on a protest named as an event, not by
  // its people: "police quelled a demonstration", "used force to break up
  // the protests". Looks from the verb to the end of its pattern and one
  // noun phrase after, within the clause. Returns the token after the
  // protest's noun, or -1.
  int ProtestObject(const VerbOcc& v, int after) const {
    static const std::unordered_set<std::string_view> kProtests = {
        "protest", "protests", "demonstration", "demonstrations", "rally",   "rallies", "riot",
        "riots",   "march",    "marches",       "sit-in",         "sit-ins", "unrest",  "uprising"};
    const int n = static_cast<int>(tokens.size());
    for (int k = v.end; k < n && k < after + 4; ++k) {
      if (Is(k, kBoundary) || unit_at[k] >= 0) return -1;
      if (kProtests.count(tokens[k].lower)) return k + 1;
    }
    return -1;
  }

  // The country of the place named by "in" at token k ("a demonstration in
  // Pelargir"); "" when none.
  std::string PlaceAt(int k) const {
    if (k < 0 || k + 1 >= static_cast<int>(tokens.size()) || ids[k] != rep.w.in) return "";
    const int g = GroupFrom(k + 1, 1);
    if (g < 0 || groups[g].Empty(units)) return "";
    const Unit& u = units[groups[g].units[0]];
    return OfCountry(u) && u.code == u.base ? u.base : "";
  }

  // Events between the agents with no country of group `agents`, taken to
  // be of `country`, and the coded actors of group `other`; the agents are
  // the source when `agents_act`.
  template <typename Emit>
  void EmitAgentsOf(const std::string& country, int agents, int other, bool agents_act, const std::string& code,
                    const std::string& paired, Emit& emit) {
    for (int au : groups[agents].units)
      for (int ou : groups[other].units) {
        const Unit& o = units[ou];
        if (o.code.empty() || units[au].agent.empty()) continue;
        std::string a = country;
        AppendAgent(&a, units[au].agent);
        // An agency and its own country named bare are one side, but for
        // whom a state holds ("Egypt arrested 40 protesters").
        if (a == o.code || (o.code == o.base && o.base == country && !CustodyCode(code))) continue;
        if (agents_act)
          emit(a, country, o.code, o.base, code);
        else
          emit(o.code, o.base, a, country, code);
        if (paired.empty() || paired == "---"sv) continue;
        if (agents_act)
          emit(o.code, o.base, a, country, paired);
        else
          emit(a, country, o.code, o.base, paired);
      }
  }

  // Who a verb with no target actor acts on in the source's own country,
  // as the agent code after the country's: its protesters when police break
  // up a protest named as an event ("quelled a demonstration": "PTR"); the
  // country itself under a curfew or a state of emergency (""); its
  // government when its people protest or threaten to ("GOV"); its people
  // when it frees prisoners of no named country ("CVL"). Sets *why;
  // false when none of these.
  bool ImpliedTarget(const std::string& code, const VerbOcc& v, int after, int source, std::string* agent,
                     const char** why) const {
    if (code == "175"sv && (ProtestObject(v, after) >= 0 || ProtestersAfter(v, after))) {
      *agent = "PTR";
      *why = "the protest acted on is its protesters'";
      return true;
    }
    if (code == "1723"sv || code == "1724"sv) {
      agent->clear();
      *why = "imposed at home";
      return true;
    }
    // "Ethiopia released 500 prisoners": those a state frees with no
    // country named are its own people.
    // (Not a swap, which frees another side's too.)
    const std::string& lemma = rep.compiled[v.verb].entry->lemma;
    if (code == "0841"sv && StateActor(source) && OneActor(source) && lemma != "exchange"sv && lemma != "swap"sv &&
        !opt.rules.tabari_parse) {
      *agent = "CVL";
      *why = "those it frees are its own people";
      return true;
    }
    if (RootNumber(code) != 14 && code.compare(0, 3, "133") != 0) return false;
    static constexpr std::array<std::string_view, 8> kPeople = {"PTR", "OPP", "LAB", "EDU", "AGR", "CVL", "PTY", "REL"};
    for (int u : groups[source].units) {
      const Unit& s = units[u];
      std::string_view a = s.code.empty()                  ? std::string_view(s.agent)
                           : s.code.size() > s.base.size() ? std::string_view(s.code).substr(s.base.size())
                                                           : std::string_view();
      if (a.empty() || std::find(kPeople.begin(), kPeople.end(), FirstAgent(a)) == kPeople.end()) return false;
    }
    *agent = "GOV";
    *why = "a protest at home is against its government";
    return true;
  }

  // Events from each unit of group `source` to `country` + `agent` (see
  // ImpliedTarget); a unit with no actor is an agent of that country.
  template <typename Emit>
  void EmitOnOwn(const std::string& country, const std::string& agent, int source, const std::string& code,
                 Emit& emit) {
    const std::string target = country + agent;
    for (int su : groups[source].units) {
      const Unit& s = units[su];
      std::string a = s.code;
      if (a.empty() && !s.agent.empty()) AppendAgent(&(a = country), s.agent);
      if (a.empty() || a == target) continue;
      emit(a, s.code.empty() ? country : s.base, target, country, code);
    }
  }

  // Whether w is a noun of an act of force: "attack", "air strikes",
  // "shelling", "invasion".
  static bool ForceNoun(std::string_view w) {
    static const std::unordered_set<std::string_view> kForce = {
        "attack",  "attacks",  "strike",    "strikes",     "airstrike", "airstrikes", "raid",
        "raids",   "bombing",  "bombings",  "shelling",    "offensive", "invasion",   "assault",
        "killing", "killings", "incursion", "bombardment", "massacre"};
    return kForce.count(w) > 0;
  }

  // Whether force is named again from token k: "the raids", "the latest
  // air strikes", "these attacks", with no one's name in the phrase.
  bool HarmNamedAgain(int k) const {
    static const std::unordered_set<std::string_view> kAgain = {"the", "these", "this", "those", "such"};
    const int n = static_cast<int>(tokens.size());
    if (k >= n || !kAgain.count(tokens[k].lower)) return false;
    for (int q = k + 1; q < n && q <= k + 3; ++q) {
      if (ForceNoun(tokens[q].lower)) {
        // Not the attack of another, named after it: "the attack on Paris",
        // "by Hamas"; nor a modifier: "the offensive remarks", "the strike committee".
        if (q + 1 < n && !tokens[q + 1].capitalized &&
            (PlainWord(q + 1) || (verb_at[q + 1] >= 0 && NounUse(verb_at[q + 1]))))
          return false;
        return q + 1 >= n ||
               !(Is(q + 1, kPreposition) && q + 2 < n && (group_at[q + 2] >= 0 || Is(q + 2, kDeterminer)));
      }
      if (!(PlainWord(q) && !tokens[q].capitalized) && !(verb_at[q] >= 0 && NounUse(verb_at[q]))) return false;
    }
    return false;
  }

  // Emits `code` from each coded member of `source` to the one who did
  // `act` to that member's country, within three sentences; false if none.
  template <typename Emit>
  bool AnswerLast(const Memory::Act& act, int source, const std::string& code, Emit& emit) {
    if (act.sentence < 0 || mem.sentence - act.sentence > 3) return false;
    bool answered = false;
    for (int su : groups[source].units) {
      const Unit& s = units[su];
      if (s.code.empty() || s.base != act.target || s.base == act.base) continue;
      emit(s.code, s.base, act.code, act.base, code);
      answered = true;
    }
    return answered;
  }

  // The group of two or more actors in "talks between <group>" right before
  // token `b` (auxiliaries and adverbs may stand between), else -1.
  int TalksBetweenBefore(int b, bool ceasefire = false) const {
    int k = b - 1;
    while (k >= 0 && (Is(k, kBe | kAuxiliary | kAdverb) || LyAdverb(k))) --k;
    // "Talks between Egypt and Ethiopia over the Nile dam ended", "talks
    // between the government and the opposition Renamo movement resumed":
    // a phrase of what about, or a name the dictionaries lack, may stand
    // between (news rules only).
    if (k >= 0 && group_ending[k] < 0 && !opt.rules.tabari_parse) {
      int j = k;
      while (j >= 0 && j > k - 7 && group_ending[j] < 0 && verb_at[j] < 0 && unit_at[j] < 0 &&
             !Is(j, kBoundary | kSpeech) && ids[j] != rep.w.comma)
        --j;
      if (j >= 0 && j < k && group_ending[j] >= 0) {
        bool about = false, plain = true;
        for (int i = j + 1; i <= k; ++i) {
          about = about || (i == j + 1 &&
                            (tokens[i].lower == "over"sv || tokens[i].lower == "on"sv || tokens[i].lower == "about"sv));
          plain = plain && PlainWord(i);
        }
        if (about || (plain && k - j <= 2)) k = j;
      }
    }
    const int g = k >= 0 ? group_ending[k] : -1;
    if (g < 0 || CodedUnits(g) < 2) return -1;
    // ("between the Syrian government and Turkey": past its article.)
    int t = opt.rules.tabari_parse ? groups[g].begin - 1 : BeforeDeterminers(groups[g].begin);
    if (t < 1 || tokens[t].lower != "between"sv) return -1;
    static const std::unordered_set<std::string_view> kTalks = {"talks",    "negotiations",  "negotiation",
                                                                "dialogue", "consultations", "discussions"};
    static const std::unordered_set<std::string_view> kTruce = {"ceasefire", "cease-fire", "truce"};
    if (!(ceasefire ? kTruce : kTalks).count(tokens[t - 1].lower)) return -1;
    // A truce heads the clause's subject: not "Talks on a ceasefire between",
    // "Violations of the ceasefire between".
    if (ceasefire) {
      int d = t - 2;
      while (d >= 0 && (Is(d, kDeterminer) || (PlainWord(d) && !tokens[d].capitalized && !Is(d, kPreposition)))) --d;
      if (d >= 0 && !Is(d, kBoundary) && ids[d] != rep.w.comma) return -1;
    }
    return g;
  }

  // Events between the members of a compound group, each with each other:
  // `code` one way and `back` ("---": none) the other.
  template <typename Emit>
  void EmitAmongMembers(int group, const std::string& code, const std::string& back, Emit& emit) {
    const std::vector<int>& members = groups[group].units;
    for (size_t a = 0; a < members.size(); ++a)
      for (size_t b = a + 1; b < members.size(); ++b) {
        const Unit& s = units[members[a]];
        const Unit& t = units[members[b]];
        // Members of one collective ("the Baltic states") are not each other's partners.
        if (s.code.empty() || t.code.empty() || s.code == t.code || (s.begin == t.begin && !s.one_of_two)) continue;
        emit(s.code, s.base, t.code, t.base, code);
        if (back != "---"sv) emit(t.code, t.base, s.code, s.base, back);
      }
  }

  // Like EmitPairs, with the options' default source (target) standing for
  // a missing or empty side; nothing when that side has no default either.
  template <typename Emit>
  void EmitWithDefaults(int source, int target, const std::string& code, const std::string& paired, Emit& emit) {
    auto side = [&](int g, const std::string& fallback) {
      std::vector<std::pair<std::string, std::string>> out;  // code, base
      if (g >= 0)
        for (int u : groups[g].units)
          if (!units[u].code.empty()) out.emplace_back(units[u].code, units[u].base);
      if (out.empty() && !fallback.empty()) out.emplace_back(fallback, fallback);
      return out;
    };
    for (const auto& [sc, sb] : side(source, opt.rules.default_source))
      for (const auto& [tc, tb] : side(target, opt.rules.default_target)) {
        if (sc == tc) continue;
        emit(sc, sb, tc, tb, code);
        if (!paired.empty() && paired != "---"sv) emit(tc, tb, sc, sb, paired);
      }
  }

  template <typename Emit>
  void CodeAsTabari(Emit& emit) {
    using CodeBy = CodingRules::CodeBy;
    using ontology::CodePriority;
    // Events are held until the sentence is done: a subordinate one ("said"
    // [023?]) is kept only where nothing else was coded, a dominant one
    // ([031!]) puts all others aside.
    struct Held {
      std::string s, sb, t, tb, code;
      CodePriority priority;
      int clause;
    };
    std::vector<Held> held;
    CodePriority priority = CodePriority::kNormal;
    int clause = 0;
    auto hold = [&](const std::string& s, const std::string& sb, const std::string& t, const std::string& tb,
                    const std::string& code) {
      held.push_back({s, sb, t, tb, code, priority, clause});
    };
    const int n = static_cast<int>(tokens.size());
    // Clauses: cut at and/but/or/nor outside actor lists and outside the
    // words of a verb's pattern ("shot and killed").
    // "awful and evil", "sheep and black goats": an "and" inside TABARI's
    // compound adjective and noun phrases joins words, not clauses.
    auto adjective = [&](int k) { return rep.parse_adjectives.count(tokens[k].lower) > 0; };
    auto noun = [&](int k) { return rep.parse_nouns.count(tokens[k].lower) > 0; };
    auto in_phrase = [&](int i) {
      if (i == 0 || i + 1 >= n || ids[i] != rep.w.and_) return false;
      if (adjective(i - 1) && adjective(i + 1)) return true;
      if (!noun(i - 1)) return false;
      int k = i + 1;
      while (k < n && adjective(k)) ++k;
      return k < n && noun(k);
    };
    auto conjunction = [&](int i) {
      return group_at[i] < 0 && !in_phrase(i) &&
             (ids[i] == rep.w.and_ || ids[i] == rep.w.or_ || ids[i] == rep.w.nor || tokens[i].lower == "but"sv);
    };
    std::vector<int> clause_of(n, 0);
    for (int i = 1; i < n; ++i) clause_of[i] = clause_of[i - 1] + (conjunction(i - 1) ? 1 : 0);
    auto coded_group = [&](int g) { return g >= 0 && !groups[g].Empty(units); };
    // Whether every coded member of group a has a code of group b: "Arnor"
    // (or "its", "them") again after "Arnor" is no new actor; "Calenardhon
    // and Arnor" is.
    auto codes_within = [&](int a, int b) {
      for (int ua : groups[a].units) {
        if (units[ua].code.empty()) continue;
        bool found = false;
        for (int ub : groups[b].units) found |= units[ua].code == units[ub].code;
        if (!found) return false;
      }
      return true;
    };
    // The first coded group in [b, e) that is not `other` nor only repeats its codes.
    auto first_group = [&](int b, int e, int other) {
      for (int i = std::max(b, 0); i < e && i < n; ++i) {
        int g = group_starting[i];
        if (!coded_group(g) || (other >= 0 && (g == other || codes_within(g, other)))) continue;
        return g;
      }
      return -1;
    };
    auto clause_begin = [&](int i) {
      while (i > 0 && clause_of[i - 1] == clause_of[i]) --i;
      return i;
    };
    auto clause_end = [&](int i) {
      const int c = clause_of[i];
      while (i < n && clause_of[i] == c) ++i;
      return i;
    };
    // TABARI's COMPLEX filter. Verbs that code nothing and have no pattern do not count.
    const CodingRules::Complexity& complex = opt.rules.complex;
    if (complex.verbs > 0 || complex.conjunctions > 0 || complex.no_actor_prior) {
      int coding_verbs = 0, first_verb = -1;
      for (const VerbOcc& v : verbs) {
        const CompiledVerb& cv = rep.compiled[v.verb];
        if (cv.entry->code == "---"sv && cv.patterns.empty()) continue;
        ++coding_verbs;
        // "On accord Gondor repelled Mordor": a verb coding nothing itself does not open the sentence.
        if (first_verb < 0 && cv.entry->code != "---"sv) first_verb = v.begin;
      }
      const int conjunctions = n > 0 ? clause_of[n - 1] : 0;
      const char* why = nullptr;
      if (complex.verbs > 0 && coding_verbs >= complex.verbs)
        why = "too many verbs";
      else if (complex.conjunctions > 0 && conjunctions >= complex.conjunctions)
        why = "too many conjunctions";
      else if (complex.no_actor_prior && first_verb >= 0 && first_group(0, first_verb, -1) < 0)
        why = "no actor before the first verb";
      if (why) {
        if (trace) Note(std::string("too complex to code (TABARI's COMPLEX): ") + why);
        return;
      }
    }
    int carried_source = -1;  // the source of the clauses before
    int coded_clause = -1;    // the last clause that gave an event
    for (size_t vi = 0; vi < verbs.size(); ++vi) {
      VerbOcc& v = verbs[vi];
      if (v.in_pattern) continue;
      clause = clause_of[v.begin];
      const int cb = clause_begin(v.begin), ce = clause_end(v.begin);
      // Whether this clause (sentence) already has its event; then only a
      // dominant code is still coded.
      const bool done = (opt.rules.code_by == CodeBy::kClause && coded_clause == clause) ||
                        (opt.rules.code_by == CodeBy::kSentence && coded_clause >= 0);
      const CompiledVerb& cv = rep.compiled[v.verb];
      const std::string label = trace ? "verb '" + Words(v.begin, v.end) + "' (" + cv.entry->lemma + ")" : "";
      // The clause's source: its first actor before the verb; a later
      // clause keeps the one before unless an actor opens it.
      int source = first_group(cb, v.begin, -1);
      if (cb > 0 && carried_source >= 0 && (source < 0 || groups[source].begin > cb + 1)) source = carried_source;
      if (clause == 0 || source >= 0) carried_source = source >= 0 ? source : carried_source;
      v.subject = source;
      // Passive: "was", "were" or "been" one or two words before, "by" right after.
      bool passive = false;
      for (int k = v.begin - 1; k >= 0 && k >= v.begin - 2; --k) {
        const std::string& w = tokens[k].lower;
        passive |= w == "was"sv || w == "were"sv || w == "been"sv;
      }
      passive = passive && v.end < n && ids[v.end] == rep.w.by;
      Match best;
      best.after = v.end;
      // TABARI tries the longest pattern first, length counted in letters.
      int best_letters = -1;
      for (const CompiledPattern& p : cv.patterns) {
        if (p.letters <= best_letters) continue;
        if (p.anchor != kUnknownWord && !Present(p.anchor)) continue;
        if (p.compound && (source < 0 || CodedUnits(source) < 2)) continue;
        Match m;
        if (MatchPattern(p, v, passive, &m)) {
          best = m;
          best_letters = p.letters;
        }
      }
      if (best.pattern)
        for (int w = 0; w < best.words; ++w)
          if (int o = verb_at[best.words_at[w]]; o > static_cast<int>(vi)) verbs[o].in_pattern = true;
      const std::string& code = best.pattern ? best.pattern->code : cv.entry->code;
      if (trace) {
        if (best.pattern)
          Note(label + ": pattern \"" + best.pattern->source->text + "\" -> " + code);
        else
          Note(label + ": no pattern matched; the verb's own code " + code);
      }
      if (code == "---"sv) continue;
      priority = best.pattern ? best.pattern->source->priority : cv.entry->priority;
      if (done && priority != CodePriority::kDominant) {
        if (trace) Note(label + ": its clause has its event already; not coded");
        continue;
      }
      const bool counts = priority != CodePriority::kSubordinate;  // a subordinate code leaves the clause open
      const std::string& paired = best.pattern ? best.pattern->paired_code : kNoCode;
      // '%' after the verb, as TABARI reads it: the compound there, each
      // member with each other one ("has exchanged prisoners with Gondor and Rohan").
      if (best.compound >= 0 || (best.pattern && best.pattern->compound)) {
        const int members = best.compound >= 0 ? best.compound : source;
        if (trace)
          Note(label + ": compound pattern; events between the members of " +
               (members >= 0 ? Words(groups[members].begin, groups[members].end) : "no one"));
        const size_t before = held.size();
        if (members >= 0) EmitAmongMembers(members, code, paired.empty() ? code : paired, hold);
        if (counts && held.size() > before) coded_clause = clause;
        continue;
      }
      const bool by_pattern = best.source >= 0 || best.target >= 0;
      int target = best.target;
      if (best.source >= 0) source = best.source;
      // The pattern named the target: the clause's source stays (as found
      // above, carried or its own) unless it is only the target again.
      else if (target >= 0 && (source < 0 || source == target || codes_within(source, target)))
        source = first_group(0, v.begin, target);
      if (target < 0) {
        target = first_group(v.end, ce, source);
        if (target < 0) target = first_group(cb, v.begin, source);
      }
      if (passive && !by_pattern) {
        if (trace) Note(label + ": passive voice; source and target swapped");
        std::swap(source, target);
      }
      const size_t before = held.size();
      const bool defaults = !opt.rules.default_source.empty() || !opt.rules.default_target.empty();
      bool moved_source = false;
      if (!coded_group(source) && coded_group(target) && defaults && !opt.rules.default_source_prior) {
        // DEFAULT without PRIOR: with no actor before the verb, the first after it is the source.
        source = target;
        target = first_group(groups[source].end, ce, source);
        moved_source = true;
      }
      if (!coded_group(source) || !coded_group(target)) {
        if (coded_group(source) && target < 0 && CodedUnits(source) >= 2 &&
            (opt.rules.default_target.empty() || !opt.rules.default_target_after || moved_source)) {
          // No target: the compound source's first member acts on the others
          // (a default target with AFTER comes first, unless the source was
          // found after the verb).
          const std::vector<int>& members = groups[source].units;
          for (size_t k = 1; k < members.size(); ++k) {
            const Unit& s = units[members[0]];
            const Unit& t = units[members[k]];
            if (!s.code.empty() && !t.code.empty() && s.code != t.code) hold(s.code, s.base, t.code, t.base, code);
          }
        } else if (defaults) {
          if (trace) Note(label + ": default actor for what is missing");
          EmitWithDefaults(source, target, code, paired, hold);
        } else if (trace) {
          Note(label + (coded_group(source) ? ": no target actor" : ": no source actor"));
        }
      } else {
        EmitPairs(source, target, code, paired, hold);
      }
      if (held.size() > before && counts) coded_clause = clause;
    }
    const bool dominant =
        std::any_of(held.begin(), held.end(), [](const Held& h) { return h.priority == CodePriority::kDominant; });
    for (const Held& h : held) {
      if (dominant && h.priority != CodePriority::kDominant) continue;
      if (h.priority == CodePriority::kSubordinate) {
        const bool by_clause = opt.rules.code_by == CodeBy::kClause;
        const bool other = std::any_of(held.begin(), held.end(), [&](const Held& o) {
          return o.priority != CodePriority::kSubordinate && (!by_clause || o.clause == h.clause);
        });
        if (other) {
          if (trace) Note("subordinate " + h.code + " " + h.s + "->" + h.t + " dropped: another event was coded");
          continue;
        }
      }
      emit(h.s, h.sb, h.t, h.tb, h.code);
    }
  }

  // One verb as CodeEachVerb reads it, stage by stage: each stage reads or
  // settles more of it.
  struct VerbReading {
    VerbReading(VerbOcc& verb, const CompiledVerb& compiled, int index)
        : v(verb), cv(compiled), vi(index), prev(verb.begin - 1) {}
    // The event's paired code (032/033), if its pattern gives one.
    const std::string& paired() const { return best.pattern ? best.pattern->paired_code : kNoCode; }

    VerbOcc& v;
    const CompiledVerb& cv;
    const int vi;          // v's index in `verbs`
    const int prev;        // the token before the verb, -1 at the start
    std::string label;     // "verb 'attacked' (attack)", for explanations only
    int joined_verb = -1;  // the infinitive this bare verb is joined to by "and"/"or"
    int author = -1;       // group: the author of the message whose act the verb is
    int last_verb = -1;    // the last verb before, not a noun or a pattern's word
    int be_at = -1;        // the token before the verb's adverbs and negation: its "be" in the passive
    bool noun = false;     // used as a noun ("their meeting")
    bool negated = false;
    bool passive = false;
    bool hypothetical = false;     // may happen, has not happened
    bool reported_future = false;  // said to be going to happen
    Match best;                    // the best pattern's match; no pattern when none matched
    std::string code;              // the event's code, once settled
    int source = -1, target = -1;  // groups, once settled
    // Active voice only: an actor after the verb that opens a clause of its
    // own (so no target), where the search for a target began, and whether
    // the object is a number of the previous verb's target ("and captured
    // two"), its pattern dropped for having taken a place for a target.
    int blocked = -1;
    int object_from = 0;
    bool counted = false;
    bool unpatterned = false;
  };

  // Codes each verb of the sentence in turn (never under TABARI's parse: see
  // CodeAsTabari). A verb is read in stages, each of which may settle it
  // (code it, or leave it uncoded with a note why): whether it is coded on
  // its own, its subject, the verb governing an infinitive or gerund, voice,
  // negation and possibility, the best pattern, the code, who acts on whom,
  // and the event, with countries for agents named without one. An event
  // whose only target opens a complement clause is held in `pending`.
  template <typename Emit>
  void CodeEachVerb(Emit& emit, std::vector<Pending>* pending) {
    int emitted_mark = emitted;
    for (size_t vi = 0; vi < verbs.size(); ++vi) {
      // The verb before this one gave an event if the count went up.
      if (vi > 0 && emitted > emitted_mark) verbs[vi - 1].coded = true;
      emitted_mark = emitted;
      coding_verb = static_cast<int>(vi);
      VerbReading r(verbs[vi], rep.compiled[verbs[vi].verb], static_cast<int>(vi));
      // Only explanations need the label.
      if (trace) r.label = "verb '" + Words(r.v.begin, r.v.end) + "' (" + r.cv.entry->lemma + ")";
      if (!Codable(r)) continue;
      ReadSubject(r);
      if (!ReadInfinitive(r) || !ReadGerund(r) || !ReadVoice(r)) continue;
      ReadAsideSubject(r);
      ReadModality(r);
      FindPattern(r);
      if (r.noun && !r.best.pattern) {
        CodeNoun(r, emit);
        continue;
      }
      if (DrawnReaction(r, emit)) continue;
      if (!SettleCode(r, emit)) continue;
      if (JudgedMove(r, emit)) continue;
      if (r.passive ? !PassiveSides(r, emit) : !ActiveSides(r, pending)) continue;
      EmitVerbEvent(r, emit);
    }
    coding_verb = -1;
  }

  // Stages of CodeEachVerb. The stages returning bool return false when
  // they settle the verb; the Emit... helpers of EmitVerbEvent and
  // HeldForClause return true when they do.

  // Not a word of an earlier verb's pattern, nor in a question.
  bool Codable(const VerbReading& r) {
    const VerbOcc& v = r.v;
    if (v.in_pattern) {
      if (trace) Note("'" + Words(v.begin, v.end) + "': a word of an earlier verb's pattern; not coded on its own");
      return false;
    }
    if (question_from >= 0 && v.begin >= question_from) {
      if (trace) Note(r.label + ": in a question; not coded");
      return false;
    }
    return true;
  }

  // The verb's subject, or the author of the message it is the act of, and
  // whether it is used as a noun.
  void ReadSubject(VerbReading& r) {
    VerbOcc& v = r.v;
    v.subject = Subject(r.vi);
    // "gave a speech praising Britain", "issued a statement condemning the
    // attack": what a message does, its author does.
    r.author = MessageAuthor(r.vi);
    if (r.author >= 0) {
      v.subject = r.author;
      if (trace)
        Note(r.label + ": what a message does; coded with its author, " +
             Words(groups[r.author].begin, groups[r.author].end));
    }
    // "An airstrike by Israel killed", "a roadside bomb planted by Taliban
    // insurgents killed": the doer of the act or weapon that is the subject.
    if (v.subject < 0 && r.author < 0)
      if (const int doer = DoerOfSubject(v); doer >= 0) {
        v.subject = doer;
        if (trace) Note(r.label + ": done by the doer of its subject, " + Words(groups[doer].begin, groups[doer].end));
      }
    // "Egeland, who visited Lebanon today denounced the strikes": a verb
    // after a relative clause left unclosed is its antecedent's.
    if (const int antecedent = UnclosedRelativeBefore(v); r.author < 0 && antecedent != -1) {
      if (trace)
        Note(r.label + ": after a relative clause; coded with its antecedent" +
             (antecedent >= 0 ? ", " + Words(groups[antecedent].begin, groups[antecedent].end) : ", no actor"));
      v.subject = antecedent >= 0 ? antecedent : -1;
    }
    // A noun ("their meeting") is coded only by a pattern naming words
    // before it ("have postponed * [191]").
    r.noun = r.author < 0 && NounUse(r.vi);
  }

  // An infinitive: coded with the verb governing it, with the subject of
  // that verb, or not at all.
  bool ReadInfinitive(VerbReading& r) {
    VerbOcc& v = r.v;
    const CompiledVerb& cv = r.cv;
    int to_at = r.prev;  // the "to" of an infinitive
    // "not allow any cities to be attacked": "to" before "be" (but "claims
    // to have encircled Afrin" asserts what was done).
    if (r.prev >= 1 && tokens[r.prev].lower == "be"sv && ids[r.prev - 1] == rep.w.to) to_at = r.prev - 1;
    // "urged its leaders to disarm and recognize Israel": a bare verb right
    // after "and"/"or" that joins an infinitive is one too, governed alike.
    if (v.form == VerbForm::kBase && r.prev > 0 && Is(r.prev, kConjunction) && tokens[r.prev].lower != "but"sv)
      for (int j = r.vi - 1; j >= 0 && verbs[j].end > v.begin - 10; --j) {
        const VerbOcc& w = verbs[j];
        if (NounUse(j)) continue;
        bool joined = w.begin > 0 && ids[w.begin - 1] == rep.w.to;
        for (int k = w.end; k < r.prev && joined; ++k) joined = !Is(k, kBoundary) && ids[k] != rep.w.comma;
        if (joined) to_at = w.begin - 1, r.joined_verb = j;
        break;
      }
    // "to V" is governed by a dictionary verb before it in its clause ("invited
    // Rohan to attack"); with none ("Arnor is about to restore ties", "Gondor
    // to buy jets") it is coded with the clause's subject.
    // "prompting Israel to summon Brazil's ambassador", "forced Qatar to
    // expel": who is made to do something does it.
    if (const int made = r.noun ? -1 : CausedToDo(to_at); made >= 0) {
      if (trace) Note(r.label + ": made to do it; coded with " + Words(groups[made].begin, groups[made].end));
      v.subject = made;
      return true;
    }
    if (!r.noun && to_at >= 0 && ids[to_at] == rep.w.to && GovernedInfinitive(to_at)) {
      // "won't try to clash over": a governing verb that codes nothing leaves
      // the infinitive to be coded with its subject and its negation.
      const int governing = GoverningVerb(to_at);
      const VerbOcc& gov = verbs[governing];
      // What people went to do by force is no more done than planned.
      const bool purpose = Purpose(gov) && VerbalCode(cv.entry->code);
      // "began to fire at", "continues to arm": what one begins or goes on
      // doing is done; so is what one decided or voted to do ("The IDF has
      // decided to divide the Gaza Strip"), where no pattern of the
      // decision coded it.
      // (Right after the decision, and not one itself to be taken: "asked
      // to vote to", "voted to ballot officers over the right to strike".)
      // So is a sanction or other act of conflict agreed on ("EU ministers
      // agreed to ban imports"), which agreeing does not code (SettleCode).
      bool decided = (Decided(gov) || AgreedConflict(gov)) && !NounUse(governing) && gov.begin > 0 &&
                     ids[gov.begin - 1] != rep.w.to;
      // ("voted on Sunday to expel": a day may stand between.)
      for (int k = gov.end; k < to_at && decided; ++k)
        decided = IsModifier(k) || CalendarWord(tokens[k].lower, /*months_only=*/false) ||
                  (tokens[k].lower == "on"sv && k + 1 < to_at && CalendarWord(tokens[k + 1].lower, false));
      const bool aspect = (Aspect(gov) || decided) && !gov.hypothetical;
      if (gov.coded || gov.governed || gov.subject < 0 || !(GovernedLeft(gov) || purpose || aspect)) {
        if (trace) Note(r.label + ": infinitive governed by what precedes it; not coded on its own");
        v.governed = true;
        return false;
      }
      if (trace)
        Note(r.label + (gov.negated ? ": the verb governing it codes nothing; coded with its subject"
                                    : ": says why its subject went or gathered; coded with that subject"));
      v.subject = gov.subject;
      r.negated = gov.negated;
    }
    // "lining up for visas to travel to India", "the right to strike": an
    // infinitive no verb governs, after a noun of a phrase, tells what the
    // noun is for; nothing done. But a decision or an effort to do
    // something is coded as doing it ("Trump's decision to pull US troops
    // out of Syria"), and so is coming nearer to it ("inching nearer to
    // accord with Gondor").
    static const std::unordered_set<std::string_view> kDoing = {"decision", "decisions",   "move",   "effort",
                                                                "efforts",  "opportunity", "nearer", "closer"};
    if (!r.noun && to_at >= 2 && ids[to_at] == rep.w.to && !GovernedInfinitive(to_at) && PlainWord(to_at - 1) &&
        !tokens[to_at - 1].capitalized && !kDoing.count(tokens[to_at - 1].lower) &&
        (Is(to_at - 2, kDeterminer | kPreposition) || (PlainWord(to_at - 2) && !tokens[to_at - 2].capitalized))) {
      if (trace) Note(r.label + ": says what '" + tokens[to_at - 1].lower + "' is for; not coded");
      return false;
    }
    return true;
  }

  // A gerund: coded with the subject of the verb or phrase it belongs to,
  // or not at all.
  bool ReadGerund(VerbReading& r) {
    VerbOcc& v = r.v;
    // "Accusing Ottawa of interference, Beijing imposed sanctions": a
    // participle opening the sentence is done by the subject of the clause
    // after its comma.
    // ("Speaking to lawmakers, ...", "Addressing a ceremony, ...": where one
    // speaks is only the setting of what is said.)
    static const std::unordered_set<std::string_view> kSetting = {"speak", "address", "echo", "write", "talk"};
    if (!r.noun && v.form == VerbForm::kIng && v.begin == 0 && opening_clause_comma_ > v.end &&
        !kSetting.count(r.cv.entry->lemma) && !opt.rules.tabari_parse) {
      const int g = GroupFrom(opening_clause_comma_ + 1, 2);
      if (g >= 0 && CodedUnits(g) > 0) {
        if (trace)
          Note(r.label + ": opens the sentence; coded with the subject after its comma, " +
               Words(groups[g].begin, groups[g].end));
        v.subject = g;
      }
    }
    // "recommended suspending sanctions": a gerund right after a verb is its
    // object, left to that verb as an infinitive is.
    if (!r.noun && v.form == VerbForm::kIng && r.prev >= 0 && verb_at[r.prev] >= 0 && !Is(r.prev, kAuxiliary | kBe)) {
      // "began asking", "started supporting": a verb of beginning or going
      // on that codes nothing leaves the gerund to be coded with its subject.
      const VerbOcc& gov = verbs[verb_at[r.prev]];
      const std::string& lemma = rep.compiled[gov.verb].entry->lemma;
      // So does "reported arresting": what is reported was done.
      const bool reported = lemma == "report"sv && gov.form == VerbForm::kPast && !gov.passive &&
                            !opt.rules.tabari_parse && !NounUse(verb_at[r.prev]);
      // "threatened to resume fighting": what a governed verb begins is
      // governed with it.
      if (gov.coded || gov.governed || gov.subject < 0 || !(Aspect(gov) || reported)) {
        if (trace) Note(r.label + ": gerund governed by the verb before it; not coded on its own");
        v.governed = true;
        return false;
      }
      if (trace) Note(r.label + ": gerund after '" + lemma + "', which codes nothing; coded with its subject");
      v.subject = gov.subject;
      r.negated = gov.negated;
    }
    // "called on every ally to step up support ..., striking at its core":
    // a participle going on from a governed infinitive or a possibility
    // shares what it is.
    r.last_verb = r.vi - 1;  // the last verb before, not a noun or a pattern's word
    while (r.last_verb >= 0 && (NounUse(r.last_verb) || verbs[r.last_verb].in_pattern)) --r.last_verb;
    if (!r.noun && v.form == VerbForm::kIng && r.prev >= 0 && ids[r.prev] == rep.w.comma && r.last_verb >= 0) {
      const VerbOcc& before = verbs[r.last_verb];
      const bool governed =
          before.begin > 0 && ids[before.begin - 1] == rep.w.to && GovernedInfinitive(before.begin - 1);
      if (governed || before.hypothetical) {
        if (trace)
          Note(r.label + ": goes on from '" + Words(before.begin, before.end) + "', which is not coded as a fact");
        return false;
      }
    }
    // "capturing Bin Laden is a priority": a gerund opening a clause before
    // its "be" is what the clause is about, not an act.
    if (!r.noun && v.form == VerbForm::kIng && (v.begin == 0 || ids[v.begin - 1] == rep.w.that) &&
        (BeLater(v.end) || ModalLater(v.end))) {
      if (trace) Note(r.label + ": a gerund as the subject of 'be' or a modal; not coded");
      return false;
    }
    // "about firing missiles into Syria and clashing with Russia": a gerund
    // joined to one left uncoded after a preposition is left too.
    if (v.form == VerbForm::kIng && r.prev >= 0 && Is(r.prev, kConjunction) && r.last_verb >= 0 &&
        verbs[r.last_verb].topic && verbs[r.last_verb].form == VerbForm::kIng) {
      if (trace)
        Note(r.label + ": joined to '" + Words(verbs[r.last_verb].begin, verbs[r.last_verb].end) + "'; not coded");
      v.topic = true;
      return false;
    }
    if (v.form == VerbForm::kIng && r.prev >= 0 &&
        (Is(r.prev, kPreposition) || (r.prev == 0 && tokens[0].lower == "while"sv))) {
      // "militants responded by firing rockets": what one answered with is
      // done, by the subject of the answer.
      // "responded to the incident by saying": a short phrase may stand between.
      int answer = -1;
      for (int k = r.prev - 1; ids[r.prev] == rep.w.by && k >= 0 && k >= r.prev - 5 && answer < 0; --k) {
        if (Is(k, kBoundary) || ids[k] == rep.w.comma) break;
        if (verb_at[k] >= 0 && !NounUse(verb_at[k])) answer = verb_at[k];
      }
      // "After meeting Putin, Erdogan said ...": an opening phrase of time
      // is done by the subject of the clause it opens.
      // "Erdogan praised Syria after meeting Putin": so is one closing a
      // clause that states a fact, by that clause's subject.
      const std::string& w = tokens[r.prev].lower;
      const bool time = w == "after"sv || w == "before"sv || w == "while"sv || w == "upon"sv;
      const int closed =
          answer < 0 && time && r.prev > 0 && opt.rules.article_context ? ClauseSubjectBefore(r.prev) : -1;
      if (const int opened = OpeningPhraseSubject(v, r.prev); answer < 0 && opened >= 0) {
        if (trace)
          Note(r.label + ": opens the sentence; coded with the subject of the clause it opens, " +
               Words(groups[opened].begin, groups[opened].end));
        v.subject = opened;
      } else if (closed >= 0) {
        if (trace)
          Note(r.label + ": after '" + w + "', closing a clause; coded with its subject, " +
               Words(groups[closed].begin, groups[closed].end));
        v.subject = closed;
      } else if (answer < 0 || !Answers(verbs[answer])) {
        if (trace) Note(r.label + ": gerund after '" + tokens[r.prev].lower + "'; not coded");
        v.topic = true;
        return false;
      } else {
        if (trace)
          Note(r.label + ": how '" + Words(verbs[answer].begin, verbs[answer].end) +
               "' was done; coded with its subject");
        v.subject = verbs[answer].subject;
      }
    }
    return true;
  }

  // Passive or active; a participle after a noun is passive, with that noun
  // for its subject.
  bool ReadVoice(VerbReading& r) {
    VerbOcc& v = r.v;
    const CompiledVerb& cv = r.cv;
    // Passive: a form of "be" before a past participle.
    // "was reportedly hit": an adverb in -ly may stand between.
    int j = v.begin - 1;
    while (j >= 0 && (IsModifier(j) || LyAdverb(j)) && !Is(j, kBe)) --j;
    if (j == v.begin - 1 && QuoteOpensVerb(v)) --j;
    r.be_at = j;
    // A past participle, or a verb whose participle is its base form ("was
    // hit by", "was set ablaze"; not "is set to sign": about to).
    const bool to_next = v.end < static_cast<int>(tokens.size()) && ids[v.end] == rep.w.to;
    // Not "is to occupy": an infinitive after "be".
    const bool infinitive = v.begin > 0 && ids[v.begin - 1] == rep.w.to;
    r.passive = !r.noun && j >= 0 && Is(j, kBe) && ids[j] != rep.w.poss &&
                (v.form == VerbForm::kPast || (v.form == VerbForm::kBase && !to_next && !infinitive));
    // A participle after a noun: "Palestinians detained by Israel were
    // released", "Maher Arar, deported to Syria, ...".
    if (!r.noun && !r.passive && v.form == VerbForm::kPast && r.prev >= 0 && !Is(r.prev, kAuxiliary | kNegation)) {
      // "vessels seized recently by Iran": adverbs may stand before "by".
      int after_adverbs = v.end;
      while (after_adverbs < static_cast<int>(tokens.size()) && after_adverbs < v.end + 2 &&
             (Is(after_adverbs, kAdverb) || LyAdverb(after_adverbs)))
        ++after_adverbs;
      // ("Berlin stood firmly by Israel": "stand by" is active.)
      bool by_follows = after_adverbs < static_cast<int>(tokens.size()) && ids[after_adverbs] == rep.w.by &&
                        !MeansAfterBy(after_adverbs) && tokens[v.begin].lower != "stood"sv;
      // Not after a pronoun: "he stood by Chad's rebels" is active.
      static const std::unordered_set<std::string_view> kSubjectPronouns = {"he", "she", "it", "they",
                                                                            "we", "i",   "you"};
      bool after_noun = (group_ending[r.prev] >= 0 || (!tokens[r.prev].capitalized && PlainWord(r.prev))) &&
                        !kSubjectPronouns.count(tokens[r.prev].lower);
      // "Maher Arar, deported to Syria": after a name and a comma.
      // A direct object makes it active: "..., in remarks on Monday, urged Eriador to".
      bool object_follows = v.end < static_cast<int>(tokens.size()) && (unit_at[v.end] >= 0 || Is(v.end, kDeterminer));
      // ", said X" is speech, not a participle ("..., said Sheikh Rashid"),
      // unless "said to" ("Iran, said to be building").
      const bool speech = SaysWhat(v) && !(v.end < static_cast<int>(tokens.size()) && ids[v.end] == rep.w.to);
      bool apposition = ids[r.prev] == rep.w.comma && r.prev > 0 && !object_follows && !speech &&
                        AppositionHead(r.prev) < 0 && AsideOpening(r.prev) < 0 &&
                        (group_ending[r.prev - 1] >= 0 || (tokens[r.prev - 1].capitalized && PlainWord(r.prev - 1)));
      // "The journalists kidnapped in Iraq ... were freed": a participle
      // before the clause's own "be".
      // (Not with an object: "Cyprus state radio reported the vessel was".)
      bool reduced_relative =
          group_ending[r.prev] >= 0 && !SaysWhat(v) && BeLater(v.end) && (opt.rules.tabari_parse || !object_follows);
      // "were among 34 killed in Afghanistan": a count after a preposition
      // is of those acted on.
      const bool counted_victims = r.prev >= 1 && CountWord(r.prev) && Is(r.prev - 1, kPreposition);
      // "three Israelis killed, ...", "Two soldiers killed in a raid": a
      // counted group before a participle of what is done to people, with
      // no object, is acted upon.
      const int n = static_cast<int>(tokens.size());
      static const std::unordered_set<std::string_view> kDoneTo = {
          "killed",   "wounded", "injured",  "arrested", "detained", "captured", "kidnapped",
          "abducted", "shot",    "executed", "jailed",   "deported", "expelled", "freed",
          "released", "seized",  "murdered", "hanged",   "beheaded"};
      const bool counted_group =
          kDoneTo.count(tokens[v.begin].lower) && group_ending[r.prev] >= 0 &&
          groups[group_ending[r.prev]].begin >= 1 && CountWord(groups[group_ending[r.prev]].begin - 1) &&
          !object_follows &&
          (v.end == n || ids[v.end] == rep.w.comma || ids[v.end] == rep.w.period || Is(v.end, kPreposition));
      // "four Sudanese nationals accused of war crimes": a charge that only
      // says what they are (not "rebels, which Ecuador accused of").
      if (after_noun && Charged(v) && !by_follows && !opt.rules.tabari_parse) {
        const int g = group_ending[r.prev];
        const int b = g >= 0 ? BeforeDeterminers(groups[g].begin) : -1;
        if (b < 0 || !(Is(b, kRelative) || ids[b] == rep.w.that)) {
          if (trace) Note(r.label + ": qualifies the noun before it; not coded");
          return false;
        }
      }
      if ((by_follows && after_noun) || apposition || reduced_relative || counted_victims || counted_group) {
        r.passive = true;
        v.participle = true;
        // The noun it follows is what was acted upon: an actor, or nothing coded.
        v.subject = apposition ? group_ending[r.prev - 1] : group_ending[r.prev];  // -1: no actor
        // "a Palestinian boy killed by Israeli soldiers": a plain noun after
        // a country's adjective is of that country.
        if (!apposition && v.subject < 0 && by_follows && r.prev > 0 && PlainWord(r.prev) &&
            !tokens[r.prev].capitalized && group_ending[r.prev - 1] >= 0 && tokens[r.prev - 1].capitalized)
          v.subject = group_ending[r.prev - 1];
        if (trace) Note(r.label + ": a participle after a noun, read as passive");
      }
    }
    // "was looted and bombed by the Russians": a participle joined to a
    // passive one is passive too, with the same subject.
    if (!r.noun && !r.passive && v.form == VerbForm::kPast && r.prev >= 1 && Is(r.prev, kConjunction) &&
        r.last_verb >= 0 && verbs[r.last_verb].passive && verbs[r.last_verb].end == r.prev) {
      r.passive = true;
      v.subject = verbs[r.last_verb].subject;
      if (trace)
        Note(r.label + ": joined to the passive '" + Words(verbs[r.last_verb].begin, verbs[r.last_verb].end) + "'");
    }
    // "was killed and seven others injured in ...": "were" left out after
    // "and" before a participle with no object.
    if (!r.noun && !r.passive && v.form == VerbForm::kPast && r.last_verb >= 0 && verbs[r.last_verb].passive &&
        verbs[r.last_verb].end < v.begin && Is(verbs[r.last_verb].end, kConjunction) &&
        (v.end >= static_cast<int>(tokens.size()) || (unit_at[v.end] < 0 && !Is(v.end, kDeterminer)))) {
      bool elided = v.begin - verbs[r.last_verb].end <= 5;
      for (int k = verbs[r.last_verb].end + 1; k < v.begin && elided; ++k)
        elided = Is(k, kDeterminer) || std::isdigit(static_cast<unsigned char>(tokens[k].lower[0])) ||
                 (PlainWord(k) && !tokens[k].capitalized) || group_ending[k] >= 0 || group_at[k] >= 0;
      if (elided && r.prev > verbs[r.last_verb].end) {
        r.passive = true;
        v.subject = group_ending[r.prev];
        if (trace) Note(r.label + ": passive, its 'be' left out after 'and'");
      }
    }
    v.passive = r.passive;
    // "a group called the International Working Group on Afghan Women": a
    // participle after a plain noun, before a name, only names it.
    const int n = static_cast<int>(tokens.size());
    int name_at = v.end;
    if (name_at < n && Is(name_at, kDeterminer)) ++name_at;
    if (v.form == VerbForm::kPast && (cv.entry->lemma == "call"sv || cv.entry->lemma == "name"sv) && r.prev >= 0 &&
        PlainWord(r.prev) && !tokens[r.prev].capitalized && group_ending[r.prev] < 0 && name_at < n &&
        tokens[name_at].capitalized) {
      if (trace) Note(r.label + ": names what is before it; not coded");
      return false;
    }
    // "was demonstrated by the Senate's decision": shown, not protested.
    if (r.passive && cv.entry->lemma == "demonstrate"sv) {
      if (trace) Note(r.label + ": shown, in the passive; not coded");
      return false;
    }
    return true;
  }

  // A name before an aside about it is the subject of the verb after it.
  void ReadAsideSubject(VerbReading& r) {
    VerbOcc& v = r.v;
    // "Sheehan, the mother of a soldier who served in Iraq, called on":
    // the name before the aside is the subject, known or not.
    if (!r.passive && !r.noun && r.prev > 0 && ids[r.prev] == rep.w.comma && r.author < 0) {
      if (const int open = AsideOpening(r.prev); open >= 0) {
        v.subject = group_ending[NameEndBefore(open)];
        // An unknown name is what the aside makes it when it opens on an
        // actor or agent: that actor, or the one right after the agent and
        // "for", "of", "to" or "at" ("Murad Khan, a spokesperson for the
        // Pakistani military,"), but not "Sheehan, the mother of a soldier".
        auto actor_at = [&](int k) {
          while (k < r.prev && (Is(k, kDeterminer) || ids[k] == rep.w.or_)) ++k;
          const int g = k < r.prev ? group_starting[k] : -1;
          return g >= 0 && !groups[g].Empty(units) && groups[g].end <= r.prev ? g : -1;
        };
        const int head = open + 2;
        if (v.subject < 0 && head < r.prev && unit_at[head] >= 0) {
          v.subject = actor_at(open + 1);
          const int after = units[unit_at[head]].end;
          if (v.subject < 0 && after < r.prev &&
              (ids[after] == rep.w.of || ids[after] == rep.w.to || ids[after] == rep.w.at ||
               tokens[after].lower == "for"sv))
            v.subject = actor_at(after + 1);
        }
        if (trace) Note(r.label + ": its subject is named before the aside or by it");
      }
    }
  }

  // Negation and possibility.
  void ReadModality(VerbReading& r) {
    VerbOcc& v = r.v;
    const int j = r.be_at;
    for (int k = j + 1; k < v.begin; ++k)
      if (Negates(k)) r.negated = true;
    // "denied that he was attacking government policy", "denies arming
    // the rebels": what one denies is not coded as done.
    if (Denied(v)) r.negated = true;
    // "failed to condemn", "unable to stop", "have yet to ratify": not done.
    if (j >= 0 && j + 1 < v.begin && ids[j + 1] == rep.w.to) {
      static const std::unordered_set<std::string_view> kFailed = {"fail",    "fails",  "failed",
                                                                   "failing", "unable", "yet"};
      // "has never failed to support": done.
      if (kFailed.count(tokens[j].lower) && !(j > 0 && (Is(j - 1, kNegation) || (j > 1 && Is(j - 2, kNegation)))))
        r.negated = true;
      // "were not able to recognize each other".
      if (tokens[j].lower == "able"sv && j > 0 && Is(j - 1, kNegation)) r.negated = true;
    }
    for (int k = j; k >= 0 && k >= v.begin - 5 && IsModifier(k); --k)
      if (Negates(k)) r.negated = true;
    // "launched no air strikes", "carried out no raids": an act with no object is not done.
    if (!r.noun && !opt.rules.tabari_parse && !Is(v.begin, kSpeech)) {
      const int n = static_cast<int>(tokens.size());
      int k = v.end;
      if (k < n && (tokens[k].lower == "out"sv || tokens[k].lower == "off"sv)) ++k;
      if (k < n && tokens[k].lower == "no"sv && !Negates(k)) r.negated = true;
    }
    // "had not carried out any air strikes", "there were no air strikes": an
    // act named by a noun is denied with the verb whose object it is.
    if (r.noun && !opt.rules.tabari_parse)
      for (int k = v.begin - 1; k >= 0 && k >= v.begin - 5; --k) {
        if (Is(k, kBoundary) || ids[k] == rep.w.comma) break;
        if (tokens[k].lower == "no"sv && !Negates(k)) r.negated = true;
        if (verb_at[k] >= 0 && !NounUse(verb_at[k])) {
          r.negated |= verbs[verb_at[k]].negated;
          break;
        }
      }
    // "Neither Arnor nor Rohan attacked": the subject is negated; so is
    // one of a clause opening "Neither the Conservatives nor ...", and one
    // "at no time" did.
    if (v.subject >= 0 && groups[v.subject].begin > 0 && tokens[groups[v.subject].begin - 1].lower == "neither"sv)
      r.negated = true;
    bool nor = false;
    for (int k = v.begin - 1; k >= 0 && k >= v.begin - 14 && !r.negated; --k) {
      if (Is(k, kBoundary) || (verb_at[k] >= 0 && !NounUse(verb_at[k]))) break;
      nor |= ids[k] == rep.w.nor;
      r.negated = (nor && tokens[k].lower == "neither"sv) ||
                  (tokens[k].lower == "no"sv && k + 1 < v.begin && tokens[k + 1].lower == "time"sv && k > 0 &&
                   tokens[k - 1].lower == "at"sv);
    }
    // "did not attack or threaten": a verb joined to a negated one shares its negation.
    if (r.prev >= 0 && (ids[r.prev] == rep.w.or_ || ids[r.prev] == rep.w.nor) && r.vi > 0 && verbs[r.vi - 1].negated &&
        verbs[r.vi - 1].end >= r.prev - 3)
      r.negated = true;
    // ... and one joined by "or" to a negated infinitive: "decided not to
    // send troops or sever ties".
    if (r.joined_verb >= 0 && (ids[r.prev] == rep.w.or_ || ids[r.prev] == rep.w.nor) && verbs[r.joined_verb].negated)
      r.negated = true;
    v.negated = r.negated;
    // "could attack", "if Iran attacks": what may happen has not happened;
    // "should set aside its plans and return to talks" shares it.
    // "If the talks go well, Museveni is likely to ...": a sentence opening
    // with a condition states no fact, but for what one "will" do then
    // ("If Arnor attacks Rohan, Gondor will bomb Arnor").
    const bool will = r.prev >= 0 && (tokens[r.prev].lower == "will"sv || tokens[r.prev].lower == "'ll"sv);
    r.hypothetical = Hypothetical(v, &r.reported_future) || (r.prev >= 0 && SharedPossibility(r.prev)) ||
                     (OpensWithCondition() && !will) || Subjunctive(v);
    v.hypothetical = r.hypothetical;
  }

  // Whether v is what one demands or urges be done, in the subjunctive:
  // "demanded that Russia immediately withdraw its troops" (a base form
  // after a singular subject, after "that" and a verb of demanding).
  bool Subjunctive(const VerbOcc& v) const {
    if (v.form != VerbForm::kBase || opt.rules.tabari_parse || v.begin < 3) return false;
    int k = v.begin - 1;
    while (k > 0 && (LyAdverb(k) || Is(k, kAdverb))) --k;
    const int g = group_ending[k];
    if (g < 0 || groups[g].units.size() != 1 || groups[g].Empty(units)) return false;
    const std::string& last = tokens[k].lower;
    if (last.back() == 's' && !tokens[k].all_caps) return false;  // "that the rebels withdraw": plural
    int t = groups[g].begin - 1;
    while (t > 0 && Is(t, kDeterminer)) --t;
    if (t < 1 || ids[t] != rep.w.that) return false;
    static const std::unordered_set<std::string_view> kDemand = {
        "demanded",  "demands",  "demand",   "insisted", "insists",   "urged",    "urges",       "asked",     "asks",
        "requested", "requests", "proposed", "proposes", "suggested", "suggests", "recommended", "recommends"};
    for (int q = t - 1; q >= 0 && q >= t - 4; --q) {
      if (kDemand.count(tokens[q].lower)) return true;
      if (!(Is(q, kPreposition) || DateWord(q) || CalendarWord(tokens[q].lower, false) || LyAdverb(q))) break;
    }
    return false;
  }

  // The best pattern, and who did what the pattern's words name.
  void FindPattern(VerbReading& r) {
    VerbOcc& v = r.v;
    const CompiledVerb& cv = r.cv;
    r.best.after = v.end;
    int best_weight = -1;
    // Only some patterns may code a noun or a negated verb: skip the search when none.
    const bool searchable = (!r.noun || cv.any_words_before) && (!r.negated || cv.any_negative);
    for (const CompiledPattern& p : searchable ? cv.patterns : kNoPatterns) {
      // A negated verb is coded only by a pattern naming the negation.
      if (p.weight <= best_weight) break;  // sorted longest first: no better match follows
      if ((r.negated ? !p.negative : !p.affirmative) || (r.noun && !p.words_before)) continue;
      if (p.anchor != kUnknownWord && !Present(p.anchor)) continue;
      if (p.compound && (v.subject < 0 || CodedUnits(v.subject) < 2 || !Conjoined(v.subject))) continue;
      Match m;
      if (MatchPattern(p, v, r.passive, &m) && (!r.noun || !VerbBetween(m.near_end, v.begin)) &&
          (!p.negative || !p.affirmative || NegationBetween(m.far_begin, v.begin) == r.negated)) {
        r.best = m;
        best_weight = p.weight;
      }
    }
    // Who did what a pattern's words before the verb name.
    // "unhappy with Japan's plans to build ... with the United States"
    // ("&INTENT_TO * ..."): the possessor of those words is whose they are.
    bool named_doer = false;
    if (r.best.pattern && r.best.source < 0 && r.best.far_begin > 1 && r.best.far_begin < v.begin &&
        ids[r.best.far_begin - 1] == rep.w.poss) {
      const int owner = group_ending[r.best.far_begin - 2];
      if (owner >= 0 && owner != v.subject && !groups[owner].Empty(units)) {
        if (trace) Note(r.label + ": " + Words(groups[owner].begin, groups[owner].end) + "'s, named before it");
        v.subject = owner;
        named_doer = true;
      }
    }
    // "demonstrate against the U.S. air strike" ("air * [195]"): the actor
    // right before the deed's words did it (force only, named by a plain
    // word: "the Douma chemical attack" names a place).
    if (r.best.pattern && r.best.source < 0 && r.best.far_begin > 0 && r.best.far_begin < v.begin &&
        RootNumber(r.best.pattern->code) >= 18 && PlainWord(r.best.far_begin) &&
        !tokens[r.best.far_begin].capitalized) {
      const int doer = group_ending[r.best.far_begin - 1];
      bool place = false;
      if (doer >= 0)
        for (int u : groups[doer].units) place |= units[u].place;
      if (doer >= 0 && doer != v.subject && !groups[doer].Empty(units) && !place) {
        if (trace) Note(r.label + ": done by " + Words(groups[doer].begin, groups[doer].end) + ", named before it");
        v.subject = doer;
        named_doer = true;
      }
    }
    // "killed by a roadside bomb": a noun after a preposition is no act of
    // the clause's subject. Nor is a deed one disapproves of: "condemned
    // the suicide bombing by militants" is the militants' act.
    if (r.noun && r.best.pattern && r.best.source < 0 && r.best.far_begin > 0 && !named_doer) {
      // "called for more suicide attacks": words of amount are passed over
      // as determiners are.
      static const std::unordered_set<std::string_view> kAmount = {"more",    "further", "new",  "fresh", "renewed",
                                                                   "several", "many",    "some", "all"};
      int b = BeforeDeterminers(r.best.far_begin);
      while (b >= 0 && (kAmount.count(tokens[b].lower) || Is(b, kDeterminer))) --b;
      if (b >= 0 && Is(b, kPreposition) && v.subject >= 0) {
        if (trace) Note(r.label + ": a noun after '" + tokens[b].lower + "'; not the subject's act");
        v.subject = -1;
      } else if (b >= 0 && verb_at[b] >= 0 && !NounUse(verb_at[b]) && v.subject >= 0 &&
                 (RootNumber(rep.compiled[verbs[verb_at[b]].verb].entry->code) == 11 ||
                  RootNumber(rep.compiled[verbs[verb_at[b]].verb].entry->code) == 12)) {
        bool deed = false;
        v.subject = DeedDoer(r.best.far_begin, &deed);
        if (trace)
          Note(r.label + ": the object of '" + tokens[b].lower + "'; " +
               (v.subject >= 0 ? "done by " + Words(groups[v.subject].begin, groups[v.subject].end)
                               : std::string("no one named did it")));
      }
    }
    if (r.best.pattern)
      for (int w = 0; w < r.best.words; ++w)
        if (int o = verb_at[r.best.words_at[w]]; o > r.vi) verbs[o].in_pattern = true;
  }

  // A verb used as a noun that no pattern codes: coded with its own code
  // when the phrase names who acted and on whom.
  template <typename Emit>
  void CodeNoun(VerbReading& r, Emit& emit) {
    VerbOcc& v = r.v;
    const CompiledVerb& cv = r.cv;
    v.subject = -1;
    if (AvertedOrPlanned(v.begin)) {
      if (trace) Note(r.label + ": a noun of what was averted, feared or planned; not coded");
      return;
    }
    // "The exit could lead to fresh fighting between the Kurds and Turkey":
    // what may follow has not happened.
    if (PossibleBefore(v.begin)) {
      if (trace) Note(r.label + ": a noun of what may happen; not coded");
      return;
    }
    // "the killing of two Palestinians by an Israeli unit", "Russia's
    // attack on Ukraine": a noun naming both sides codes the verb's event.
    int ns = -1, nt = -1;
    if (cv.entry->code != "---"sv && !r.negated && NominalSides(v, &ns, &nt) && !r.hypothetical) {
      if (trace) Note(r.label + ": a noun naming who acted and on whom; the verb's own code " + cv.entry->code);
      EmitPairs(ns, nt, cv.entry->code, kNoCode, emit);
      return;
    }
    if (cv.entry->code != "---"sv && !r.negated && !r.hypothetical) {
      if (int ls = LightVerbSubject(v); ls >= 0) {
        int blocked = -1;
        const int lt = DefaultTarget(v.end, ls, &blocked, /*places=*/false);
        if (lt >= 0 && lt != ls && !groups[lt].Empty(units)) {
          if (trace)
            Note(r.label + ": the object of a light verb; " + Words(groups[ls].begin, groups[ls].end) +
                 " acts it; the verb's own code " + cv.entry->code);
          EmitPairs(ls, lt, cv.entry->code, kNoCode, emit);
          return;
        }
      }
    }
    // "clashes between Turkey and the PKK", "talks between the two":
    // each side to the other.
    // ("no clash between" is none.)
    if (cv.entry->code != "---"sv && !r.negated && !r.hypothetical && v.end + 1 < static_cast<int>(tokens.size()) &&
        tokens[v.end].lower == "between"sv &&
        !(r.prev >= 0 && (tokens[r.prev].lower == "no"sv || Is(r.prev, kNegation)))) {
      int g = GroupFrom(v.end + 1, 1);
      if (g >= 0 && CodedUnits(g) >= 2 && RootNumber(cv.entry->code) >= 18 && PeopleOnly(g)) {
        if (trace) Note(r.label + ": between people; words, no force");
        return;
      }
      if (g >= 0 && CodedUnits(g) >= 2) {
        if (trace)
          Note(r.label + ": a noun of what went on between the members of " + Words(groups[g].begin, groups[g].end));
        EmitAmongMembers(g, cv.entry->code, cv.entry->code, emit);
        return;
      }
    }
    if (trace)
      Note(r.label + (r.prev >= 0 ? ": used as a noun after '" + tokens[r.prev].lower + "'" : ": a modifier") +
           "; not coded");
  }

  // The event's code, or none: negated, a possibility, or "---". Emits
  // itself what one says another should do (an appeal or demand) and the
  // events among the members of a compound pattern's subject.
  template <typename Emit>
  bool SettleCode(VerbReading& r, Emit& emit) {
    VerbOcc& v = r.v;
    const CompiledVerb& cv = r.cv;
    if (r.negated && !r.best.pattern) {
      if (trace) Note(r.label + ": negated; not coded");
      return false;
    }
    // "struck what it called terrorist infrastructure": a name given, no act.
    if (v.begin >= 2 && PastSourceAside(v.begin - 2) == v.end) {
      if (trace) Note(r.label + ": names what another verb acts on; not coded");
      return false;
    }
    r.code = r.best.pattern ? r.best.pattern->code : cv.entry->code;  // may change with the target
    if (!r.best.pattern && AgreedConflict(v)) {
      if (trace) Note(r.label + ": agrees to an act of conflict, coded with that act");
      return false;
    }
    // Not even an intent when the one reporting it denies it.
    const bool denied = r.hypothetical && r.best.pattern && r.best.pattern->words_before && DeniedThought(v.begin);
    // "Benn said that Ethiopia should allow the Red Cross access": what
    // one says another should or must do is an appeal or a demand to it.
    if (r.hypothetical && !denied && !r.negated) {
      std::string appeal;
      const int speaker_group = SaidShould(v, &appeal);
      if (speaker_group >= 0) {
        if (trace)
          Note(r.label + ": what " + Words(groups[speaker_group].begin, groups[speaker_group].end) + " says " +
               Words(groups[v.subject].begin, groups[v.subject].end) + " should do; code " + appeal);
        EmitPairs(speaker_group, v.subject, appeal, kNoCode, emit);
        return false;
      }
    }
    // "Iran said it would retaliate against Israel": an act of coercion or
    // force said to be coming is a threat of it (a show of force, "would
    // hold drills", stays one).
    // (Said of oneself: "Aragorn said Arnor would attack" is Aragorn's
    // guess; nor "would impose no restrictions".)
    // Of oneself: a pronoun, or one's own ("said his country would break
    // relations", "its forces").
    static const std::unordered_set<std::string_view> kSelf = {"it",  "he",  "she",   "they", "we",
                                                               "his", "her", "their", "our",  "its"};
    if (r.reported_future && !r.negated && !denied && !opt.rules.tabari_parse && v.subject >= 0 &&
        kSelf.count(tokens[groups[v.subject].begin].lower) &&
        !(v.end < static_cast<int>(tokens.size()) && tokens[v.end].lower == "no"sv)) {
      const int root = RootNumber(r.code);
      const char* threat = root >= 18          ? "138"
                           : r.code == "163"sv ? "1312"
                           : r.code == "161"sv ? "1313"
                           : root == 16        ? "131"
                           : root == 17        ? "137"
                                               : nullptr;
      if (threat) {
        if (trace) Note(r.label + ": said to be coming; a threat, code " + threat);
        r.code = threat;
      }
    }
    // "accusations that he wouldn't pull troops out of Iraq if elected": a
    // refusal read from a denied future ("&REFUSE_TO" naming "would not")
    // is one only when said as one's intent.
    const bool denied_future = r.negated && r.best.pattern && r.best.pattern->negative && r.best.pattern->affirmative;
    if ((r.hypothetical && denied_future && !r.reported_future) ||
        (r.hypothetical && !(r.best.pattern && r.best.pattern->words_before) &&
         !(r.reported_future && (VerbalCode(r.code) || RootNumber(r.code) == 15))) ||
        denied) {
      if (trace) Note(r.label + ": a possibility or a condition, not a fact; not coded");
      return false;
    }
    if (trace) {
      if (r.best.pattern)
        Note(r.label + ": pattern \"" + r.best.pattern->source->text + "\" -> " + r.code);
      else
        Note(r.label + ": no pattern matched; the verb's own code " + r.code);
    }
    // "freed three Colombian policemen", "released a Lebanese politician":
    // people set free are released (0841), whoever they are.
    if (r.code == "---"sv && !r.best.pattern && !r.passive &&
        (cv.entry->lemma == "free"sv || cv.entry->lemma == "release"sv)) {
      int blocked = -1;
      const int freed = DefaultTarget(v.end, v.subject, &blocked, /*places=*/false);
      if (freed >= 0 && DirectObject(v, freed) && People(freed, /*counted=*/false)) {
        r.code = "0841";
        if (trace) Note(r.label + ": sets people free; code 0841");
      }
    }
    // "three British sailors were released by Iran": people set free, in
    // the passive, by one named.
    if (r.code == "---"sv && !r.best.pattern && r.passive && v.subject >= 0 &&
        (cv.entry->lemma == "free"sv || cv.entry->lemma == "release"sv)) {
      bool has_by = false;
      if (People(v.subject, /*counted=*/true) && PassiveAgent(v.end, &has_by) >= 0) {
        r.code = "0841";
        if (trace) Note(r.label + ": people set free; code 0841");
      }
    }
    // "hit the 0.7% aid target", "hit a 10-year low": a figure reached is no force.
    if (RootNumber(r.code) >= 18 && cv.entry->lemma == "hit"sv && !r.passive && FigureReached(v.end)) {
      if (trace) Note(r.label + ": a figure reached; not coded");
      return false;
    }
    // "The agreement was signed by Indian and Emirati officials": those who
    // sign, in the passive, sign with each other.
    if (r.code == "---"sv && !r.best.pattern && r.passive && !r.negated && !r.hypothetical &&
        cv.entry->lemma == "sign"sv && !opt.rules.tabari_parse) {
      bool has_by = false;
      // (Not a convention "signed by sixty-six countries including Mexico,
      // Israel, ...", nor a letter or a petition.)
      static const std::unordered_set<std::string_view> kAgreements = {
          "agreement", "deal", "accord", "accords", "treaty", "pact", "memorandum", "ceasefire", "truce", "protocol"};
      bool agreement = false;  // named before the verb in its clause
      for (int k = v.begin - 1; k >= 0 && k >= v.begin - 20 && !agreement && !Is(k, kBoundary); --k)
        agreement = kAgreements.count(tokens[k].lower) > 0;
      if (const int a = PassiveAgent(v.end, &has_by);
          a >= 0 && has_by && CodedUnits(a) >= 2 && CodedUnits(a) <= 3 && !OneActor(a) && agreement) {
        if (trace) Note(r.label + ": signed by " + Words(groups[a].begin, groups[a].end) + " with each other; 057");
        EmitAmongMembers(a, "057", "057", emit);
        return false;
      }
    }
    // "Talks between Russia and Ukraine resumed", "negotiations between
    // the two sides were held": talks between the members of a group go on,
    // a negotiation between each two of them.
    if (r.code == "---"sv && !r.best.pattern && !r.negated && !r.hypothetical && !opt.rules.tabari_parse) {
      static const std::unordered_set<std::string_view> kGoOn = {"resume", "hold",   "begin", "start",   "continue",
                                                                 "open",   "reopen", "end",   "conclude"};
      // What is still to come ("will resume next week", "to take effect").
      const bool future =
          r.reported_future || (r.prev >= 0 && (tokens[r.prev].lower == "will"sv || tokens[r.prev].lower == "would"sv ||
                                                ids[r.prev] == rep.w.to));
      if (const int g = kGoOn.count(cv.entry->lemma) ? TalksBetweenBefore(v.begin) : -1; g >= 0) {
        // (Talks to come are an intent, 036.)
        const char* code = future ? "036" : "046";
        if (trace)
          Note(r.label + ": talks between the members of " + Words(groups[g].begin, groups[g].end) + "; " + code);
        EmitAmongMembers(g, code, code, emit);
        return false;
      }
      // "A ceasefire between Israel and Hezbollah took effect": a truce
      // between each two of them (not one to come).
      const bool took_effect =
          cv.entry->lemma == "take"sv && v.end < static_cast<int>(tokens.size()) && tokens[v.end].lower == "effect"sv;
      // (Not "began to unravel".)
      const bool begun = ((cv.entry->lemma == "begin"sv || cv.entry->lemma == "start"sv) &&
                          !(v.end < static_cast<int>(tokens.size()) && ids[v.end] == rep.w.to)) ||
                         took_effect;
      if (const int g = begun && !future ? TalksBetweenBefore(v.begin, /*ceasefire=*/true) : -1; g >= 0) {
        if (trace)
          Note(r.label + ": a truce between the members of " + Words(groups[g].begin, groups[g].end) + "; 0871");
        EmitAmongMembers(g, "0871", "0871", emit);
        return false;
      }
    }
    if (r.code == "---"sv) {
      if (trace) Note(r.label + ": code --- codes nothing");
      return false;
    }
    // '%' after the verb, as PETRARCH reads it: a target that must be a
    // compound ("agrees with the Philippines and France").
    if (r.best.compound >= 0 && r.best.target < 0) r.best.target = r.best.compound;
    if (r.best.pattern && r.best.pattern->compound && !r.passive) {
      // "Gondor and Rohan renewed ties": each member with each other one.
      if (trace) Note(r.label + ": compound pattern; events between the members of the subject");
      EmitAmongMembers(v.subject, r.code, r.paired().empty() ? r.code : r.paired(), emit);
      return false;
    }
    r.source = r.best.source, r.target = r.best.target;
    return true;
  }

  // "The United States withdrew its troops, a move welcomed by Damascus":
  // a verbal judgement of "a move" set off after a clause is by the one
  // after "by", on that clause's subject. True when it settles the verb.
  // So is one by the actor before the verb: "..., an accusation Tehran
  // denied", "..., a move the U.N. mission condemned as illegal".
  template <typename Emit>
  bool JudgedMove(VerbReading& r, Emit& emit) {
    const VerbOcc& v = r.v;
    // (Not what names the object: "rejected the offer, a proposal Israel
    // welcomed" judges the offer, not its rejection.)
    static const std::unordered_set<std::string_view> kMoves = {"move",   "step",       "decision",   "measure",
                                                                "action", "accusation", "allegation", "allegations",
                                                                "claim",  "claims",     "charge",     "charges"};
    if (opt.rules.tabari_parse || v.form != VerbForm::kPast || v.begin < 3 || !VerbalCode(r.code)) return false;
    // Who judges: after "by" ("a move welcomed by Damascus"), or right
    // before the verb ("an accusation Tehran denied").
    int judge = -1, noun = v.begin - 1;
    if (const int g = group_ending[v.begin - 1]; g >= 0 && !r.passive) {
      judge = g;
      noun = groups[g].begin - 1;
      if (noun > 0 && Is(noun, kDeterminer) && ids[noun] != rep.w.poss) --noun;
    }
    if (noun < 2 || !kMoves.count(tokens[noun].lower) || !Is(noun - 1, kDeterminer) || ids[noun - 2] != rep.w.comma)
      return false;
    if (judge < 0) {
      bool has_by = false;
      judge = PassiveAgent(v.end, &has_by);
    }
    if (judge < 0 || groups[judge].Empty(units)) return false;
    int mover = -1;
    // (Not a gerund's: "accused Ukraine of shelling the plant, an
    // accusation Kyiv denied" is Russia's move.)
    for (int k = r.vi - 1; k >= 0 && mover < 0; --k)
      if (!NounUse(k) && verbs[k].end <= noun - 1 && verbs[k].subject >= 0 &&
          !(verbs[k].form == VerbForm::kIng && verbs[k].begin > 0 && Is(verbs[k].begin - 1, kPreposition)) &&
          (verbs[k].passive || !groups[verbs[k].subject].Empty(units))) {
        mover = verbs[k].subject;
        // "Iran was sanctioned by the United States, a move ...": the mover
        // is the passive's "by" actor; with none, no one named moved.
        if (verbs[k].passive) {
          bool has_by = false;
          mover = PassiveAgent(verbs[k].end, &has_by);
          if (mover < 0) return true;
        }
      }
    if (mover < 0 || mover == judge || groups[mover].Empty(units)) return false;
    if (trace)
      Note(r.label + ": judges the move of " + Words(groups[mover].begin, groups[mover].end) + ", by " +
           Words(groups[judge].begin, groups[judge].end));
    EmitPairs(judge, mover, r.code, r.paired(), emit);
    return true;
  }

  // "..., drawing criticism from the European Union", "comments that drew
  // a furious response from Israel": the one it was drawn from reacts to
  // the clause's subject. True when it settles the verb.
  template <typename Emit>
  bool DrawnReaction(VerbReading& r, Emit& emit) {
    const VerbOcc& v = r.v;
    const int n = static_cast<int>(tokens.size());
    if (opt.rules.tabari_parse || r.negated || r.hypothetical || r.cv.entry->lemma != "draw"sv) return false;
    static const std::unordered_map<std::string_view, std::string_view> kReactions = {
        {"criticism", "111"},  {"condemnation", "111"}, {"rebuke", "111"},      {"rebukes", "111"}, {"anger", "111"},
        {"ire", "111"},        {"outrage", "111"},      {"rejection", "120"},   {"praise", "051"},  {"protest", "114"},
        {"protests", "114"},   {"warning", "130"},      {"warnings", "130"},    {"threats", "130"}, {"support", "051"},
        {"accusation", "112"}, {"accusations", "112"},  {"allegations", "112"}, {"charges", "112"}};
    int k = v.end;
    while (k < n && k < v.end + 3 && !kReactions.count(tokens[k].lower) && tokens[k].lower != "response"sv &&
           (PlainWord(k) || Is(k, kDeterminer)))
      ++k;
    // ("a furious response": a response only when hostile.)
    static const std::unordered_set<std::string_view> kHostile = {"furious", "angry",  "sharp", "harsh",
                                                                  "strong",  "fierce", "stern"};
    const bool hostile_response = k + 2 < n && tokens[k].lower == "response"sv && k > v.end &&
                                  kHostile.count(tokens[k - 1].lower) && ids[k + 1] == rep.w.from;
    if (!hostile_response && (k + 2 >= n || !kReactions.count(tokens[k].lower) || ids[k + 1] != rep.w.from))
      return false;
    const int judge = group_starting[k + 2] >= 0 ? group_starting[k + 2] : GroupFrom(k + 2, 1);
    if (judge < 0 || groups[judge].Empty(units)) return false;
    // Whose deed: the possessor of a deed opening the clause ("Pakistan's
    // decision to expel ... drew"), the verb's subject, else that of the
    // clause before.
    static const std::unordered_set<std::string_view> kDeeds = {
        "decision", "move", "plan", "remarks", "comments", "policy", "announcement", "statement", "refusal"};
    int mover = -1;
    for (int q = 0; q + 2 < v.begin && mover < 0; ++q)
      if (group_ending[q] >= 0 && ids[q + 1] == rep.w.poss && kDeeds.count(tokens[q + 2].lower) &&
          !groups[group_ending[q]].Empty(units))
        mover = group_ending[q];
    // (For ", drawing ...", the sentence's first finite verb's subject:
    // "Israel's parliament approved a law banning UNRWA from operating in
    // Israel, drawing criticism" is the parliament's.)
    const bool comma_before = v.begin > 0 && ids[v.begin - 1] == rep.w.comma;
    if (mover < 0 && !comma_before && v.subject >= 0 && !groups[v.subject].Empty(units)) mover = v.subject;
    for (int q = comma_before ? 0 : r.vi - 1; mover < 0 && q >= 0 && q < r.vi; q += comma_before ? 1 : -1)
      if (!NounUse(q) && verbs[q].subject >= 0 && !groups[verbs[q].subject].Empty(units) && !verbs[q].passive &&
          (!comma_before || (verbs[q].form != VerbForm::kIng && !verbs[q].participle)))
        mover = verbs[q].subject;
    if (mover < 0 || mover == judge) return false;
    const std::string code(hostile_response ? "111" : kReactions.at(tokens[k].lower));
    // The reaction is this event, not one of its own ("drew praise").
    if (verb_at[k] >= 0) verbs[verb_at[k]].in_pattern = true;
    if (trace)
      Note(r.label + ": " + tokens[k].lower + " drawn from " + Words(groups[judge].begin, groups[judge].end) + " by " +
           Words(groups[mover].begin, groups[mover].end) + "; code " + code);
    EmitPairs(judge, mover, code, kNoCode, emit);
    return true;
  }

  // The two or more sides of what verb `vi` completes: those "between"
  // whom, or the compound subject of the verb before it ("Saudi Arabia and
  // Iran agreed to ... in a deal brokered by China"); -1 when none.
  int SidesBefore(int vi) const {
    int k = vi - 1;
    while (k >= 0 && NounUse(k)) --k;
    for (int t = k >= 0 ? verbs[k].end : 0; t + 1 < verbs[vi].begin; ++t)
      if (tokens[t].lower == "between"sv)
        if (const int g = group_starting[t + 1]; g >= 0 && CodedUnits(g) >= 2) return g;
    // (Past infinitives: "agreed to restore", "signed a declaration to end".)
    while (k >= 0 && k >= vi - 3 &&
           (NounUse(k) || verbs[k].subject < 0 || (verbs[k].begin > 0 && ids[verbs[k].begin - 1] == rep.w.to)))
      --k;
    // Only those who agreed: not "Russia and China vetoed a resolution
    // brokered by the United States".
    static const std::unordered_set<std::string_view> kAgree = {"agree",    "sign",   "reach", "accept",
                                                                "conclude", "strike", "seal"};
    if (k >= 0 && verbs[k].subject >= 0 && CodedUnits(verbs[k].subject) >= 2 && !OneActor(verbs[k].subject) &&
        kAgree.count(rep.compiled[verbs[k].verb].entry->lemma))
      return verbs[k].subject;
    return -1;
  }

  // Who acts on whom in the passive.
  template <typename Emit>
  bool PassiveSides(VerbReading& r, Emit& emit) {
    VerbOcc& v = r.v;
    const CompiledVerb& cv = r.cv;
    if (r.source >= 0 && r.target >= 0) {
      // "+ * from $": a pattern that names both slots says who is who.
      if (trace) Note(r.label + ": passive voice, both actors named by the pattern");
      return true;
    }
    bool has_by = false;
    int agent = PassiveAgent(v.end, &has_by);
    if (trace) Note(r.label + ": passive voice");
    // "rockets were fired into Israel by Hamas": with no actor for a
    // subject, the pattern's target after the verb is the one acted on.
    r.target = v.subject;
    if (r.target < 0 && r.best.pattern && r.best.target >= 0 && PassiveTargetActedOn(r.best.target, agent))
      r.target = r.best.target;
    r.source = agent;
    if (r.source < 0 && has_by) {
      if (trace) Note(r.label + ": passive whose 'by' names no actor; not coded");
      return false;
    }
    // "a deal brokered by China", "talks mediated by the African Union":
    // the go-between mediates between the sides of the clause before.
    if (r.source >= 0 && r.target < 0 && !opt.rules.tabari_parse &&
        (cv.entry->lemma == "mediate"sv || cv.entry->lemma == "broker"sv)) {
      if (const int sides = SidesBefore(r.vi); sides >= 0 && sides != r.source) {
        if (trace) Note(r.label + ": mediates between " + Words(groups[sides].begin, groups[sides].end));
        EmitPairs(r.source, sides, r.code, kNoCode, emit);
        return false;
      }
    }
    // The one harmed is named in the verb's own clause: "she had been
    // informed that two of her family members were killed" is not she.
    bool own_clause = r.target >= 0;
    for (int k = own_clause ? groups[r.target].end : v.begin; k < v.begin && own_clause; ++k)
      own_clause = !(verb_at[k] >= 0 && !NounUse(verb_at[k])) && !Is(k, kBoundary) && ids[k] != rep.w.that;
    if (r.source < 0 && !has_by && own_clause) {
      // "three Palestinians were killed in an Israeli airstrike": the
      // strike names who struck.
      std::string strike_code;
      int noun = -1;
      const int striker = StrikeIn(v.end, r.code, &strike_code, &noun);
      // Not a country's strike on its own people, who are more likely of
      // the article's country by default than truly its own.
      if (striker >= 0 && units[groups[striker].units[0]].base != units[groups[r.target].units[0]].base) {
        if (trace)
          Note(r.label + ": done in a strike by " + Words(groups[striker].begin, groups[striker].end) + "; code " +
               strike_code);
        // An assassination or other assault keeps its own code.
        if (RootNumber(r.code) == 18) strike_code = r.code;
        // The strike is this event, not one of its own.
        if (!opt.rules.tabari_parse) verbs[noun].in_pattern = true;
        // "Ten people were killed in a Russian missile attack on Kharkiv":
        // victims of no country are of the place struck.
        if (groups[r.target].Empty(units) && !opt.rules.tabari_parse) {
          const Unit& s = units[groups[striker].units[0]];
          const std::string scene = StrikeScene(striker);
          if (!scene.empty() && scene != s.base)
            for (int t : groups[r.target].units) {
              if (units[t].agent.empty()) continue;
              std::string victims = scene;
              AppendAgent(&victims, units[t].agent);
              emit(s.code == s.base ? s.base + "MIL" : s.code, s.base, victims, scene, strike_code);
            }
          return false;
        }
        EmitPairs(striker, r.target, strike_code, kNoCode, emit, /*bare_country_agent=*/"MIL");
        return false;
      }
    }
    if (r.source < 0 && !VerbalCode(r.code)) {
      // "Twenty Indian soldiers were killed in a clash with Chinese
      // troops": those killed and those they clashed with fought.
      if (const int foe = ClashWithAfter(v);
          foe >= 0 && r.target >= 0 && foe != r.target && !groups[r.target].Empty(units) && RootNumber(r.code) >= 18) {
        // (State forces clashing with protesters repress them, 175; civilians
        // caught in fighting do not fight.)
        const bool forces = GroupOfAgents(foe, {"COP", "MIL"}), protesters = GroupOfAgents(r.target, {"PTR"});
        const bool fighters = GroupOfAgents(r.target, {"MIL", "COP", "REB", "PTR"});
        if (trace) Note(r.label + (fighters ? ": harmed in a clash; the two sides fought" : ": harmed in fighting"));
        if (fighters)
          EmitPairs(r.target, foe, "190", forces && protesters ? "175" : "190", emit);
        else
          EmitPairs(foe, r.target, "190", kNoCode, emit);
        return false;
      }
      if (trace) Note(r.label + ": passive with no 'by' actor; not coded");
      return false;
    }
    // "He is said to be of Pakistani descent", "is considered a member
    // of Hamas": one said or thought to be something is what others say
    // or think, not who says or thinks it.
    static const std::unordered_set<std::string_view> kJudged = {"consider", "regard", "deem", "believe",
                                                                 "think",    "expect", "know"};
    if (r.source < 0 && (SaysWhat(v) || kJudged.count(cv.entry->lemma))) {
      if (trace) Note(r.label + ": what is said of its subject; not coded");
      return false;
    }
    // But one appealed to, praised, demanded of, criticized, accused or
    // threatened by no one named is the target, not the source:
    // "Iran was accused of arming the Houthis", "Egypt was praised for its
    // mediation" ("is opposed to" still disapproves).
    const int root = RootNumber(r.code);
    if (r.source < 0 && v.form == VerbForm::kPast && !v.participle && r.code != "110"sv &&
        (root == 2 || root == 5 || root == 10 || root == 11 || root == 13) && !opt.rules.tabari_parse) {
      if (trace) Note(r.label + ": its subject is who is acted on, by no one named; not coded");
      return false;
    }
    if (r.source < 0) {
      // Another verbal event, "the Philippines was criticized over its
      // dispute with Eriador" in PETRARCH's rejection codes: coded as if
      // active (as PETRARCH does), with no place for the target. Material
      // events ("killed in a clash with") are not.
      if (trace) Note(r.label + ": passive with no 'by' actor; coded from its subject");
      r.source = v.subject;
      int blocked = -1;
      r.target = r.best.target >= 0 ? r.best.target : DefaultTarget(r.best.after, r.source, &blocked, false);
    }
    return true;
  }

  // Who acts on whom in the active voice; false when the event is held
  // for a complement clause.
  bool ActiveSides(VerbReading& r, std::vector<Pending>* pending) {
    ActiveTarget(r);
    RecodeByObject(r);
    return !HeldForClause(r, pending);
  }

  void ActiveTarget(VerbReading& r) {
    VerbOcc& v = r.v;
    const CompiledVerb& cv = r.cv;
    if (r.source < 0) r.source = v.subject;
    // "Arnor suggested Gondor should require ..." ("suggested + * ..."): the
    // pattern took the nearest actor as target; the source stands before it.
    if (!r.noun && r.source >= 0 && r.source == r.target && r.best.target >= 0 && !r.best.pattern->after.empty())
      r.source = GroupBefore(groups[r.target].begin);
    // A place may be the target of last resort ("attacked rebels in
    // Syria"), but not of a statement or a meeting: one does not meet a
    // place ("met in Brussels").
    // Nor of a warning: "warned of a food crisis in Lebanon".
    const bool places =
        !SaysWhat(v) && r.code.compare(0, 2, "01") != 0 && r.code.compare(0, 2, "04") != 0 && r.code != "130"sv;
    if (r.target < 0) r.target = DefaultTarget(r.best.after, r.source, &r.blocked, places);
    // "France opposed bombing Syria", "opposed arming the rebels": whom a
    // gerund one opposes or rejects would act on is not who is opposed
    // (a gerund the dictionaries know or one they lack).
    if (r.target >= 0 && !r.best.pattern && (RootNumber(r.code) == 11 || RootNumber(r.code) == 12) &&
        v.end < static_cast<int>(tokens.size()) && !opt.rules.tabari_parse) {
      const int k = v.end;
      const bool listed = verb_at[k] >= 0 && verbs[verb_at[k]].form == VerbForm::kIng;
      const bool unlisted = verb_at[k] < 0 && PlainWord(k) && !tokens[k].capitalized && tokens[k].lower.size() > 5 &&
                            std::string_view(tokens[k].lower).ends_with("ing");
      if ((listed || unlisted) && groups[r.target].begin > k) {
        if (trace) Note(r.label + ": the gerund's object is not the one opposed");
        r.target = -1;
      }
    }
    // "carried out a suicide bombing in Tel Aviv": force used in a
    // capital is used on its country (see CapitalAsPlace).
    // (Not of one "found shot and killed in Baghdad".)
    bool be_before = false;
    for (int k = v.begin - 1; k >= 0 && k >= v.begin - 4 && !be_before; --k) be_before = Is(k, kBe);
    if (r.target < 0 && r.blocked < 0 && RootNumber(r.code) >= 18 && !v.participle && !be_before && !shouting)
      r.target = CapitalScene(r.best.after, r.source);
    // "condemned the killing of civilians by Colombian troops": one
    // disapproves of, or rejects, who did the deed, not those it was
    // done to ("condemned the attack on a police station").
    if (!r.best.pattern && (RootNumber(r.code) == 11 || RootNumber(r.code) == 12)) {
      bool deed = false;
      const int doer = DeedDoer(v.end, &deed);
      // With no doer named, the victim right after "on"/"against" stands
      // in ("criticized a similar attack on Gondor"), no actor further on.
      if (deed && doer < 0 && r.target >= 0) {
        // (Not one of the source's own country: "Iraq's government
        // condemned the attack on a police station".)
        const int b = BeforeDeterminers(groups[r.target].begin);
        const bool own = r.source >= 0 && !groups[r.source].Empty(units) && !groups[r.target].Empty(units) &&
                         units[groups[r.source].units[0]].base == units[groups[r.target].units[0]].base;
        if (own || b < v.end || b > v.end + 6 || (tokens[b].lower != "on"sv && tokens[b].lower != "against"sv))
          r.target = -1;
      } else if (deed) {
        r.target = doer != r.source ? doer : -1;
      }
    }
    // A verb of saying is addressed to the actor right after it ("told
    // Russia"), never to one inside what was said.
    if (r.target >= 0 && SaysWhat(v) && !r.best.pattern && groups[r.target].begin > v.end + 2) r.target = -1;
    // "said an Iranian brigade launched ...": one tells someone, but says
    // something; an actor after "said" is who the clause is about.
    if (r.target >= 0 && SaysWhat(v) && !r.best.pattern && tokens[v.begin].lower.compare(0, 2, "te") != 0 &&
        tokens[v.begin].lower != "told"sv)
      r.target = -1;
    // "allowed that Mordor isn't a really pleasant place" ("* really_pleasant"):
    // the actor stands between the verb and the pattern's words.
    r.object_from = r.best.after;
    if (r.target < 0 && r.blocked < 0 && r.best.after > v.end) {
      r.object_from = v.end;
      r.target = DefaultTarget(r.object_from, r.source, &r.blocked, places);
    } else if (r.target >= 0 && groups[r.target].Empty(units) && r.best.after > v.end &&
               !r.best.pattern->after.empty()) {
      // "summoned the Pakistani envoy to protest the killing of two
      // soldiers" ("* &DIPLOMAT"): an actor holding the pattern's words
      // beats agents after them.
      int ignored = -1;
      const int within = DefaultTarget(v.end, r.source, &ignored, places);
      if (within >= 0 && !groups[within].Empty(units) && groups[within].begin < r.best.after) r.target = within;
    }
    // "offered him sanctuary in Afghanistan" ("* &ASYLUM"), "supports
    // Israel's efforts to reach a deal on a Palestinian state" ("*
    // &PROPOSAL"): an actor right after the verb, before the pattern's
    // words, is who receives, not one named after them.
    if (r.best.pattern && r.best.target < 0 && r.best.words > 0 && r.best.words_at[0] > v.end &&
        (r.target < 0 || groups[r.target].Empty(units) || IsPlaceTarget(r.target, v) ||
         groups[r.target].begin > r.best.words_at[0])) {
      int k = v.end;
      // ("demanded on Wednesday that President Bakiyev resign": a day and
      // "that" may come first; news rules only.)
      if (!opt.rules.tabari_parse) {
        k = std::min(v.after_time, r.best.words_at[0]);
        if (k < r.best.words_at[0] && ids[k] == rep.w.that) ++k;
      }
      while (k < r.best.words_at[0] && Is(k, kDeterminer)) ++k;
      const int g = group_starting[k];
      int words = g >= 0 ? groups[g].end : -1;  // the pattern's words follow it, or an article first
      // (An adverb may follow it: "that Bakiyev immediately resign".)
      while (words >= 0 && words < r.best.words_at[0] && (LyAdverb(words) || Is(words, kAdverb)) &&
             !opt.rules.tabari_parse)
        ++words;
      while (words >= 0 && words < r.best.words_at[0] && Is(words, kDeterminer)) ++words;
      // (Of one country only when of another agency: "the opposition
      // demanded that the president resign".)
      const auto other_side = [&] {
        if (r.source < 0) return true;
        const Unit& t = units[groups[g].units[0]];
        const Unit& s = units[groups[r.source].units[0]];
        return t.base != s.base || (!opt.rules.tabari_parse && !t.code.empty() && !s.code.empty() && t.code != s.code &&
                                    RootNumber(r.code) == 10);
      };
      if (g >= 0 && g != r.source && !groups[g].Empty(units) && words == r.best.words_at[0] && !SaysWhat(v) &&
          other_side())
        r.target = g;
    }
    if (const int named = Including(r.target, r.source); named >= 0) r.target = named;
    if (const int named = Including(r.source, r.target); named >= 0) r.source = named;
    // "Isis fighters that we captured in Syria": in a relative clause
    // with its own subject and no object, the antecedent is what the
    // verb acts on (not "demanded that Assad step aside").
    if ((r.target < 0 || IsPlaceTarget(r.target, v)) && r.source >= 0 && v.begin == groups[r.source].end &&
        !v.passive && PhraseEnds(v.end) && !SaysWhat(v)) {
      const int rel = groups[r.source].begin - 1;
      // "Iran, which Israel attacked, ...": a comma may stand before "which".
      const int a = rel >= 2 && Is(rel, kRelative) && ids[rel - 1] == rep.w.comma ? rel - 2 : rel - 1;
      if (rel >= 1 && (ids[rel] == rep.w.that || Is(rel, kRelative)) && group_ending[a] >= 0 &&
          group_ending[a] != r.source && !groups[group_ending[a]].Empty(units)) {
        r.target = group_ending[a];
        if (trace)
          Note(r.label + ": acts on " + Words(groups[r.target].begin, groups[r.target].end) +
               ", which the clause is about");
      }
    }
    // "Blair talked about Afghanistan", "a meeting regarding Kosovo": what
    // one talks about is a topic, not whom one consults.
    if (r.target >= 0 && RootNumber(r.code) == 4) {
      bool about = false;  // "talked about the crisis Panama is in"
      for (int b = v.end; b < groups[r.target].begin && !about; ++b)
        about = tokens[b].lower == "about"sv || tokens[b].lower == "regarding"sv || tokens[b].lower == "concerning"sv;
      if (about) {
        if (trace)
          Note(r.label + ": " + Words(groups[r.target].begin, groups[r.target].end) + " is what is talked about");
        r.target = -1;
      }
    }
    // "Fatah members demanded that Abbas dissolve the government": what
    // one urges or demands, it asks of the that-clause's subject.
    if (r.target < 0 && r.source >= 0 && !v.passive && (RootNumber(r.code) == 2 || RootNumber(r.code) == 10)) {
      const int n = static_cast<int>(tokens.size());
      int k = v.end;
      while (k < n && Is(k, kAdverb)) ++k;
      int at = k + 1;
      while (at < n && Is(at, kDeterminer)) ++at;
      const int g = k < n && ids[k] == rep.w.that && at < n ? group_starting[at] : -1;
      if (g >= 0 && g != r.source && !groups[g].Empty(units)) {
        if (trace)
          Note(r.label + ": asked of " + Words(groups[g].begin, groups[g].end) + ", the subject of what it asks");
        r.target = g;
      }
    }
    // "Iraqi troops retook Ramadi from Islamic State": a place of the
    // source's own country taken from someone; that one is acted on.
    if (r.target >= 0 && r.source >= 0 && groups[r.target].units.size() == 1 && !groups[r.source].Empty(units)) {
      const Unit& t = units[groups[r.target].units[0]];
      const int k = groups[r.target].end;
      if (OfCountry(t) && t.code == t.base && t.base == units[groups[r.source].units[0]].base &&
          k + 1 < static_cast<int>(tokens.size()) && ids[k] == rep.w.from) {
        const int from_whom = GroupFrom(k + 1, 1);
        if (from_whom >= 0 && !groups[from_whom].Empty(units) && units[groups[from_whom].units[0]].base != t.base) {
          if (trace)
            Note(r.label + ": " + Words(groups[r.target].begin, groups[r.target].end) + " taken from " +
                 Words(groups[from_whom].begin, groups[from_whom].end));
          r.target = from_whom;
        }
      }
    }
    // "killed five Israeli soldiers and captured two": a number for
    // object after "and" is some of the previous verb's target.
    // (An actor further on is in a phrase of place or time: "seized five
    // more near the Lebanese city of Baalbek".)
    if ((r.target < 0 || (groups[r.target].begin > v.end)) && r.vi > 0 && v.begin > 0 &&
        ids[v.begin - 1] == rep.w.and_ && NumberObject(v.end) && verbs[r.vi - 1].target >= 0 &&
        verbs[r.vi - 1].end < v.begin) {
      // A pattern that took the place for its target took the wrong one.
      if (r.best.pattern && r.best.target >= 0 && r.best.target != verbs[r.vi - 1].target) {
        r.code = cv.entry->code;
        r.unpatterned = true;
      }
      r.target = verbs[r.vi - 1].target;
      r.counted = true;
      if (trace)
        Note(r.label + ": a number for object: some of " + Words(groups[r.target].begin, groups[r.target].end));
    }
    // "told the BBC", "speaking to CNN": the media one speaks through are
    // no party to what is said ("told the BBC to close its bureau" is
    // addressed to it).
    if (const std::string& lemma = cv.entry->lemma; r.target >= 0 && MediaOnly(r.target)) {
      const bool tell = lemma == "tell"sv;
      const bool speaks = SaysWhat(v) || tell || lemma == "speak"sv || lemma == "talk"sv;
      const bool addressed =
          tell && groups[r.target].end < static_cast<int>(tokens.size()) && ids[groups[r.target].end] == rep.w.to;
      if (speaks && !addressed) {
        if (trace)
          Note(r.label + ": " + Words(groups[r.target].begin, groups[r.target].end) + " only carries what is said");
        r.target = -1;
      }
    }
    v.target = r.target;
  }

  // The code, again, by what the object turned out to be.
  void RecodeByObject(VerbReading& r) {
    VerbOcc& v = r.v;
    const CompiledVerb& cv = r.cv;
    // "captured two Israeli soldiers", "... and captured two": people
    // taken (TakesPeople) are abducted, or arrested by a state.
    if ((!r.best.pattern || r.unpatterned) && TakesPeople(r.code, cv) && r.target >= 0 && !v.passive &&
        (r.counted || DirectObject(v, r.target)) && People(r.target, r.counted)) {
      r.code = PeopleTakenCode(r.source);
      if (trace) Note(r.label + ": takes people, not ground or goods; code " + r.code);
    }
    // "Human Rights Watch has charged Israel with using white phosphorus":
    // one with no power to prosecute accuses (112).
    if (r.code == "173"sv && cv.entry->lemma == "charge"sv && r.source >= 0 && !CanProsecute(r.source)) {
      r.code = "112";
      if (trace) Note(r.label + ": charged by one who cannot prosecute; an accusation, code 112");
    }
    // "opened fire on villagers protesting against land seizures": force
    // used on people protesting is repression.
    if (r.code == "190"sv && r.target >= 0 && ProtestingAfter(r.target)) {
      r.code = "175";
      if (trace) Note(r.label + ": force on people protesting; code 175");
    }
  }

  // Whether the event is held back for the subject of a complement clause;
  // a claim that another did harm is noted as an accusation.
  bool HeldForClause(VerbReading& r, std::vector<Pending>* pending) {
    VerbOcc& v = r.v;
    if (trace && r.target < 0 && r.blocked >= 0)
      Note(r.label + ": " + Words(groups[r.blocked].begin, groups[r.blocked].end) +
           " begins a clause of its own; not a target");
    if (!r.negated && !v.hypothetical && Claims(v) && r.source >= 0 && !groups[r.source].Empty(units)) {
      // Not what one claims to have done oneself ("Israeli forces claimed it had killed").
      auto other = [&](int g) {
        for (int u : groups[g].units)
          for (int su : groups[r.source].units)
            if (units[u].base == units[su].base) return false;
        return !groups[g].Empty(units);
      };
      if (r.target < 0 && !r.best.pattern) {
        const int accused = ComplementSubject(r.object_from, r.blocked);
        if (accused >= 0 && accused != r.source && other(accused)) accusations.push_back({r.source, accused, r.vi});
      } else if (r.target >= 0 && RootNumber(r.code) == 11) {
        // "alleged that Iraq attacked" ("* that + [112]"): the accusation is coded here.
        accusations.push_back({r.source, r.target, r.vi, /*coded=*/true});
      }
    }
    // A statement ("claimed that ...") is about its clause, not addressed to its subject.
    int clause = r.target < 0 && !SaysWhat(v) && r.code.compare(0, 2, "01") != 0
                     ? ComplementSubject(r.object_from, r.blocked)
                     : -1;
    // "Japanese Prime Minister Koizumi announced that Japan will ...": the
    // source's own country opening the clause is no target.
    bool own_country = clause >= 0 && r.source >= 0 && !groups[r.source].Empty(units) && !groups[clause].Empty(units) &&
                       units[groups[clause].units[0]].base == units[groups[r.source].units[0]].base;
    if (clause >= 0 && clause != r.source && r.source >= 0 && !groups[r.source].Empty(units) &&
        !groups[clause].Empty(units) && !own_country) {
      pending->push_back({r.source, clause, r.code, r.paired()});
      v.coded = true;
      return true;
    }
    return false;
  }

  // The verb's event, with a country for an agent named without one.
  // Whether group g is a state speaking as such: a country named by its
  // name ("Japan", not "Japanese"), its government or a person in office.
  bool StateSpeaks(int g) const {
    for (int u : groups[g].units) {
      const Unit& x = units[u];
      if (x.code.empty() || !OfCountry(x)) return false;
      const std::string_view agents = std::string_view(x.code).substr(std::min(x.code.size(), x.base.size()));
      if (agents == "GOV"sv) continue;
      if (!agents.empty() || x.person) return false;
      // A demonym ("Japanese", "Israelis") names people, not the state.
      const std::string& last = tokens[x.end - 1].lower;
      if (last.ends_with("ese") || last.ends_with("ans") || last.ends_with("is") || last.ends_with("ian")) return false;
    }
    return !groups[g].units.empty();
  }

  template <typename Emit>
  void EmitVerbEvent(VerbReading& r, Emit& emit) {
    VerbOcc& v = r.v;
    const CompiledVerb& cv = r.cv;
    // "British sailors seized by Iran": people taken, in the passive too.
    if (r.passive && !r.best.pattern && TakesPeople(r.code, cv) && r.target >= 0 && r.source >= 0 &&
        !groups[r.source].Empty(units) && People(r.target, /*counted=*/true)) {
      r.code = PeopleTakenCode(r.source);
      if (trace) Note(r.label + ": takes people, not ground or goods; code " + r.code);
    }
    // "The Prime Minister attacked the Opposition", "was attacked by
    // Sanders over his speeches", "editorially attacked": attacks in
    // politics are made in words (111).
    if (r.code == "190"sv && !r.best.pattern && cv.entry->lemma == "attack"sv && VerbalAttack(v, r.source, r.target)) {
      r.code = "111";
      if (trace) Note(r.label + ": an attack in words; code 111");
    }
    // "Japan protested China's declaration": a state protests by note, not
    // in the street (114).
    if (r.code == "141"sv && !r.best.pattern && cv.entry->lemma == "protest"sv && r.source >= 0 &&
        (v.form == VerbForm::kPast || v.form == VerbForm::kThird) && StateSpeaks(r.source) && !opt.rules.tabari_parse) {
      r.code = "114";
      if (trace) Note(r.label + ": a state's protest; code 114");
    }
    // "Protesters rallied in Bangkok": the place of a protest is where, not
    // whom, it is against; its country's government, when the protesters
    // are its own (see ImpliedTarget).
    // "Putin was welcomed in Pyongyang by Kim Jong Un": a leader welcomed by
    // another is hosted (043), not praised (but "the new Greek government
    // was welcomed by Merkel" is praise).
    if (r.code == "051"sv && !r.best.pattern && r.passive && cv.entry->lemma == "welcome"sv && r.target >= 0 &&
        r.source >= 0 && !opt.rules.tabari_parse && Leaders(r.target, /*persons=*/true) &&
        Leaders(r.source, /*persons=*/false)) {
      r.code = "043";
      if (trace) Note(r.label + ": a leader welcomed by another is hosted; code 043");
    }
    // "The Malian army, supported by French warplanes, drove ...": support
    // given by armed forces is fighting alongside, no endorsement.
    if (r.code == "051"sv && !r.best.pattern && r.passive && r.source >= 0 && !opt.rules.tabari_parse &&
        (cv.entry->lemma == "support"sv || cv.entry->lemma == "back"sv) && GroupOfAgents(r.source, {"MIL"})) {
      if (trace) Note(r.label + ": support by armed forces is no endorsement; not coded");
      return;
    }
    // "Greek police drove migrants back into Turkey": people driven out
    // who do not fight are expelled (174), not fought.
    if (r.code == "190"sv && cv.entry->lemma == "drive"sv && r.target >= 0 && !opt.rules.tabari_parse &&
        !Fighters(r.target)) {
      r.code = "174";
      if (trace) Note(r.label + ": those driven out do not fight; expelled, 174");
    }
    // "Protesters were met by security forces": protesters met by state
    // forces are confronted; no consultation.
    if (RootNumber(r.code) == 4 && cv.entry->lemma == "meet"sv && r.passive && r.code == "040"sv && r.source >= 0 &&
        r.target >= 0 && !opt.rules.tabari_parse && GroupOfAgents(r.source, {"COP", "MIL"}) &&
        GroupOfAgents(r.target, {"PTR"})) {
      if (trace) Note(r.label + ": protesters met by state forces are confronted; not coded");
      return;
    }
    // "Israel killed Hezbollah leader Hassan Nasrallah in an air strike": a
    // named person killed is assassinated (186), by whatever means.
    if (!opt.rules.tabari_parse && r.target >= 0 && !r.negated && NamedIndividual(r.target) &&
        (RootNumber(r.code) == 18 || RootNumber(r.code) == 19) && r.code != "181"sv &&
        (cv.entry->lemma == "kill"sv || cv.entry->lemma == "slay"sv || cv.entry->lemma == "murder"sv) &&
        !(v.end < static_cast<int>(tokens.size()) && tokens[v.end].lower == "off"sv)) {  // "killed off"

      r.code = "186";
      if (trace) Note(r.label + ": kills a person named; code 186");
    }
    std::string protest_place;
    if (RootNumber(r.code) == 14 && r.source >= 0 && r.target >= 0 && groups[r.target].units.size() == 1) {
      const Unit& t = units[groups[r.target].units[0]];
      int before = groups[r.target].begin - 1;
      while (before >= 0 && Is(before, kDeterminer)) --before;
      if (OfCountry(t) && t.code == t.base && before >= 0 && Is(before, kLocative)) {
        protest_place = t.base;
        r.target = -1;
      }
    }
    if (EmitForCountrylessSource(r, emit)) return;
    if (r.source < 0 || groups[r.source].Empty(units)) {
      EmitWithoutSource(r, protest_place, emit);
      return;
    }
    // "Britons who travelled to Syria": a country's people going somewhere
    // pay no visit; "Ugandan troops arriving in Somalia", "4,000 Russian
    // citizens travelled to Syria": nor do troops or civilians, unless
    // they visit.
    if (r.code == "042"sv && r.source >= 0 &&
        (CountryPeople(r.source) || (Travellers(r.source) && cv.entry->lemma != "visit"sv))) {
      if (trace) Note(r.label + ": people of a country or troops travelling; no visit");
      return;
    }
    // "A and B signed the deal after a meeting at Defence Ministry": where
    // the members of a subject meet or sign is no party to it.
    // So is the body whose summit is where they meet ("held talks on the
    // sidelines of the APEC summit").
    if (r.target >= 0 && r.source >= 0 && !r.passive && IsPlaceTarget(r.target, v) &&
        ((groups[r.target].Empty(units) && CodedUnits(r.source) >= 2 && !OneActor(r.source)) || VenueOf(r.target)) &&
        (r.code.compare(0, 2, "04") == 0 || r.code == "036"sv || r.code == "057"sv || r.code == "0871"sv))
      r.target = -1;
    // "Thai troops fired at protesters in central Bangkok": protesters put
    // down in a place of one's own country are its protesters, not the place.
    if (r.code == "175"sv && r.target >= 0 && r.source >= 0 && groups[r.target].units.size() == 1 &&
        !groups[r.source].Empty(units) && !opt.rules.tabari_parse) {
      const Unit& t = units[groups[r.target].units[0]];
      const Unit& s = units[groups[r.source].units[0]];
      if ((t.place || t.government_name || t.code == t.base) && !t.base.empty() && t.base == s.base) r.target = -1;
    }
    if (EmitForCountrylessTarget(r, emit)) return;
    if (EmitWithinSubject(r, emit)) return;
    // "Ben-Gvir's visit to the mosque was condemned by Jordan": a verdict in
    // the passive on an act is on the one whose act it is.
    if (r.passive && (r.target < 0 || groups[r.target].Empty(units)) && !opt.rules.tabari_parse &&
        (RootNumber(r.code) == 11 || RootNumber(r.code) == 12 || r.code == "051"sv))
      if (const int owner = OwnerOfSubject(v, r.source); owner >= 0) r.target = owner;
    if (r.target < 0 || groups[r.target].Empty(units)) {
      EmitWithoutTarget(r, emit);
      return;
    }
    if (r.code == "175"sv) {
      // "police quelled a demonstration in Pelargir": the place is the
      // protesters' country, not who was acted on.
      const int pe = ProtestObject(v, r.best.after);
      if (std::string place = PlaceAt(pe); !place.empty() && GroupFrom(pe + 1, 1) == r.target) {
        if (trace) Note(r.label + ": the protest acted on is its protesters', of " + place + ", the place named");
        EmitOnOwn(place, "PTR", r.source, r.code, emit);
        return;
      }
    }
    EmitPairs(r.source, r.target, r.code, r.paired(), emit);
    // "Kikwete mediated talks between Kibaki and Odinga": the parties
    // negotiated with each other.
    if (r.code == "045"sv && !r.negated && !r.hypothetical && !opt.rules.tabari_parse &&
        TalksBetweenBefore(groups[r.target].end) == r.target) {
      if (trace) Note(r.label + ": the parties to talks mediated negotiate; 046 between them");
      EmitAmongMembers(r.target, "046", "046", emit);
    }
  }

  // Whether every unit of group g can fight: armed forces, rebels, an
  // armed group or a state named as such ("drove Iraq out of Khorramshahr").
  bool Fighters(int g) const {
    if (groups[g].units.empty()) return false;
    for (int k : groups[g].units) {
      const Unit& u = units[k];
      const ontology::ActorEntry* a = u.base.empty() || u.person ? nullptr : onto.FindActor(u.base);
      const bool armed_group = a && a->kind == ontology::ActorKind::kGroup;
      const bool state = a && a->kind == ontology::ActorKind::kCountry && u.code == u.base;
      if (!armed_group && !state && !GroupOfAgents(g, {"MIL", "REB"})) return false;
    }
    return true;
  }

  // Whether every unit of group g, coded or agent-only, has its first agent
  // among `agents`.
  bool GroupOfAgents(int g, std::initializer_list<std::string_view> agents) const {
    if (groups[g].units.empty()) return false;
    for (int k : groups[g].units) {
      const Unit& u = units[k];
      const std::string_view a =
          u.code.empty() ? FirstAgent(u.agent)
                         : (u.code.size() > u.base.size() ? FirstAgent(std::string_view(u.code).substr(u.base.size()))
                                                          : std::string_view());
      if (std::find(agents.begin(), agents.end(), a) == agents.end()) return false;
    }
    return true;
  }

  // A source agent with no country takes one from the place or the target.
  template <typename Emit>
  bool EmitForCountrylessSource(VerbReading& r, Emit& emit) {
    VerbOcc& v = r.v;
    if (r.source >= 0 && groups[r.source].Empty(units) && r.target >= 0 && !groups[r.target].Empty(units)) {
      // "militants in Kashmir attacked", "protesters clashed with Israeli
      // police": rebels, protesters and the opposition with no country
      // take it from the place after them or from the state they confront.
      // A place named right after them, the country of the people a state
      // organ acts on ("police fired at Egyptian protesters"), the
      // article's, or that of the organ rebels or protesters confront.
      std::string country = CountryAfter(r.source, r.target);
      // "The embassy bombings killed 247 people in Kenya": no actor acts.
      if (country.empty() && !QualifiesNoun(r.source)) country = DomesticTargetCountry(r.source, r.target);
      if (country.empty() && RootNumber(r.code) == 14) country = ProtestPlace(r.source, r.target);
      if (country.empty() && RootNumber(r.code) >= 18) country = AttackPlace(r.source, r.target);
      if (country.empty()) country = SpeakerCountry(r.source);
      bool from_article = false;
      if (country.empty()) {
        country = ArticleCountry(r.source, /*acting=*/true);
        from_article = !country.empty();
      }
      if (country.empty()) country = SourceCountry(r.source, r.target);
      if (country.empty() && !QualifiesNoun(r.source)) country = GroupHomeCountry(v, r.source, r.target);
      if (!country.empty()) {
        if (trace)
          Note(r.label + ": " + Words(groups[r.source].begin, groups[r.source].end) + " taken to be of " + country +
               (from_article ? ", the article's country" : ""));
        EmitAgentsOf(country, r.source, r.target, /*agents_act=*/true, r.code, r.paired(), emit);
        return true;
      }
    }
    return false;
  }

  // No source actor: an agent of the article's country, an implied target,
  // or the default source, if any.
  template <typename Emit>
  void EmitWithoutSource(VerbReading& r, const std::string& protest_place, Emit& emit) {
    VerbOcc& v = r.v;
    // "..., a senior official said": an unnamed speaker reports; no event.
    const bool unnamed_speaker = r.source >= 0 && SaysWhat(v);
    // "police quelled a demonstration": both sides of the article's country.
    if (r.source >= 0 && !unnamed_speaker && r.target >= 0 && groups[r.target].Empty(units)) {
      std::string country = ArticleCountry(r.source, /*acting=*/true);
      // "militants fired on a police patrol": rebels, criminals and
      // civilians act at home on its state organs.
      if (country.empty() && StateOrgans(r.target) == groups[r.target].units.size())
        country = ArticleCountry(r.source, /*acting=*/false);
      // "troops opened fire on protesters": state organs acting on those
      // who act at home (protesters, the opposition) are of their country.
      if (country.empty() && StateOrgans(r.source) == groups[r.source].units.size() && StateOrgans(r.target) == 0)
        country = ArticleCountry(r.target, /*acting=*/true);
      // Both sides of `of`, for the reason `why`.
      auto both_of = [&](const std::string& of, const char* why) {
        if (trace)
          Note(r.label + ": " + Words(groups[r.source].begin, groups[r.source].end) + " and " +
               Words(groups[r.target].begin, groups[r.target].end) + " taken to be of " + of + ", " + why);
        EmitAgentsBoth(of, r.source, r.target, r.code, r.paired(), emit);
      };
      if (!country.empty() && !ArticleCountry(r.target, /*acting=*/false).empty()) {
        both_of(country, "the article's country");
        return;
      }
      // "Militants attacked a police station in northern Nigeria": both of
      // the place named right after either.
      // (Not a place they are "from": "migrants from northern Syria".)
      auto scene_after = [&](int g, int other) {
        const int e = groups[g].end;
        const std::string_view last = tokens[e - 1].lower;
        const bool where = (e < static_cast<int>(tokens.size()) &&
                            (ids[e] == rep.w.in || ids[e] == rep.w.of || tokens[e].lower == "off"sv)) ||
                           HoldingSuffix(last) > 0;
        return where ? CountryAfter(g, other) : std::string();
      };
      if (country.empty() && !opt.rules.tabari_parse) {
        std::string place = scene_after(r.target, r.source);
        if (place.empty()) place = scene_after(r.source, r.target);
        if (!place.empty()) {
          both_of(place, "the place named");
          return;
        }
      }
      // "Beijing has confirmed that police opened fire on villagers": a
      // country reports what its organs did to its people.
      if (country.empty() && StateOrgans(r.target) == 0) {
        if (const std::string spoken = SpeakerCountry(r.source); !spoken.empty()) {
          both_of(spoken, "who reports it");
          return;
        }
      }
    }
    std::string implied;
    const char* why = "";
    if (r.source >= 0 && !unnamed_speaker && r.target < 0 &&
        ImpliedTarget(r.code, v, r.best.after, r.source, &implied, &why)) {
      std::string country = implied == "PTR"sv ? PlaceAt(ProtestObject(v, r.best.after)) : protest_place;
      const bool from_place = !country.empty();
      if (!from_place) country = ArticleCountry(r.source, /*acting=*/true);
      if (!country.empty()) {
        if (trace)
          Note(r.label + ": " + why + "; taken to be of " + country +
               (from_place ? ", the place named" : ", the article's country"));
        EmitOnOwn(country, implied, r.source, r.code, emit);
        return;
      }
    }
    if (!opt.rules.default_source.empty() && !unnamed_speaker) {
      const bool has_target = r.target >= 0 && !groups[r.target].Empty(units);
      if (!opt.rules.default_source_prior && has_target) {
        // No actor before the verb: the first one after it is the source.
        r.source = r.target;
        int blocked = -1;
        r.target = DefaultTarget(groups[r.source].end, r.source, &blocked);
        if (trace) Note(r.label + ": no actor before the verb; the one after it taken as the source");
      }
      if (trace) Note(r.label + ": default actor for what is missing");
      EmitWithDefaults(r.source, r.target, r.code, r.paired(), emit);
      return;
    }
    // "Fighting erupted between Thai and Cambodian troops", "talks broke
    // off on Sunday between": what two sides do together, with no one else
    // acting, is between them both ways (not "brokered between", "hailed
    // the truce between").
    const int root = RootNumber(r.code);
    const bool mutual = root == 3 || r.code == "040"sv || r.code == "041"sv || r.code == "046"sv || r.code == "057"sv ||
                        root == 6 || root == 19 || root == 20;
    if (const int sides = BetweenSidesAfter(v.end); r.source < 0 && sides >= 0 && mutual && !opt.rules.tabari_parse) {
      if (RootNumber(r.code) >= 18 && PeopleOnly(sides)) {
        if (trace) Note(r.label + ": between people; words, no force");
        return;
      }
      if (trace) Note(r.label + ": between the sides " + Words(groups[sides].begin, groups[sides].end) + ", both ways");
      EmitAmongMembers(sides, r.code, r.code, emit);
      return;
    }
    if (trace) Note(r.label + ": no source actor");
  }

  // The group of exactly two coded actors after "between" within a few
  // words of token `from` ("erupted between Thai and Cambodian troops",
  // "broke out on Sunday between", "erupted in Khartoum on Saturday
  // between"); -1 when none.
  int BetweenSidesAfter(int from) const {
    const int n = static_cast<int>(tokens.size());
    for (int k = from; k < n && k < from + 8; ++k) {
      // "in Khartoum", "in Sudan": a place or country named bare, with no article.
      if (ids[k] == rep.w.in && k + 1 < n && unit_at[k + 1] >= 0 && units[unit_at[k + 1]].begin == k + 1 &&
          (units[unit_at[k + 1]].place || units[unit_at[k + 1]].government_name ||
           (!units[unit_at[k + 1]].code.empty() && units[unit_at[k + 1]].code == units[unit_at[k + 1]].base))) {
        k = units[unit_at[k + 1]].end - 1;
        continue;
      }
      // Only words saying how or when it broke out may stand before
      // "between": not an infinitive ("meeting to mediate between"), a
      // negation, or a place ("flared near the border between").
      if (Is(k, kBoundary | kNegation | kConjunction | kDeterminer) || ids[k] == rep.w.comma || ids[k] == rep.w.to ||
          unit_at[k] >= 0)
        return -1;
      if (Is(k, kPreposition) && tokens[k].lower != "between"sv &&
          !(k + 1 < n && CalendarWord(tokens[k + 1].lower, /*months_only=*/false)))
        return -1;
      if (tokens[k].lower != "between"sv) continue;
      int b = k + 1;
      while (b < n && Is(b, kDeterminer)) ++b;
      const int g = b < n ? group_starting[b] : -1;
      return g >= 0 && CodedUnits(g) == 2 ? g : -1;
    }
    return -1;
  }

  // A target agent with no country takes the place's or the source's.
  template <typename Emit>
  bool EmitForCountrylessTarget(VerbReading& r, Emit& emit) {
    // "suspended a military pact with Pyongyang", "resumed military aid",
    // "threatened military action": an agent word qualifying a noun of
    // dealings or deeds is no one acted on; whoever the phrase goes on to
    // name may be. (In disapproval and other conflict, only those nouns:
    // "criticised police brutality" is on the police.)
    static const std::unordered_set<std::string_view> kDealings = {
        "aid",       "assistance", "support",  "pact",         "pacts",    "cooperation", "ties",
        "relations", "agreement",  "deal",     "exercises",    "drills",   "sharing",     "equipment",
        "spending",  "budget",     "presence", "intervention", "action",   "operation",   "operations",
        "option",    "options",    "solution", "means",        "hardware", "supplies",    "sales",
        "contacts",  "dialogue",   "talks",    "channels",     "training", "parade"};
    // In cooperation (and reduced relations), any plain noun but the
    // agents' own people ("army personnel", "the military hierarchy").
    static const std::unordered_set<std::string_view> kItsPeople = {
        "personnel",  "staff",         "members",  "officers", "officials",   "ranks",    "hierarchy",
        "leadership", "establishment", "brass",    "chiefs",   "commanders",  "veterans", "representatives",
        "units",      "cadets",        "recruits", "families", "departments", "generals"};
    const int noun = r.target >= 0 ? groups[r.target].end : -1;
    const int root = RootNumber(r.code);
    const bool qualifies = noun >= 0 && noun < static_cast<int>(tokens.size()) && groups[r.target].Empty(units) &&
                           root < 17 &&
                           (kDealings.count(tokens[noun].lower) ||
                            ((root < 10 || root == 16) && QualifiesNoun(r.target) && verb_at[noun] < 0 &&
                             !std::string_view(tokens[noun].lower).ends_with("ing") && !HeldPlace(noun) &&
                             !kItsPeople.count(tokens[noun].lower)));
    if (qualifies && !opt.rules.tabari_parse) {
      // (Right after the noun: "pact with Pyongyang", "aid to Kyiv".)
      static const std::unordered_set<std::string_view> kTo = {"with", "to", "for", "against", "on", "from"};
      const int prep = groups[r.target].end + 1;
      int at = prep + 1;
      while (at < static_cast<int>(tokens.size()) && Is(at, kDeterminer)) ++at;
      const int next = at < static_cast<int>(tokens.size()) && kTo.count(tokens[prep].lower) ? group_starting[at] : -1;
      if (trace) Note(r.label + ": '" + Words(groups[r.target].begin, groups[r.target].end) + "' qualifies a noun");
      r.target = next >= 0 && next != r.source && !groups[next].Empty(units) ? next : -1;
      return false;
    }
    if (r.target >= 0 && groups[r.target].Empty(units)) {
      // "Pakistani police arrested militants": an agent with no country
      // takes the country of the place right after it ("militants in
      // Afghanistan") or, failing that, of the source.
      std::string country = ContextCountry(r.target, r.source, r.code);
      if (!country.empty()) {
        if (trace)
          Note(r.label + ": " + Words(groups[r.target].begin, groups[r.target].end) + " taken to be of " + country);
        EmitAgentsOf(country, r.target, r.source, /*agents_act=*/false, r.code, r.paired(), emit);
        return true;
      }
    }
    return false;
  }

  // A meeting or agreement with no other target: among the members of a
  // compound subject.
  template <typename Emit>
  bool EmitWithinSubject(VerbReading& r, Emit& emit) {
    VerbOcc& v = r.v;
    // "China and India met", "... signed an agreement", "... restored ties",
    // "... agreed to a ceasefire": within a compound subject, when no one
    // else is named.
    // Cooperation two pledge or do together ("Ghana and Italy affirmed their
    // commitment to ...", "agreed to cooperate") is mutual too, when they
    // are the verb's own subject, not an object before it ("will meet A
    // and B leaders during a visit").
    bool cooperation = r.code.compare(0, 3, "030") == 0 || r.code.compare(0, 3, "031") == 0 ||
                       r.code.compare(0, 3, "032") == 0 || r.code.compare(0, 2, "06") == 0;
    for (int k = groups[r.source].end; k < v.begin && cooperation; ++k)
      cooperation = !Is(k, kPreposition) && ids[k] != rep.w.comma && !(verb_at[k] >= 0 && !NounUse(verb_at[k]));
    // "Armenia and Azerbaijan accused each other": any act between the members.
    int after_verb = v.end;
    while (after_verb < static_cast<int>(tokens.size()) && Is(after_verb, kAdverb)) ++after_verb;
    const bool each_other = after_verb + 1 < static_cast<int>(tokens.size()) &&
                            ((tokens[after_verb].lower == "each"sv && tokens[after_verb + 1].lower == "other"sv) ||
                             (tokens[after_verb].lower == "one"sv && tokens[after_verb + 1].lower == "another"sv));
    // (Not a visit made or hosted together: "the two leaders visited the
    // scene" visit no one among themselves.)
    const bool together = (r.code == "042"sv || r.code == "043"sv) && !each_other && !opt.rules.tabari_parse;
    const bool mutual = (r.code.compare(0, 2, "04") == 0 && !together) || r.code == "036"sv || r.code == "050"sv ||
                        r.code == "057"sv || r.code == "0871"sv || cooperation || each_other;
    // "Olmert and Abbas agreed to talks on a Palestinian state": what the
    // talks are about is no party to them.
    auto topic = [&](int g) {
      int b = groups[g].begin - 1;
      while (b >= 0 && Is(b, kDeterminer)) --b;
      if (b < 0) return false;
      const std::string& w = tokens[b].lower;
      return w == "on"sv || w == "about"sv || w == "over"sv || w == "regarding"sv || w == "concerning"sv;
    };
    // "Canada and the Kurds struck a deal to repatriate Canadian citizens":
    // the object of its purpose is no party to the deal either.
    auto purpose = [&](int g) {
      for (int k = v.end; k + 1 < groups[g].begin; ++k)
        if (ids[k] == rep.w.to && verb_at[k + 1] >= 0 && !verbs[verb_at[k + 1]].in_pattern) return true;
      return false;
    };
    // Nor where they meet or train ("met in Moscow", "held joint exercises
    // in the Sea of Japan"); but "investing in Iraq" is in Iraq.
    auto venue = [&](int g) {
      return (r.code.compare(0, 2, "04") == 0 || r.code == "036"sv || r.code == "062"sv || r.code == "057"sv ||
              r.code == "0871"sv) &&
             IsPlaceTarget(g, v);
    };
    // "Sharon and Arafat met Mr Zinni": one the dictionaries do not know is
    // met, not each other (but "signed the Outer Space Treaty").
    const int n = static_cast<int>(tokens.size());
    // (An honorific or a first and last name: not "discussed Brexit".)
    int k = v.end;
    while (k < n && Is(k, kDeterminer)) ++k;
    const bool titled = k < n && Honorific(k);
    if (titled) ++k;
    if (r.target < 0 && r.code.compare(0, 2, "04") == 0 && k < n && UnknownName(k) && !shouting &&
        (titled || (k + 1 < n && UnknownName(k + 1))))
      return false;
    if ((r.target < 0 || groups[r.target].Empty(units) || topic(r.target) || purpose(r.target) || venue(r.target)) &&
        mutual && !r.passive && CodedUnits(r.source) >= 2 && !OneActor(r.source)) {
      if (trace) Note(r.label + ": no target; a meeting or agreement between the members of the subject");
      EmitAmongMembers(r.source, r.code, r.code, emit);
      return true;
    }
    return false;
  }

  // No target actor: the default, an implied target, the last accuser or
  // attacker answered, or the one a threat's condition names.
  template <typename Emit>
  void EmitWithoutTarget(VerbReading& r, Emit& emit) {
    VerbOcc& v = r.v;
    const CompiledVerb& cv = r.cv;
    if (!opt.rules.default_target.empty() && !opt.rules.default_target_after && groups[r.source].units.size() > 1) {
      // No actor after the verb: the compound source's first member acts on the others.
      const std::vector<int>& members = groups[r.source].units;
      for (size_t k = 1; k < members.size(); ++k) {
        const Unit& s = units[members[0]];
        const Unit& t = units[members[k]];
        if (s.code.empty() || t.code.empty() || s.code == t.code) continue;
        emit(s.code, s.base, t.code, t.base, r.code);
      }
      return;
    }
    if (!opt.rules.default_target.empty()) {
      if (trace) Note(r.label + ": no target actor; the default target " + opt.rules.default_target);
      EmitWithDefaults(r.source, -1, r.code, r.paired(), emit);
      return;
    }
    std::string implied;
    const char* why = "";
    if (r.target < 0 && ImpliedTarget(r.code, v, r.best.after, r.source, &implied, &why)) {
      // "Georgian police broke up the protests": protesters of its
      // country; "Saakashvili declared a state of emergency": on it.
      const Unit& s = units[groups[r.source].units[0]];
      const ontology::ActorEntry* home = s.base.empty() ? nullptr : onto.FindActor(s.base);
      if (home && home->kind == ontology::ActorKind::kCountry) {  // a person too: "Saakashvili declared"
        if (trace) Note(r.label + ": " + why + ", of " + s.base);
        EmitOnOwn(s.base, implied, r.source, r.code, emit);
        return;
      }
    }
    // "Russia denied the accusations", "Iran dismissed the charges": a
    // denial or rejection of charges answers whoever last made them
    // against the source's country, within three sentences.
    // "South Korean troops returned fire", "Israel retaliated with air
    // strikes": force in return is against whoever last used force on
    // the source's country.
    const bool denial = (r.code == "016"sv || RootNumber(r.code) == 12) && AccusationAfter(v.end);
    const std::string& lemma = cv.entry->lemma;
    const bool in_return = (lemma == "retaliate"sv || lemma == "return"sv) && RootNumber(r.code) >= 18;
    // (A copy: emitting replaces attack_here.)
    if ((denial || in_return) && ((in_return && AnswerLast(Memory::Act(attack_here), r.source, r.code, emit)) ||
                                  AnswerLast(denial ? mem.accusation : mem.attack, r.source, r.code, emit))) {
      if (trace)
        Note(r.label + (denial ? ": answers the charges " + mem.accusation.code + " made"
                               : ": answers the force last used on it"));
      return;
    }
    // "Hamas condemned the raids", "Egypt welcomed the strikes": a verdict
    // on force named again is on whoever used it in the sentence before
    // (not on oneself); so is a threat of revenge ("vowed revenge").
    auto revenge = [&] {
      for (int k = v.end; k < static_cast<int>(tokens.size()) && k < v.end + 3; ++k)
        if (tokens[k].lower == "revenge"sv || tokens[k].lower == "retaliation"sv || tokens[k].lower == "reprisals"sv)
          return true;
      return false;
    };
    if ((((RootNumber(r.code) == 11 || r.code == "051"sv) && HarmNamedAgain(v.end)) ||
         (r.code == "138"sv && revenge())) &&
        !opt.rules.tabari_parse && mem.attack.sentence >= 0 && mem.sentence - mem.attack.sentence <= 1) {
      bool judged = false;
      for (int su : groups[r.source].units) {
        const Unit& s = units[su];
        if (s.code.empty() || s.base == mem.attack.base) continue;
        emit(s.code, s.base, mem.attack.code, mem.attack.base, r.code);
        judged = true;
      }
      if (judged) {
        if (trace) Note(r.label + ": judges the force " + mem.attack.code + " last used");
        return;
      }
    }
    // "North Korea launched a rocket, and Japan condemned the launch": a
    // verdict on an act named again in the same sentence is on its doer.
    if ((RootNumber(r.code) == 11 || r.code == "051"sv) && !opt.rules.tabari_parse)
      if (const int doer = DoerOfActNamed(v, r.source); doer >= 0) {
        if (trace) Note(r.label + ": judges what " + Words(groups[doer].begin, groups[doer].end) + " did");
        EmitPairs(r.source, doer, r.code, kNoCode, emit);
        return;
      }
    // "Iran threatened to close the strait if the United States imposed
    // sanctions": a threat is made to the one its condition names.
    if (const int cond = ConditionSubject(v, r.source); cond >= 0 && RootNumber(r.code) == 13) {
      if (trace)
        Note(r.label + ": threatens the subject of its condition, " + Words(groups[cond].begin, groups[cond].end));
      EmitPairs(r.source, cond, r.code, r.paired(), emit);
      return;
    }
    if (trace) Note(r.label + ": no target actor");
  }

  // For a verdict v whose object is an act named by a noun ("condemned the
  // launch", "welcomed the move"), the subject of the earlier verb of this
  // sentence that did that act ("launched"; any act for "move"), if it is
  // an actor other than `source`; -1 otherwise.
  int DoerOfActNamed(const VerbOcc& v, int source) const {
    const int n = static_cast<int>(tokens.size());
    int k = v.end;
    while (k < n && k < v.end + 3 && (Is(k, kDeterminer) || IsModifier(k))) ++k;
    if (k >= n) return -1;
    const bool move = tokens[k].lower == "move"sv;
    if (!move && (verb_at[k] < 0 || !NounUse(verb_at[k]))) return -1;
    // "The move" is the main clause's: the first verb's ("Germany agreed to
    // send tanks after Ukraine asked for them, and Russia condemned the
    // move"); a noun of an act, the nearest verb of that act.
    if (move) {
      for (int w = 0; w < verb_at[v.begin]; ++w) {
        const VerbOcc& done = verbs[w];
        if (NounUse(w) || done.subject < 0) continue;
        return done.subject != source && !groups[done.subject].Empty(units) ? done.subject : -1;
      }
      return -1;
    }
    const std::string& act = rep.compiled[verbs[verb_at[k]].verb].entry->lemma;
    for (int w = verb_at[v.begin] - 1; w >= 0; --w) {
      const VerbOcc& done = verbs[w];
      if (NounUse(w) || done.subject < 0 || done.subject == source || groups[done.subject].Empty(units)) continue;
      if (rep.compiled[done.verb].entry->lemma == act) return done.subject;
    }
    return -1;
  }

  void Remember() {
    if (unknown_opener) {  // someone the dictionaries do not know
      mem.person.clear();
      mem.man.clear();
      mem.woman.clear();
    }
    // The subject of the sentence's first verb that has one.
    for (const VerbOcc& v : verbs) {
      if (v.subject < 0 || groups[v.subject].Empty(units)) continue;
      const Unit& s = units[groups[v.subject].units[0]];
      if (s.code.empty()) continue;
      mem.subject_code = s.code;
      mem.subject_base = s.base;
      mem.subject_others.clear();
      mem.subject_many = groups[v.subject].units.size() > 1 || s.code.size() > s.base.size();
      for (size_t k = 1; k < groups[v.subject].units.size(); ++k) {
        const Unit& o = units[groups[v.subject].units[k]];
        if (!o.code.empty()) mem.subject_others.emplace_back(o.code, o.base);
      }
      break;
    }
    for (const Unit& u : units) {
      if (u.code.empty()) continue;
      if (u.person) {
        mem.person = {u.code, u.base};
        // By names only: a pronoun may have stood for someone unknown.
        static const std::unordered_set<std::string_view> kPronouns = {"he", "she", "him", "her"};
        if (u.end - u.begin != 1 || !kPronouns.count(tokens[u.begin].lower))
          (u.female ? mem.woman : mem.man) = {u.code, u.base};
      }
      if (u.actor_index >= 0)
        for (const std::string& d : rep.actor_descriptions[u.actor_index]) mem.by_description[d] = {u.code, u.base};
    }
    if (!opt.rules.article_context) return;
    // "Bristol Palin" after "Sarah Palin": "Palin" stays the one named in full.
    for (WordId w : others_named) mem.person_by_surname.try_emplace(w, Memory::kSomeoneElse);
    for (const Unit& u : units)
      if (u.named_person >= 0) mem.person_by_surname[ids[u.end - 1]] = static_cast<std::uint32_t>(u.named_person);
    for (const Unit& u : units) {
      if (u.titled_surname >= 1 && !u.code.empty())
        mem.titled_by_surname[tokens[u.titled_surname].lower] = {u.code, u.base, tokens[u.titled_surname - 1].lower};
      // "Carin Jämtin, Sweden's foreign minister, said": the same, named before the title.
      if (int surname = NamedBeforeTitle(u); surname >= 1)
        mem.titled_by_surname.try_emplace(tokens[surname].lower,
                                          Memory::Titled{u.code, u.base, tokens[surname - 1].lower});
    }
    for (const Unit& u : units) {
      if (u.code.empty() || u.base.empty() || u.person) continue;
      const ontology::ActorEntry* a = onto.FindActor(u.base);
      if (a && a->kind == ontology::ActorKind::kGroup) {
        mem.armed_group = u.base;
        mem.armed_group_sentence = mem.sentence;
      }
    }
    for (const Unit& u : units) {
      if (u.code.empty() || u.person || u.noun_begin < 0) continue;
      std::string noun = LowerWords(u.noun_begin, u.end);
      if (InstitutionNoun(noun)) mem.by_agent_noun[std::move(noun)] = {u.code, u.base};
    }
    for (const Unit& u : units) {
      if (u.code.empty() || u.title_begin < 0 || u.named_before) continue;
      std::string noun = LowerWords(u.title_begin, u.title_end);
      if (PersonTitle(noun)) mem.by_title_noun[std::move(noun)] = {u.code, u.base, mem.sentence};
    }
    std::vector<const std::string*> named;  // each country counted once per sentence
    for (const Unit& u : units) {
      if (u.code.empty() || u.base.empty()) continue;
      const ontology::ActorEntry* a = onto.FindActor(u.base);
      if (!a || a->kind != ontology::ActorKind::kCountry) continue;
      {  // a person's country counts for the article and its leaders, not as a country named
        auto& recent = u.person ? mem.recent_leaders : mem.recent_countries;
        recent.erase(std::remove(recent.begin(), recent.end(), u.base), recent.end());
        recent.insert(recent.begin(), u.base);
        if (recent.size() > 4) recent.pop_back();
      }
      if (std::any_of(named.begin(), named.end(), [&](const std::string* b) { return *b == u.base; })) continue;
      named.push_back(&u.base);
      auto it =
          std::find_if(mem.countries.begin(), mem.countries.end(), [&](const auto& c) { return c.first == u.base; });
      if (it == mem.countries.end())
        mem.countries.emplace_back(u.base, 1);
      else
        ++it->second;
    }
    ++mem.sentence;
  }
};

}  // namespace

Coder::Coder() : rep_(std::make_shared<Rep>()) {}
Coder::~Coder() = default;

std::unique_ptr<Coder> Coder::WithOptions(const CoderOptions& options) const {
  std::unique_ptr<Coder> coder(new Coder());
  coder->rep_ = rep_;
  coder->options_ = options;
  return coder;
}

const CoderOptions& Coder::options() const { return options_; }

const ontology::Ontology& Coder::ontology() const { return *rep_->onto; }

Result<std::unique_ptr<Coder>> Coder::Create(std::shared_ptr<const ontology::Ontology> onto, CoderOptions options) {
  std::unique_ptr<Coder> coder(new Coder());
  Rep& r = *coder->rep_;
  r.onto = std::move(onto);
  coder->options_ = options;
  const ontology::Ontology& o = *r.onto;

  for (const auto& cls : WordClasses())
    for (const char* w : cls.words) {
      WordId id = r.vocab.Intern(w);
      if (r.word_class.size() <= id) r.word_class.resize(id + 1, 0);
      r.word_class[id] |= cls.cls;
    }
  // Kept apart from the vocabulary, which the default coder shares: only
  // TABARI's rules read them. One word each: they stand beside "and".
  auto add_words = [](const std::vector<std::string>& words, std::unordered_set<std::string>* to) {
    for (std::string w : words) {
      if (w.find(' ') != std::string::npos) continue;
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      to->insert(std::move(w));
    }
  };
  add_words(o.parse_nouns(), &r.parse_nouns);
  add_words(o.parse_adjectives(), &r.parse_adjectives);

  r.actor_descriptions.resize(o.actors().size());
  for (size_t i = 0; i < o.actors().size(); ++i) {
    const auto& a = o.actors()[i];
    const auto idx = static_cast<std::uint32_t>(i);
    for (const auto& n : a.names) r.AddName(n, {NameHit::Kind::kActor, false, idx});
    for (const auto& n : a.government) r.AddName(n, {NameHit::Kind::kGovernment, false, idx});
    for (const auto& n : a.places) r.AddName(n, {NameHit::Kind::kPlace, false, idx});
    for (const auto& d : a.descriptions) {
      r.AddName(d, {NameHit::Kind::kDescription, false, idx});
      std::string lower;
      for (const auto& w : PhraseWords(d)) lower += (lower.empty() ? "" : " ") + w;
      r.actor_descriptions[i].push_back(lower);
    }
  }
  for (size_t i = 0; i < o.people().size(); ++i) {
    const auto& names = o.people()[i].names;
    for (const auto& n : names) r.AddName(n, {NameHit::Kind::kPerson, false, static_cast<std::uint32_t>(i)});
    // The surname of each full name, for "Mr Howard", "President Bush".
    std::vector<std::string> surnames;
    for (const auto& n : names) {
      std::vector<std::string> words = PhraseWords(n);
      // "Ferdinand Marcos Jr.": the surname is before the generation. A
      // numeral may follow a given name ("Abdullah II") or a surname
      // ("Benigno Aquino III"): no surname is taken from such a name (the
      // dictionaries list a surname alone where it is one).
      static constexpr std::string_view kGenerations[] = {"jr", "jr.", "sr", "sr."};
      static constexpr std::string_view kNumerals[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
      auto in = [](const auto& list, const std::string& w) {
        return std::find(std::begin(list), std::end(list), w) != std::end(list);
      };
      if (words.size() > 1 && in(kGenerations, words.back())) words.pop_back();
      if (words.size() < 2 || in(kNumerals, words.back()) ||
          !std::isupper(static_cast<unsigned char>(n[n.rfind(' ') + 1])))
        continue;
      const std::string& last = words.back();
      if (std::find(surnames.begin(), surnames.end(), last) != surnames.end()) continue;
      surnames.push_back(last);
      const bool listed = std::any_of(names.begin(), names.end(), [&](const std::string& m) {
        std::vector<std::string> w = PhraseWords(m);
        return w.size() == 1 && w[0] == last;
      });
      if (!listed) r.AddName(last, {NameHit::Kind::kPerson, false, static_cast<std::uint32_t>(i), true});
    }
  }
  for (size_t i = 0; i < o.agents().size(); ++i)
    for (const auto& n : o.agents()[i].nouns)
      r.AddName(n, {NameHit::Kind::kAgent, false, static_cast<std::uint32_t>(i)});

  // Synsets.
  std::unordered_map<std::string, std::uint32_t> synset_index;
  for (const auto& [name, members] : o.synsets()) {
    synset_index[name] = static_cast<std::uint32_t>(r.synsets.size());
    auto& compiled = r.synsets.emplace_back();
    for (const auto& m : members) {
      SynsetMember member;
      for (const auto& w : PhraseWords(m)) member.words.push_back(r.vocab.Intern(w));
      member.whole_word = !m.empty() && m.back() == '_';
      if (!member.words.empty()) compiled.push_back(std::move(member));
    }
    for (const auto& member : compiled) {
      const WordId first = member.words[0];
      if (r.synsets_by_first.size() <= first) r.synsets_by_first.resize(first + 1);
      auto& list = r.synsets_by_first[first];
      const auto index = static_cast<std::uint32_t>(r.synsets.size() - 1);
      if (list.empty() || list.back() != index) list.push_back(index);
    }
    // By first word, the longest first: MatchAt relies on this order.
    std::sort(compiled.begin(), compiled.end(), [](const SynsetMember& a, const SynsetMember& b) {
      return a.words[0] != b.words[0] ? a.words[0] < b.words[0] : a.words.size() > b.words.size();
    });
  }

  for (const char* name : {"INSULT", "BADACT"})
    if (auto it = synset_index.find(name); it != synset_index.end())
      r.judgements.push_back({PatternElement::Kind::kSynset, {}, it->second});

  // Verbs and their patterns.
  for (size_t vi = 0; vi < o.verbs().size(); ++vi) {
    const auto& v = o.verbs()[vi];
    CompiledVerb cv;
    cv.entry = &v;
    bool all_force = true;    // every pattern codes force, posture or coercion (roots 15-20)
    bool all_hostile = true;  // every pattern codes conflict (roots 11-20), some short of force
    bool some_short = false;
    for (const auto& p : v.patterns) {
      CompiledPattern cp;
      cp.code = p.code;
      cp.paired_code = p.paired_code;
      cp.compound = p.compound;
      cp.source = &p;
      int star = p.verb_index();
      size_t anchor_length = 0;
      for (int k = 0; k < static_cast<int>(p.elements.size()); ++k) {
        const auto& e = p.elements[k];
        if (k == star) continue;
        CompiledElement ce{e.kind, {}, 0, e.joined_to_next, e.whole_word};
        if (e.kind == PatternElement::Kind::kWords)
          for (const auto& w : e.words)
            for (const auto& part : PhraseWords(w)) {
              ce.words.push_back(r.vocab.Intern(part));
              // The anchor: the pattern's longest literal word (likely its rarest).
              if (part.size() > anchor_length) {
                anchor_length = part.size();
                cp.anchor = ce.words.back();
              }
            }
        if (e.kind == PatternElement::Kind::kSynset) {
          auto it = synset_index.find(e.synset);
          if (it == synset_index.end())
            return Status::InvalidArgument(p.where.ToString() + ": pattern uses undefined synset &" + e.synset);
          ce.synset = it->second;
        }
        if (e.kind == PatternElement::Kind::kWords && ce.words.empty()) continue;
        if (k < star) {
          if (e.kind == PatternElement::Kind::kWords || e.kind == PatternElement::Kind::kSynset) cp.words_before = true;
          auto negation = [&](const std::vector<WordId>& words) {
            for (size_t i = 0; i < words.size(); ++i)
              if ((r.Class(words[i]) & kNegation) ||
                  (i > 0 && r.vocab.Word(words[i - 1]) == "no"sv && r.vocab.Word(words[i]) == "longer"sv))
                return true;
            return false;
          };
          if (e.kind == PatternElement::Kind::kWords && negation(ce.words)) cp.negative = true, cp.affirmative = false;
          if (e.kind == PatternElement::Kind::kSynset) {
            bool all = true;
            for (const auto& member : r.synsets[ce.synset]) {
              const bool negated = negation(member.words);
              cp.negative |= negated;
              all &= negated;
            }
            if (all) cp.affirmative = false;
          }
        }
        if (e.kind != PatternElement::Kind::kSkip) ++cp.weight;
        if (e.kind == PatternElement::Kind::kCompound) ++cp.weight;  // more specific than a plain target
        cp.letters += e.joined_to_next;
        for (const auto& w : e.words) cp.letters += static_cast<int>(w.size());
        if (e.words.size() > 1) cp.letters += static_cast<int>(e.words.size()) - 1;
        if (k < star)
          cp.before.push_back(std::move(ce));
        else
          cp.after.push_back(std::move(ce));
      }
      std::reverse(cp.before.begin(), cp.before.end());
      if (cp.compound) ++cp.weight;  // more specific than the same pattern without '%'
      cp.joined_after = p.elements[star].joined_to_next;
      cp.joined_before = star > 0 && p.elements[star - 1].joined_to_next;
      // Elements before '*' were recorded with "joined to next" pointing rightwards;
      // matching leftwards needs "joined to the previous" instead.
      for (size_t k = 0; k + 1 < cp.before.size(); ++k) cp.before[k].joined_to_next = cp.before[k + 1].joined_to_next;
      if (!cp.before.empty()) cp.before.back().joined_to_next = false;
      cv.any_words_before |= cp.words_before;
      cv.any_negative |= cp.negative;
      cv.takes_hostages |= cp.code == "181"sv;
      all_force &= RootNumber(cp.code) >= 15;
      all_hostile &= RootNumber(cp.code) >= 11;
      some_short |= RootNumber(cp.code) <= 17;
      cv.patterns.push_back(std::move(cp));
    }
    // A verb of force codes force alone ("shell"), or codes nothing alone
    // and only force, posture or coercion by its patterns ("fire").
    cv.forceful = RootNumber(v.code) >= 18 || (v.code == "---" && !cv.patterns.empty() && all_force);
    cv.hostile = (RootNumber(v.code) >= 11 && RootNumber(v.code) <= 17) ||
                 (v.code == "---" && !cv.patterns.empty() && all_hostile && some_short);
    // Longest patterns first, so that the first match of the best weight wins.
    std::stable_sort(cv.patterns.begin(), cv.patterns.end(),
                     [](const CompiledPattern& a, const CompiledPattern& b) { return a.weight > b.weight; });
    auto index = static_cast<std::uint32_t>(r.compiled.size());
    r.compiled.push_back(std::move(cv));
    std::vector<std::string> forms = v.forms.empty() ? ontology::RegularForms(v.lemma) : v.forms;
    r.AddVerbForm(v.lemma, {index, VerbForm::kBase, true});
    for (const auto& f : forms) r.AddVerbForm(f, {index, Classify(v.lemma, f)});
  }

  r.w.comma = r.vocab.Intern(",");
  r.w.to = r.vocab.Intern("to");
  r.w.that = r.vocab.Intern("that");
  r.w.poss = r.vocab.Intern("'s");
  r.w.the = r.vocab.Intern("the");
  r.w.or_ = r.vocab.Intern("or");
  r.w.by = r.vocab.Intern("by");
  r.w.with = r.vocab.Intern("with");
  r.w.lparen = r.vocab.Intern("(");
  r.w.rparen = r.vocab.Intern(")");
  r.w.quote = r.vocab.Intern("\"");
  r.w.would = r.vocab.Intern("would");
  r.w.well = r.vocab.Intern("well");
  r.w.this_ = r.vocab.Intern("this");
  r.w.of = r.vocab.Intern("of");
  r.w.nor = r.vocab.Intern("nor");
  r.w.in = r.vocab.Intern("in");
  r.w.from = r.vocab.Intern("from");
  r.w.former = r.vocab.Intern("former");
  r.w.ex = r.vocab.Intern("ex");
  r.w.both = r.vocab.Intern("both");
  r.w.at = r.vocab.Intern("at");
  r.w.as = r.vocab.Intern("as");
  r.w.and_ = r.vocab.Intern("and");
  r.w.period = r.vocab.Intern(".");
  r.w.amp = r.vocab.Intern("&");
  for (const auto& a : o.agents()) r.has_elite |= a.code == "ELI"sv;
  for (size_t i = 0; i < o.agents().size(); ++i)
    if (o.agents()[i].code == "PTR"sv) r.protesters = static_cast<int>(i);
  for (const auto& d : o.discards()) {
    std::vector<WordId> ids;
    for (const auto& w : PhraseWords(d)) ids.push_back(r.vocab.Intern(w));
    if (!ids.empty()) r.discards.payload(r.discards.Insert(ids)) = 1;
  }
  r.BuildDemonyms();
  return coder;
}

namespace {

void FillEvent(const ontology::Ontology& onto, Event* e) {
  e->root = e->code.substr(0, 2);
  const ontology::CodeInfo* info = onto.FindCode(e->code);
  if (!info) info = onto.FindCode(e->root);
  if (info) {
    e->quad = info->quad;
    e->goldstein = info->goldstein;
  }
}

// Codes one sentence into `out`; statements (root 01) give way to any other
// event between the same actors.
// `sc` is reused from sentence to sentence of an article, so that its
// buffers keep their capacity.
void CodeSentence(const Coder::Rep& rep, SentenceCoder& sc, std::string_view sentence, std::vector<Event>* out) {
  sc.Prepare(sentence);
  if (sc.tokens.empty()) return;
  if (sc.opt.rules.min_sentence_words > 0 && sc.WordCount() < sc.opt.rules.min_sentence_words) {
    if (sc.trace) sc.Note("fewer than " + std::to_string(sc.opt.rules.min_sentence_words) + " words; not coded");
    return;
  }
  if (sc.Discarded()) {
    sc.Note("sentence holds a discard phrase; not coded");
    return;
  }
  // News rules: a quotation opening the sentence is coded as said by the
  // speaker named after it.
  if (!sc.opt.rules.tabari_parse && sc.QuoteFirst(&sc.reordered)) {
    if (sc.trace) sc.Note("read as: " + sc.reordered);
    sentence = sc.reordered;
    sc.Prepare(sentence);
    if (sc.tokens.empty()) return;
  }
  // TABARI's comma rule, or under the news rules bracketed asides: the
  // sentence is coded without them. Units are built afresh below.
  const bool brackets = !sc.opt.rules.tabari_parse && sc.Present(rep.w.lparen);
  if (sc.opt.rules.comma.on || brackets) {
    sc.BuildUnits();
    std::string shorter;
    if (sc.opt.rules.comma.on ? sc.WithoutAsides(&shorter) : sc.WithoutBrackets(&shorter)) {
      sc.without_asides = std::move(shorter);
      sc.Prepare(sc.without_asides);
      if (sc.tokens.empty()) return;
    } else {
      sc.Prepare(sentence);
    }
  }
  sc.BuildUnits();
  sc.FindVerbs();
  sc.UnnameQualifiers();
  sc.BuildGroups();
  sc.FindSpeaker();
  sc.ResolveFirstPerson();
  if (sc.trace) {
    std::string actors = "actors:";
    for (const Unit& u : sc.units)
      if (!u.code.empty() || u.base.empty())
        actors += " [" + sc.Words(u.begin, u.end) + " -> " + (u.code.empty() ? "agent only" : u.code) + "]";
    sc.Note(sc.units.empty() ? "actors: none found" : actors);
    std::string vs = "verbs:";
    for (const VerbOcc& v : sc.verbs) vs += " [" + sc.Words(v.begin, v.end) + "]";
    sc.Note(sc.verbs.empty() ? "verbs: none found" : vs);
  }
  size_t first = out->size();
  sc.CodeVerbs([&](const std::string& s, const std::string& sb, const std::string& t, const std::string& tb,
                   const std::string& code) {
    for (size_t k = first; k < out->size(); ++k) {
      const Event& e = (*out)[k];
      if (e.source == s && e.target == t && e.code == code) return;
    }
    Event e;
    e.source = s;
    e.source_actor = sb;
    e.target = t;
    e.target_actor = tb;
    e.code = code;
    FillEvent(*rep.onto, &e);
    out->push_back(std::move(e));
  });
  // A statement gives way to a more specific event between the same actors.
  std::vector<Event> kept;
  for (size_t k = first; k < out->size(); ++k) {
    const Event& e = (*out)[k];
    bool shadowed = false;
    if (e.root == "01"sv)
      for (size_t m = first; m < out->size(); ++m)
        if (m != k && (*out)[m].root != "01"sv && (*out)[m].source == e.source && (*out)[m].target == e.target)
          shadowed = true;
    // So does force against a country to the same force against its
    // people or forces named in the same sentence ("stormed a hotel in
    // Mogadishu, killing nine people": SOMCVL, not also SOM).
    const auto force = [](const Event& x) { return x.root == "18"sv || x.root == "19"sv || x.root == "20"sv; };
    if (force(e) && e.target == e.target_actor && !sc.opt.rules.tabari_parse)
      for (size_t m = first; m < out->size() && !shadowed; ++m) {
        const Event& o = (*out)[m];
        const std::string_view agent = std::string_view(o.target).substr(std::min(o.target.size(), e.target.size()));
        shadowed = m != k && o.code == e.code && o.source == e.source && o.target_actor == e.target &&
                   (agent == "CVL"sv || agent == "MIL"sv || agent == "COP"sv);
      }
    if (!shadowed)
      kept.push_back(std::move((*out)[k]));
    else if (sc.trace)
      sc.Note((e.root == "01"sv ? "statement " : "event ") + e.source + "->" + e.target +
              " dropped: a more specific event says more");
  }
  out->resize(first);
  for (auto& e : kept) {
    if (e.root == "11"sv && !sc.opt.rules.tabari_parse)
      sc.mem.accusation = {e.source, e.source_actor, e.target_actor, sc.mem.sentence};
    if ((e.root == "18"sv || e.root == "19"sv || e.root == "20"sv) && !sc.opt.rules.tabari_parse)
      sc.mem.attack = {e.source, e.source_actor, e.target_actor, sc.mem.sentence};
    out->push_back(std::move(e));
  }
  sc.Remember();
}

}  // namespace

namespace {

// Codes one article with what earlier parts of its story left in `mem`.
std::vector<Event> CodeWithMemory(const Coder::Rep& rep, const CoderOptions& options, const Article& article,
                                  Memory& mem, CodingStats* stats, std::string* cleaned) {
  std::string text = CleanText(article.text);
  std::vector<Span> spans = SplitSentences(text);
  mem.day = ParseDay(article.date).value_or(kNoDay);
  std::string date = mem.day == kNoDay ? article.date : FormatDay(mem.day);
  SentenceCoder sc(rep, options, mem, nullptr);
  std::vector<Event> events;
  int index = 0;
  const int max_tokens = std::max(8, options.max_sentence_tokens);
  for (const Span& span : spans) {
    std::string_view sentence(text.data() + span.begin, span.end - span.begin);
    // Overlong sentences are coded in pieces of at most max_tokens tokens.
    std::vector<Span> pieces;
    if (sentence.size() > static_cast<size_t>(max_tokens) * 4) {
      std::vector<Token> toks = Tokenize(sentence);
      for (size_t b = 0; b < toks.size(); b += static_cast<size_t>(max_tokens)) {
        size_t e = std::min(toks.size(), b + static_cast<size_t>(max_tokens));
        pieces.push_back({span.begin + toks[b].span.begin, span.begin + toks[e - 1].span.end});
      }
    } else {
      pieces.push_back(span);
    }
    for (const Span& piece : pieces) {
      std::string_view s(text.data() + piece.begin, piece.end - piece.begin);
      size_t before = events.size();
      CodeSentence(rep, sc, s, &events);
      for (size_t k = before; k < events.size(); ++k) {
        Event& e = events[k];
        e.doc = article.id;
        e.sentence = index;
        e.date = date;
        e.text = std::string(s);
        e.begin = static_cast<int>(piece.begin);
        e.end = static_cast<int>(piece.end);
      }
      if (stats) ++stats->sentences;
      ++index;
    }
  }
  if (stats) stats->events += static_cast<std::int64_t>(events.size());
  if (cleaned) *cleaned = std::move(text);
  return events;
}

}  // namespace

std::vector<Event> Coder::CodeArticle(const Article& article, CodingStats* stats, std::string* cleaned) const {
  Memory mem;
  return CodeWithMemory(*rep_, options_, article, mem, stats, cleaned);
}

std::vector<std::vector<Event>> Coder::CodeStory(const std::vector<Article>& parts) const {
  Memory mem;
  std::vector<std::vector<Event>> out;
  for (const Article& a : parts) out.push_back(CodeWithMemory(*rep_, options_, a, mem, nullptr, nullptr));
  return out;
}

Explanation Coder::Explain(std::string_view sentence, Day day) const {
  Explanation ex;
  Memory mem;
  mem.day = day;
  std::string text = CleanText(sentence);
  SentenceCoder sc(*rep_, options_, mem, &ex.steps);
  for (const Span& span : SplitSentences(text)) {
    std::string_view s(text.data() + span.begin, span.end - span.begin);
    ex.steps.push_back("sentence: " + std::string(s));
    if (std::string home = mem.Home(); options_.rules.article_context && !home.empty())
      ex.steps.push_back("the article's country so far: " + home);
    size_t before = ex.events.size();
    CodeSentence(*rep_, sc, s, &ex.events);
    for (size_t k = before; k < ex.events.size(); ++k) {
      ex.events[k].text = std::string(s);
      ex.events[k].date = FormatDay(day);
    }
  }
  if (ex.events.empty()) ex.steps.push_back("result: no event");
  return ex;
}

std::string Coder::LookupActor(std::string_view phrase, Day day) const {
  Memory mem;
  mem.day = day;
  SentenceCoder sc(*rep_, options_, mem, nullptr);
  sc.Prepare(phrase);
  sc.BuildUnits();
  for (const Unit& u : sc.units)
    if (!u.code.empty() && u.base != "#first-person"sv) return u.code;
  return "";
}

}  // namespace geokg::extract
