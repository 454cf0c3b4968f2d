// extract: articles in, coded events out.
//
// Reads article collections (.txt with optional headers, .jsonl), cleans
// scraped text, splits it into sentences and tokens, and codes each sentence
// into actor-action-target events with the dictionaries of an Ontology:
// actors and agents by longest match, verbs and their patterns, passive
// voice, negation, compound actors, pronouns and definite descriptions
// resolved within the article, date-restricted people by the article's date.
//
// Thread safety: a Coder is immutable after Create; CodeArticle, Explain and
// LookupActor may be called from many threads at once. Readers are not
// thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ontology/ontology.h"

namespace geokg::extract {

// ---------------------------------------------------------------------------
// Articles and input

struct Article {
  std::string id;
  std::string title;
  std::string date;  // as given; the coder parses its leading YYYY-MM-DD
  std::string source;
  std::string url;
  std::string text;
  std::string origin;  // "file.jsonl:12" or "file.txt", for messages
};

// Something in the input that was skipped, with where it is.
struct InputProblem {
  std::string where;    // "path:line" or "path"
  std::string message;  // what was expected
  std::string ToString() const { return where + ": " + message; }
};

using ArticleSink = std::function<void(Article&&)>;
using ProblemSink = std::function<void(const InputProblem&)>;

// Reads every article named by `paths`: files, directories (recursively, in
// sorted order; .txt, .jsonl and .json files), and "-" for standard input
// (JSON Lines when it starts with '{', else one text article). Each article
// goes to `on_article`; each unreadable file, binary file, invalid UTF-8,
// empty article or malformed JSON line goes to `on_problem` and is skipped,
// and reading goes on. NotFound when a path does not exist (after reading
// the others).
Status ReadArticles(const std::vector<std::string>& paths, const ArticleSink& on_article,
                    const ProblemSink& on_problem);

// Parses one text article: optional header lines (Title:, Date:, Source:,
// URL:, Id:) then a blank line then the body. `id` defaults to the file stem.
Result<Article> ParseTextArticle(std::string_view content, const std::string& path);
// Parses one JSON Lines record {"id","title","date","source","url","text"}.
Result<Article> ParseJsonArticle(std::string_view line, const std::string& where);

// ---------------------------------------------------------------------------
// Text pipeline

// Removes page furniture from scraped text: menu and navigation lines,
// "Related content"/"... recommends" blocks and what follows them, link
// markup (link:123:text#), wiki markup, control characters; normalizes
// quotes, dashes and spaces. Paragraphs stay separated by "\n".
std::string CleanText(std::string_view raw);

struct Span {
  std::uint32_t begin = 0, end = 0;  // byte offsets, end exclusive
};

// Sentence boundaries in cleaned text: at . ! ? followed by a capital, digit
// or quote (not after abbreviations such as U.S., Gen., Jan., or initials),
// and at every line break. Linear in the text's length.
std::vector<Span> SplitSentences(std::string_view text);

struct Token {
  Span span;          // in the sentence
  std::string lower;  // lowercased text; "'s" for a possessive, "n't" for a negation
  bool capitalized = false;  // first letter upper case
  bool all_caps = false;     // every letter upper case (and at least one)
};

// Splits a sentence into words and punctuation: possessives and "n't" become
// tokens of their own, abbreviations keep their periods (u.s.), hyphenated
// words stay whole, Unicode letters are lowercased.
std::vector<Token> Tokenize(std::string_view sentence);
// The same into *tokens, reusing its memory: for callers tokenizing sentence after sentence.
void Tokenize(std::string_view sentence, std::vector<Token>* tokens);

// ---------------------------------------------------------------------------
// Coding

// Coding rules of TABARI's that its validation files switch on and off
// ("{ OPTION: ... }"); all off by default.
struct CodingRules {
  // Sentences of fewer words are not coded (headlines, captions). Default: 0.
  int min_sentence_words = 0;
  // Codes given to a coded verb whose source (target) actor is missing, as
  // TABARI's DEFAULT option does; "" (the default): such a verb codes nothing.
  // With `default_source_prior` the default source applies whenever no actor
  // precedes the verb; without it the first actor after the verb is taken as
  // the source. With `default_target_after` the default target applies
  // whenever no actor follows the verb; without it the second member of a
  // compound source is taken as the target.
  std::string default_source, default_target;
  bool default_source_prior = true, default_target_after = true;
  // An agent with no country ("guerrillas", "security forces") is coded as
  // "~" + its agent code ("~REB"), as TABARI's CONVERT AGENTS does, instead
  // of coding nothing. Default: off.
  bool convert_agents = false;
  // What the coder takes from the article before a sentence, beyond
  // pronouns: an agent with no country that its sentence does not place
  // ("police arrested protesters") is of the article's country, the one
  // named in at least two of its sentences so far and in at least twice as
  // many as any other (only state organs and the domestic groups facing
  // them act at home; civilians, criminals and rebels may be acted on
  // there); "the government", "the embassy" ... is the one last named so
  // (a government, army or police only when of the article's country, if
  // it has one); "the two countries", "both nations" are the two it named
  // last. Default: on; off under TabariRules().
  bool article_context = true;
  // TABARI's COMMA option: comma-delimited phrases of between `min` and
  // `max` words (both inclusive) are dropped before coding, as asides
  // ("Rohan, the state's fiercest foe, said"); `begin_*` limits apply to the
  // phrase before the first comma, `end_*` to the one after the last.
  // Commas between actors of a list ("Arnor, Rohan and Gondor") delimit
  // nothing. Default: off. TABARI's defaults are those given here.
  struct CommaRule {
    bool on = false;
    int min = 2, max = 10;
    int end_min = 2, end_max = 10;
    int begin_min = 128, begin_max = 0;
    bool operator==(const CommaRule&) const = default;
  } comma;
  // TABARI's sparse parse in place of geokg's clause analysis: the sentence
  // is cut into clauses at and/but/or/nor outside actor lists; in each, the
  // first verb giving an event is coded (`code_by`), with the clause's first
  // actor as source (kept from the clause before when none opens it) and
  // the first actor after the verb whose code differs as target (else the
  // first before it); "was/were/been V by" swaps them. There is no test of
  // negation, possibility or reported speech other than the patterns' own.
  // Dictionaries written for TABARI code as their authors meant under it.
  // Default: off.
  bool tabari_parse = false;
  enum class CodeBy { kClause, kSentence, kAll };  // TABARI's SET: CODE BY / CODE ALL
  CodeBy code_by = CodeBy::kClause;
  // TABARI's COMPLEX filter, under `tabari_parse`: a sentence with at least
  // `verbs` coding verbs or `conjunctions` clause conjunctions (0: no
  // limit), or with no actor before its first verb (`no_actor_prior`), is
  // too complex to code. Default: off.
  struct Complexity {
    int verbs = 0, conjunctions = 0;
    bool no_actor_prior = false;
    bool operator==(const Complexity&) const = default;
  } complex;
  bool operator==(const CodingRules&) const = default;
};

// The rules TABARI codes by unless told otherwise: its sparse parse, its
// COMMA defaults, CODE BY CLAUSE and a minimum of 8 words. Dictionaries
// written for TABARI are meant to be used under them.
CodingRules TabariRules();

struct CoderOptions {
  // Sentences longer than this many tokens are cut into pieces of this size.
  // Default: 150.
  int max_sentence_tokens = 150;
  CodingRules rules;
};

struct CodingStats {
  std::int64_t sentences = 0;  // sentences looked at
  std::int64_t events = 0;     // events produced
  std::int64_t discarded = 0;  // sentences skipped by a discard phrase
};

// Why a sentence produced what it did; for `geokg explain`.
struct Explanation {
  std::vector<Event> events;
  std::vector<std::string> steps;  // human-readable, in order
};

class Coder {
 public:
  // Compiles the ontology's dictionaries into matchers. InvalidArgument if a
  // pattern cannot be compiled.
  static Result<std::unique_ptr<Coder>> Create(std::shared_ptr<const ontology::Ontology> ontology,
                                               CoderOptions options = {});
  ~Coder();
  Coder(const Coder&) = delete;

