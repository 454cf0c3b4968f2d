// Actor graphs and the Boost.Graph algorithms that run on them.
#include "graph/graph.h"

#include <algorithm>
#include <map>
#include <queue>
#include <set>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <sstream>

namespace geokg::graph {

namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

// Undirected simple graph over the same node indexes.
Undirected ToUndirected(const ActorGraph& g, bool cooperative_only) {
  Undirected u(g.nodes.size());
  std::set<std::pair<int, int>> seen;
  std::map<std::pair<int, int>, std::pair<double, std::int64_t>> tie;  // goldstein sum, events
  for (const Edge& e : g.edges) {
    auto key = std::minmax(e.source, e.target);
    auto& t = tie[key];
    t.first += e.goldstein;
    t.second += e.events;
  }
  for (const auto& [key, t] : tie) {
    if (cooperative_only && !(t.second > 0 && t.first / static_cast<double>(t.second) > 0)) continue;
    boost::add_edge(key.first, key.second, u);
  }
  return u;
}

ActorGraph Subgraph(const ActorGraph& g, const std::vector<bool>& keep_node, const std::vector<bool>& keep_edge) {
  ActorGraph out;
  std::vector<int> remap(g.nodes.size(), -1);
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    if (!keep_node[i]) continue;
    remap[i] = static_cast<int>(out.nodes.size());
    out.nodes.push_back(g.nodes[i]);
    out.nodes.back().events = 0;
  }
  for (size_t k = 0; k < g.edges.size(); ++k) {
    const Edge& e = g.edges[k];
    if (!keep_edge[k] || remap[e.source] < 0 || remap[e.target] < 0) continue;
    Edge c = e;
    c.source = remap[e.source];
    c.target = remap[e.target];
    out.nodes[c.source].events += c.events;
    out.nodes[c.target].events += c.events;
    out.edges.push_back(c);
  }
  return out;
}

}  // namespace

int Edge::DominantQuad() const {
  std::array<std::int64_t, 5> counts = by_quad;
  if (events > statements) counts[1] -= statements;
  int best = 0;
  for (int q = 1; q <= 4; ++q)
    if (counts[q] > 0 && counts[q] >= counts[best]) best = q;
  return best;
}

int ActorGraph::Find(const std::string& code) const {
  auto it = std::lower_bound(nodes.begin(), nodes.end(), code, [](const Node& n, const std::string& c) { return n.code < c; });
  return it != nodes.end() && it->code == code ? static_cast<int>(it - nodes.begin()) : -1;
}

std::int64_t ActorGraph::Degree(int i) const {
  std::int64_t d = 0;
  for (const Edge& e : edges)
    if (e.source == i || e.target == i) d += e.events;
  return d;
}

ActorGraph BuildGraph(const std::vector<DyadAggregate>& dyads, const ontology::Ontology* onto) {
  std::set<std::string> codes;
  for (const DyadAggregate& d : dyads) {
    if (d.source == d.target || d.source.empty() || d.target.empty()) continue;
    codes.insert(d.source);
    codes.insert(d.target);
  }
  ActorGraph g;
  for (const std::string& c : codes) g.nodes.push_back({c, onto ? onto->DisplayName(c) : c, 0});
  std::map<std::pair<int, int>, Edge> edges;
  for (const DyadAggregate& d : dyads) {
    if (d.source == d.target || d.source.empty() || d.target.empty()) continue;
    int s = g.Find(d.source), t = g.Find(d.target);
    Edge& e = edges[{s, t}];
    e.source = s;
    e.target = t;
    e.events += d.events;
    e.mentions += d.mentions;
    e.goldstein += d.goldstein * static_cast<double>(d.events);
    int root = std::atoi(d.code.substr(0, 2).c_str());
    int quad = root <= 0 ? 0 : root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    if (onto) {
      if (const auto* info = onto->FindCode(d.code)) quad = info->quad;
    }
    e.by_quad[quad] += d.events;
    if (d.code.compare(0, 2, "01") == 0) e.statements += d.events;
    if (e.first == kNoDay || d.day < e.first) e.first = d.day;
    if (d.day > e.last) e.last = d.day;
    g.nodes[s].events += d.events;
    g.nodes[t].events += d.events;
  }
  for (auto& [key, e] : edges) g.edges.push_back(e);
  return g;
}

