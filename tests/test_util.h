// Helpers shared by the Catch2 test programs.
#ifndef GEOKG_TESTS_TEST_UTIL_H_
#define GEOKG_TESTS_TEST_UTIL_H_

#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

namespace geokg::testing {

// A path under the system's temporary directory, unique to this process and
// `name`, that does not exist yet; it is removed, with whatever was made
// there, when the test program exits normally.
inline std::filesystem::path TempPath(const std::string& name) {
  struct Made {
    std::vector<std::filesystem::path> paths;
    ~Made() {
      std::error_code ignored;
      for (const auto& p : paths) std::filesystem::remove_all(p, ignored);
    }
  };
  static Made made;
  std::filesystem::path p =
      std::filesystem::temp_directory_path() / ("geokg_test_" + name + "_" + std::to_string(::getpid()));
  std::filesystem::remove_all(p);
  made.paths.push_back(p);
  return p;
}

// Like TempPath, made as an empty directory.
inline std::filesystem::path TempDir(const std::string& name) {
  std::filesystem::path d = TempPath(name);
  std::filesystem::create_directories(d);
  return d;
}

}  // namespace geokg::testing

#endif  // GEOKG_TESTS_TEST_UTIL_H_
