// Private to extract/: the compiled dictionaries the Coder matches with.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"

namespace geokg::extract::internal {

using WordId = std::uint32_t;
constexpr WordId kUnknownWord = 0;

// Interns lowercase words; every word a dictionary mentions has an id, so a
// sentence token absent from the vocabulary can match nothing. Looked up for
// every token of every sentence, so the words sit back to back in one buffer
// and the index is an open-addressing table (linear probing, power-of-two
// size, at most half full) whose slots keep part of the hash: a miss mostly
// costs one memory access, a hit that and a compare with the stored word.
class Vocabulary {
 public:
  WordId Intern(std::string_view word);
  WordId Find(std::string_view word) const {  // kUnknownWord when absent
    const std::uint64_t h = Hash(word);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id == kUnknownWord) return kUnknownWord;
      if (s.tag == tag && Word(s.id) == word) return s.id;
    }
  }
  std::string_view Word(WordId id) const {  // id must come from Intern
    return std::string_view(chars_).substr(starts_[id - 1], starts_[id] - starts_[id - 1]);
  }
  size_t size() const { return starts_.size() - 1; }

 private:
  struct Slot {
    std::uint32_t tag = 0;     // the hash's upper half
    WordId id = kUnknownWord;  // kUnknownWord: empty
  };
  static std::uint64_t Hash(std::string_view w) {
    std::uint64_t h = 0x9E3779B97F4A7C15ULL * (w.size() + 1);
    size_t n = w.size();
    const char* p = w.data();
    for (; n >= 8; p += 8, n -= 8) {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      h = (h ^ v) * 0xBF58476D1CE4E5B9ULL;
      h ^= h >> 31;
    }
    if (n > 0) {
      std::uint64_t v = 0;
      std::memcpy(&v, p, n);
      h = (h ^ v) * 0x94D049BB133111EBULL;
    }
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 32);
  }
  void Grow();

  std::vector<Slot> slots_ = std::vector<Slot>(1024);
  size_t mask_ = 1023;
  std::string chars_;                        // every word, back to back
  std::vector<std::uint32_t> starts_ = {0};  // word id w is chars_[starts_[w-1], starts_[w])
};

// Splits a dictionary phrase into lowercase words the way Tokenize splits text.
std::vector<std::string> PhraseWords(std::string_view phrase);

// A trie over word ids. Node 0 is the root; terminals carry a payload index.
class PhraseTrie {
 public:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  // Adds the phrase; returns its terminal node.
  std::uint32_t Insert(const std::vector<WordId>& words);
  // The node after `node` on word `w`, kNone when none. Looked up for every
  // word of every sentence, so the edges are an open-addressing table
  // (linear probing, power-of-two size, at most half full).
  std::uint32_t Child(std::uint32_t node, WordId w) const {
    const std::uint64_t key = Key(node, w);
    for (size_t i = Slot(key);; i = (i + 1) & mask_) {
      if (keys_[i] == key) return children_[i];
      if (keys_[i] == kEmpty) return kNone;
    }
  }
  std::uint32_t& payload(std::uint32_t node) { return payload_[node]; }
  std::uint32_t payload(std::uint32_t node) const { return payload_[node]; }
  size_t size() const { return payload_.size(); }

 private:
  static constexpr std::uint64_t kEmpty = UINT64_MAX;  // no edge has it: node ids stay below kNone
  static std::uint64_t Key(std::uint32_t node, WordId w) { return (static_cast<std::uint64_t>(node) << 32) | w; }
  size_t Slot(std::uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_); }
  void AddEdge(std::uint64_t key, std::uint32_t child);

  std::vector<std::uint64_t> keys_ = std::vector<std::uint64_t>(16, kEmpty);
  std::vector<std::uint32_t> children_ = std::vector<std::uint32_t>(16, kNone);
  size_t mask_ = 15;
  int shift_ = 60;  // 64 - log2(table size)
  size_t edges_ = 0;
  std::vector<std::uint32_t> payload_ = {kNone};
};

// What an actor-trie phrase stands for.
struct NameHit {
  // kPlace: a city or region, coded as its country ("Karachi" is PAK).
  // kTitled: a surname the dictionaries do not know, given earlier in the
  // article after a country's title ("Swedish Foreign Minister Carin
  // Jämtin" ... "Jämtin said"); never in the trie, found by the coder.
  enum class Kind : std::uint8_t { kActor, kGovernment, kPlace, kPerson, kAgent, kDescription, kTitled };
  Kind kind = Kind::kActor;
  bool caps_only = false;   // written in capitals, <= 4 letters: match only capitals
  std::uint32_t index = 0;  // into the ontology's actors, people or agents
  // A person's bare surname ("Howard" of John Howard): matches only after a
  // title or honorific ("Mr Howard", "Prime Minister Howard"), and only for
  // someone in office on the article's day.
  bool after_title = false;
};

enum class VerbForm : std::uint8_t { kBase, kThird, kPast, kIng };

struct VerbHit {
  std::uint32_t verb = 0;  // index into CompiledVerb list
  VerbForm form = VerbForm::kBase;
  bool headword = false;  // the verb entry's own lemma
};

struct CompiledElement {
  ontology::PatternElement::Kind kind;
  std::vector<WordId> words;  // kWords
  std::uint32_t synset = 0;   // kSynset: index into synsets
  bool joined_to_next = false;
  bool whole_word = false;  // the last word is no stem, even under TABARI's rules
};

// A synset member, "swiss franc": consecutive words.
struct SynsetMember {
  std::vector<WordId> words;
  bool whole_word = false;  // written "kroner_": the last word is no stem
};

struct CompiledPattern {
  std::vector<CompiledElement> before;  // elements left of the verb, nearest first
  std::vector<CompiledElement> after;   // elements right of the verb, in order
  bool joined_before = false;           // the element just before '*' is joined to it
  bool joined_after = false;            // '*' is joined to the element after it
  std::string code;
  std::string paired_code;    // "" or the code of the event target -> source
  bool compound = false;      // '%': events between the members of a compound subject
  bool words_before = false;  // names words before the verb: may code a noun use
  bool negative = false;      // names a negation before the verb ("not * relations"): the
                              // only kind of pattern that codes a negated verb
  bool affirmative = true;    // may match with no negation: false when every way of
                              // matching its words before the verb names one. A pattern
                              // both negative and affirmative ("&REFUSE_TO *", whose
                              // synset holds "refused to" and "will not") codes a
                              // negated verb only when its matched words hold the negation
  const ontology::VerbPattern* source = nullptr;
  int weight = 0;  // elements other than '*': the longest match wins
  // TABARI's length: letters of the fixed words, '_' included, synsets not
  // counted ("* dollar" before "* &CURRENCY"); under TABARI's rules the
  // longest wins.
  int letters = 0;
  // A literal word the pattern needs (its longest), or kUnknownWord: a
  // sentence without it cannot match, which is checked before matching.
  WordId anchor = kUnknownWord;
};

struct CompiledVerb {
  const ontology::VerbEntry* entry = nullptr;
  std::vector<CompiledPattern> patterns;
  bool any_words_before = false;  // some pattern may code a noun use
  bool any_negative = false;      // some pattern may code a negated use
  bool takes_hostages = false;    // some pattern codes hostage-taking (181)
  bool forceful = false;  // codes force (roots 18-20) alone, or nothing alone and only roots 15-20 by its patterns
  bool hostile = false;   // codes conflict short of force (roots 11-17) alone, or nothing alone and only
                          // conflict (roots 11-20), not all of it force, by its patterns
};

}  // namespace geokg::extract::internal
