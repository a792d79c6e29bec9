package io.github.partyorg.structure;

import java.time.LocalDate;
import java.util.List;

final class Consents {
  private Consents() {}

  static boolean has(List<Consent> consents, ConsentKind kind, LocalDate asOf) {
    for (Consent consent : consents) {
      if (consent.kind() == kind && !consent.date().isAfter(asOf)) {
        return true;
      }
    }
    return false;
  }
}
