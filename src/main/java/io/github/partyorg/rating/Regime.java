package io.github.partyorg.rating;

import io.github.partyorg.structure.LocalizedText;
import java.time.Year;

/**
 * The rating regime: the set of regulations in force for the year assessed. The regime is chosen by
 * the year assessed ({@link #forYear(Year)}), never by today's date; a caller may still run a year
 * under another regime to compare (what-if).
 */
public enum Regime {
  /** Years 2018-2022: Regulation 132-QĐ/TW and its guidance. */
  R2018(
      "Quy định 132-QĐ/TW (08/3/2018); Hướng dẫn 16-HD/BTCTW (2018), 21-HD/BTCTW (18/10/2019)",
      "Regulation 132-QĐ/TW (8 Mar 2018); Guidance 16-HD/BTCTW (2018), 21-HD/BTCTW (18 Oct 2019)"),
  /** Years 2023-2024: Regulation 124-QĐ/TW and its guidance. */
  R2023(
      "Quy định 124-QĐ/TW (04/10/2023); Hướng dẫn 25-HD/BTCTW (10/11/2023)",
      "Regulation 124-QĐ/TW (4 Oct 2023); Guidance 25-HD/BTCTW (10 Nov 2023)"),
  /** Years 2025 on: Regulation 366-QĐ/TW and its guidance. */
  R2025(
      "Quy định 366-QĐ/TW (30/8/2025); Hướng dẫn 43-HD/BTCTW (31/10/2025)",
      "Regulation 366-QĐ/TW (30 Aug 2025); Guidance 43-HD/BTCTW (31 Oct 2025)");

  private final LocalizedText citation;

  Regime(String vi, String en) {
    this.citation = LocalizedText.of(vi, en);
  }

  /**
   * Returns the instruments of the regime, as cited to a user.
   *
   * @return the citation in Vietnamese and English
   */
  public LocalizedText citation() {
    return citation;
  }

  /**
   * Returns the regime in force for a year assessed: 2018-2022 {@link #R2018}, 2023-2024 {@link
   * #R2023}, 2025 on {@link #R2025}.
   *
   * @param assessed the year assessed
   * @return the regime of that year
   * @throws IllegalArgumentException if the year is before 2018, for which the library has no rules
   */
  public static Regime forYear(Year assessed) {
    int year = assessed.getValue();
    if (year < 2018) {
      throw new IllegalArgumentException(
          "No rating regime is modelled for the year "
              + year
              + "; the earliest is R2018 (years 2018-2022).");
    }
    if (year <= 2022) {
      return R2018;
    }
    return year <= 2024 ? R2023 : R2025;
  }
}
