// Reading article collections: .txt files with headers, JSON Lines, stdin.
#include <algorithm>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <system_error>

#include <nlohmann/json.hpp>
#include <unicode/utf8.h>

#include "extract/extract.h"

namespace geokg::extract {

namespace fs = std::filesystem;

namespace {

// Index of the first invalid UTF-8 byte, or npos.
size_t FindInvalidUtf8(std::string_view s) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return static_cast<size_t>(at);
  }
  return std::string_view::npos;
}

bool LooksBinary(std::string_view s) {
  size_t probe = std::min<size_t>(s.size(), 8192);
  return std::memchr(s.data(), '\0', probe) != nullptr;
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

bool ReadFile(const fs::path& p, std::string* out) {
  std::ifstream f(p, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  if (f.bad()) return false;
  *out = std::move(ss).str();
  return true;
}

int LineOf(std::string_view s, size_t offset) {
  return 1 + static_cast<int>(std::count(s.begin(), s.begin() + std::min(offset, s.size()), '\n'));
}

// Reads JSON Lines from a stream, one line at a time: memory stays bounded
// by the longest line, whatever the size of the file.
void ReadJsonLines(std::istream& in, const std::string& name, const ArticleSink& on_article,
                   const ProblemSink& on_problem) {
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (Trim(line).empty()) continue;
    std::string where = name + ":" + std::to_string(line_no);
    if (line.find('\0') != std::string::npos) {
      on_problem({where, "binary data (NUL bytes), expected a JSON object; record skipped"});
      continue;
    }
    if (size_t bad = FindInvalidUtf8(line); bad != std::string_view::npos) {
      on_problem({where, "invalid UTF-8 at byte " + std::to_string(bad + 1) + " of the line; record skipped"});
      continue;
    }
    auto a = ParseJsonArticle(line, where);
    if (!a.ok()) {
      on_problem({where, a.status().message()});
      continue;
    }
    on_article(std::move(a).value());
  }
}

void ReadOne(const fs::path& path, const std::string& name, std::string_view content, bool jsonl,
             const ArticleSink& on_article, const ProblemSink& on_problem) {
  if (LooksBinary(content)) {
    on_problem({name, "binary file (NUL bytes), expected UTF-8 text; skipped"});
    return;
  }
  if (jsonl) {
    std::istringstream in{std::string(content)};
    ReadJsonLines(in, name, on_article, on_problem);
    return;
  }
  if (size_t bad = FindInvalidUtf8(content); bad != std::string_view::npos) {
    on_problem({name + ":" + std::to_string(LineOf(content, bad)), "invalid UTF-8, expected UTF-8 text; skipped"});
    return;
  }
  auto a = ParseTextArticle(content, path.empty() ? name : path.string());
  if (!a.ok()) {
    on_problem({name, a.status().message()});
    return;
  }
  on_article(std::move(a).value());
}

bool IsArticleFile(const fs::path& p) {
  auto ext = p.extension().string();
  return ext == ".txt" || ext == ".jsonl" || ext == ".json";
}

}  // namespace

Result<Article> ParseTextArticle(std::string_view content, const std::string& path) {
  Article a;
  a.origin = path;
  a.id = fs::path(path).stem().string();
  // Header lines "Key: value" up to the first blank line, when every line
  // before it is such a header.
  size_t pos = 0;
  std::vector<std::pair<std::string, std::string>> headers;
  bool has_headers = true;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    std::string t = Trim(line);
    if (t.empty()) {
      pos = nl == std::string_view::npos ? content.size() : nl + 1;
      break;
    }
    size_t colon = t.find(':');
    std::string key = colon == std::string::npos ? "" : t.substr(0, colon);
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
    if (key != "title" && key != "date" && key != "source" && key != "url" && key != "id") {
      has_headers = false;
      break;
    }
    headers.emplace_back(key, Trim(t.substr(colon + 1)));
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
  }
  if (has_headers && !headers.empty()) {
    for (auto& [k, v] : headers) {
      if (k == "title") a.title = v;
      else if (k == "date") a.date = v;
      else if (k == "source") a.source = v;
      else if (k == "url") a.url = v;
      else if (k == "id" && !v.empty()) a.id = v;
    }
    a.text = std::string(content.substr(pos));
  } else {
    a.text = std::string(content);
  }
  if (Trim(a.text).empty()) return Status::InvalidArgument("empty article (no text after the headers); skipped");
  if (!a.date.empty() && !ParseDay(a.date))
    return Status::InvalidArgument("Date '" + a.date + "' is not a date, expected YYYY-MM-DD; skipped");
  return a;
}

