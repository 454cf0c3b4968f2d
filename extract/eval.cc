// Validation records (PETRARCH XML, TABARI text) and scoring against them.
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <cctype>
#include <sstream>

#include "extract/extract.h"

namespace geokg::extract {

namespace {

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::string Attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return Trim(s);
}

std::string Content(xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  if (!v) return "";
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  // Join the record's lines into one text.
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return Trim(s);
}

bool Is(xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

Result<std::vector<EvalRecord>> ReadPetrarch(const std::string& path) {
  xmlDoc* doc = xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) {
    const xmlError* e = xmlGetLastError();
    return Status::InvalidArgument(path + ":" + std::to_string(e ? e->line : 0) + ": malformed XML" +
                                   (e && e->message ? std::string(": ") + Trim(e->message) : ""));
  }
  std::vector<EvalRecord> out;
  std::vector<xmlNode*> stack{xmlDocGetRootElement(doc)};
  while (!stack.empty()) {
    xmlNode* n = stack.back();
    stack.pop_back();
    if (!n) continue;
    if (Is(n, "Sentence")) {
      EvalRecord r;
      r.id = Attr(n, "id");
      r.category = Attr(n, "category");
      auto day = ParseDay(Attr(n, "date"));
      r.date = day ? FormatDay(*day) : "";
      r.where = path + ":" + std::to_string(xmlGetLineNo(n));
      for (xmlNode* c = n->children; c; c = c->next) {
        if (Is(c, "Text")) r.text = Content(c);
        if (Is(c, "EventCoding") && Attr(c, "noevents").empty()) {
          ExpectedEvent e{Attr(c, "sourcecode"), Attr(c, "targetcode"), Attr(c, "eventcode")};
          if (!e.code.empty()) r.expected.push_back(std::move(e));
        }
      }
      if (!r.text.empty()) out.push_back(std::move(r));
      continue;
    }
    // Depth-first, in document order.
    std::vector<xmlNode*> children;
    for (xmlNode* c = n->children; c; c = c->next) children.push_back(c);
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
  }
  xmlFreeDoc(doc);
  return out;
}

// "950101  DEMO-01": a six-digit date, spaces, an id, nothing else.
bool ParseHeader(const std::string& line, std::string* date, std::string* id) {
  if (line.size() < 8) return false;
  for (int i = 0; i < 6; ++i)
    if (!std::isdigit(static_cast<unsigned char>(line[i]))) return false;
  if (line[6] != ' ' && line[6] != '\t') return false;
  std::string rest = Trim(line.substr(6));
  if (rest.empty() || rest.find_first_of(" \t") != std::string::npos) return false;
  *date = line.substr(0, 6);
  *id = rest;
  return true;
}

// "\n{ ARN / GON / 064 } 950101" or "075A": an expected event; "-{...}" is disabled
// in the suite and "{ OPTION: ... }", "{---}", "{+++}", "{###}" are not events.
bool ParseExpected(const std::string& line, ExpectedEvent* e) {
  size_t open = line.find('{');
  if (open == std::string::npos || (open > 0 && line[open - 1] == '-')) return false;
  size_t close = line.find('}', open);
  if (close == std::string::npos) return false;
  std::string inner = line.substr(open + 1, close - open - 1);
  size_t a = inner.find('/');
  size_t b = a == std::string::npos ? a : inner.find('/', a + 1);
  if (b == std::string::npos) return false;
  e->source = Trim(inner.substr(0, a));
  e->target = Trim(inner.substr(a + 1, b - a - 1));
  e->code = Trim(inner.substr(b + 1));
  // CAMEO codes; TABARI's suite also uses private ones with letters ("075A").
  if (e->code.size() < 2 || e->code.size() > 4 || !std::isdigit(static_cast<unsigned char>(e->code[0])) ||
      e->code.find_first_not_of("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos)
    return false;
  return true;
}

// The code in brackets after `key` in an option line: "SOURCE [DEFSRC]" -> "DEFSRC".
std::string BracketAfter(const std::string& line, const std::string& key) {
  size_t k = line.find(key);
  if (k == std::string::npos) return "";
  size_t open = line.find('[', k), close = line.find(']', k);
  if (open == std::string::npos || close == std::string::npos || close < open) return "";
  return Trim(line.substr(open + 1, close - open - 1));
}

// Applies one "{ OPTION: ... }" line to the rules of the records after it;
// options the coder has no counterpart for (OUTPUT, ...) are ignored.
void ApplyOption(const std::string& line, CodingRules* s) {
  std::string u = line;
  for (char& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (u.find("DEFAULT:") != std::string::npos) {
    if (u.find(" OFF") != std::string::npos) {
      s->default_source.clear();
      s->default_target.clear();
      s->default_source_prior = s->default_target_after = true;
      return;
    }
    s->default_source = BracketAfter(u, "SOURCE");
    s->default_target = BracketAfter(u, "TARGET");
    size_t t = u.find("TARGET");
    s->default_source_prior = u.find("PRIOR") != std::string::npos && (t == std::string::npos || u.find("PRIOR") < t);
    s->default_target_after = t != std::string::npos && u.find("AFTER", t) != std::string::npos;
    return;
  }
  if (u.find("COMMA:") != std::string::npos) {
    CodingRules::CommaRule& c = s->comma;
    c.on = u.find(" OFF") == std::string::npos;
    // "COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8": keys not given keep their value.
    auto number_after = [&](const std::string& key, int* value) {
      for (size_t k = u.find(key); k != std::string::npos; k = u.find(key, k + 1)) {
        if (k > 0 && std::isalpha(static_cast<unsigned char>(u[k - 1]))) continue;  // "EMIN" is no "MIN"
        size_t eq = u.find_first_not_of(" ", k + key.size());
        if (eq == std::string::npos || u[eq] != '=') continue;
        *value = std::atoi(u.c_str() + eq + 1);
        return;
      }
    };
    number_after("MIN", &c.min);
    number_after("MAX", &c.max);
    number_after("EMIN", &c.end_min);
    number_after("EMAX", &c.end_max);
    number_after("BMIN", &c.begin_min);
    number_after("BMAX", &c.begin_max);
    return;
  }
  if (u.find("COMPLEX:") != std::string::npos) {
    // "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN": each line sets all three.
    auto bracket = [&](const std::string& key) { return std::atoi(BracketAfter(u, key).c_str()); };
    s->complex.verbs = u.find("VERBS[") != std::string::npos ? bracket("VERBS[") : 0;
    s->complex.conjunctions = u.find("CONJ[") != std::string::npos ? bracket("CONJ[") : 0;
    s->complex.no_actor_prior = u.find("NOACTPRIOR") != std::string::npos;
    return;
  }
  if (u.find("CODE BY SENTENCE") != std::string::npos) s->code_by = CodingRules::CodeBy::kSentence;
  if (u.find("CODE BY CLAUSE") != std::string::npos) s->code_by = CodingRules::CodeBy::kClause;
  if (u.find("CODE ALL") != std::string::npos) s->code_by = CodingRules::CodeBy::kAll;
  size_t eq = u.find('=');
  if (eq == std::string::npos) return;
  std::string value = Trim(u.substr(eq + 1));
  value = value.substr(0, value.find_first_of(" }"));
  if (u.find("CONVERT AGENT") != std::string::npos) s->convert_agents = value == "TRUE";
  if (u.find("MINIMUM WORDS") != std::string::npos) s->min_sentence_words = std::atoi(value.c_str());
}

Result<std::vector<EvalRecord>> ReadTabari(const std::string& path) {
  std::ifstream f(path);
  if (!f) return Status::IOError(path + ": cannot read");
  std::vector<EvalRecord> out;
  std::string line;
  int line_no = 0;
  EvalRecord cur;
  bool in_record = false, in_comment = false, option = false;
  bool forward = false;  // "{ OPTION: FORWARD: ... }" until "... OFF"
  CodingRules rules = TabariRules();  // under which the suites were coded
  // An options file beside the text, of the same name ending ".options"
  // ("Validate.options" for "Validate.text"), sets the rules the records
  // start from.
  std::filesystem::path options = std::filesystem::path(path).replace_extension(".options");
  if (std::ifstream of(options); of) {
    std::string option_line;
    while (std::getline(of, option_line)) {
      const std::string t = Trim(option_line);
      if (t.empty() || t.rfind("//", 0) == 0 || t[0] == '#') continue;
      ApplyOption(option_line, &rules);
    }
  }
  std::string dropped_warning;  // of a record left out, for the next one kept
  auto finish = [&] {
    // A record whose events are all left unchecked ("-{ ... }" alone) tests nothing.
    bool unchecked = cur.open_ended && cur.expected.empty();
    if (in_record && !option && !unchecked && !cur.text.empty()) {
      if (!dropped_warning.empty())
        cur.warning = dropped_warning + (cur.warning.empty() ? "" : "; " + cur.warning);
      dropped_warning.clear();
      out.push_back(cur);
    } else if (!cur.warning.empty()) {
      dropped_warning = "in record " + cur.id + " before it (" + cur.where + "): " + cur.warning;
    }
    cur = EvalRecord{};
    in_record = in_comment = option = false;
  };
  bool after_blank = false;  // the line before was blank
  while (std::getline(f, line)) {
    ++line_no;
    std::string date, id;
    const bool header = ParseHeader(line, &date, &id);
    // A record header after a blank line starts a new record even inside a
    // comment: the comment before it was not closed ("/*" typed for "*/").
    if (header && in_comment && after_blank) {
      cur.warning = "comment not closed before the next record at line " + std::to_string(line_no) +
                    "; taken to end there";
      in_comment = false;
    }
    after_blank = Trim(line).empty();
    if (!in_comment && header) {
      finish();
      in_record = true;
      auto day = ParseDay(date);
      cur.date = day ? FormatDay(*day) : "";
      cur.id = id;
      size_t dash = cur.id.find('-');
      cur.category = dash == std::string::npos ? cur.id : cur.id.substr(0, dash);
      cur.where = path + ":" + std::to_string(line_no);
      if (forward && cur.id.rfind('-') != std::string::npos) cur.story = cur.id.substr(0, cur.id.rfind('-'));
      cur.rules = rules;
      continue;
    }
    if (!in_record) continue;
    if (!in_comment) {
      size_t c = line.find("/*");
      std::string text = line.substr(0, c);
      if (!Trim(text).empty()) cur.text += (cur.text.empty() ? "" : " ") + Trim(text);
      if (c == std::string::npos) continue;
      in_comment = true;
      line = line.substr(c + 2);
    }
    if (line.find("OPTION:") != std::string::npos) {
      option = true;
      if (line.find("FORWARD:") != std::string::npos) forward = line.find(" OFF") == std::string::npos;
      ApplyOption(line, &rules);
    }
    // "-{ ... }": this and any further events are not checked.
    if (line.find("-{") != std::string::npos) cur.open_ended = true;
    ExpectedEvent e;
    if (!cur.open_ended && ParseExpected(line, &e)) cur.expected.push_back(std::move(e));
    if (line.find("*/") != std::string::npos) {
      in_comment = false;
      finish();
    }
  }
  finish();
  if (!dropped_warning.empty() && !out.empty())  // no record kept after it: the last one carries it
    out.back().warning += (out.back().warning.empty() ? "" : "; ") + dropped_warning;
  return out;
}

}  // namespace

CodingRules TabariRules() {
  CodingRules rules;
  rules.min_sentence_words = 8;
  rules.comma.on = true;
  rules.tabari_parse = true;
  rules.article_context = false;
  return rules;
}

Result<std::vector<EvalRecord>> ReadEvalRecords(const std::string& path) {
  std::ifstream f(path);
  if (!f) return Status::IOError(path + ": cannot read");
  std::string first;
  while (std::getline(f, first) && Trim(first).empty()) {
  }
  if (Trim(first).rfind("<", 0) == 0) return ReadPetrarch(path);
  return ReadTabari(path);
}

double EvalCounts::Precision() const {
  auto d = true_positives + false_positives;
  return d ? static_cast<double>(true_positives) / static_cast<double>(d) : 0;
}
double EvalCounts::Recall() const {
  auto d = true_positives + false_negatives;
  return d ? static_cast<double>(true_positives) / static_cast<double>(d) : 0;
}
double EvalCounts::F1() const {
  double p = Precision(), r = Recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

EvalReport Evaluate(const Coder& coder, const std::vector<EvalRecord>& records, std::vector<Event>* produced) {
  EvalReport report;
  std::map<std::string, EvalCounts> by;
  // A coder for each set of rules the records switch on, sharing `coder`'s dictionaries.
  std::vector<std::pair<CodingRules, std::unique_ptr<Coder>>> variants;
  auto coder_for = [&](const CodingRules& rules) -> const Coder& {
    if (rules == coder.options().rules) return coder;
    for (const auto& [r, c] : variants)
      if (r == rules) return *c;
    CoderOptions o = coder.options();
    o.rules = rules;
    variants.emplace_back(rules, coder.WithOptions(o));
    return *variants.back().second;
  };
  // Each record's events; the records of a story are coded together.
  std::vector<std::vector<Event>> coded(records.size());
  for (size_t i = 0; i < records.size();) {
    size_t end = i + 1;
    while (!records[i].story.empty() && end < records.size() && records[end].story == records[i].story) ++end;
    std::vector<Article> parts;
    for (size_t k = i; k < end; ++k) {
      const EvalRecord& r = records[k];
      parts.push_back({r.id, "", r.date, "", "", r.text, r.where});
    }
    std::vector<std::vector<Event>> events = coder_for(records[i].rules).CodeStory(parts);
    for (size_t k = i; k < end; ++k) coded[k] = std::move(events[k - i]);
    i = end;
  }
  for (size_t i = 0; i < records.size(); ++i) {
    const EvalRecord& r = records[i];
    std::vector<Event>& events = coded[i];
    std::multiset<std::string> want, got;
    for (const auto& e : r.expected) want.insert(e.source + "|" + e.target + "|" + e.code);
    for (const auto& e : events) got.insert(e.source + "|" + e.target + "|" + e.code);
    std::int64_t tp = 0;
    for (const auto& g : got) {
      auto it = want.find(g);
      if (it != want.end()) {
        ++tp;
        want.erase(it);
      }
    }
    EvalCounts c;
    c.records = 1;
    c.true_positives = tp;
    c.false_positives = r.open_ended ? 0 : static_cast<std::int64_t>(got.size()) - tp;
    c.false_negatives = static_cast<std::int64_t>(want.size());
    c.fully_correct = c.false_positives == 0 && c.false_negatives == 0;
    for (EvalCounts* t : {&report.total, &by[r.category]}) {
      t->records += c.records;
      t->fully_correct += c.fully_correct;
      t->true_positives += c.true_positives;
      t->false_positives += c.false_positives;
      t->false_negatives += c.false_negatives;
    }
    if (!c.fully_correct) report.misses.push_back({&r, events});
    if (produced) produced->insert(produced->end(), events.begin(), events.end());
  }
  report.by_category.assign(by.begin(), by.end());
  return report;
}

}  // namespace geokg::extract
