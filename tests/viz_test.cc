// Tests of viz/: DOT output (stable, escaped, styled) and Graphviz rendering.
#include "viz/viz.h"

#include <catch2/catch.hpp>

using namespace geokg;
using namespace geokg::viz;

namespace {

graph::ActorGraph Sample(const std::string& hostile_label = "Russia") {
  auto g = graph::BuildGraph({DyadAggregate{"RUS", "TUR", 20151124, "111", 2, 3, -2.0},
                              DyadAggregate{"TUR", "RUS", 20151124, "190", 1, 4, -10.0},
                              DyadAggregate{"NATO", "MNE", 20151202, "036", 1, 1, 4.0}},
                             nullptr);
  for (auto& n : g.nodes)
    if (n.code == "RUS") n.label = hostile_label;
  return g;
}

}  // namespace

TEST_CASE("ToDot is deterministic and styles edges by quad class", "[viz]") {
  DiagramOptions o;
  o.title = "test window";
  std::string dot = ToDot(Sample(), o);
  CHECK(dot == ToDot(Sample(), o));
  CHECK(dot.rfind("digraph geokg {", 0) == 0);
  CHECK(dot.find("\"TUR\" -> \"RUS\" [color=\"#b71c1c\"") != std::string::npos);   // material conflict: dark red
  CHECK(dot.find("\"RUS\" -> \"TUR\" [color=\"#ef5350\"") != std::string::npos);   // verbal conflict: light red
  CHECK(dot.find("\"NATO\" -> \"MNE\" [color=\"#66bb6a\"") != std::string::npos);  // verbal cooperation: green
  CHECK(dot.find("test window") != std::string::npos);
  CHECK(dot.find("verbal cooperation") != std::string::npos);  // legend
}

TEST_CASE("Labels from text cannot break the DOT or inject markup into the SVG", "[viz]") {
  std::string evil = "Rus\"sia\\N <script>alert(1)</script> & ]; digraph x {";
  DiagramOptions o;
  o.title = "<b>title</b> & \"quotes\"";
  std::string dot = ToDot(Sample(evil), o);
  CHECK(dot.find("label=\"Rus\\\"sia\\\\N\\n<script>alert(1)</script>") != std::string::npos);
  CHECK(dot.find("&lt;b&gt;title&lt;/b&gt; &amp; &quot;quotes&quot;") != std::string::npos);
  auto svg = Render(dot, Format::kSvg, "dot");
  REQUIRE(svg.ok());
  CHECK(svg.value().find("<script>") == std::string::npos);
  CHECK(svg.value().find("&lt;script&gt;") != std::string::npos);
  CHECK(svg.value().find("<b>title") == std::string::npos);
}

TEST_CASE("Render produces SVG, PNG and PDF with each layout engine", "[viz]") {
  std::string dot = ToDot(Sample(), {});
  for (const char* layout : {"dot", "neato", "sfdp"}) {
    auto svg = Render(dot, Format::kSvg, layout);
    REQUIRE(svg.ok());
    CHECK(svg.value().find("<svg") != std::string::npos);
    CHECK(svg.value().find(">TUR<") != std::string::npos);
  }
  auto png = Render(dot, Format::kPng, "dot");
  REQUIRE(png.ok());
  CHECK(png.value().substr(1, 3) == "PNG");
  auto pdf = Render(dot, Format::kPdf, "dot");
  REQUIRE(pdf.ok());
  CHECK(pdf.value().rfind("%PDF", 0) == 0);
  CHECK(Render(dot, Format::kSvg, "nonsense").status().code() == Status::Code::kInvalidArgument);
  CHECK(Render("digraph {", Format::kSvg, "dot").status().code() == Status::Code::kInvalidArgument);
}

TEST_CASE("FormatOf reads the file extension", "[viz]") {
  CHECK(FormatOf("a.svg").value() == Format::kSvg);
  CHECK(FormatOf("a.PNG").value() == Format::kPng);
  CHECK(FormatOf("a.pdf").value() == Format::kPdf);
  CHECK(FormatOf("a.dot").value() == Format::kDot);
  CHECK_FALSE(FormatOf("a.jpg").ok());
}

TEST_CASE("The centre of an ego network is drawn highlighted", "[viz]") {
  DiagramOptions o;
  o.highlight = "TUR";
  std::string dot = ToDot(Sample(), o);
  size_t tur = dot.find("\"TUR\" [label=");
  REQUIRE(tur != std::string::npos);
  std::string line = dot.substr(tur, dot.find('\n', tur) - tur);
  CHECK(line.find("fillcolor=\"#ffe082\"") != std::string::npos);
  size_t rus = dot.find("\"RUS\" [label=");
  CHECK(dot.substr(rus, dot.find('\n', rus) - rus).find("#ffe082") == std::string::npos);
}
