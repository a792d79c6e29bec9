package io.github.partyorg.fourgood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CriteriaProfileTest {

  private static CriteriaProfile.Builder base() {
    return CriteriaProfile.builder()
        .issuer(LocalizedText.of("Tỉnh ủy X", "Province X"))
        .instrument(LocalizedText.of("Quy định 1-QĐ/TU", "Regulation 1-QĐ/TU"))
        .instrumentDate(LocalDate.of(2023, 1, 1))
        .level(ProfileLevel.CELL)
        .titleName(LocalizedText.of("Chi bộ 4 tốt", "four-good cell"));
  }

  @Test
  void profileWithNoHeading_isRefusedNamingIt_F1() {
    assertThatThrownBy(() -> base().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The criteria profile \"Regulation 1-QĐ/TU\" has no heading; give at least one (four"
                + " in the common frame).");
  }

  @Test
  void headingWithNoSubCriterion_isRefused() {
    assertThatThrownBy(() -> Heading.of("Tốt", "Good"))
        .hasMessage("Heading \"Good\" has no sub-criterion; give at least one.");
  }

  @Test
  void shareAbove100_isRefusedNamingTheSubCriterion() {
    assertThatThrownBy(
            () ->
                ComputedCriterion.of(
                    "2.4", Fact.SHARE_OF_QUALITY_MEETINGS_AT_LEAST, new BigDecimal("100.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The share of sub-criterion 2.4 is outside 0-100%; give a percentage from 0 to 100.");
    assertThatThrownBy(
            () -> new MonthlyCriterion("1.1", LocalizedText.of("a", "a"), BigDecimal.valueOf(-1)))
        .hasMessageContaining("of sub-criterion 1.1 is outside 0-100%");
  }

  @Test
  void shareAt0And100_isAccepted() {
    assertThat(
            ComputedCriterion.of("x", Fact.SHARE_OF_QUALITY_MEETINGS_AT_LEAST, BigDecimal.ZERO)
                .thresholdPercent())
        .contains(BigDecimal.ZERO);
    assertThat(
            new MonthlyCriterion("y", LocalizedText.of("a", "a"), BigDecimal.valueOf(100))
                .requiredPercentOfMonths())
        .isEqualByComparingTo("100");
  }

  @Test
  void unknownFactName_isRefusedNamingIt() {
    assertThatThrownBy(() -> Fact.parse("EVERY_WEEK_MEETING"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Unknown fact \"EVERY_WEEK_MEETING\": the model computes only")
        .hasMessageContaining("RATED_HTTNV_OR_BETTER");
    assertThatThrownBy(
            () ->
                ComputedCriterion.named(
                    "2.9", LocalizedText.of("a", "a"), "EVERY_WEEK_MEETING", Optional.empty()))
        .hasMessageStartingWith("Sub-criterion 2.9: Unknown fact \"EVERY_WEEK_MEETING\"");
  }

  @Test
  void factNamesParseIgnoringCase() {
    assertThat(Fact.parse(" no_member_khtnv ")).isEqualTo(Fact.NO_MEMBER_KHTNV);
    ComputedCriterion named =
        ComputedCriterion.named(
            "4.1", LocalizedText.of("a", "b"), "NO_MEMBER_KHTNV", Optional.empty());
    assertThat(named.fact()).isEqualTo(Fact.NO_MEMBER_KHTNV);
    assertThat(named.rule()).isEqualTo(FourGoodRule.F7);
  }

  @Test
  void thresholdMissingOrSuperfluous_isRefused() {
    assertThatThrownBy(
            () ->
                new ComputedCriterion(
                    "2.4",
                    LocalizedText.of("a", "a"),
                    Fact.SHARE_OF_QUALITY_MEETINGS_AT_LEAST,
                    Optional.empty()))
        .hasMessage(
            "Sub-criterion 2.4 names fact SHARE_OF_QUALITY_MEETINGS_AT_LEAST but gives no"
                + " threshold; give one.");
    assertThatThrownBy(
            () -> ComputedCriterion.of("3.1", Fact.NO_MEMBER_DISCIPLINED, BigDecimal.ONE))
        .hasMessage(
            "Sub-criterion 3.1 gives a threshold, but fact NO_MEMBER_DISCIPLINED takes none.");
    assertThatThrownBy(() -> ComputedCriterion.of(" ", Fact.NO_MEMBER_DISCIPLINED))
        .hasMessage("A computed sub-criterion has a blank id; give one.");
  }

  @Test
  void factAtTheWrongLevel_isRefused_F6() {
    assertThatThrownBy(
            () ->
                base()
                    .addHeadings(
                        Heading.of(
                            "a",
                            "a",
                            ComputedCriterion.of(
                                "1", Fact.SHARE_OF_CELLS_WITH_TITLE_AT_LEAST, BigDecimal.TEN)))
                    .build())
        .hasMessage(
            "Sub-criterion 1 of the criteria profile \"Regulation 1-QĐ/TU\" uses fact"
                + " SHARE_OF_CELLS_WITH_TITLE_AT_LEAST, which cannot be computed for the profile's"
                + " level CELL.");
    assertThatThrownBy(
            () ->
                base()
                    .level(ProfileLevel.BASE_COMMITTEE)
                    .addGates(ComputedCriterion.of("G", Fact.EVERY_MONTH_REGULAR_MEETING))
                    .addHeadings(
                        Heading.of("a", "a", ComputedCriterion.of("1", Fact.NO_MEMBER_KHTNV)))
                    .build())
        .hasMessageContaining("EVERY_MONTH_REGULAR_MEETING, which cannot be computed");
  }

  @Test
  void duplicateIds_areRefused() {
    assertThatThrownBy(
            () ->
                base()
                    .addGates(ComputedCriterion.of("1", Fact.NO_MEMBER_KHTNV))
                    .addHeadings(
                        Heading.of("a", "a", ComputedCriterion.of("1", Fact.NO_MEMBER_DISCIPLINED)))
                    .build())
        .hasMessage(
            "The criteria profile \"Regulation 1-QĐ/TU\" has two sub-criteria with id 1; make ids"
                + " unique.");
  }

  @Test
  void yearsBoundTheProfile() {
    CriteriaProfile profile =
        base()
            .firstYear(Year.of(2018))
            .lastYear(Year.of(2022))
            .addHeadings(Heading.of("a", "a", ComputedCriterion.of("1", Fact.NO_MEMBER_KHTNV)))
            .build();
    assertThat(profile.appliesTo(Year.of(2017))).isFalse();
    assertThat(profile.appliesTo(Year.of(2018))).isTrue();
    assertThat(profile.appliesTo(Year.of(2022))).isTrue();
    assertThat(profile.appliesTo(Year.of(2023))).isFalse();
    assertThatThrownBy(
            () -> CriteriaProfile.builder().from(profile).lastYear(Year.of(2017)).build())
        .hasMessage(
            "The criteria profile \"Regulation 1-QĐ/TU\" ends in 2017, before its first year"
                + " 2018.");
  }

  @Test
  void factsBelongToRulesAndLevels() {
    assertThat(Fact.SHARE_OF_CELLS_WITH_TITLE_AT_LEAST.rule()).isEqualTo(FourGoodRule.F6);
    assertThat(Fact.SHARE_OF_CELLS_WITH_TITLE_AT_LEAST.isAllowedAt(ProfileLevel.CELL)).isFalse();
    assertThat(Fact.NO_MEMBER_KHTNV.isAllowedAt(ProfileLevel.BASE_COMMITTEE)).isTrue();
    assertThat(Fact.EVERY_MEETING_LONG_ENOUGH.rule()).isEqualTo(FourGoodRule.S12);
    assertThat(new ReportedCriterion("r", LocalizedText.of("a", "b")).rule())
        .isEqualTo(FourGoodRule.F1);
    assertThat(FourGoodRule.S12.citation().en()).contains("42-HD/BTCTW (28 Oct 2025)");
    assertThat(FourGoodRule.F2.title().vi()).contains("10-HD/BTCTU");
    assertThat(ProfileLevel.BASE_COMMITTEE.label().vi()).isEqualTo("Đảng bộ cơ sở");
  }
}
