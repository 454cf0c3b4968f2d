// Tests of graph/: building, pruning, ego networks and the algorithms on a
// small graph whose answers are worked out by hand.
#include "graph/graph.h"

#include <catch2/catch.hpp>

using namespace geokg;
using namespace geokg::graph;

namespace {

DyadAggregate D(const std::string& s, const std::string& t, const std::string& code, double g, std::int64_t n = 1,
                Day day = 20150101) {
  return DyadAggregate{s, t, day, code, n, n, g};
}

// A -- B -- C -- D, and E -- F apart; A, B, C cooperate; C attacks D.
ActorGraph Sample() {
  return BuildGraph({D("AAA", "BBB", "042", 1.9, 3), D("BBB", "AAA", "051", 3.4), D("BBB", "CCC", "057", 8.0, 2),
                     D("CCC", "DDD", "190", -10.0, 4), D("EEE", "FFF", "111", -2.0), D("AAA", "AAA", "010", 0.0)},
                    nullptr);
}

}  // namespace

TEST_CASE("BuildGraph makes sorted nodes and one edge per ordered pair, without self-loops", "[graph]") {
  ActorGraph g = Sample();
  REQUIRE(g.nodes.size() == 6);
  CHECK(g.nodes[0].code == "AAA");
  CHECK(g.nodes[5].code == "FFF");
  CHECK(g.edges.size() == 5);
  int a = g.Find("AAA"), b = g.Find("BBB");
  const Edge* ab = nullptr;
  for (const Edge& e : g.edges)
    if (e.source == a && e.target == b) ab = &e;
  REQUIRE(ab != nullptr);
  CHECK(ab->events == 3);
  CHECK(ab->MeanGoldstein() == Approx(1.9));
  CHECK(ab->DominantQuad() == 1);
  CHECK(g.nodes[a].events == 4);  // 3 to BBB, 1 from BBB; the self-loop is dropped
  CHECK(g.Find("ZZZ") == -1);
}

TEST_CASE("ShortestPath follows ties in either direction", "[graph]") {
  ActorGraph g = Sample();
  CHECK(ShortestPath(g, "AAA", "DDD").value() == std::vector<std::string>{"AAA", "BBB", "CCC", "DDD"});
  CHECK(ShortestPath(g, "DDD", "AAA").value() == std::vector<std::string>{"DDD", "CCC", "BBB", "AAA"});
  CHECK(ShortestPath(g, "AAA", "EEE").value().empty());
  CHECK(ShortestPath(g, "AAA", "ZZZ").status().code() == Status::Code::kNotFound);
}

TEST_CASE("Rank by degree, betweenness and PageRank", "[graph]") {
  ActorGraph g = Sample();
  auto deg = Rank(g, Centrality::kDegree, 2);
  REQUIRE(deg.size() == 2);
  // BBB: 3 + 1 + 2 events, CCC: 2 + 4; ties keep code order.
  CHECK(deg[0].code == "BBB");
  CHECK(deg[0].value == 6);
  CHECK(deg[1].code == "CCC");
  CHECK(deg[1].value == 6);
  // Betweenness on the path A-B-C-D: B and C each lie on 2 of the 3 pairs'
  // shortest paths among {A,B,C,D}; normalized by (n-1)(n-2)/2 = 10 for n = 6.
  auto bet = Rank(g, Centrality::kBetweenness, 0);
  CHECK(bet[0].value == Approx(0.2));
  CHECK(bet[1].value == Approx(0.2));
  CHECK((bet[0].code == "BBB" || bet[0].code == "CCC"));
  CHECK(bet.back().value == 0);
  auto pr = Rank(g, Centrality::kPageRank, 0);
  double sum = 0;
  for (auto& s : pr) sum += s.value;
  CHECK(sum == Approx(1.0));
  // BBB gets all of AAA's rank and half its own returns through AAA;
  // EEE has no in-edges and keeps only the teleport share.
  CHECK(pr[0].code == "BBB");
  CHECK(pr.back().code == "EEE");
}

TEST_CASE("Partners, Ego, Prune and Blocs", "[graph]") {
  ActorGraph g = Sample();
  auto p = Partners(g, "BBB", 0);
  REQUIRE(p.size() == 2);
  CHECK(p[0].code == "AAA");
  CHECK(p[0].events == 4);
  CHECK(p[1].code == "CCC");
  ActorGraph ego = Ego(g, "BBB", 1);
  CHECK(ego.nodes.size() == 3);
  CHECK(ego.Find("DDD") == -1);
  ActorGraph pruned = Prune(g, 0, 2);
  CHECK(pruned.edges.size() == 3);  // A->B (3), B->C (2), C->D (4)
  CHECK(pruned.Find("EEE") == -1);
  ActorGraph top2 = Prune(g, 2, 1);
  CHECK(top2.nodes.size() == 2);
  auto blocs = Blocs(g);
  REQUIRE(blocs.size() == 1);
  CHECK(blocs[0] == std::vector<std::string>{"AAA", "BBB", "CCC"});
}

TEST_CASE("An edge's colour class sets plain statements aside", "[graph]") {
  // Three statements and one criticism: the edge reads as verbal conflict.
  ActorGraph g = BuildGraph({D("AAA", "BBB", "010", 0.0, 3), D("AAA", "BBB", "111", -2.0, 1)}, nullptr);
  REQUIRE(g.edges.size() == 1);
  CHECK(g.edges[0].statements == 3);
  CHECK(g.edges[0].DominantQuad() == 3);
  // Statements alone are what the edge is.
  ActorGraph s = BuildGraph({D("AAA", "BBB", "010", 0.0, 3)}, nullptr);
  CHECK(s.edges[0].DominantQuad() == 1);
}
