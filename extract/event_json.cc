// The event record as JSON and TSV.
#include <nlohmann/json.hpp>

#include "extract/extract.h"

namespace geokg::extract {

std::string EventToJson(const Event& e) {
  nlohmann::ordered_json j;
  j["doc"] = e.doc;
  j["sentence"] = e.sentence;
  j["date"] = e.date;
  j["source"] = e.source.empty() ? "---" : e.source;
  j["target"] = e.target.empty() ? "---" : e.target;
  j["code"] = e.code;
  j["root"] = e.root;
  j["quad"] = e.quad;
  j["goldstein"] = e.goldstein;
  j["text"] = e.text;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<Event> EventFromJson(std::string_view line) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& ex) {
    return Status::InvalidArgument(std::string("malformed JSON: ") + ex.what());
  }
  if (!j.is_object()) return Status::InvalidArgument("expected a JSON object");
  Event e;
  auto str = [&](const char* k, std::string* out, bool required) -> Status {
    auto it = j.find(k);
    if (it == j.end()) return required ? Status::InvalidArgument(std::string("missing \"") + k + "\"") : Status::OK();
    if (!it->is_string()) return Status::InvalidArgument(std::string("\"") + k + "\" must be a string");
    *out = it->get<std::string>();
    return Status::OK();
  };
  GEOKG_RETURN_IF_ERROR(str("doc", &e.doc, true));
  GEOKG_RETURN_IF_ERROR(str("date", &e.date, false));
  GEOKG_RETURN_IF_ERROR(str("source", &e.source, true));
  GEOKG_RETURN_IF_ERROR(str("target", &e.target, true));
  GEOKG_RETURN_IF_ERROR(str("code", &e.code, true));
  GEOKG_RETURN_IF_ERROR(str("root", &e.root, false));
  GEOKG_RETURN_IF_ERROR(str("text", &e.text, false));
  if (auto it = j.find("sentence"); it != j.end() && it->is_number_integer()) e.sentence = it->get<int>();
  if (auto it = j.find("quad"); it != j.end() && it->is_number_integer()) e.quad = it->get<int>();
  if (auto it = j.find("goldstein"); it != j.end() && it->is_number()) e.goldstein = it->get<double>();
  if (e.root.empty()) e.root = e.code.substr(0, 2);
  return e;
}

std::string TsvHeader() { return "doc\tsentence\tdate\tsource\ttarget\tcode\troot\tquad\tgoldstein\ttext"; }

std::string EventToTsv(const Event& e) {
  std::string text = e.text;
  for (char& c : text)
    if (c == '\t' || c == '\n') c = ' ';
  char g[32];
  std::snprintf(g, sizeof g, "%.1f", e.goldstein);
  return e.doc + "\t" + std::to_string(e.sentence) + "\t" + e.date + "\t" + (e.source.empty() ? "---" : e.source) +
         "\t" + (e.target.empty() ? "---" : e.target) + "\t" + e.code + "\t" + e.root + "\t" +
         std::to_string(e.quad) + "\t" + g + "\t" + text;
}

}  // namespace geokg::extract
