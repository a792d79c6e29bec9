package io.github.partyorg.structure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded consent of the superior committee (sự đồng ý của cấp ủy cấp trên), as required by S2,
 * S3 and S4 for shapes that are otherwise not compliant.
 *
 * @param kind which shape the consent allows
 * @param date the date of the consent
 * @param reference the decision that records it (for example {@code 123-QĐ/ĐUK}), NFC-normalised
 */
public record Consent(ConsentKind kind, LocalDate date, String reference) {

  /**
   * Creates the consent.
   *
   * @param kind which shape the consent allows
   * @param date the date of the consent
   * @param reference the decision that records it; may be empty when unknown
   * @throws NullPointerException if any argument is null
   */
  public Consent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    reference = Texts.nfc(Objects.requireNonNull(reference, "reference"));
  }

  /**
   * Returns a consent.
   *
   * @param kind which shape the consent allows
   * @param date the date of the consent
   * @param reference the decision that records it
   * @return the consent
   */
  public static Consent of(ConsentKind kind, LocalDate date, String reference) {
    return new Consent(kind, date, reference);
  }
}
