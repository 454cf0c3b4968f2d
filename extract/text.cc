// The text pipeline: clean-up of scraped pages, sentence splitting, tokens.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>

#include "extract/extract.h"

namespace geokg::extract {

namespace {

// ASCII classes, as the "C" locale's, without a library call per byte (the
// text pipeline is hot).
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || IsUpper(c); }
bool IsAlnum(char c) { return IsAlpha(c) || IsDigit(c) || (static_cast<unsigned char>(c) >= 0x80); }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Unicode punctuation and spaces that news text uses, mapped to ASCII.
struct Replacement {
  std::string_view from;
  std::string_view to;
};
constexpr std::array<Replacement, 16> kReplacements{{
    {"\u2018", "'"},
    {"\u2019", "'"},
    {"\u201A", "'"},
    {"\u2032", "'"},
    {"\u00B4", "'"},
    {"\u201C", "\""},
    {"\u201D", "\""},
    {"\u201E", "\""},
    {"\u00AB", "\""},
    {"\u00BB", "\""},
    {"\u2013", " - "},
    {"\u2014", " - "},
    {"\u00A0", " "},
    {"\u2009", " "},
    {"\u2026", "..."},
    {"\u200B", ""},
}};

// Lines that end the article body on news sites.
bool IsEndMarker(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == ':' || line.back() == '=')) line.remove_suffix(1);
  while (!line.empty() && (line.front() == ' ' || line.front() == '=')) line.remove_prefix(1);
  // Every marker is shorter than this: most lines are rejected here, uncopied.
  constexpr size_t kLongest = 40;
  if (line.size() >= kLongest) return false;
  const std::string l = LowerAscii(line);
  static constexpr std::string_view kMarkers[] = {
      "related content", "related stories",    "related articles", "related topics", "related news",
      "sister links",    "more on this story", "read more",        "advertisement",  "share this article",
      "sources",         "external links",     "see also",         "references"};
  for (std::string_view m : kMarkers)
    if (l == m) return true;
  return l.size() > 10 && l.compare(l.size() - 10, 10, "recommends") == 0;
}

int CountWords(std::string_view line) {
  int n = 0;
  bool in = false;
  for (char c : line) {
    bool w = IsAlnum(c);
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

// Navigation, menus, bylines and credits: short lines that are not sentences.
bool IsFurniture(std::string_view line) {
  size_t b = line.find_first_not_of(" \t");
  if (b == std::string_view::npos) return false;
  line = line.substr(b);
  int words = CountWords(line);
  // "Kerry: NATO ... | News | DW | 02.12.2015": page titles with separators.
  if (std::count(line.begin(), line.end(), '|') >= 2) return true;
  // "1. Inhalt", "* Home": numbered or bulleted menu items of a few words.
  if ((IsDigit(line[0]) || line[0] == '*' || line[0] == '-') && words <= 4) {
    size_t i = 0;
    while (i < line.size() &&
           (IsDigit(line[i]) || line[i] == '.' || line[i] == '*' || line[i] == '-' || line[i] == ' '))
      ++i;
    if (i > 0) return true;
  }
  char last = line.find_last_not_of(" \t") == std::string_view::npos ? ' ' : line[line.find_last_not_of(" \t")];
  // Credit lines: "es/rc (AP, AFP, Reuters)".
  if (last == ')') {
    size_t open = line.find('(');
    if (open != std::string_view::npos && CountWords(line.substr(0, open)) <= 3) return true;
  }
  bool ends_sentence = last == '.' || last == '!' || last == '?' || last == '"' || last == '\'';
  return !ends_sentence && words < 4;
}

// "== Background ==": a wiki section heading.
bool IsWikiHeading(std::string_view line) {
  size_t b = line.find_first_not_of(" \t");
  size_t e = line.find_last_not_of(" \t");
  return b != std::string_view::npos && e > b + 3 && line.compare(b, 2, "==") == 0 && line.compare(e - 1, 2, "==") == 0;
}

// "&quot;", "&amp;", "&#39;" ... to their characters.
std::string DecodeEntities(std::string_view s) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&quot;", "\""}, {"&amp;", "&"},  {"&lt;", "<"},   {"&gt;", ">"},    {"&#39;", "'"},
      {"&apos;", "'"},  {"&nbsp;", " "}, {"&#34;", "\""}, {"&ndash;", "-"}, {"&mdash;", " - "}};
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    bool done = false;
    if (s[i] == '&')
      for (const auto& [from, to] : kEntities)
        if (s.compare(i, std::strlen(from), from) == 0) {
          out.append(to);
          i += std::strlen(from);
          done = true;
          break;
        }
    if (!done) out.push_back(s[i++]);
  }
  return out;
}

