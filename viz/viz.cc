// DOT writing and in-process Graphviz rendering.
#include "viz/viz.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <cstdio>
#include <fstream>
#include <mutex>

namespace geokg::viz {

namespace {

// A DOT double-quoted string: quotes and backslashes escaped (so Graphviz's
// own \N \G \l escapes cannot be triggered), control characters dropped.
std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (u < 0x20 || u == 0x7f) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  out.push_back('"');
  return out;
}

// A node label wrapped onto lines of about 14 characters at spaces, each
// line quoted as Quote does, joined by DOT's centred line break.
std::string WrappedLabel(std::string_view label) {
  std::string out = "\"", line;
  auto flush = [&](bool last) {
    std::string quoted = Quote(line);
    out += quoted.substr(1, quoted.size() - 2);
    if (!last) out += "\\n";
    line.clear();
  };
  size_t i = 0;
  while (i < label.size()) {
    size_t sp = label.find(' ', i);
    std::string_view word = label.substr(i, sp == std::string_view::npos ? std::string_view::npos : sp - i);
    if (!line.empty() && line.size() + 1 + word.size() > 14) flush(false);
    if (!line.empty()) line += ' ';
    line += word;
    if (sp == std::string_view::npos) break;
    i = sp + 1;
  }
  flush(true);
  return out + "\"";
}

const char* QuadColour(int quad) {
  switch (quad) {
    case 1: return "#66bb6a";  // verbal cooperation: light green
    case 2: return "#1b5e20";  // material cooperation: dark green
    case 3: return "#ef5350";  // verbal conflict: light red
    case 4: return "#b71c1c";  // material conflict: dark red
  }
  return "#9e9e9e";
}

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

// Graphviz HTML-like label text: & < > " escaped.
std::string Html(std::string_view s) {
  std::string out;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else if (u < 0x20 || u == 0x7f) out += ' ';
    else out.push_back(c);
  }
  return out;
}

// The graph label: the title over a one-row legend of edge colours.
std::string TitleAndLegend(const DiagramOptions& options) {
  std::string t = "<table border=\"0\" cellspacing=\"4\">";
  if (!options.title.empty())
    t += "<tr><td colspan=\"8\"><font point-size=\"18\">" + Html(options.title) + "</font></td></tr>";
  if (options.legend) {
    t += "<tr>";
    for (int q = 1; q <= 4; ++q)
      t += "<td bgcolor=\"" + std::string(QuadColour(q)) + "\" width=\"24\"> </td><td align=\"left\">" +
           QuadName(q) + "</td>";
    t += "</tr><tr><td colspan=\"8\"><font point-size=\"11\">edge colour: most frequent kind of event, plain statements aside; "
         "width: events; node size: events</font></td></tr>";
  }
  return t + "</table>";
}

std::mutex graphviz_mutex;

}  // namespace

Result<Format> FormatOf(const std::filesystem::path& file) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".dot" || ext == ".gv") return Format::kDot;
  if (ext == ".svg") return Format::kSvg;
  if (ext == ".png") return Format::kPng;
  if (ext == ".pdf") return Format::kPdf;
  return Status::InvalidArgument("cannot tell the format of '" + file.string() +
                                 "': name it .svg, .png, .pdf or .dot");
}

