// viz: network diagrams of an actor graph through Graphviz.
//
// Writes the graph as DOT (edges coloured by quad class: cooperation green,
// conflict red; width by event count; node size by events; a legend and a
// title) and renders it in-process with libgvc to SVG, PNG or PDF. Every
// label is escaped, so text from articles cannot break the file or inject
// markup into the SVG.
//
// Thread safety: ToDot is pure. Render serializes calls into Graphviz,
// which is not thread-safe.
#pragma once

#include <filesystem>
#include <string>

#include "graph/graph.h"
#include "ontology/ontology.h"

namespace geokg::viz {

enum class Format { kDot, kSvg, kPng, kPdf };

// The format a file name asks for (.dot .gv .svg .png .pdf). InvalidArgument otherwise.
Result<Format> FormatOf(const std::filesystem::path& file);

struct DiagramOptions {
  // Title drawn above the diagram (window and filters). Default: "".
  std::string title;
  // Graphviz layout engine: dot, neato or sfdp. Default: "sfdp" for more
  // than 60 nodes, else "neato" ("" chooses).
  std::string layout;
  // Draw the legend of edge colours. Default: true.
  bool legend = true;
  // Actor drawn highlighted (the centre of an ego network). Default: none.
  std::string highlight;
};

// The diagram as Graphviz DOT text; byte-identical for the same graph.
std::string ToDot(const graph::ActorGraph& g, const DiagramOptions& options);

// Lays out DOT text and renders it. InvalidArgument when Graphviz rejects
// the text or the layout name; Unsupported when the format's plugin is missing.
Result<std::string> Render(const std::string& dot, Format format, const std::string& layout);

// ToDot, then Render (unless kDot), then writes `file`. IOError naming the file.
Status RenderToFile(const graph::ActorGraph& g, const DiagramOptions& options, const std::filesystem::path& file);

}  // namespace geokg::viz