// Wiki headings inside a line: "... killed. ==Related news== * ..." ends the
// article at an end heading; any other heading becomes a line break.
std::string InlineWikiSections(const std::string& s) {
  if (s.find("==") == std::string::npos) return s;
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, 2, "==") == 0) {
      size_t b = s.find_first_not_of('=', i);
      size_t close = b == std::string::npos ? std::string::npos : s.find("==", b);
      if (close != std::string::npos && close - b < 60 && s.find('\n', b) > close) {
        std::string_view title(s.data() + b, close - b);
        if (IsEndMarker(title)) break;
        out.push_back('\n');
        i = s.find_first_not_of('=', close);
        if (i == std::string::npos) break;
        continue;
      }
    }
    out.push_back(s[i++]);
  }
  return out;
}

// "Sri Lanka n forces", "the Iraq i army", "Islam ist": a demonym ending cut
// off its name (as scraped wiki links leave them) is joined back.
void JoinSplitSuffixes(std::string* line) {
  static constexpr std::string_view kSuffixes[] = {"n", "i", "ese", "ist", "ists", "ian", "ians", "ns"};
  std::string& s = *line;
  for (size_t sp = s.find(' '); sp != std::string::npos; sp = s.find(' ', sp + 1)) {
    // Every suffix starts with one of these letters.
    if (sp + 1 == s.size() || (s[sp + 1] != 'n' && s[sp + 1] != 'i' && s[sp + 1] != 'e')) continue;
    // The word before the space must be a capitalized name.
    size_t b = sp;
    while (b > 0 && IsAlpha(s[b - 1])) --b;
    if (b == sp || !IsUpper(s[b])) continue;
    for (std::string_view suf : kSuffixes) {
      size_t end = sp + 1 + suf.size();
      if (std::string_view(s).substr(sp + 1, suf.size()) == suf && (end == s.size() || !IsAlnum(s[end]))) {
        s.erase(sp, 1);
        break;
      }
    }
  }
}

// "NEW DELHI - Hindus staged ...", "WASHINGTON (Reuters) - ...",
// "PESHAWAR, Pakistan, Oct 8 (Reuters) - ...": a dateline before the first
// sentence, a place in capitals and then only capitalized words, dates and
// the agency in brackets up to a dash, is not part of it.
void StripDateline(std::string* text) {
  const size_t i = text->find_first_not_of(" \n");
  if (i == std::string::npos) return;
  constexpr size_t kMaxDateline = 80;
  // The dash: " - " or " -- " (CleanText has made em and en dashes " - ").
  size_t dash = std::string::npos, after = 0;
  for (std::string_view d : {std::string_view(" - "), std::string_view(" -- ")}) {
    const size_t at = text->find(d, i);
    if (at != std::string::npos && at - i <= kMaxDateline && at < dash) {
      dash = at;
      after = at + d.size();
    }
  }
  if (dash == std::string::npos) return;
  const std::string_view head = std::string_view(*text).substr(i, dash - i);
  // The place opens it, in capitals: at least three letters, no lower case.
  size_t first_end = head.find_first_of(" ,(");
  if (first_end == std::string_view::npos) first_end = head.size();
  int letters = 0;
  for (char c : head.substr(0, first_end)) {
    if (IsAlpha(c) && !IsUpper(c)) return;
    letters += IsUpper(c) ? 1 : 0;
  }
  if (letters < 3) return;
  // Capitals only ("NEW DELHI - "), or a place, a date or the agency:
  // every word after the place capitalized, a number or bracketed
  // ("Pakistan,", "Oct", "8", "(Reuters)"), with a comma, a digit or a
  // bracket to mark it ("NATO Secretary General Mark Rutte - speaking in
  // Kyiv - ..." is a sentence).
  const bool marked = head.find_first_of(",(0123456789") != std::string_view::npos;
  if (!marked)
    for (char c : head)
      if (IsAlpha(c) && !IsUpper(c)) return;
  size_t k = 0;
  while (k < head.size()) {
    while (k < head.size() && (head[k] == ' ' || head[k] == ',')) ++k;
    if (k >= head.size()) break;
    const char c = head[k];
    if (!(IsUpper(c) || IsDigit(c) || c == '(' || static_cast<unsigned char>(c) >= 0x80)) return;
    while (k < head.size() && head[k] != ' ') ++k;
  }
  text->erase(i, after - i);
}

