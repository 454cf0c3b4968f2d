// Private to cli/: helpers shared by the commands.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "cli/cli.h"
#include "extract/extract.h"
#include "graph/graph.h"
#include "ontology/ontology.h"
#include "storage/storage.h"

namespace geokg::cli::internal {

// Loads the ontology in `dir` ("" = built-in).
Result<std::shared_ptr<const ontology::Ontology>> LoadOntology(const std::string& dir);

// Loads the ontology in `dir` ("" = built-in) and compiles it into a coder;
// the coder's ontology() is the ontology.
Result<std::unique_ptr<extract::Coder>> LoadCoder(const std::string& dir);

// Opens the store ("" = default) read-only or for writing.
Result<std::unique_ptr<storage::EventStore>> OpenStore(const std::string& dir, bool write);

// Parses the shared filter flags into a storage filter; with `onto`, event
// codes must be in its codebook.
Result<storage::DyadFilter> ParseFilter(const QueryFilter& f, const ontology::Ontology* onto = nullptr);

// Resolves a user's actor name or code; InvalidArgument suggesting near names.
Result<std::string> ResolveActor(const ontology::Ontology& onto, const std::string& name);

// Loads the dyads matching `filter` and builds the actor graph.
Result<graph::ActorGraph> LoadGraph(const storage::EventStore& db, const ontology::Ontology& onto,
                                    const storage::DyadFilter& filter);

// The timeline period a day falls in: "2015-11-24", the Monday of its week,
// "2015-11", "2015". REQUIRES: by is day, week, month or year.
std::string Period(Day day, const std::string& by);

// "all dates, codes 19" for titles.
std::string WindowText(const QueryFilter& f);

// A one-line progress display on a terminal; silent otherwise.
class Progress {
 public:
  Progress(std::ostream& err, bool enabled) : err_(err), enabled_(enabled) {}
  ~Progress() { Finish(); }
  // Redraws at most every 200 ms.
  void Update(const std::string& line, bool force = false);
  void Finish();

 private:
  std::ostream& err_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace geokg::cli::internal