Result<Article> ParseJsonArticle(std::string_view line, const std::string& where) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    return Status::InvalidArgument(std::string("malformed JSON (") + e.what() +
                                   "), expected one object {\"id\",\"title\",\"date\",\"source\",\"url\",\"text\"} "
                                   "per line; skipped");
  }
  if (!j.is_object()) return Status::InvalidArgument("expected a JSON object per line; skipped");
  Article a;
  a.origin = where;
  auto get = [&](const char* key, std::string* out) -> Status {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return Status::OK();
    if (it->is_string()) *out = it->get<std::string>();
    else if (it->is_number() && std::string(key) == "id") *out = it->dump();
    else return Status::InvalidArgument(std::string("\"") + key + "\" must be a string; skipped");
    return Status::OK();
  };
  for (auto [key, out] : {std::pair{"id", &a.id}, {"title", &a.title}, {"date", &a.date}, {"source", &a.source},
                          {"url", &a.url}, {"text", &a.text}}) {
    GEOKG_RETURN_IF_ERROR(get(key, out));
  }
  if (a.id.empty()) return Status::InvalidArgument("record has no \"id\"; skipped");
  if (Trim(a.text).empty()) return Status::InvalidArgument("article '" + a.id + "' has no \"text\"; skipped");
  if (!a.date.empty() && !ParseDay(a.date))
    return Status::InvalidArgument("article '" + a.id + "': \"date\" '" + a.date + "' is not YYYY-MM-DD; skipped");
  return a;
}

Status ReadArticles(const std::vector<std::string>& paths, const ArticleSink& on_article,
                    const ProblemSink& on_problem) {
  Status missing;
  for (const std::string& arg : paths) {
    if (arg == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      std::string content = std::move(ss).str();
      size_t first = content.find_first_not_of(" \t\r\n");
      bool jsonl = first != std::string::npos && content[first] == '{';
      ReadOne({}, "<stdin>", content, jsonl, on_article, on_problem);
      continue;
    }
    fs::path p(arg);
    std::error_code ec;
    if (!fs::exists(p, ec)) {
      on_problem({arg, "no such file or directory"});
      if (missing.ok()) missing = Status::NotFound(arg + ": no such file or directory");
      continue;
    }
    std::vector<fs::path> files;
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && IsArticleFile(it->path())) files.push_back(it->path());
      }
      if (ec) on_problem({arg, "cannot list directory: " + ec.message()});
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(p);
    }
    for (const fs::path& f : files) {
      auto ext = f.extension().string();
      if (ext == ".jsonl" || ext == ".json") {
        std::ifstream in(f, std::ios::binary);
        char probe[8192];
        in.read(probe, sizeof probe);
        if (!in && !in.eof()) {
          on_problem({f.string(), "cannot read file (permission denied or I/O error); skipped"});
          continue;
        }
        if (LooksBinary(std::string_view(probe, static_cast<size_t>(in.gcount())))) {
          on_problem({f.string(), "binary file (NUL bytes), expected UTF-8 text; skipped"});
          continue;
        }
        in.clear();
        in.seekg(0);
        ReadJsonLines(in, f.string(), on_article, on_problem);
        continue;
      }
      std::string content;
      if (!ReadFile(f, &content)) {
        on_problem({f.string(), "cannot read file (permission denied or I/O error); skipped"});
        continue;
      }
      ReadOne(f, f.string(), content, false, on_article, on_problem);
    }
  }
  return missing;
}

}  // namespace geokg::extract