// Removes wiki and link markup in one pass.
std::string StripMarkup(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    // Most characters open no markup: copied as they are.
    const char c = s[i];
    if (c != 'l' && c != '[' && c != '{' && c != '<' && c != '\'') {
      out.push_back(c);
      ++i;
      continue;
    }
    // link:18887509:UK parliament debated# -> UK parliament debated
    if (s.compare(i, 5, "link:") == 0) {
      size_t j = i + 5;
      while (j < s.size() && IsDigit(s[j])) ++j;
      if (j > i + 5 && j < s.size() && s[j] == ':') {
        size_t hash = s.find('#', j + 1);
        size_t nl = s.find('\n', j + 1);
        if (hash != std::string_view::npos && (nl == std::string_view::npos || hash < nl) && hash - j < 400) {
          out.append(s.substr(j + 1, hash - j - 1));
          i = hash + 1;
          continue;
        }
      }
    }
    // [[target|label]] -> label; [[target]] -> target
    if (s.compare(i, 2, "[[") == 0) {
      size_t close = s.find("]]", i + 2);
      if (close != std::string_view::npos && close - i < 300) {
        std::string_view inner = s.substr(i + 2, close - i - 2);
        size_t bar = inner.rfind('|');
        std::string_view label = bar == std::string_view::npos ? inner : inner.substr(bar + 1);
        if (label.find(':') == std::string_view::npos) out.append(label);  // drop [[File:...]], [[Category:...]]
        i = close + 2;
        continue;
      }
    }
    // {{template}} -> nothing
    if (s.compare(i, 2, "{{") == 0) {
      size_t close = s.find("}}", i + 2);
      if (close != std::string_view::npos && close - i < 600) {
        i = close + 2;
        continue;
      }
    }
    // <ref>...</ref>: a footnote -> nothing
    if (s.compare(i, 4, "<ref") == 0) {
      size_t end = s.find("</ref>", i);
      size_t nl = s.find('\n', i);
      if (end != std::string_view::npos && (nl == std::string_view::npos || end < nl)) {
        i = end + 6;
        continue;
      }
    }
    // <noinclude>, <br/>: markup tags -> nothing
    if (s[i] == '<' && i + 1 < s.size() && (IsAlpha(s[i + 1]) || s[i + 1] == '/')) {
      size_t close = s.find('>', i);
      if (close != std::string_view::npos && close - i <= 40 &&
          s.substr(i, close - i).find('<', 1) == std::string_view::npos) {
        i = close + 1;
        continue;
      }
    }
    // ''' and '' (wiki emphasis) -> nothing
    if (s.compare(i, 2, "''") == 0) {
      i += s.compare(i, 3, "'''") == 0 ? 3 : 2;
      continue;
    }
    // [http://example.org label] -> label
    if (s[i] == '[' && (s.compare(i + 1, 7, "http://") == 0 || s.compare(i + 1, 8, "https://") == 0)) {
      size_t close = s.find(']', i);
      if (close != std::string_view::npos && close - i < 500) {
        std::string_view inner = s.substr(i + 1, close - i - 1);
        size_t sp = inner.find(' ');
        if (sp != std::string_view::npos) out.append(inner.substr(sp + 1));
        i = close + 1;
        continue;
      }
    }
    out.push_back(s[i]);
    ++i;
  }
  return out;
}

}  // namespace

std::string CleanText(std::string_view raw) {
  // 1. Normalize characters: Unicode punctuation to ASCII, control characters
  //    to spaces, CRLF to LF.
  std::string norm;
  norm.reserve(raw.size());
  for (size_t i = 0; i < raw.size();) {
    // Printable ASCII, line breaks and tabs, the bulk of any text, are copied a run at a time.
    size_t run = i;
    while (run < raw.size() && ((raw[run] >= 0x20 && raw[run] < 0x7f) || raw[run] == '\n' || raw[run] == '\t')) ++run;
    norm.append(raw.substr(i, run - i));
    i = run;
    if (i == raw.size()) break;
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c >= 0x80) {
      bool replaced = false;
      for (const auto& r : kReplacements) {
        const size_t n = r.from.size();
        if (raw.compare(i, n, r.from) == 0) {
          norm.append(r.to);
          i += n;
          replaced = true;
          break;
        }
      }
      if (!replaced) norm.push_back(raw[i++]);
      continue;
    }
    if (c == '\r') {
      ++i;
      continue;
    }
    if (c < 0x20 && c != '\n' && c != '\t') c = ' ';
    if (c == 0x7f) c = ' ';
    norm.push_back(static_cast<char>(c));
    ++i;
  }
  std::string text = StripMarkup(DecodeEntities(norm));
  text = InlineWikiSections(text);
  StripDateline(&text);

  // 2. Line by line: stop at end markers, drop furniture, collapse spaces.
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  std::string collapsed;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line(text.data() + pos, (nl == std::string::npos ? text.size() : nl) - pos);
    pos = nl == std::string::npos ? text.size() : nl + 1;
    if (IsEndMarker(line)) break;
    if (IsFurniture(line) || IsWikiHeading(line)) continue;
    collapsed.clear();
    bool space = false;
    for (char c : line) {
      if (IsSpace(c)) {
        space = !collapsed.empty();
        continue;
      }
      if (space) collapsed.push_back(' ');
      space = false;
      collapsed.push_back(c);
    }
    if (collapsed.empty()) continue;
    JoinSplitSuffixes(&collapsed);
    if (!out.empty()) out.push_back('\n');
    out.append(collapsed);
  }
  return out;
}

