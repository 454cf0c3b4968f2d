// Import of dictionaries in the TABARI and PETRARCH formats (TABARI manual,
// chapters 5 and 6; shared/dictionaries/phoenix/FORMAT-dictionaries.rst) into
// the entries of an Ontology.
//
// The import runs in two phases. Reading splits every file into records
// (actor records, agents, synsets, verb blocks with their raw patterns);
// building then turns them into entries, once every synset is known, because
// PETRARCH files may define a synset after a block that uses it. Whatever has
// no equivalent in our ontology is reported in ImportReport::skipped with its
// file:line and the reason, never fatal: only a file that cannot be read is.
#include <algorithm>
#include <cctype>
#include <exception>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ontology/ontology.h"

namespace geokg::ontology {

namespace {

namespace fs = std::filesystem;

// More alternatives than this in one TABARI pattern ("{ a | b } ... { c | d }")
// are reported rather than expanded.
constexpr size_t kMaxAlternatives = 256;

// ---------------------------------------------------------------------------
// Text helpers (ASCII case mapping: the dictionaries are upper-case ASCII,
// with a few UTF-8 names that are kept as written).

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool IsVowelLetter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::vector<std::string_view> SplitBlanks(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsBlank(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsBlank(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Words of a dictionary phrase: blanks and '_' both separate them.
std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (IsBlank(s[i]) || s[i] == '_')) ++i;
    size_t j = i;
    while (j < s.size() && !IsBlank(s[j]) && s[j] != '_') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

template <class Strings>
std::string Join(const Strings& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// The dictionaries are mostly ASCII, but carry stray Windows-1252 bytes, a
// NUL, CR line ends and a broken no-break space ("WERE\xC2"). Returns valid
// UTF-8: valid sequences are kept, other bytes are read as Windows-1252 (the
// typographic quotes become ASCII ones, a lone 0xC2 or 0xA0 a blank), and
// control characters other than tab and newline are dropped.
std::string ToUtf8(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  auto cont = [&](size_t k) { return k < in.size() && (static_cast<unsigned char>(in[k]) & 0xC0) == 0x80; };
  for (size_t i = 0; i < in.size();) {
    unsigned char b = static_cast<unsigned char>(in[i]);
    if (b < 0x80) {
      if (b >= 0x20 || b == '\t' || b == '\n') {
        if (b != 0x7F) out += static_cast<char>(b);
      }
      ++i;
      continue;
    }
    size_t len = 0;
    if (b >= 0xC2 && b <= 0xDF) {
      len = cont(i + 1) ? 2 : 0;
    } else if (b >= 0xE0 && b <= 0xEF) {
      unsigned char b1 = i + 1 < in.size() ? static_cast<unsigned char>(in[i + 1]) : 0;
      bool ok = cont(i + 1) && cont(i + 2) && !(b == 0xE0 && b1 < 0xA0) && !(b == 0xED && b1 > 0x9F);
      len = ok ? 3 : 0;
    } else if (b >= 0xF0 && b <= 0xF4) {
      unsigned char b1 = i + 1 < in.size() ? static_cast<unsigned char>(in[i + 1]) : 0;
      bool ok = cont(i + 1) && cont(i + 2) && cont(i + 3) && !(b == 0xF0 && b1 < 0x90) && !(b == 0xF4 && b1 > 0x8F);
      len = ok ? 4 : 0;
    }
    if (len > 0) {
      out.append(in.substr(i, len));
      i += len;
      continue;
    }
    // Not UTF-8: one Windows-1252 byte.
    if (b == 0x91 || b == 0x92) out += '\'';
    else if (b == 0x93 || b == 0x94) out += '"';
    else if (b == 0x96 || b == 0x97) out += '-';
    else if (b < 0xA1 || b == 0xC2) out += ' ';
    else {
      out += static_cast<char>(0xC0 | (b >> 6));
      out += static_cast<char>(0x80 | (b & 0x3F));
    }
    ++i;
  }
  return out;
}

// Cuts a '#' or ';' comment, but not inside [...] (the discard code is [###]).
std::string_view StripComment(std::string_view s) {
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '[') ++depth;
    else if (c == ']') depth = depth > 0 ? depth - 1 : 0;
    else if ((c == '#' || c == ';') && depth == 0) return s.substr(0, i);
  }
  return s;
}

// The content of the first "[...]" in `s` (also closed by '}', a typo found in
// the Phoenix agents, or by the end of the line); nullopt when there is none.
std::optional<std::string_view> FirstBracket(std::string_view s, size_t* open_at = nullptr) {
  size_t open = s.find('[');
  if (open == std::string_view::npos) return std::nullopt;
  size_t close = s.find_first_of("]}", open + 1);
  if (open_at) *open_at = open;
  return s.substr(open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1);
}

// All "[...]" contents of a line.
std::vector<std::string_view> AllBrackets(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while ((i = s.find('[', i)) != std::string_view::npos) {
    size_t close = s.find(']', i + 1);
    out.push_back(s.substr(i + 1, close == std::string_view::npos ? std::string_view::npos : close - i - 1));
    if (close == std::string_view::npos) break;
    i = close + 1;
  }
  return out;
}

// Removes every blank; "- - -" is the null code written with spaces.
std::string Unblank(std::string_view s) {
  std::string out;
  for (char c : s)
    if (!IsBlank(c)) out += c;
  return out;
}

// An event code as written in a verb dictionary, cleaned: blanks removed,
// TABARI's priority mark '!' (dominant) or '?' (subordinate) kept on the
// first half only (TakePriorityMark reads it), and both halves of a paired
// code "a:b" kept (ParsePattern keeps the first).
std::string CleanEventCode(std::string_view raw) {
  std::string s = Unblank(raw);
  std::string out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t colon = s.find(':', start);
    std::string part = s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
    const bool first = start == 0;
    char mark = 0;
    while (!part.empty() && (part.back() == '!' || part.back() == '?')) {
      mark = part.back();
      part.pop_back();
    }
    if (first && mark && !part.empty()) part += mark;
    if (!out.empty() || start > 0) out += ':';
    out += part;
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
  while (!out.empty() && out.back() == ':') out.pop_back();
  return out;
}

std::string PrimaryCode(std::string_view code) { return std::string(code.substr(0, code.find(':'))); }

// Regular plural of a phrase's last word, by the rule of FORMAT-dictionaries.rst
// (+S, Y -> IES, SS -> SSES), refined where that rule is plainly wrong: a vowel
// before Y keeps it (attorneys), -SH/-CH/-X/-Z take -ES, and a word already
// ending in S (troops, forces) gets none. Only lower-case words of letters
// (and hyphens) get one: not "n't", "u.s." or an acronym kept in capitals.
std::optional<std::string> RegularPlural(std::string_view phrase) {
  size_t sp = phrase.rfind(' ');
  std::string_view word = sp == std::string_view::npos ? phrase : phrase.substr(sp + 1);
  if (word.size() < 2 || !IsAsciiAlpha(word.back())) return std::nullopt;
  for (char c : word)
    if (!((c >= 'a' && c <= 'z') || c == '-')) return std::nullopt;
  std::string head(phrase.substr(0, phrase.size() - word.size()));
  std::string w(word);
  char prev = w[w.size() - 2];
  if (EndsWith(w, "ss") || EndsWith(w, "sh") || EndsWith(w, "ch") || w.back() == 'x' || w.back() == 'z')
    return head + w + "es";
  if (w.back() == 's') return std::nullopt;
  if (w.back() == 'y' && !IsVowel(prev)) return head + w.substr(0, w.size() - 1) + "ies";
  return head + w + "s";
}

// Our tokenizer splits the possessive "'s" and "n't" off a word ("Syria's" ->
// "syria" "'s", "didn't" -> "did" "n't"); pattern words follow it.
void PushPatternWord(std::string word, std::vector<std::string>* out) {
  if (word.size() > 2 && EndsWith(word, "'s")) {
    out->push_back(word.substr(0, word.size() - 2));
    out->push_back("'s");
  } else if (word.size() > 5 && EndsWith(word, "n't")) {
    out->push_back(word.substr(0, word.size() - 3));
    out->push_back("n't");
  } else if (!word.empty()) {
    out->push_back(std::move(word));
  }
}

// Display form of a lower-case name: "mohammad zahir shah" -> "Mohammad Zahir Shah".
std::string TitleCase(std::string_view name) {
  static const char* const kSmall[] = {"of", "the", "and", "for", "in", "on", "at", "to", "by", "de", "du",
                                       "da", "del", "la", "le", "van", "von", "der", "al", "el", "bin", "ibn"};
  std::string out(name);
  size_t i = 0;
  bool first = true;
  while (i < out.size()) {
    size_t j = out.find(' ', i);
    if (j == std::string::npos) j = out.size();
    std::string_view word(out.data() + i, j - i);
    bool small = !first && std::any_of(std::begin(kSmall), std::end(kSmall), [&](const char* s) { return word == s; });
    if (word.find('.') != std::string_view::npos) {  // "u.s.", "r.k."
      for (size_t k = i; k < j; ++k) out[k] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[k])));
    } else if (!small) {
      bool start = true;
      for (size_t k = i; k < j; ++k) {
        if (start && out[k] >= 'a' && out[k] <= 'z') out[k] = static_cast<char>(out[k] - 'a' + 'A');
        start = out[k] == '-' || out[k] == '(' || out[k] == '/';
      }
    }
    first = false;
    i = j + 1;
  }
  return out;
}

