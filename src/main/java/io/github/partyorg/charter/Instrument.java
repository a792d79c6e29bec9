package io.github.partyorg.charter;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;
import java.time.LocalDate;

/**
 * A regulation or guidance that implements the Party Charter (2011), with the day it took effect.
 * {@link Instruments} orders them in one dated table and says which is in force on a day.
 */
public enum Instrument implements Labelled {
  /** Regulation 45-QĐ/TW on implementing the Charter, 1 Nov 2011. */
  QD_45_2011(Kind.REGULATION, "45-QĐ/TW", LocalDate.of(2011, 11, 1), LocalDate.of(2011, 11, 1)),
  /** Guidance 01-HD/TW on some specific matters of implementing the Charter, 5 Jan 2012. */
  HD_01_2012(Kind.GUIDANCE, "01-HD/TW", LocalDate.of(2012, 1, 5), LocalDate.of(2012, 1, 5)),
  /** Regulation 29-QĐ/TW on implementing the Charter, 25 Jul 2016. */
  QD_29_2016(Kind.REGULATION, "29-QĐ/TW", LocalDate.of(2016, 7, 25), LocalDate.of(2016, 7, 25)),
  /** Guidance 01-HD/TW, 20 Sep 2016. */
  HD_01_2016(Kind.GUIDANCE, "01-HD/TW", LocalDate.of(2016, 9, 20), LocalDate.of(2016, 9, 20)),
  /** Regulation 24-QĐ/TW on implementing the Charter, 30 Jul 2021. */
  QD_24_2021(Kind.REGULATION, "24-QĐ/TW", LocalDate.of(2021, 7, 30), LocalDate.of(2021, 7, 30)),
  /** Guidance 01-HD/TW, 28 Sep 2021. */
  HD_01_2021(Kind.GUIDANCE, "01-HD/TW", LocalDate.of(2021, 9, 28), LocalDate.of(2021, 9, 28)),
  /** Regulation 232-QĐ/TW on implementing the Charter, 20 Jan 2025. */
  QD_232_2025(Kind.REGULATION, "232-QĐ/TW", LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 20)),
  /** Regulation 294-QĐ/TW on implementing the Charter, 26 May 2025, in force 1 Jul 2025. */
  QD_294_2025(Kind.REGULATION, "294-QĐ/TW", LocalDate.of(2025, 5, 26), LocalDate.of(2025, 7, 1)),
  /**
   * Guidance 06-HD/TW, 9 Jun 2025, guiding Regulation 294-QĐ/TW; applied with it from 1 Jul 2025.
   */
  HD_06_2025(Kind.GUIDANCE, "06-HD/TW", LocalDate.of(2025, 6, 9), LocalDate.of(2025, 7, 1));

  /** Whether an instrument is a regulation (quy định) or a guidance (hướng dẫn). */
  public enum Kind implements Labelled {
    /** A regulation of the Central Committee or the Politburo (quy định). */
    REGULATION("Quy định", "Regulation"),
    /** A guidance of the Secretariat (hướng dẫn). */
    GUIDANCE("Hướng dẫn", "Guidance");

    private final LocalizedText label;

    Kind(String vi, String en) {
      this.label = LocalizedText.of(vi, en);
    }

    /**
     * Returns the word that starts the instrument's citation.
     *
     * @return "Quy định" or "Hướng dẫn", in Vietnamese and English
     */
    @Override
    public LocalizedText label() {
      return label;
    }
  }

  private final Kind kind;
  private final String number;
  private final LocalDate issuedOn;
  private final LocalDate inForceFrom;
  private final LocalizedText label;

  Instrument(Kind kind, String number, LocalDate issuedOn, LocalDate inForceFrom) {
    this.kind = kind;
    this.number = number;
    this.issuedOn = issuedOn;
    this.inForceFrom = inForceFrom;
    int year = issuedOn.getYear();
    String numbered = " " + number + " (" + year + ")";
    this.label = LocalizedText.of(kind.label().vi() + numbered, kind.label().en() + numbered);
  }

  /**
   * Returns whether this is a regulation or a guidance.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the number and symbol, for example "24-QĐ/TW".
   *
   * @return the number
   */
  public String number() {
    return number;
  }

  /**
   * Returns the day the instrument was signed.
   *
   * @return the day of issue
   */
  public LocalDate issuedOn() {
    return issuedOn;
  }

  /**
   * Returns the first day the instrument applies.
   *
   * @return the day it takes effect
   */
  public LocalDate inForceFrom() {
    return inForceFrom;
  }

  /**
   * Returns the instrument as cited, for example "Quy định 24-QĐ/TW (2021)".
   *
   * @return the label in Vietnamese and English
   */
  @Override
  public LocalizedText label() {
    return label;
  }
}