namespace {

// Words after which a period does not end a sentence.
bool IsAbbreviation(std::string_view word) {
  static constexpr std::string_view kAbbrev[] = {
      "mr",  "mrs",  "ms",  "dr",  "prof", "gen",    "lt",  "col", "maj", "capt", "cmdr", "adm", "sgt",
      "cpl", "pvt",  "sen", "rep", "gov",  "pres",   "amb", "rev", "st",  "jr",   "sr",   "no",  "vs",
      "etc", "inc",  "ltd", "co",  "corp", "dept",   "jan", "feb", "mar", "apr",  "jun",  "jul", "aug",
      "sep", "sept", "oct", "nov", "dec",  "approx", "est", "fig", "mt",  "ft",   "sq"};
  // Single initials (John F. Kennedy) and dotted acronyms (U.S.A, U.S, e.g).
  if (word.find('.') != std::string_view::npos) return true;
  if (word.size() == 1) return IsAlpha(word[0]);
  char lower[6];
  if (word.size() > sizeof lower) return false;
  for (size_t i = 0; i < word.size(); ++i)
    lower[i] = IsUpper(word[i]) ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
  const std::string_view w(lower, word.size());
  for (std::string_view a : kAbbrev)
    if (w == a) return true;
  return false;
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> out;
  auto emit = [&](size_t b, size_t e) {
    while (b < e && (IsSpace(text[b]) || text[b] == '\n')) ++b;
    while (e > b && (IsSpace(text[e - 1]) || text[e - 1] == '\n')) --e;
    if (e > b) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  };
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      emit(start, i);
      start = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    // Closing quotes and brackets stay with the sentence.
    size_t j = i + 1;
    while (j < text.size() &&
           (text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == '.' || text[j] == '!' || text[j] == '?'))
      ++j;
    if (j >= text.size()) break;
    if (!IsSpace(text[j]) && text[j] != '\n') continue;
    size_t k = j;
    while (k < text.size() && IsSpace(text[k])) ++k;
    if (k >= text.size()) break;
    char next = text[k];
    bool starts_sentence = IsUpper(next) || IsDigit(next) || next == '"' || next == '\'' || next == '(' ||
                           static_cast<unsigned char>(next) >= 0x80 || next == '\n';
    if (!starts_sentence) continue;
    if (c == '.') {
      // The word before the period.
      size_t w = i;
      while (w > start && !IsSpace(text[w - 1]) && text[w - 1] != '\n' && text[w - 1] != '(' && text[w - 1] != '"') --w;
      std::string_view word = text.substr(w, i - w);
      if (IsAbbreviation(word)) continue;
    }
    emit(start, j);
    start = j;
  }
  emit(start, text.size());
  return out;
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  Tokenize(s, &out);
  return out;
}

