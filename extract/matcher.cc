// Vocabulary and phrase tries used by the Coder.
#include "extract/coder_internal.h"

namespace geokg::extract::internal {

WordId Vocabulary::Intern(std::string_view word) {
  auto it = ids_.find(word);
  if (it != ids_.end()) return it->second;
  WordId id = static_cast<WordId>(ids_.size() + 1);
  ids_.emplace(std::string(word), id);
  return id;
}

WordId Vocabulary::Find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kUnknownWord : it->second;
}

std::vector<std::string> PhraseWords(std::string_view phrase) {
  std::string spaced(phrase);
  for (char& c : spaced)
    if (c == '_') c = ' ';
  // Dictionaries write "did n't" apart; the tokenizer splits "n't" only from
  // the word it ends, so it is joined back first.
  for (size_t at = spaced.find(" n't"); at != std::string::npos; at = spaced.find(" n't", at)) {
    if (at > 0 && spaced[at - 1] != ' ') {
      spaced.erase(at, 1);
    } else {
      ++at;
    }
  }
  std::vector<std::string> out;
  for (Token& t : Tokenize(spaced)) out.push_back(std::move(t.lower));
  return out;
}

std::uint32_t PhraseTrie::Insert(const std::vector<WordId>& words) {
  std::uint32_t node = 0;
  for (WordId w : words) {
    std::uint64_t key = (static_cast<std::uint64_t>(node) << 32) | w;
    auto it = edges_.find(key);
    if (it != edges_.end()) {
      node = it->second;
      continue;
    }
    std::uint32_t child = static_cast<std::uint32_t>(payload_.size());
    payload_.push_back(kNone);
    edges_.emplace(key, child);
    node = child;
  }
  return node;
}

}  // namespace geokg::extract::internal