  // A coder sharing this one's compiled dictionaries, with other options.
  std::unique_ptr<Coder> WithOptions(const CoderOptions& options) const;
  const CoderOptions& options() const;
  Coder& operator=(const Coder&) = delete;

  // Codes every sentence of the article's cleaned text, in order (pronouns
  // and descriptions refer back within the article). Each event appears once
  // per sentence. `cleaned`, when given, receives the text the offsets refer to.
  std::vector<Event> CodeArticle(const Article& article, CodingStats* stats = nullptr,
                                 std::string* cleaned = nullptr) const;

  // Codes articles that continue one another (the parts of one story) in
  // order, pronouns and descriptions reaching back across parts; returns
  // each part's events.
  std::vector<std::vector<Event>> CodeStory(const std::vector<Article>& parts) const;

  // Codes one sentence alone and says how.
  Explanation Explain(std::string_view sentence, Day day) const;

  // The actor code a phrase resolves to on `day` ("Russian warplane" ->
  // "RUSMIL", "Kerry" on 2015-12-02 -> "USAGOV"); "" when none.
  std::string LookupActor(std::string_view phrase, Day day) const;

  const ontology::Ontology& ontology() const;

  struct Rep;  // opaque: the compiled dictionaries (extract/coder.cc)

 private:
  Coder();
  std::shared_ptr<Rep> rep_;  // shared by coders made WithOptions
  CoderOptions options_;
};

// ---------------------------------------------------------------------------
// Evaluation against hand-coded validation records

struct ExpectedEvent {
  std::string source, target, code;
};

// One hand-coded record: a text and the events it should give (none for
// records coded "no events").
struct EvalRecord {
  std::string id;
  std::string category;  // PETRARCH category, or the TABARI id's prefix ("DEMO")
  std::string date;      // YYYY-MM-DD
  std::string text;
  std::vector<ExpectedEvent> expected;
  std::string where;  // "file:line"
  // Records of one story (TABARI's FORWARD option: "FRWD-001-002" is
  // sentence 2 of story "FRWD-001") are coded in order as one article, so
  // that pronouns reach back; "" for a record of its own.
  std::string story;
  // A defect of the file the reader worked around ("comment not closed
  // ..."), to be reported with `where`; "" when none. A record left out
  // (an option record) passes its warning to the next record kept.
  std::string warning;
  // TABARI's "-{ ... }" marker: the listed events must be found, but further
  // events are not checked (not counted as false positives).
  bool open_ended = false;
  // The rules the file switched on for the records after a TABARI
  // "{ OPTION: ... }" record (DEFAULT, SET: CONVERT AGENT, SET: MINIMUM
  // WORDS); they replace the evaluating coder's own rules.
  CodingRules rules;
};

// Reads PETRARCH XML validation records (<Sentence> with <EventCoding> and
// <Text>; parse trees are ignored) or TABARI validation text ("YYMMDD ID"
// headers, text, and "{ SRC / TGT / CODE }" lines in the comment after it).
// Option records are left out. InvalidArgument naming file:line when
// malformed; IOError when unreadable.
Result<std::vector<EvalRecord>> ReadEvalRecords(const std::string& path);

struct EvalCounts {
  std::int64_t records = 0, fully_correct = 0;
  std::int64_t true_positives = 0, false_positives = 0, false_negatives = 0;
  double Precision() const;
  double Recall() const;
  double F1() const;
};

struct EvalMiss {
  const EvalRecord* record = nullptr;
  std::vector<Event> produced;
};

struct EvalReport {
  EvalCounts total;
  std::vector<std::pair<std::string, EvalCounts>> by_category;  // sorted by category
  std::vector<EvalMiss> misses;  // records not fully correct, in input order
};

// Codes every record's text alone (with its date) and scores the events on
// (source, target, code) as multisets. `produced`, when given, receives all
// events (doc = record id).
EvalReport Evaluate(const Coder& coder, const std::vector<EvalRecord>& records, std::vector<Event>* produced);

// ---------------------------------------------------------------------------
// Event records

// One JSON object: {"doc","sentence","date","source","target","code","root",
// "quad","goldstein","text"}.
std::string EventToJson(const Event& e);
// Parses EventToJson's output (extra keys ignored). InvalidArgument naming
// the missing or mistyped key.
Result<Event> EventFromJson(std::string_view line);
// Tab-separated, in the same field order as TsvHeader().
std::string EventToTsv(const Event& e);
std::string TsvHeader();

}  // namespace geokg::extract