// Display names of the usual CAMEO agent codes; other agents are named by
// their first noun.
const char* AgentName(std::string_view code) {
  static const std::pair<const char*, const char*> kNames[] = {
      {"GOV", "government"},  {"MIL", "military"},     {"REB", "rebels"},        {"OPP", "opposition"},
      {"PTY", "political party"}, {"COP", "police"},   {"JUD", "judiciary"},     {"SPY", "intelligence"},
      {"MED", "media"},       {"EDU", "education"},    {"BUS", "business"},      {"CRM", "criminals"},
      {"CVL", "civilians"},   {"LAB", "labor"},        {"LEG", "legislature"},   {"HLH", "health"},
      {"REF", "refugees"},    {"AGR", "agriculture"},  {"ELI", "elites"},        {"UAF", "armed group"},
      {"INS", "insurgents"},  {"SEP", "separatists"},  {"IGO", "intergovernmental organisation"},
      {"NGO", "non-governmental organisation"}, {"NGM", "non-governmental movement"},
      {"REL", "religious"},   {"MOS", "muslims"},      {"MUS", "muslims"},       {"CHR", "christians"},
      {"JEW", "jews"},        {"BUD", "buddhists"},    {"HIN", "hindus"},        {"ENV", "environment"},
      {"HRI", "human rights"}, {"DEV", "development"}, {"MNC", "multinational corporation"},
      {"SET", "settlers"},    {"MOD", "moderates"},    {"RAD", "radicals"},      {"ATG", "attorney general"},
      {"FRM", "foreign ministry"}, {"PRS", "president"}};
  for (const auto& [c, n] : kNames)
    if (code == c) return n;
  return nullptr;
}

// One line that carries an entry: comment removed, trimmed.
struct Line {
  int number = 0;
  std::string_view text;
  bool after_blank = false;  // a blank line separates it from the previous entry line
};

struct CodeSpec {
  std::string code;         // upper case; "---" for the null code
  std::string restriction;  // "", "<YYMMDD", ">YYMMDD" or "YYMMDD-YYMMDD", blanks removed
};

struct ActorRecord {
  SourceLocation where;
  std::vector<std::string_view> phrases;  // primary phrase first
  std::vector<std::pair<std::string_view, int>> codes;  // "[...]" contents and their lines
};

struct RawVerb {
  std::string text;   // "+CORDON_OFF", "WIRE_+TAP", "BE GUEST_OF_HONOUR IN"
  std::string forms;  // inside "{...}"
  bool has_forms = false;
  std::string code;  // cleaned; "" when none
  SourceLocation where;
};

struct RawPattern {
  std::string body;  // between '-' and '['
  std::string code;  // cleaned; "" when none
  bool has_code = false;
  SourceLocation where;
};

struct Block {
  std::string code = "---";  // the default code of its verbs
  std::vector<RawVerb> verbs;
  std::vector<RawPattern> patterns;
};

struct RawSynset {
  std::string key;         // upper case, without '&' and the trailing '_'
  bool no_plural = false;  // the label ended with '_'
  std::vector<std::pair<std::string, SourceLocation>> members;
  SourceLocation where;
  int state = 0;  // building: 0 not yet, 1 in progress, 2 done
  std::vector<std::string> base;   // the members as listed (references expanded)
  std::vector<std::string> words;  // the final list, plurals included
};

// A verb being assembled from one or more blocks (same lemma).
struct VerbBuild {
  std::unordered_set<std::string> pattern_texts;
  bool regular = true;  // forms are generated (none given)
};

class Importer {
 public:
  Importer(const ImportOptions& options, ImportReport* report) : options_(options), report_(report) {
    if (options_.codebook_from) {
      out_.mutable_codes() = options_.codebook_from->codes();
      for (const CodeInfo& c : out_.codes()) known_codes_.insert(c.code);
      check_codes_ = !known_codes_.empty();
    }
  }

  Result<Ontology> Run() {
    for (const fs::path& p : options_.actors) GEOKG_RETURN_IF_ERROR(ReadActors(p));
    for (const fs::path& p : options_.agents) GEOKG_RETURN_IF_ERROR(ReadAgents(p));
    for (const fs::path& p : options_.discards) GEOKG_RETURN_IF_ERROR(ReadDiscards(p));
    for (const fs::path& p : options_.verbs) GEOKG_RETURN_IF_ERROR(ReadVerbs(p));
    BuildSynsets();
    BuildVerbs();
    FillCountries();
    report_->actors = static_cast<int>(out_.actors().size());
    report_->people = static_cast<int>(out_.people().size());
    report_->agents = static_cast<int>(out_.agents().size());
    report_->verbs = static_cast<int>(out_.verbs().size());
    report_->synsets = static_cast<int>(out_.synsets().size());
    report_->discards = static_cast<int>(out_.discards().size());
    report_->patterns = 0;
    for (const VerbEntry& v : out_.verbs()) report_->patterns += static_cast<int>(v.patterns.size());
    return std::move(out_);
  }

 private:
  bool tabari() const { return options_.format == DictionaryFormat::kTabari; }

  void Skip(const SourceLocation& where, std::string message) {
    report_->skipped.push_back(Diagnostic{false, where, std::move(message)});
  }
  void Skip(const std::string& file, int line, std::string message) {
    Skip(SourceLocation{file, line, 0}, std::move(message));
  }

  bool KnownCode(const std::string& code) const {
    return code == "---" || !check_codes_ || known_codes_.count(code) > 0;
  }

  // -------------------------------------------------------------------------
  // Files and lines