void Tokenize(std::string_view s, std::vector<Token>* tokens) {
  // Tokens already in *tokens are overwritten in place, keeping their strings' memory.
  std::vector<Token>& out = *tokens;
  size_t count = 0;
  auto push = [&](size_t b, size_t e) {
    Token& t = count < out.size() ? out[count] : out.emplace_back();
    ++count;
    t.lower.clear();
    t.capitalized = false;
    t.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    std::string_view w = s.substr(b, e - b);
    bool ascii = true;
    bool has_alpha = false, all_upper = true;
    for (char c : w) {
      unsigned char u = static_cast<unsigned char>(c);
      if (u >= 0x80) ascii = false;
      if (IsAlpha(c)) {
        has_alpha = true;
        if (!IsUpper(c)) all_upper = false;
      }
    }
    if (ascii) {
      t.lower.assign(w);
      for (char& c : t.lower)
        if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
    } else {
      // Unicode lowercase, code point by code point.
      const auto* p = reinterpret_cast<const uint8_t*>(w.data());
      int32_t i = 0, n = static_cast<int32_t>(w.size());
      t.lower.reserve(w.size());
      while (i < n) {
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c < 0) continue;
        if (u_isalpha(c)) {
          has_alpha = true;
          if (!u_isupper(c)) all_upper = false;
        }
        c = u_tolower(c);
        char buf[4];
        int32_t len = 0;
        UBool err = false;
        U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, err);
        if (!err) t.lower.append(buf, static_cast<size_t>(len));
      }
    }
    if (!w.empty()) {
      unsigned char f = static_cast<unsigned char>(w[0]);
      t.capitalized = IsUpper(w[0]) || (f >= 0x80 && all_upper && has_alpha);
    }
    t.all_caps = has_alpha && all_upper;
  };
  auto last = [&]() -> Token& { return out[count - 1]; };

  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    char c = s[i];
    // An underscore joins words in dictionaries ("Dol_Amroth"); in text it
    // separates them the same way.
    if (IsSpace(c) || c == '\n' || c == '_') {
      ++i;
      continue;
    }
    if (!IsAlnum(c)) {
      // "'s" possessive at a word start after a space is still punctuation.
      push(i, i + 1);
      ++i;
      continue;
    }
    size_t b = i;
    while (i < n) {
      char d = s[i];
      if (IsAlnum(d)) {
        ++i;
        continue;
      }
      // Inner hyphens, periods (U.S.), ampersands (AT&T) and digits' separators.
      if ((d == '-' || d == '.' || d == '&' || d == ',' || d == '/') && i + 1 < n && IsAlnum(s[i + 1])) {
        if (d == ',' && !(IsDigit(s[i - 1]) && IsDigit(s[i + 1]))) break;
        if (d == '.' && !(IsAlpha(s[i + 1]) || IsDigit(s[i + 1]))) break;
        ++i;
        continue;
      }
      break;
    }
    size_t e = i;
    // A final period belongs to abbreviations ("U.S.", "Gen.").
    if (i < n && s[i] == '.' && IsAbbreviation(s.substr(b, e - b)) && s.substr(b, e - b).size() <= 5) {
      ++i;
      e = i;
      // ... and "-led", "-backed" and the like after it are one word with
      // it ("U.N.-backed", "U.S.-led"), as in "US-backed".
      if (i + 1 < n && s[i] == '-') {
        static constexpr std::array<std::string_view, 8> kLedBacked = {"led",      "backed", "supported", "sponsored",
                                                                       "brokered", "funded", "trained",   "allied"};
        size_t j = i + 1;
        while (j < n && IsAlpha(s[j])) ++j;
        const std::string suffix = LowerAscii(s.substr(i + 1, j - i - 1));
        if (std::find(kLedBacked.begin(), kLedBacked.end(), suffix) != kLedBacked.end()) {
          i = j;
          e = i;
        }
      }
    }
    // Apostrophes: possessive 's, plural possessive ', and n't.
    if (e - b >= 2 && LowerAscii(s.substr(e - 1, 1)) == "n" && i + 1 < n && s[i] == '\'' &&
        (s[i + 1] == 't' || s[i + 1] == 'T')) {
      push(b, e - 1);
      push(e - 1, i + 2);
      last().lower = "n't";
      i += 2;
      continue;
    }
    push(b, e);
    if (i < n && s[i] == '\'') {
      if (i + 1 < n && (s[i + 1] == 's' || s[i + 1] == 'S') && (i + 2 >= n || !IsAlnum(s[i + 2]))) {
        push(i, i + 2);
        last().lower = "'s";
        i += 2;
      } else if (i + 1 < n && IsAlnum(s[i + 1]) &&
                 (s[i + 1] == 'l' || s[i + 1] == 'v' || s[i + 1] == 'r' || s[i + 1] == 'd' || s[i + 1] == 'm')) {
        // we'll, we've, they're, I'd, I'm: keep as one word token.
        size_t j = i + 1;
        while (j < n && IsAlnum(s[j])) ++j;
        last().span.end = static_cast<uint32_t>(j);
        last().lower = LowerAscii(s.substr(b, j - b));
        i = j;
      }
    }
  }
  out.resize(count);
}

}  // namespace geokg::extract