std::string ToDot(const graph::ActorGraph& g, const DiagramOptions& options) {
  std::int64_t max_events = 1, max_edge = 1;
  for (const auto& n : g.nodes) max_events = std::max(max_events, n.events);
  for (const auto& e : g.edges) max_edge = std::max(max_edge, e.events);

  std::string out = "digraph geokg {\n";
  // Straight edges: Graphviz 2.43 crashes routing splines=true after overlap
  // removal (neato, sfdp), and curved or polyline routing takes seconds on
  // 60 nodes where straight lines take 0.1 s.
  out += "  graph [fontname=\"Helvetica\", fontsize=16, labelloc=t, overlap=false, splines=false, "
         "outputorder=edgesfirst, label=<" + TitleAndLegend(options) + ">];\n";
  out += "  node [fontname=\"Helvetica\", shape=ellipse, style=filled, fillcolor=\"#e3f2fd\", color=\"#1565c0\", "
         "fixedsize=false];\n";
  out += "  edge [fontname=\"Helvetica\", arrowsize=0.7];\n";
  for (const auto& n : g.nodes) {
    double scale = std::sqrt(static_cast<double>(n.events) / static_cast<double>(max_events));
    double font = 10 + 10 * scale;
    out += "  " + Quote(n.code) + " [label=" + WrappedLabel(n.label.empty() ? n.code : n.label) +
           ", fontsize=" + Fixed(font) + ", width=" + Fixed(0.4 + 1.2 * scale) +
           ", tooltip=" + Quote(n.code + ": " + std::to_string(n.events) + " events") +
           (n.code == options.highlight ? ", fillcolor=\"#ffe082\", penwidth=2.5" : "") + "];\n";
  }
  for (const auto& e : g.edges) {
    double scale = std::log1p(static_cast<double>(e.events)) / std::log1p(static_cast<double>(max_edge));
    std::string tip = g.nodes[e.source].code + " -> " + g.nodes[e.target].code + ": " + std::to_string(e.events) +
                      " events, mean Goldstein " + Fixed(e.MeanGoldstein());
    out += "  " + Quote(g.nodes[e.source].code) + " -> " + Quote(g.nodes[e.target].code) +
           " [color=" + Quote(QuadColour(e.DominantQuad())) + ", penwidth=" + Fixed(0.8 + 5.0 * scale) +
           ", weight=" + std::to_string(std::max<std::int64_t>(1, e.events)) + ", tooltip=" + Quote(tip) + "];\n";
  }
  out += "}\n";
  return out;
}

Result<std::string> Render(const std::string& dot, Format format, const std::string& layout) {
  if (format == Format::kDot) return dot;
  const char* fmt = format == Format::kSvg ? "svg" : format == Format::kPng ? "png" : "pdf";
  if (layout != "dot" && layout != "neato" && layout != "sfdp" && layout != "fdp" && layout != "circo")
    return Status::InvalidArgument("unknown layout engine '" + layout + "': use dot, neato or sfdp");
  std::lock_guard<std::mutex> lock(graphviz_mutex);
  // One context for the process: Graphviz 2.43's pango plugin keeps font
  // data across contexts, and freeing a context leaves it dangling.
  static GVC_t* const gvc = [] {
    // Graphviz reports errors on stderr unless given a handler; library code
    // does not print, so messages are kept (aglasterr) for the Status.
    agseterrf([](char*) { return 0; });
    return gvContext();
  }();
  Agraph_t* g = agmemread(dot.c_str());
  if (!g) {
    const char* why = aglasterr();
    return Status::InvalidArgument(std::string("Graphviz could not read the diagram") + (why ? ": " + std::string(why) : ""));
  }
  if (gvLayout(gvc, g, layout.c_str()) != 0) {
    agclose(g);
    return Status::InvalidArgument("Graphviz layout '" + layout + "' failed");
  }
  char* data = nullptr;
  unsigned int length = 0;
  int rc = gvRenderData(gvc, g, fmt, &data, &length);
  std::string out;
  if (rc == 0 && data) out.assign(data, length);
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc, g);
  agclose(g);
  if (rc != 0) return Status::Unsupported(std::string("Graphviz cannot render ") + fmt + " (plugin missing?)");
  return out;
}

Status RenderToFile(const graph::ActorGraph& g, const DiagramOptions& options, const std::filesystem::path& file) {
  auto format = FormatOf(file);
  if (!format.ok()) return format.status();
  std::string layout = options.layout;
  if (layout.empty()) layout = g.nodes.size() > 60 ? "sfdp" : "neato";
  auto data = Render(ToDot(g, options), format.value(), layout);
  if (!data.ok()) return data.status();
  std::ofstream f(file, std::ios::binary | std::ios::trunc);
  if (!f) return Status::InvalidArgument("cannot write " + file.string() + ": " + std::strerror(errno));
  f << data.value();
  f.close();
  if (!f) return Status::IOError("cannot write " + file.string() + ": " + std::strerror(errno));
  return Status::OK();
}

}  // namespace geokg::viz
