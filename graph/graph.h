// graph: network views of the event store.
//
// Turns dyad aggregates (from storage, filtered by window and codes) into an
// actor graph: actors are nodes, each ordered pair of actors with events is
// one directed edge carrying counts by quad class and the Goldstein total.
// Algorithms (paths, centrality, blocs) run on Boost.Graph, which stays
// inside graph.cc.
//
// Thread safety: functions are pure; an ActorGraph may be read concurrently.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "ontology/ontology.h"

namespace geokg::graph {

struct Node {
  std::string code;   // base actor code
  std::string label;  // display name
  std::int64_t events = 0;  // events it takes part in (either side)
};

struct Edge {
  int source = 0, target = 0;  // node indexes
  std::int64_t events = 0;     // distinct events
  std::int64_t mentions = 0;
  double goldstein = 0;                      // sum over events
  std::array<std::int64_t, 5> by_quad{};     // events by quad class 1-4 (index 0 unused)
  std::int64_t statements = 0;               // of which plain statements (root 01)
  Day first = kNoDay, last = kNoDay;
  // The quad class with most events (ties: the conflictual one), plain
  // statements (root 01, the commonest code in news) set aside unless the
  // edge has nothing else.
  int DominantQuad() const;
  double MeanGoldstein() const { return events ? goldstein / static_cast<double>(events) : 0; }
};

// Nodes sorted by code, edges by (source, target): output is deterministic.
struct ActorGraph {
  std::vector<Node> nodes;
  std::vector<Edge> edges;
  int Find(const std::string& code) const;  // node index or -1
  // Events on all edges touching node i.
  std::int64_t Degree(int i) const;
};

// Builds the graph from aggregates. `onto` gives labels (may be null).
// Self-loops (an actor acting on itself) are dropped.
ActorGraph BuildGraph(const std::vector<DyadAggregate>& dyads, const ontology::Ontology* onto);

// The subgraph within `depth` steps (either direction) of `code`.
ActorGraph Ego(const ActorGraph& g, const std::string& code, int depth);

// Keeps edges with at least `min_events` events, then the `top` nodes with
// most events on the remaining edges (0: all), and drops isolated nodes.
ActorGraph Prune(const ActorGraph& g, int top, std::int64_t min_events);

struct Partner {
  std::string code, label;
  std::int64_t events = 0;  // both directions
  double mean_goldstein = 0;
  std::array<std::int64_t, 5> by_quad{};
};
// Actors with events to or from `code`, most events first.
std::vector<Partner> Partners(const ActorGraph& g, const std::string& code, size_t top);

// Shortest chain of actors linking a and b, ignoring direction (fewest hops,
// ties broken by code order). Empty when not connected. NotFound when an
// actor is not in the graph.
Result<std::vector<std::string>> ShortestPath(const ActorGraph& g, const std::string& a, const std::string& b);

enum class Centrality { kDegree, kPageRank, kBetweenness };
struct Score {
  std::string code, label;
  double value = 0;
};
// Scores every node, highest first, at most `top` (0: all). Degree counts
// events; PageRank follows directed edges, one per ordered pair (damping 0.85);
// betweenness is Brandes' on the undirected, unweighted graph, normalized.
std::vector<Score> Rank(const ActorGraph& g, Centrality by, size_t top);

// Blocs: connected components of the graph of cooperative ties (edges in
// either direction whose mean Goldstein score is positive), largest first;
// actors without such ties are left out.
std::vector<std::vector<std::string>> Blocs(const ActorGraph& g);

// Writes the graph as GraphML (Boost's writer): node attributes code, label,
// events; edge attributes events, mentions, goldstein_mean, quad, first, last.
std::string ToGraphml(const ActorGraph& g);

}  // namespace geokg::graph
