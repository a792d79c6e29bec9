package io.github.partyorg.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegimeTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "2018, R2018",
    "2022, R2018",
    "2023, R2023",
    "2024, R2023",
    "2025, R2025",
    "2031, R2025"
  })
  void forYear_picksTheRegimeOfTheYearAssessed(int year, Regime expected) {
    assertThat(Regime.forYear(Year.of(year))).isEqualTo(expected);
  }

  @Test
  void forYear2017_isRefusedNamingTheYear() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Regime.forYear(Year.of(2017)))
        .withMessageContaining("2017");
  }

  @Test
  void citations_nameTheInstruments() {
    assertThat(Regime.R2018.citation().vi())
        .isEqualTo(
            "Quy định 132-QĐ/TW (08/3/2018); Hướng dẫn 16-HD/BTCTW (2018), 21-HD/BTCTW"
                + " (18/10/2019)");
    assertThat(Regime.R2023.citation().en())
        .isEqualTo("Regulation 124-QĐ/TW (4 Oct 2023); Guidance 25-HD/BTCTW (10 Nov 2023)");
    assertThat(Regime.R2025.citation().vi())
        .isEqualTo("Quy định 366-QĐ/TW (30/8/2025); Hướng dẫn 43-HD/BTCTW (31/10/2025)");
  }
}
