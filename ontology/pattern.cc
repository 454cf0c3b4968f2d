// Verb pattern strings ("* down + [190]") and regular verb inflection.
#include <cctype>

#include "ontology/ontology.h"

namespace geokg::ontology {

namespace {
std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}
bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
}  // namespace

int VerbPattern::verb_index() const {
  for (size_t i = 0; i < elements.size(); ++i)
    if (elements[i].kind == PatternElement::Kind::kVerb) return static_cast<int>(i);
  return -1;
}

CodePriority TakePriorityMark(std::string* code) {
  if (code->empty()) return CodePriority::kNormal;
  const char last = code->back();
  if (last != '?' && last != '!') return CodePriority::kNormal;
  code->pop_back();
  return last == '?' ? CodePriority::kSubordinate : CodePriority::kDominant;
}

const char* PriorityMark(CodePriority p) {
  switch (p) {
    case CodePriority::kSubordinate:
      return "?";
    case CodePriority::kDominant:
      return "!";
    case CodePriority::kNormal:
      break;
  }
  return "";
}

Result<VerbPattern> ParsePattern(std::string_view text) {
  VerbPattern p;
  p.text = std::string(text);
  std::string_view body = text;
  // Trailing "[code]"; a paired "[a:b]" gives the event source -> target the
  // code a and the event target -> source the code b.
  size_t open = body.rfind('[');
  if (open == std::string_view::npos || body.find(']', open) == std::string_view::npos)
    return Status::InvalidArgument("pattern '" + std::string(text) + "' has no [code] at its end");
  std::string_view code = body.substr(open + 1, body.find(']', open) - open - 1);
  std::string_view paired;
  if (size_t colon = code.find(':'); colon != std::string_view::npos) {
    paired = code.substr(colon + 1);
    code = code.substr(0, colon);
  }
  auto trim = [](std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
  };
  p.code = std::string(trim(code));
  p.priority = TakePriorityMark(&p.code);
  p.paired_code = std::string(trim(paired));
  if (p.code.empty()) return Status::InvalidArgument("pattern '" + std::string(text) + "' has an empty code");
  body = body.substr(0, open);

  int verbs = 0;
  size_t i = 0;
  while (i < body.size()) {
    while (i < body.size() && std::isspace(static_cast<unsigned char>(body[i]))) ++i;
    if (i >= body.size()) break;
    size_t j = i;
    while (j < body.size() && !std::isspace(static_cast<unsigned char>(body[j]))) ++j;
    std::string_view tok = body.substr(i, j - i);
    i = j;
    // A token may be a chain "a_b_*" of words and slots joined without gaps.
    size_t start = 0;
    while (start <= tok.size()) {
      size_t us = tok.find('_', start);
      // A synset name runs on through '_' followed by a capital or digit:
      // "&MIL_ACTION" is one name, "&TIES_relations" a synset and a word.
      if (start < tok.size() && tok[start] == '&')
        while (us != std::string_view::npos && us + 1 < tok.size() &&
               (std::isupper(static_cast<unsigned char>(tok[us + 1])) ||
                std::isdigit(static_cast<unsigned char>(tok[us + 1]))))
          us = tok.find('_', us + 1);
      std::string_view part = tok.substr(start, us == std::string_view::npos ? std::string_view::npos : us - start);
      bool joined = us != std::string_view::npos && us + 1 < tok.size();
      const bool whole = us != std::string_view::npos && us + 1 == tok.size();
      if (!part.empty()) {
        PatternElement e;
        if (part == "*") {
          e.kind = PatternElement::Kind::kVerb;
          ++verbs;
        } else if (part == "+") {
          e.kind = PatternElement::Kind::kTarget;
        } else if (part == "$") {
          e.kind = PatternElement::Kind::kSource;
        } else if (part[0] == '&') {
          e.kind = PatternElement::Kind::kSynset;
          e.synset = std::string(part.substr(1));
          if (e.synset.empty())
            return Status::InvalidArgument("pattern '" + std::string(text) + "': '&' without a synset name");
        } else if (part == "%" && verbs == 1) {
          e.kind = PatternElement::Kind::kCompound;
        } else if (part == "%") {
          p.compound = true;  // not an element: it says who the subject is
          start = us == std::string_view::npos ? tok.size() + 1 : us + 1;
          continue;
        } else if (part == "^") {
          e.kind = PatternElement::Kind::kSkip;
        } else if (part == "{" || part == "}" || part == "(" || part == ")") {
          // TABARI/PETRARCH markers with no meaning here: skip.
          start = us == std::string_view::npos ? tok.size() + 1 : us + 1;
          continue;
        } else {
          e.kind = PatternElement::Kind::kWords;
          e.words.push_back(Lower(part));
        }
        // Consecutive plain words joined by '_' form one element.
        if (e.kind == PatternElement::Kind::kWords && !p.elements.empty() &&
            p.elements.back().kind == PatternElement::Kind::kWords && p.elements.back().joined_to_next) {
          p.elements.back().words.push_back(e.words[0]);
          p.elements.back().joined_to_next = joined;
          p.elements.back().whole_word = whole;
        } else {
          e.joined_to_next = joined;
          e.whole_word = whole && e.kind == PatternElement::Kind::kWords;
          p.elements.push_back(std::move(e));
        }
      }
      if (us == std::string_view::npos) break;
      start = us + 1;
    }
  }
  if (verbs != 1)
    return Status::InvalidArgument("pattern '" + std::string(text) + "' must have exactly one '*' (the verb), has " +
                                   std::to_string(verbs));
  return p;
}

std::vector<std::string> RegularForms(std::string_view lemma) {
  // The head is the first word; the rest ("up" in "step up") follows unchanged.
  std::string l = Lower(lemma);
  size_t sp = l.find(' ');
  std::string head = l.substr(0, sp);
  std::string rest = sp == std::string::npos ? "" : l.substr(sp);
  std::vector<std::string> out;
  if (head.empty()) return out;
  char last = head.back();
  char prev = head.size() >= 2 ? head[head.size() - 2] : ' ';
  std::string s, ed, ing;
  if (last == 'y' && !IsVowel(prev)) {
    s = head.substr(0, head.size() - 1) + "ies";
    ed = head.substr(0, head.size() - 1) + "ied";
    ing = head + "ing";
  } else if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 's' || prev == 'c')) || last == 'o') {
    s = head + "es";
    ed = head + "ed";
    ing = head + "ing";
  } else {
    s = head + "s";
    ed = last == 'e' ? head + "d" : head + "ed";
    ing = (last == 'e' && prev != 'e' && head.size() > 2) ? head.substr(0, head.size() - 1) + "ing" : head + "ing";
  }
  for (auto* f : {&s, &ed, &ing}) out.push_back(*f + rest);
  // A final consonant after one vowel may double: "regretted", "banned",
  // "stopping". Where English does not double ("visitted"), the extra form
  // never occurs in text and costs nothing.
  const char before_vowel = head.size() >= 3 ? head[head.size() - 3] : 'a';
  if (head.size() >= 3 && std::string_view("bdglmnprtv").find(last) != std::string_view::npos && IsVowel(prev) &&
      !IsVowel(before_vowel)) {
    out.push_back(head + last + "ed" + rest);
    out.push_back(head + last + "ing" + rest);
  }
  return out;
}

}  // namespace geokg::ontology
