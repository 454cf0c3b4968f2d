// Vocabulary and phrase tries used by the Coder.
#include "extract/coder_internal.h"

namespace geokg::extract::internal {

WordId Vocabulary::Intern(std::string_view word) {
  if (WordId id = Find(word); id != kUnknownWord) return id;
  if ((size() + 1) * 2 > slots_.size()) Grow();
  chars_.append(word);
  starts_.push_back(static_cast<std::uint32_t>(chars_.size()));
  const auto id = static_cast<WordId>(size());
  const std::uint64_t h = Hash(word);
  size_t i = h & mask_;
  while (slots_[i].id != kUnknownWord) i = (i + 1) & mask_;
  slots_[i] = {static_cast<std::uint32_t>(h >> 32), id};
  return id;
}

void Vocabulary::Grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  mask_ = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.id == kUnknownWord) continue;
    size_t i = Hash(Word(s.id)) & mask_;
    while (slots_[i].id != kUnknownWord) i = (i + 1) & mask_;
    slots_[i] = s;
  }
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
    if (std::uint32_t child = Child(node, w); child != kNone) {
      node = child;
      continue;
    }
    std::uint32_t child = static_cast<std::uint32_t>(payload_.size());
    payload_.push_back(kNone);
    AddEdge(Key(node, w), child);
    node = child;
  }
  return node;
}

void PhraseTrie::AddEdge(std::uint64_t key, std::uint32_t child) {
  if (2 * (edges_ + 1) > keys_.size()) {
    // Double the table and place every edge again.
    std::vector<std::uint64_t> keys(keys_.size() * 2, kEmpty);
    std::vector<std::uint32_t> children(keys.size(), kNone);
    keys.swap(keys_);
    children.swap(children_);
    mask_ = keys_.size() - 1;
    --shift_;
    edges_ = 0;
    for (size_t i = 0; i < keys.size(); ++i)
      if (keys[i] != kEmpty) AddEdge(keys[i], children[i]);
  }
  size_t i = Slot(key);
  while (keys_[i] != kEmpty) i = (i + 1) & mask_;
  keys_[i] = key;
  children_[i] = child;
  ++edges_;
}

}  // namespace geokg::extract::internal