  static Status ReadFile(const fs::path& path, const char* what, std::string* out) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
      return Status::IOError("cannot open " + std::string(what) + " dictionary '" + path.string() + "': " +
                             (fs::exists(path, ec) ? "not a regular file" : "no such file"));
    std::ifstream f(path, std::ios::binary);
    if (!f) return Status::IOError("cannot open " + std::string(what) + " dictionary '" + path.string() + "'");
    std::ostringstream buffer;
    buffer << f.rdbuf();
    if (f.bad()) return Status::IOError("cannot read " + std::string(what) + " dictionary '" + path.string() + "'");
    *out = ToUtf8(buffer.str());
    return Status::OK();
  }

  // The lines of `content` that carry entries. Drops blank lines, comments
  // ('#' and ';' outside brackets, "<!-- ... -->", and in TABARI files lines
  // opening with '/'), everything after TABARI's ~FINISH mark, and markup
  // sections with no equivalent here (reported once each). The content of
  // <SYNSETS> is kept; that of a section named in *sections (TABARI's
  // <TIME>, <NOUN>, <ADJECTIVE>) goes there.
  std::vector<Line> Lines(std::string_view content, const std::string& file,
                          std::map<std::string, std::vector<Line>>* sections = nullptr) {
    std::vector<Line> out;
    std::vector<Line>* in_section = nullptr;
    bool in_comment = false, blank = false;
    std::string skip_tag;  // inside <TAG>...</TAG> being skipped
    int number = 0;
    size_t pos = 0;
    const std::string upper = Upper(content);  // to find closing tags, whatever their case
    while (pos <= content.size()) {
      size_t end = content.find('\n', pos);
      if (end == std::string_view::npos) end = content.size();
      std::string_view raw = content.substr(pos, end - pos);
      size_t next = end + 1;
      ++number;
      pos = next;
      std::string_view t = Trim(raw);
      if (in_comment) {
        if (t.find("-->") != std::string_view::npos) in_comment = false;
        continue;
      }
      if (!skip_tag.empty()) {
        if (t.size() > 2 && t[0] == '<' && t[1] == '/' && StartsWith(Upper(t.substr(2)), skip_tag)) skip_tag.clear();
        continue;
      }
      if (t.empty()) blank = true;
      if (t.empty() || t[0] == '#') continue;
      if (StartsWith(t, "<!")) {
        if (t.find("-->") == std::string_view::npos) in_comment = true;
        continue;
      }
      if (t[0] == '~' && Upper(t).find("FINISH") != std::string::npos) break;
      if (t[0] == '<') {
        size_t close = t.find('>');
        std::string tag = Upper(Trim(t.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1)));
        if (size_t sp = tag.find(' '); sp != std::string::npos) tag.resize(sp);
        auto closed = [&] {  // whether </TAG> follows in the file
          return upper.find("</" + tag, std::min(pos, upper.size())) != std::string::npos;
        };
        // A kept section with no closing tag is only this line, as below.
        if (sections && sections->count(tag) && closed()) in_section = &(*sections)[tag];
        if (sections && !tag.empty() && tag[0] == '/' && sections->count(tag.substr(1))) in_section = nullptr;
        if (tag.empty() || tag[0] == '/' || tag == "SYNSETS" || tag == "SYNSET" || in_section) continue;
        // Skip to </TAG> when the file has one; else only this line.
        if (closed()) {
          skip_tag = tag;
          Skip(file, number, "TABARI <" + tag + "> section ignored: it has no equivalent in our ontology");
        } else {
          Skip(file, number, "markup line '" + std::string(t) + "' ignored");
        }
        continue;
      }
      if (tabari() && t[0] == '/') continue;
      t = Trim(StripComment(t));
      if (t.empty()) continue;
      (in_section ? *in_section : out).push_back(Line{number, t, blank});
      blank = false;
    }
    return out;
  }

  // -------------------------------------------------------------------------
  // Names

  // Turns a dictionary phrase into the names it stands for: underscores
  // become blanks, the TABARI markers '_' (no stem) and '=' (no endings) at
  // its end are dropped, it is lower-cased, a leading article is dropped (the
  // coder skips it in text), and "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)" gives both
  // "aden abyan islamic army" and "aaia". A word of one or two letters ("US",
  // "UN") stays in capitals so that it matches only in capitals. With
  // `gaps` (TABARI actors), a blank between words lets other words stand
  // there, as TABARI reads "PRINCE DOL_AMROTH": it becomes "prince ... dol amroth".
  static std::vector<std::string> Names(std::string_view raw, bool gaps = false) {
    std::string s;
    for (char c : raw) {
      if (c == '"' || c == '[' || c == ']' || c == '{' || c == '}' || c == '+') continue;
      if (gaps && IsBlank(c) && !s.empty() && s.back() != ' ' && s.back() != '_') {
        s += " ... ";
        continue;
      }
      s += c == '_' || IsBlank(c) ? ' ' : c;
    }
    for (size_t at; (at = s.find("...  ")) != std::string::npos;) s.erase(at + 3, 1);
    while (EndsWith(s, " ... ")) s.erase(s.size() - 5);
    while (!s.empty() && (s.back() == '=' || s.back() == ' ')) s.pop_back();
    std::vector<std::string> variants;
    size_t open = s.find('(');
    size_t close = open == std::string::npos ? std::string::npos : s.find(')', open);
    if (open != std::string::npos && close != std::string::npos) {
      variants.push_back(s.substr(0, open) + " " + s.substr(close + 1));
      variants.push_back(s.substr(open + 1, close - open - 1));
    } else {
      std::string plain;
      for (char c : s)
        if (c != '(' && c != ')') plain += c;
      variants.push_back(plain);
    }
    std::vector<std::string> out;
    for (const std::string& v : variants) {
      std::vector<std::string_view> words = SplitBlanks(v);
      auto trim_gaps = [&] {  // "army (AAIA)" leaves "army ..."
        while (!words.empty() && words.front() == "...") words.erase(words.begin());
        while (!words.empty() && words.back() == "...") words.pop_back();
      };
      trim_gaps();
      if (words.size() > 1) {
        std::string first = Lower(words[0]);
        if (first == "the" || first == "a" || first == "an") words.erase(words.begin());
      }
      trim_gaps();
      if (words.empty()) continue;
      if (words.size() == 1 && words[0].size() <= 2 && IsAsciiAlpha(words[0][0]) &&
          IsAsciiAlpha(words[0].back())) {
        out.push_back(Upper(words[0]));
      } else {
        out.push_back(Lower(Join(words, " ")));
      }
    }
    return out;
  }

  // The display name of a name: "Prince Dol Amroth" for "prince ... dol amroth".
  static std::string DisplayName(std::string_view name) {
    std::string plain(name);
    for (size_t at; (at = plain.find(" ...")) != std::string::npos;) plain.erase(at, 4);
    return TitleCase(plain);
  }

  // A discard phrase: as written, lower case, without the story-level '+'.
  static std::string DiscardPhrase(std::string_view raw) {
    raw = Trim(raw);
    if (!raw.empty() && raw[0] == '+') raw.remove_prefix(1);
    return Lower(Join(SplitWords(raw), " "));
  }

  void AddDiscard(std::string phrase) {
    if (phrase.empty()) return;
    if (discard_set_.insert(phrase).second) out_.mutable_discards().push_back(std::move(phrase));
  }

  // -------------------------------------------------------------------------
  // Actors

  Status ReadActors(const fs::path& path) {
    std::string content;
    GEOKG_RETURN_IF_ERROR(ReadFile(path, "actors", &content));
    const std::string file = path.string();
    std::optional<ActorRecord> record;
    std::map<std::string, std::vector<Line>> sections{{"NOUN", {}}, {"ADJECTIVE", {}}};
    const std::vector<Line> lines = Lines(content, file, &sections);
    // TABARI's word lists: "FORCES_" is "forces".
    for (const Line& line : sections["NOUN"])
      for (const std::string& w : Names(line.text)) out_.mutable_parse_nouns().push_back(w);
    for (const Line& line : sections["ADJECTIVE"])
      for (const std::string& w : Names(line.text)) out_.mutable_parse_adjectives().push_back(w);
    for (const Line& line : lines) {
      std::string_view t = line.text;
      if (t[0] == '[') {  // a date-restriction line (TAB-indented) of the record above
        if (!record) {
          Skip(file, line.number, "code line without an actor phrase above it");
          continue;
        }
        for (std::string_view b : AllBrackets(t)) record->codes.emplace_back(b, line.number);
        continue;
      }
      // Names listed one per line without '+' share the codes below them (as
      // in PETRARCH, a phrase without a code takes the next one's); a blank
      // line ends such a group.
      bool joins = t[0] == '+' || (record && record->codes.empty() && !line.after_blank);
      if (record && !joins) {
        AddActorRecord(*record);
        record.reset();
      }
      if (!record) {
        record.emplace();
        record->where = SourceLocation{file, line.number, 0};
      }
      size_t open = t.find('[');
      std::string_view phrase = t.substr(0, open);
      // "+A_+_B" holds two synonyms.
      size_t start = 0;
      while (start <= phrase.size()) {
        size_t plus = phrase.find('+', start);
        std::string_view one = Trim(phrase.substr(start, plus == std::string_view::npos ? std::string_view::npos : plus - start));
        if (!one.empty()) record->phrases.push_back(one);
        if (plus == std::string_view::npos) break;
        start = plus + 1;
      }
      if (open != std::string_view::npos)
        for (std::string_view b : AllBrackets(t.substr(open))) record->codes.emplace_back(b, line.number);
    }
    if (record) AddActorRecord(*record);
    return Status::OK();
  }

  // Parses "[CODE]", "[CODE >YYMMDD]", "[CODE <YYMMDD]", "[CODE YYMMDD-YYMMDD]".
  std::optional<CodeSpec> ParseCodeSpec(std::string_view raw, const SourceLocation& where) {
    std::string s(Trim(raw));
    if (size_t dash = s.find("- - -"); dash != std::string::npos) s.replace(dash, 5, "---");
    std::vector<std::string_view> parts = SplitBlanks(s);
    if (parts.empty()) {
      Skip(where, "empty code []");
      return std::nullopt;
    }
    std::string_view code = parts[0];
    std::string restriction;
    if (size_t cut = code.find_first_of("<>"); cut != std::string_view::npos && cut > 0) {
      restriction = std::string(code.substr(cut));
      code = code.substr(0, cut);
    }
    if (code.empty() || code[0] == '<' || code[0] == '>' || IsAsciiDigit(code[0])) {
      Skip(where, "code block [" + s + "] has no code before its date restriction");
      return std::nullopt;
    }
    for (size_t i = 1; i < parts.size(); ++i) restriction += std::string(parts[i]);
    return CodeSpec{Upper(code), restriction};
  }

  // A restriction's day, YYMMDD or YYYYMMDD. YYMMDD is read as ParseDay does
  // (19xx from 40 on), except that 31-39 are 1931-1939 as in the TABARI manual
  // (6.5.2: 00-30 are 20xx). TABARI compares these dates as numbers, and the
  // CountryInfo dictionaries end months on day 31 ("040931", "090231"): a day
  // past the month's end is its last day.
  static std::optional<Day> RestrictionDay(std::string_view s, bool* short_year) {
    *short_year = s.size() == 6;
    if ((s.size() != 6 && s.size() != 8) || !std::all_of(s.begin(), s.end(), IsAsciiDigit)) return std::nullopt;
    std::string fixed(s);
    size_t md = fixed.size() - 4;
    int month = std::stoi(fixed.substr(md, 2)), day = std::stoi(fixed.substr(md + 2, 2));
    if (month < 1 || month > 12 || day < 1) return std::nullopt;
    std::optional<Day> d;
    for (; day >= 28 && !d; --day) {
      fixed.replace(md + 2, 2, std::to_string(day));
      d = ParseDay(fixed);
    }
    if (!d) d = ParseDay(fixed);
    if (d && *short_year && *d / 10000 >= 2031) *d -= 1000000;
    return d;
  }

  std::optional<Role> ParseRole(const CodeSpec& spec, const SourceLocation& where) {
    Role role{spec.code, kNoDay, kNoDay};
    const std::string& r = spec.restriction;
    bool ok = true, short_from = false, short_to = false;
    if (r[0] == '<') {
      auto d = RestrictionDay(r.substr(1), &short_to);
      ok = d.has_value();
      if (d) role.to = *d;
    } else if (r[0] == '>') {
      auto d = RestrictionDay(r.substr(1), &short_from);
      ok = d.has_value();
      if (d) role.from = *d;
    } else if (size_t dash = r.find('-'); dash != std::string::npos) {
      auto from = RestrictionDay(r.substr(0, dash), &short_from);
      auto to = RestrictionDay(r.substr(dash + 1), &short_to);
      ok = from && to;
      if (ok) {
        role.from = *from;
        role.to = *to;
        // "270101-730717": a start after the end is in the previous century.
        if (role.from > role.to && short_from && role.from >= 20000000) role.from -= 1000000;
        if (role.from > role.to) {
          Skip(where, "date restriction [" + spec.code + " " + r + "] ends before it begins; role dropped");
          return std::nullopt;
        }
      }
    } else {
      ok = false;
    }
    if (!ok) {
      Skip(where, "cannot read the date restriction '" + r + "' of code " + spec.code + "; role dropped");
      return std::nullopt;
    }
    return role;
  }

  void AddActorRecord(const ActorRecord& rec) {
    std::vector<std::string> names;
    std::unordered_set<std::string> seen;
    for (std::string_view p : rec.phrases)
      for (std::string& n : Names(p, tabari()))
        if (seen.insert(n).second) names.push_back(std::move(n));
    const std::string first = rec.phrases.empty() ? std::string("?") : std::string(rec.phrases.front());
    if (names.empty()) {
      Skip(rec.where, "actor record without a phrase");
      return;
    }
    if (rec.codes.empty()) {
      Skip(rec.where, "actor '" + first + "' has no code (a null-coded phrase); skipped");
      return;
    }
    std::vector<Role> roles;
    std::optional<std::string> fallback;  // the first unrestricted code
    bool restricted = false;
    std::vector<std::pair<std::string, SourceLocation>> compound;
    for (const auto& [raw, line] : rec.codes) {
      SourceLocation where{rec.where.file, line, 0};
      std::optional<CodeSpec> spec = ParseCodeSpec(raw, where);
      if (!spec) continue;
      if (spec->code.find('/') != std::string::npos) {
        compound.emplace_back(spec->code, where);
        continue;
      }
      if (spec->restriction.empty()) {
        if (!fallback) fallback = spec->code;
        continue;
      }
      restricted = true;
      if (spec->code == "###" || spec->code == "+++") {
        Skip(where, "actor '" + first + "': date-restricted " +
                        (spec->code == "###" ? std::string("discard") : std::string("complex")) +
                        " code [" + spec->code + " " + spec->restriction + "] cannot be expressed; role dropped");
        continue;
      }
      if (std::optional<Role> role = ParseRole(*spec, where)) roles.push_back(std::move(*role));
    }
    const bool usable = !roles.empty() || (fallback && *fallback != "---" && *fallback != "+++");
    if (!usable && compound.size() == 1 && !restricted) {
      // "LORIEN [ELR/GAL]": one phrase for several actors, a collective.
      AddCollective(compound.front().first, std::move(names), rec.where);
      return;
    }
    for (const auto& [code, where] : compound) {
      Skip(where, "actor '" + first + "': compound code [" + code +
                      "] (one phrase for several actors) beside another code cannot be expressed; " +
                      (usable ? "code dropped" : "actor skipped"));
    }
    if (!usable && !compound.empty()) return;
    if (!roles.empty()) {
      PersonEntry p;
      p.where = rec.where;
      p.name = DisplayName(names.front());
      p.names = std::move(names);
      p.roles = std::move(roles);
      if (fallback && *fallback != "---") {
        if (*fallback == "###" || *fallback == "+++")
          Skip(rec.where, "person '" + p.name + "': default code [" + *fallback + "] cannot be expressed; dropped");
        else
          p.default_code = *fallback;
      }
      out_.mutable_people().push_back(std::move(p));
      return;
    }
    if (!fallback) {
      if (!restricted) Skip(rec.where, "actor '" + first + "' has no usable code; skipped");
      else Skip(rec.where, "actor '" + first + "' has no usable role left; skipped");
      return;
    }
    const std::string& code = *fallback;
    if (code == "###") {  // TABARI: the phrase discards the sentence
      for (std::string_view p : rec.phrases) AddDiscard(DiscardPhrase(p));
      return;
    }
    if (code == "---") {
      Skip(rec.where, "actor '" + first + "' has the null code [---] (keeps a phrase from being an actor); skipped");
      return;
    }
    if (code == "+++") {
      Skip(rec.where, "actor '" + first + "' has the complex code [+++]; skipped");
      return;
    }
    auto [it, fresh] = actor_index_.emplace(code, out_.actors().size());
    if (fresh) {
      ActorEntry a;
      a.code = code;
      a.name = DisplayName(names.front());
      a.kind = code.size() == 3 ? ActorKind::kCountry : ActorKind::kOrganisation;
      a.where = rec.where;
      out_.mutable_actors().push_back(std::move(a));
    }
    ActorEntry& a = out_.mutable_actors()[it->second];
    for (std::string& n : names) {
      if (actor_names_.insert(code + '\t' + n).second) a.names.push_back(std::move(n));
    }
  }

  // A collective actor coded as each of its members; its own code is the
  // members joined by '/', as the dictionaries write it.
  void AddCollective(const std::string& code, std::vector<std::string> names, const SourceLocation& where) {
    auto [it, fresh] = actor_index_.emplace(code, out_.actors().size());
    if (fresh) {
      ActorEntry a;
      a.code = code;
      a.name = DisplayName(names.front());
      a.kind = ActorKind::kGroup;
      a.where = where;
      for (size_t b = 0; b <= code.size();) {
        size_t e = code.find('/', b);
        if (e == std::string::npos) e = code.size();
        if (e > b) a.members.push_back(code.substr(b, e - b));
        b = e + 1;
      }
      out_.mutable_actors().push_back(std::move(a));
    }
    ActorEntry& a = out_.mutable_actors()[it->second];
    for (std::string& n : names)
      if (actor_names_.insert(code + '\t' + n).second) a.names.push_back(std::move(n));
  }

  // Organisations and groups whose code starts with a country's ("ISRMIL",
  // "AFGREB") get it as their home country.
  void FillCountries() {
    for (ActorEntry& a : out_.mutable_actors()) {
      if (a.code.size() <= 3 || !a.members.empty()) continue;
      auto it = actor_index_.find(a.code.substr(0, 3));
      if (it != actor_index_.end() && out_.actors()[it->second].kind == ActorKind::kCountry)
        a.country = a.code.substr(0, 3);
    }
  }

  // -------------------------------------------------------------------------
  // Agents

  Status ReadAgents(const fs::path& path) {
    std::string content;
    GEOKG_RETURN_IF_ERROR(ReadFile(path, "agents", &content));
    const std::string file = path.string();
    // PETRARCH substitution markers: "!PERSON! = MAN, MEN, WOMAN".
    std::vector<std::pair<std::string, std::vector<std::string>>> markers;
    for (const Line& line : Lines(content, file)) {
      std::string_view t = line.text;
      SourceLocation where{file, line.number, 0};
      if (t[0] == '!' && t.find('=') != std::string_view::npos && t.find('[') == std::string_view::npos) {
        size_t eq = t.find('=');
        std::string name = Upper(Trim(t.substr(0, eq)));
        std::vector<std::string> values;
        std::string_view list = t.substr(eq + 1);
        size_t start = 0;
        while (start <= list.size()) {
          size_t comma = list.find(',', start);
          std::string v = Unblank(list.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
          if (!v.empty()) values.push_back(v);
          if (comma == std::string_view::npos) break;
          start = comma + 1;
        }
        markers.emplace_back(std::move(name), std::move(values));
        continue;
      }
      size_t open = 0;
      std::optional<std::string_view> bracket = FirstBracket(t, &open);
      if (!bracket) {
        Skip(where, "agent '" + std::string(t) + "' has no [code]; skipped");
        continue;
      }
      std::string code = Upper(Unblank(*bracket));
      // "[NGO~]": the agent's code goes before the country's.
      const bool prefix = code.size() > 1 && code.back() == '~';
      code.erase(std::remove(code.begin(), code.end(), '~'), code.end());
      if (code.empty()) {
        Skip(where, "agent '" + std::string(t) + "' has an empty code; skipped");
        continue;
      }
      std::string_view head = t.substr(0, open);
      std::optional<std::string_view> plural;
      if (size_t brace = head.find('{'); brace != std::string_view::npos) {
        size_t close = head.find('}', brace);
        plural = Trim(head.substr(brace + 1, close == std::string_view::npos ? std::string_view::npos : close - brace - 1));
        head = head.substr(0, brace);
      }
      head = Trim(head);
      std::vector<std::string> phrases;
      if (head.find('!') != std::string_view::npos) {
        // Every value of the marker replaces it, with no plural formed.
        std::vector<std::string> expanded{std::string(head)};
        for (const auto& [marker, values] : markers) {
          std::vector<std::string> next;
          for (const std::string& e : expanded) {
            if (Upper(e).find(marker) == std::string::npos) {
              next.push_back(e);
              continue;
            }
            for (const std::string& v : values) {  // every occurrence, as PETRARCH does
              std::string r = e;
              for (size_t at; (at = Upper(r).find(marker)) != std::string::npos;) r.replace(at, marker.size(), v);
              next.push_back(std::move(r));
            }
          }
          expanded = std::move(next);
        }
        for (const std::string& e : expanded) {
          if (e.find('!') != std::string::npos) {
            Skip(where, "agent '" + e + "' uses an undefined substitution marker; skipped");
            continue;
          }
          for (std::string& n : Names(e)) phrases.push_back(std::move(n));
        }
      } else {
        // TABARI recognises the plural even after a final '_' (manual 5.2.3);
        // in PETRARCH files a final '_' means "no plural", as in synsets.
        bool no_plural = EndsWith(head, "=") || (!tabari() && EndsWith(head, "_"));
        for (std::string& n : Names(head)) {
          std::optional<std::string> regular;
          if (!plural && !no_plural) regular = RegularPlural(n);
          phrases.push_back(std::move(n));
          if (regular) phrases.push_back(std::move(*regular));
        }
        if (plural) {
          for (std::string_view p : SplitBlanks(*plural))
            for (std::string& pn : Names(p)) phrases.push_back(std::move(pn));
        }
      }
      if (phrases.empty()) continue;
      auto [it, fresh] = agent_index_.emplace(prefix ? code + "~" : code, out_.agents().size());
      if (fresh) {
        AgentEntry a;
        a.code = code;
        a.prefix = prefix;
        const char* name = AgentName(code);
        a.name = name ? name : phrases.front();
        if (prefix) a.name += " (before the country)";
        a.where = where;
        out_.mutable_agents().push_back(std::move(a));
      }
      AgentEntry& a = out_.mutable_agents()[it->second];
      for (std::string& p : phrases)
        if (agent_nouns_.insert(code + '\t' + p).second) a.nouns.push_back(std::move(p));
    }
    return Status::OK();
  }

  // -------------------------------------------------------------------------
  // Discards

  Status ReadDiscards(const fs::path& path) {
    std::string content;
    GEOKG_RETURN_IF_ERROR(ReadFile(path, "discards", &content));
    for (const Line& line : Lines(content, path.string())) AddDiscard(DiscardPhrase(line.text));
    return Status::OK();
  }

  // -------------------------------------------------------------------------
  // Verbs: reading

  // A line of TABARI's <TIME> section: "KAN_WA_MA_KAN [###]" discards its
  // sentence and "WHEN_PEACE_COMES [+++]" sets it aside for a human coder,
  // so both become discards; date shifts ("LAST_WEEK [-7]") and null codes
  // are reported and dropped.
  void AddTimePhrase(const Line& line, const std::string& file) {
    SourceLocation where{file, line.number, 0};
    std::string_view t = line.text;
    std::optional<std::string_view> code = FirstBracket(t);
    std::string_view phrase = Trim(t.substr(0, t.find('[')));
    const std::string c = code ? Upper(Trim(*code)) : std::string();
    if ((c == "###" || c == "+++") && !phrase.empty() && phrase[0] != '-') {
      AddDiscard(DiscardPhrase(phrase));
      return;
    }
    Skip(where, "TABARI time phrase '" + std::string(t) + "' ignored: only [###] and [+++] (not coded) are kept");
  }

  Status ReadVerbs(const fs::path& path) {
    std::string content;
    GEOKG_RETURN_IF_ERROR(ReadFile(path, "verbs", &content));
    const std::string file = path.string();
    // In PETRARCH files the verbs of a "--- NAME [code] ---" block share its
    // patterns; in TABARI files each verb root has its own.
    const bool blocks = !tabari();
    bool in_synset = false;
    int block = -1;  // index into blocks_ of the current block
    std::map<std::string, std::vector<Line>> sections{{"TIME", {}}};
    const std::vector<Line> lines = Lines(content, file, &sections);
    for (const Line& line : sections["TIME"]) AddTimePhrase(line, file);
    for (const Line& line : lines) {
      std::string_view t = line.text;
      SourceLocation where{file, line.number, 0};
      if (StartsWith(t, "---")) {
        in_synset = false;
        if (!blocks) continue;  // TABARI: a separator such as "--- DEFEND ###"
        blocks_.emplace_back();
        block = static_cast<int>(blocks_.size()) - 1;
        if (std::optional<std::string_view> code = FirstBracket(t)) {
          std::string c = CleanEventCode(*code);
          if (!c.empty()) blocks_.back().code = c;
        }
        continue;
      }
      if (t[0] == '~') {
        Skip(where, "PETRARCH-2 transformation '" + std::string(t) + "' cannot be expressed as a pattern; skipped");
        continue;
      }
      if (t[0] == '&') {
        std::vector<std::string_view> label_words = SplitBlanks(t.substr(1));
        std::string label = label_words.empty() ? std::string() : Upper(label_words.front());
        bool no_plural = EndsWith(label, "_");
        while (EndsWith(label, "_")) label.pop_back();
        if (label.empty()) {
          Skip(where, "synset without a name; skipped");
          in_synset = false;
          continue;
        }
        auto [it, fresh] = synset_index_.emplace(label, synsets_raw_.size());
        if (fresh) {
          RawSynset s;
          s.key = label;
          s.no_plural = no_plural;
          s.where = where;
          synsets_raw_.push_back(std::move(s));
        }
        current_synset_ = it->second;
        in_synset = true;
        continue;
      }
      if (t[0] == '+' && in_synset) {
        synsets_raw_[current_synset_].members.emplace_back(std::string(Trim(t.substr(1))), where);
        continue;
      }
      in_synset = false;
      if (t[0] == '-') {
        if (block < 0) {
          Skip(where, "pattern before any verb; skipped");
          continue;
        }
        RawPattern p;
        p.where = where;
        std::string_view body = t.substr(1);
        size_t open = body.find('[');
        if (open != std::string_view::npos) {
          p.has_code = true;
          p.code = CleanEventCode(*FirstBracket(body));
          body = body.substr(0, open);
        }
        p.body = std::string(Trim(body));
        blocks_[block].patterns.push_back(std::move(p));
        continue;
      }
      if (t[0] == '{') {  // TABARI: irregular forms on the line after the verb
        if (block < 0 || blocks_[block].verbs.empty()) {
          Skip(where, "verb forms before any verb; skipped");
          continue;
        }
        RawVerb& v = blocks_[block].verbs.back();
        size_t close = t.find('}');
        v.forms += " " + std::string(t.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1));
        v.has_forms = true;
        continue;
      }
      // A verb line: "VERB {forms} [code]".
      if (!blocks || block < 0) {
        blocks_.emplace_back();
        block = static_cast<int>(blocks_.size()) - 1;
      }
      RawVerb v;
      v.where = where;
      std::string rest;
      size_t i = 0;
      while (i < t.size()) {
        if (t[i] == '{') {
          size_t close = t.find('}', i);
          v.forms += " " + std::string(t.substr(i + 1, close == std::string_view::npos ? std::string_view::npos : close - i - 1));
          v.has_forms = true;
          i = close == std::string_view::npos ? t.size() : close + 1;
        } else if (t[i] == '[') {
          size_t close = t.find(']', i);
          if (v.code.empty())
            v.code = CleanEventCode(t.substr(i + 1, close == std::string_view::npos ? std::string_view::npos : close - i - 1));
          i = close == std::string_view::npos ? t.size() : close + 1;
        } else {
          rest += t[i++];
        }
      }
      v.text = std::string(Trim(rest));
      if (v.text.empty()) {
        Skip(where, "verb line without a verb; skipped");
        continue;
      }
      blocks_[block].verbs.push_back(std::move(v));
    }
    return Status::OK();
  }

  // -------------------------------------------------------------------------
  // Synsets

  // The synset a pattern token names after its '&': the longest defined name
  // that the chain starts with, up to a '_' ("TIETYPES_MEMOS" -> TIETYPES,
  // followed by MEMOS; "FIGHT_OF_WORDS" is one name). Sets *consumed.
  std::optional<size_t> ResolveSynset(std::string_view chain, size_t* consumed) const {
    std::string upper = Upper(chain);
    size_t len = upper.size();
    while (true) {
      while (len > 0 && upper[len - 1] == '_') --len;
      if (len == 0) return std::nullopt;
      auto it = synset_index_.find(upper.substr(0, len));
      if (it != synset_index_.end()) {
        *consumed = len;
        return it->second;
      }
      size_t us = upper.rfind('_', len - 1);
      if (us == std::string::npos) return std::nullopt;
      len = us;
    }
  }

  // Our name of a synset: ParsePattern splits at '_', so "FIGHT_OF_WORDS" is "FIGHT-OF-WORDS".
  static std::string SynsetName(const std::string& key) {
    std::string out = key;
    std::replace(out.begin(), out.end(), '_', '-');
    return out;
  }

  void BuildSynsets() {
    for (size_t i = 0; i < synsets_raw_.size(); ++i) BuildSynset(i);
    for (const RawSynset& s : synsets_raw_) out_.mutable_synsets()[SynsetName(s.key)] = s.words;
  }

  // Members are phrases of consecutive words; "+&OTHER" takes in all of OTHER,
  // "+&TIETYPES_MEMOS" every listed member of TIETYPES followed by "memos".
  // PETRARCH adds plurals unless the member or the label ends with '_'; TABARI
  // applies no endings to synsets (manual 5.6).
  void BuildSynset(size_t index) {
    RawSynset& s = synsets_raw_[index];
    if (s.state == 2) return;
    if (s.state == 1) {
      Skip(s.where, "synset &" + s.key + " refers to itself; the reference is dropped");
      return;
    }
    s.state = 1;
    std::vector<std::string> words, base;
    std::unordered_set<std::string> seen, seen_base;
    auto add = [&](std::string w) {
      if (!w.empty() && seen.insert(w).second) words.push_back(std::move(w));
    };
    for (const auto& [member, where] : synsets_raw_[index].members) {
      bool no_plural = tabari() || synsets_raw_[index].no_plural || EndsWith(member, "_") || EndsWith(member, "=");
      // Alternatives: each element is a list of phrases (a synset) or one word.
      std::vector<std::vector<std::string>> parts;
      bool bad = false, only_synset = true;
      size_t last_ref = 0;
      for (std::string_view tok : SplitBlanks(member)) {
        size_t i = 0;
        while (i < tok.size() && !bad) {
          if (tok[i] == '_') {
            ++i;
            continue;
          }
          if (tok[i] == '&') {
            size_t consumed = 0;
            std::optional<size_t> ref = ResolveSynset(tok.substr(i + 1), &consumed);
            if (!ref) {
              Skip(where, "synset member '" + member + "' uses undefined synset &" +
                              std::string(tok.substr(i + 1)) + "; member dropped");
              bad = true;
              break;
            }
            BuildSynset(*ref);
            parts.push_back(synsets_raw_[*ref].base);
            last_ref = *ref;
            i += 1 + consumed;
            continue;
          }
          size_t j = tok.find('_', i);
          if (j == std::string_view::npos) j = tok.size();
          std::string word = Lower(tok.substr(i, j - i));
          i = j;
          while (!word.empty() && word.back() == '=') word.pop_back();
          if (word == "$" || word == "+" || word == "%" || word == "^" || word == "*") {
            Skip(where, "synset member '" + member + "' holds '" + word + "' (only words are allowed); member dropped");
            bad = true;
            break;
          }
          std::vector<std::string> split;
          PushPatternWord(std::move(word), &split);
          for (std::string& w : split) {
            parts.push_back({std::move(w)});
            only_synset = false;
          }
        }
        if (bad) break;
      }
      if (bad || parts.empty()) continue;
      if (only_synset && parts.size() == 1) {  // "+&OTHER": all of OTHER, plurals included
        for (const std::string& w : synsets_raw_[last_ref].base)
          if (seen_base.insert(w).second) base.push_back(w);
        for (const std::string& w : synsets_raw_[last_ref].words) add(w);
        continue;
      }
      std::vector<std::string> phrases{""};
      for (const auto& alternatives : parts) {
        std::vector<std::string> next;
        for (const std::string& p : phrases)
          for (const std::string& a : alternatives) next.push_back(p.empty() ? a : p + " " + a);
        phrases = std::move(next);
      }
      if (phrases.size() > kMaxAlternatives) {
        Skip(where, "synset member '" + member + "' expands to more than " + std::to_string(kMaxAlternatives) +
                        " phrases; member dropped");
        continue;
      }
      // TABARI: a member ending in '_' is whole, not a stem ("KRONER_").
      const bool whole = tabari() && EndsWith(member, "_") && !parts.back().empty() && parts.back().size() == 1;
      for (std::string& p : phrases) {
        std::optional<std::string> plural;
        if (!no_plural) plural = RegularPlural(p);
        if (seen_base.insert(p).second) base.push_back(p);
        add(whole ? p + "_" : std::move(p));
        if (plural) add(std::move(*plural));
      }
    }
    synsets_raw_[index].base = std::move(base);
    synsets_raw_[index].words = std::move(words);
    synsets_raw_[index].state = 2;
  }

  // -------------------------------------------------------------------------
  // Verbs: building

  // Expands TABARI alternatives "{ a | b }" (braces holding '|'); false when
  // there would be more than kMaxAlternatives.
  static bool ExpandAlternatives(const std::string& body, std::vector<std::string>* out) {
    size_t open = 0;
    while ((open = body.find('{', open)) != std::string::npos) {
      size_t close = body.find('}', open);
      if (close == std::string::npos) break;
      std::string_view inside(body.data() + open + 1, close - open - 1);
      if (inside.find('|') == std::string_view::npos) {
        open = close;
        continue;
      }
      std::string prefix = body.substr(0, open), suffix = body.substr(close + 1);
      size_t start = 0;
      while (start <= inside.size()) {
        size_t bar = inside.find('|', start);
        std::string_view alt = Trim(inside.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
        if (!ExpandAlternatives(prefix + std::string(alt) + suffix, out)) return false;
        if (bar == std::string_view::npos) break;
        start = bar + 1;
      }
      return true;
    }
    out->push_back(body);
    return out->size() <= kMaxAlternatives;
  }

  // Converts one blank-free token of a pattern ("IN_", "*_AND_KILLED",
  // "NEW_&TIETYPES_RELATIONS") into our syntax ("in", "*_and_killed",
  // "new_&TIETYPES_relations"). False with *error set on an undefined synset.
  bool ConvertToken(std::string_view tok, std::string* out, std::string* error) const {
    std::vector<std::string> parts;
    size_t i = 0;
    while (i < tok.size()) {
      if (tok[i] == '_') {
        ++i;
        continue;
      }
      if (tok[i] == '&') {
        size_t consumed = 0;
        std::optional<size_t> ref = ResolveSynset(tok.substr(i + 1), &consumed);
        if (!ref) {
          size_t end = tok.find('_', i + 1);
          *error = "undefined synset &" + std::string(tok.substr(i + 1, end == std::string_view::npos ? std::string_view::npos : end - i - 1));
          return false;
        }
        parts.push_back("&" + SynsetName(synsets_raw_[*ref].key));
        i += 1 + consumed;
        continue;
      }
      size_t j = tok.find('_', i);
      if (j == std::string_view::npos) j = tok.size();
      std::string_view part = tok.substr(i, j - i);
      i = j;
      if (part == "*" || part == "+" || part == "$" || part == "%" || part == "^") {
        parts.emplace_back(part);
        continue;
      }
      std::string word = Lower(part);
      while (!word.empty() && word.back() == '=') word.pop_back();
      PushPatternWord(std::move(word), &parts);
    }
    *out = Join(parts, "_");
    // TABARI: a word ending in '_' is whole, not a stem ("IN_" is not "into").
    if (tabari() && !tok.empty() && tok.back() == '_' && !parts.empty() && !out->empty() &&
        std::isalpha(static_cast<unsigned char>(out->back())))
      *out += '_';
    return true;
  }

  // Converts one raw pattern into ours (several when it holds TABARI
  // alternatives) and appends them to *out; what cannot be converted is
  // reported. `rest` is what follows the verb in a TABARI multi-word root
  // ("BE GUEST_OF_HONOUR IN": " GUEST_OF_HONOUR IN"), put after the '*'.
  void ConvertPattern(const RawPattern& raw, std::string_view rest, std::vector<VerbPattern>* out) {
    if (!raw.has_code || raw.code.empty()) {
      Skip(raw.where, "pattern '" + raw.body + "' has no [code]; skipped");
      return;
    }
    std::string primary = PrimaryCode(raw.code);
    TakePriorityMark(&primary);  // ParsePattern reads it from the text below
    if (primary.empty() && raw.code.size() > 1) {
      Skip(raw.where, "pattern '" + raw.body + "' has the reverse-only code [" + raw.code +
                          "] (an event from the target to the subject), which a pattern cannot express; skipped");
      return;
    }
    if (primary == "###") {
      Skip(raw.where, "pattern '" + raw.body + "' has the discard code [###], which a pattern cannot express here; skipped");
      return;
    }
    if (primary == "+++") {
      Skip(raw.where, "pattern '" + raw.body + "' has the complex code [+++]; skipped");
      return;
    }
    if (!KnownCode(primary)) {
      Skip(raw.where, "pattern '" + raw.body + "': unknown event code " + primary + "; skipped");
      return;
    }
    std::string body = raw.body;
    if (!rest.empty()) {
      size_t star = body.find('*');
      if (star != std::string::npos) body.insert(star + 1, rest);
    }
    // TABARI "BACK~ POLICY", "*~_CLOSELY": the next word follows immediately.
    if (body.find('~') != std::string::npos) {
      std::string joined;
      for (size_t i = 0; i < body.size();) {
        if (body[i] != '~') {
          joined += body[i++];
          continue;
        }
        size_t k = i + 1;
        while (k < body.size() && IsBlank(body[k])) ++k;
        if (k < body.size()) joined += '_';
        if (k < body.size() && body[k] == '_') ++k;
        i = k;
      }
      body = std::move(joined);
    }
    std::vector<std::string> bodies;
    if (!ExpandAlternatives(body, &bodies)) {
      Skip(raw.where, "pattern '" + raw.body + "' has more than " + std::to_string(kMaxAlternatives) +
                          " alternatives; skipped");
      return;
    }
    for (std::string& b : bodies) {
      // PETRARCH-2 noun phrases {A B} and prepositional phrases (P N) become
      // plain word sequences.
      for (char& c : b)
        if (c == '{' || c == '}' || c == '(' || c == ')' || c == '|') c = ' ';
      std::vector<std::string> tokens;
      for (std::string_view tok : SplitBlanks(b)) {
        std::string converted, error;
        if (!ConvertToken(tok, &converted, &error)) {
          Skip(raw.where, "pattern '" + raw.body + "' uses an " + error + "; skipped");
          return;
        }
        if (!converted.empty()) tokens.push_back(std::move(converted));
      }
      if (tokens.empty()) {
        Skip(raw.where, "empty pattern; skipped");
        return;
      }
      std::string text = Join(tokens, " ") + " [" + raw.code + "]";
      Result<VerbPattern> parsed = ParsePattern(text);
      if (!parsed.ok()) {
        Skip(raw.where, "pattern '" + raw.body + "': " + parsed.status().message() + "; skipped");
        return;
      }
      VerbPattern p = std::move(parsed).value();
      p.where = raw.where;
      out->push_back(std::move(p));
    }
  }

  struct VerbForm {
    std::string lemma;
    std::vector<std::string> forms;
    bool regular = true;
    bool no_endings = false;  // TABARI "BAN=": only the root itself, written forms: [ban]
    std::string rest;  // TABARI: the words after the verb, for its patterns
  };

  // "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}" -> "cordon off", ["cordoned off", "cordons off"];
  // "WIRE_+TAP" -> "wire tap" with the forms of "tap". TABARI "BURN DOWN" ->
  // "burn" with rest " DOWN" (the words of a TABARI root may stand apart).
  VerbForm ParseVerb(const RawVerb& v) const {
    VerbForm out;
    std::string_view head = v.text;
    if (tabari()) {
      size_t blank = head.find_first_of(" \t");
      if (blank != std::string_view::npos) {
        out.rest = " " + std::string(Trim(head.substr(blank)));
        head = head.substr(0, blank);
      }
    }
    std::vector<std::string> words;
    size_t marked = 0;
    for (std::string_view w : SplitWords(head)) {
      if (w[0] == '+') {
        marked = words.size();
        w.remove_prefix(1);
      }
      std::string word = Lower(w);
      while (!word.empty() && (word.back() == '=' || word.back() == '+')) word.pop_back();
      if (!word.empty()) words.push_back(std::move(word));
    }
    out.lemma = Join(words, " ");
    if (v.has_forms) {
      out.regular = false;
      for (std::string_view f : SplitBlanks(v.forms)) {
        std::vector<std::string> fw;
        for (std::string_view w : SplitWords(f)) {
          std::string word = Lower(w);
          word.erase(std::remove(word.begin(), word.end(), '+'), word.end());
          while (!word.empty() && word.back() == '=') word.pop_back();
          if (!word.empty()) fw.push_back(std::move(word));
        }
        std::string form = Join(fw, " ");
        if (!form.empty() && form != out.lemma &&
            std::find(out.forms.begin(), out.forms.end(), form) == out.forms.end())
          out.forms.push_back(std::move(form));
      }
    } else if (tabari() && words.size() == 1 && !head.empty() && head.back() == '=') {
      // "BAN=": TABARI applies no endings; the root alone is its form.
      out.regular = false;
      out.no_endings = true;
    } else if (tabari() && words.size() == 1 && !head.empty() && head.back() != '_' &&
               words[0].size() >= 4 && !IsVowelLetter(words[0].back()) && words[0].back() != 'y') {
      // A TABARI root is a stem: "RESTOR" matches restore, restores, restored,
      // restoring. Its regular forms and those of stem + "e" are listed.
      out.regular = false;
      for (const std::string& base : {words[0], words[0] + "e"})
        for (const std::string& f : RegularForms(base))
          if (std::find(out.forms.begin(), out.forms.end(), f) == out.forms.end()) out.forms.push_back(f);
      out.forms.push_back(words[0] + "e");
    } else if (tabari() && words.size() == 1 && head.back() == '_') {
      // "DEPART_": the regular forms, and TABARI's literal endings (manual
      // 5.2.3: -S, -ED, -ES, -EN, -ING), which are also what it takes of
      // misspellings such as "departes".
      out.regular = false;
      out.forms = RegularForms(words[0]);
      for (const char* ending : {"s", "ed", "es", "en", "ing"}) {
        std::string f = words[0] + ending;
        if (std::find(out.forms.begin(), out.forms.end(), f) == out.forms.end()) out.forms.push_back(std::move(f));
      }
    } else if (marked > 0 && marked < words.size()) {
      // Regular forms of the marked word; the loader would inflect the first.
      out.regular = false;
      for (const std::string& f : RegularForms(words[marked])) {
        std::vector<std::string> fw = words;
        fw[marked] = f;
        out.forms.push_back(Join(fw, " "));
      }
    }
    return out;
  }

  void BuildVerbs() {
    for (const Block& block : blocks_) {
      // The block's patterns, converted once for all its (PETRARCH) verbs.
      std::optional<std::vector<VerbPattern>> shared;
      for (const RawVerb& raw : block.verbs) {
        VerbForm vf = ParseVerb(raw);
        if (vf.lemma.empty()) {
          Skip(raw.where, "verb '" + raw.text + "' has no words; skipped");
          continue;
        }
        std::vector<VerbPattern> patterns;
        std::string code = raw.code.empty() ? block.code : raw.code;
        if (!vf.rest.empty()) {
          // TABARI "BURN DOWN [222]": the verb "burn" with the pattern "* down [222]".
          if (PrimaryCode(code) == "###") {
            AddDiscard(DiscardPhrase(raw.text));
          } else {
            RawPattern own;
            own.body = "*" + vf.rest;
            own.code = code;
            own.has_code = true;
            own.where = raw.where;
            ConvertPattern(own, "", &patterns);
          }
          for (const RawPattern& p : block.patterns) ConvertPattern(p, vf.rest, &patterns);
          if (patterns.empty()) continue;  // all reported (or turned into a discard) above
          code = "---";
        } else {
          if (!shared) {
            shared.emplace();
            for (const RawPattern& p : block.patterns) ConvertPattern(p, "", &*shared);
          }
          patterns = *shared;
        }
        std::string primary = PrimaryCode(code);
        const CodePriority priority = TakePriorityMark(&primary);
        if (primary.empty()) primary = "---";
        if (primary == "###") {
          // TABARI: a verb root with the discard code discards its sentence.
          AddDiscard(DiscardPhrase(raw.text));
          if (patterns.empty()) continue;
          primary = "---";
        } else if (primary == "+++" || !KnownCode(primary)) {
          std::string why = primary == "+++" ? "the complex code [+++]" : "unknown event code " + primary;
          if (patterns.empty()) {
            Skip(raw.where, "verb '" + vf.lemma + "' has " + why + " and no patterns; skipped");
            continue;
          }
          Skip(raw.where, "verb '" + vf.lemma + "' has " + why + "; the verb alone codes nothing (---), its patterns are kept");
          primary = "---";
        }
        // A paired verb code "LEFT [032:033]" becomes the pattern "* [032:033]",
        // which matches wherever no longer pattern does and keeps both halves.
        if (size_t colon = code.find(':'); vf.rest.empty() && primary != "---" && colon != std::string::npos &&
                                           colon + 1 < code.size() && KnownCode(code.substr(colon + 1))) {
          Result<VerbPattern> own = ParsePattern("* [" + code + "]");
          if (own.ok()) {
            VerbPattern p = std::move(own).value();
            p.where = raw.where;
            patterns.push_back(std::move(p));
          }
        }
        AddVerb(std::move(vf), primary, priority, raw.where, std::move(patterns));
      }
      if (block.verbs.empty() && !block.patterns.empty())
        Skip(block.patterns.front().where, "verb block without verbs; its " + std::to_string(block.patterns.size()) +
                                               " patterns are skipped");
    }
  }

  // Adds a verb, merging it with an earlier one of the same lemma (several
  // blocks or files may list it): forms are united, patterns appended (without
  // repeats), and the code is the first that is not "---".
  void AddVerb(VerbForm vf, const std::string& code, CodePriority priority, const SourceLocation& where,
               std::vector<VerbPattern> patterns) {
    auto [it, fresh] = verb_index_.emplace(vf.lemma, out_.verbs().size());
    if (fresh) {
      VerbEntry v;
      v.lemma = vf.lemma;
      v.code = code;
      v.priority = priority;
      v.where = where;
      out_.mutable_verbs().push_back(std::move(v));
      verb_builds_.emplace_back();
      verb_builds_.back().regular = vf.regular;
    }
    VerbEntry& v = out_.mutable_verbs()[it->second];
    VerbBuild& build = verb_builds_[it->second];
    if (!fresh) {
      if (v.code == "---") {
        v.code = code;
        v.priority = priority;
      } else if (code != "---" && code != v.code) {
        Skip(where, "verb '" + v.lemma + "' has code " + code + " here but " + v.code + " at " + v.where.ToString() +
                        "; kept " + v.code);
      }
      // One entry lists irregular forms, the other relies on regular ones: keep both.
      if (build.regular != vf.regular) {
        std::vector<std::string> regular = RegularForms(v.lemma);
        if (build.regular) v.forms.insert(v.forms.end(), regular.begin(), regular.end());
        else vf.forms.insert(vf.forms.end(), regular.begin(), regular.end());
        build.regular = false;
      }
    }
    if (vf.no_endings && v.forms.empty()) v.forms.push_back(v.lemma);  // a list, so none are generated
    for (std::string& f : vf.forms)
      if (f != v.lemma && std::find(v.forms.begin(), v.forms.end(), f) == v.forms.end()) v.forms.push_back(std::move(f));
    for (VerbPattern& p : patterns)
      if (build.pattern_texts.insert(p.text).second) v.patterns.push_back(std::move(p));
  }

  const ImportOptions& options_;
  ImportReport* report_;
  Ontology out_;
  std::unordered_set<std::string> known_codes_;
  bool check_codes_ = false;

  std::unordered_map<std::string, size_t> actor_index_;   // code -> index in actors
  std::unordered_set<std::string> actor_names_;           // code '\t' name
  std::unordered_map<std::string, size_t> agent_index_;   // code -> index in agents
  std::unordered_set<std::string> agent_nouns_;           // code '\t' noun
  std::unordered_set<std::string> discard_set_;

  std::vector<RawSynset> synsets_raw_;
  std::unordered_map<std::string, size_t> synset_index_;  // key -> index in synsets_raw_
  size_t current_synset_ = 0;
  std::vector<Block> blocks_;

  std::unordered_map<std::string, size_t> verb_index_;  // lemma -> index in verbs
  std::vector<VerbBuild> verb_builds_;                  // parallel to verbs
};

}  // namespace

Result<Ontology> ImportDictionaries(const ImportOptions& options, ImportReport* report) {
  ImportReport local;
  if (report == nullptr) report = &local;
  *report = ImportReport{};
  try {
    return Importer(options, report).Run();
  } catch (const std::exception& e) {
    return Status::Corruption(std::string("dictionary import failed: ") + e.what());
  }
}

}  // namespace geokg::ontology