ActorGraph Ego(const ActorGraph& g, const std::string& code, int depth) {
  std::vector<bool> keep(g.nodes.size(), false);
  int start = g.Find(code);
  if (start < 0) return {};
  std::vector<std::vector<int>> adj(g.nodes.size());
  for (const Edge& e : g.edges) {
    adj[e.source].push_back(e.target);
    adj[e.target].push_back(e.source);
  }
  std::vector<int> dist(g.nodes.size(), -1);
  std::queue<int> q;
  q.push(start);
  dist[start] = 0;
  while (!q.empty()) {
    int v = q.front();
    q.pop();
    keep[v] = true;
    if (dist[v] >= depth) continue;
    for (int w : adj[v])
      if (dist[w] < 0) {
        dist[w] = dist[v] + 1;
        q.push(w);
      }
  }
  std::vector<bool> keep_edge(g.edges.size(), true);
  return Subgraph(g, keep, keep_edge);
}

ActorGraph Prune(const ActorGraph& g, int top, std::int64_t min_events) {
  std::vector<bool> keep_edge(g.edges.size());
  std::vector<std::int64_t> weight(g.nodes.size(), 0);
  for (size_t k = 0; k < g.edges.size(); ++k) {
    keep_edge[k] = g.edges[k].events >= min_events;
    if (keep_edge[k]) {
      weight[g.edges[k].source] += g.edges[k].events;
      weight[g.edges[k].target] += g.edges[k].events;
    }
  }
  std::vector<int> order(g.nodes.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return weight[a] > weight[b]; });
  std::vector<bool> keep(g.nodes.size(), false);
  for (size_t k = 0; k < order.size(); ++k) {
    if (weight[order[k]] == 0) break;
    if (top > 0 && static_cast<int>(k) >= top) break;
    keep[order[k]] = true;
  }
  return Subgraph(g, keep, keep_edge);
}

std::vector<Partner> Partners(const ActorGraph& g, const std::string& code, size_t top) {
  int me = g.Find(code);
  std::map<int, Partner> by;
  if (me < 0) return {};
  for (const Edge& e : g.edges) {
    if (e.source != me && e.target != me) continue;
    int other = e.source == me ? e.target : e.source;
    Partner& p = by[other];
    p.code = g.nodes[other].code;
    p.label = g.nodes[other].label;
    p.mean_goldstein = (p.mean_goldstein * static_cast<double>(p.events) + e.goldstein) /
                       static_cast<double>(p.events + e.events);
    p.events += e.events;
    for (int q = 1; q <= 4; ++q) p.by_quad[q] += e.by_quad[q];
  }
  std::vector<Partner> out;
  for (auto& [i, p] : by) out.push_back(p);
  std::stable_sort(out.begin(), out.end(), [](const Partner& a, const Partner& b) { return a.events > b.events; });
  if (top > 0 && out.size() > top) out.resize(top);
  return out;
}

Result<std::vector<std::string>> ShortestPath(const ActorGraph& g, const std::string& a, const std::string& b) {
  int s = g.Find(a), t = g.Find(b);
  if (s < 0) return Status::NotFound(a + " has no events in this window");
  if (t < 0) return Status::NotFound(b + " has no events in this window");
  Undirected u = ToUndirected(g, false);
  std::vector<Undirected::vertex_descriptor> pred(boost::num_vertices(u));
  for (size_t i = 0; i < pred.size(); ++i) pred[i] = i;
  boost::breadth_first_search(
      u, static_cast<Undirected::vertex_descriptor>(s),
      boost::visitor(boost::make_bfs_visitor(boost::record_predecessors(pred.data(), boost::on_tree_edge()))));
  std::vector<std::string> path;
  if (s != t && pred[t] == static_cast<size_t>(t)) return path;  // not connected
  for (size_t v = static_cast<size_t>(t);; v = pred[v]) {
    path.push_back(g.nodes[v].code);
    if (v == static_cast<size_t>(s)) break;
  }
  std::reverse(path.begin(), path.end());
  return path;
}

