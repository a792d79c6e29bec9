package io.github.partyorg.structure;

import java.util.ArrayList;
import java.util.List;

/** Collects violations and throws them together. */
final class Violations {
  private final List<Violation> found = new ArrayList<>();

  void add(ViolationCode code, EntityId id, String key, Object... arguments) {
    found.add(Violation.of(code, id.value(), Message.of(key, arguments)));
  }

  void add(Violation violation) {
    found.add(violation);
  }

  void addAll(List<Violation> violations) {
    found.addAll(violations);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidStructureException(found);
    }
  }
}