std::vector<Score> Rank(const ActorGraph& g, Centrality by, size_t top) {
  const size_t n = g.nodes.size();
  std::vector<double> value(n, 0.0);
  if (by == Centrality::kDegree) {
    for (const Edge& e : g.edges) {
      value[e.source] += static_cast<double>(e.events);
      value[e.target] += static_cast<double>(e.events);
    }
  } else if (by == Centrality::kPageRank) {
    // Directed, one edge per ordered pair (Boost's page_rank is unweighted);
    // rank leaking from actors with no out-edges is renormalized away.
    Directed d(n);
    for (const Edge& e : g.edges) boost::add_edge(e.source, e.target, d);
    if (n > 0) {
      boost::graph::page_rank(d, boost::make_iterator_property_map(value.begin(), boost::get(boost::vertex_index, d)));
      double sum = 0;
      for (double v : value) sum += v;
      if (sum > 0)
        for (double& v : value) v /= sum;
    }
  } else {
    Undirected u = ToUndirected(g, false);
    boost::brandes_betweenness_centrality(
        u, boost::centrality_map(boost::make_iterator_property_map(value.begin(), boost::get(boost::vertex_index, u))));
    if (n > 2) boost::relative_betweenness_centrality(u, boost::make_iterator_property_map(value.begin(), boost::get(boost::vertex_index, u)));
  }
  std::vector<Score> out;
  for (size_t i = 0; i < n; ++i) out.push_back({g.nodes[i].code, g.nodes[i].label, value[i]});
  std::stable_sort(out.begin(), out.end(), [](const Score& a, const Score& b) { return a.value > b.value; });
  if (top > 0 && out.size() > top) out.resize(top);
  return out;
}

std::vector<std::vector<std::string>> Blocs(const ActorGraph& g) {
  Undirected u = ToUndirected(g, true);
  std::vector<int> comp(g.nodes.size());
  int count = g.nodes.empty() ? 0 : boost::connected_components(u, comp.data());
  std::vector<std::vector<std::string>> blocs(static_cast<size_t>(count));
  for (size_t i = 0; i < g.nodes.size(); ++i)
    if (boost::degree(i, u) > 0) blocs[comp[i]].push_back(g.nodes[i].code);
  blocs.erase(std::remove_if(blocs.begin(), blocs.end(), [](const auto& b) { return b.size() < 2; }), blocs.end());
  std::stable_sort(blocs.begin(), blocs.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return blocs;
}

// GCC 12 reports a false -Wmaybe-uninitialized inside Boost's edge iterator
// when write_graphml is inlined here.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
std::string ToGraphml(const ActorGraph& g) {
  struct V {
    std::string code, label;
    long long events = 0;
  };
  struct E {
    long long events = 0, mentions = 0;
    double goldstein_mean = 0;
    int quad = 0;
    std::string first, last;
  };
  using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, V, E>;
  G out(g.nodes.size());
  for (size_t i = 0; i < g.nodes.size(); ++i) out[i] = {g.nodes[i].code, g.nodes[i].label, g.nodes[i].events};
  for (const Edge& e : g.edges) {
    auto [d, ok] = boost::add_edge(e.source, e.target, out);
    (void)ok;
    out[d] = {e.events, e.mentions, e.MeanGoldstein(), e.DominantQuad(), FormatDay(e.first), FormatDay(e.last)};
  }
  boost::dynamic_properties dp;
  dp.property("code", boost::get(&V::code, out));
  dp.property("label", boost::get(&V::label, out));
  dp.property("events", boost::get(&V::events, out));
  dp.property("events", boost::get(&E::events, out));
  dp.property("mentions", boost::get(&E::mentions, out));
  dp.property("goldstein_mean", boost::get(&E::goldstein_mean, out));
  dp.property("quad", boost::get(&E::quad, out));
  dp.property("first", boost::get(&E::first, out));
  dp.property("last", boost::get(&E::last, out));
  std::ostringstream os;
  boost::write_graphml(os, out, dp, true);
  return os.str();
}
#pragma GCC diagnostic pop

}  // namespace geokg::graph
