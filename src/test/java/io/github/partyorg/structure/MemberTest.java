package io.github.partyorg.structure;

import static io.github.partyorg.structure.TreeFixtures.member;
import static io.github.partyorg.structure.TreeFixtures.official;
import static io.github.partyorg.structure.TreeFixtures.probationary;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberTest {
  private static final String NAME = "Nguyễn Thị Hồng";
  private static final String NFD = Normalizer.normalize(NAME, Normalizer.Form.NFD);
  private static final String NFC = Normalizer.normalize(NAME, Normalizer.Form.NFC);

  @Test
  void fullName_isStoredInNfc() {
    assertThat(NFD).isNotEqualTo(NFC);

    Member m = member("m1").fullName(NFD).build();

    assertThat(m.fullName()).isEqualTo(NFC);
  }

  @Test
  void fullName_isStripped() {
    assertThat(member("m1").fullName("  " + NFD + "\t").build().fullName()).isEqualTo(NFC);
  }

  @Test
  void equalNamesInNfcAndNfd_giveEqualMembers() {
    Member fromNfd = member("m1").fullName(NFD).build();
    Member fromNfc = member("m1").fullName(NFC).build();

    assertThat(fromNfd).isEqualTo(fromNfc).hasSameHashCodeAs(fromNfc);
  }

  @Test
  void membersWithoutPosts_shareOneEmptySet_andStayEqualToCopies() {
    Member a = member("m1").build();
    Member b = member("m2").fullName(NFD).build();
    Member secretary = member("m3").addPosts(Post.CELL_SECRETARY).build();

    assertThat(a.posts()).isEmpty();
    assertThat(b.posts()).isSameAs(a.posts());
    assertThat(secretary.posts()).containsExactly(Post.CELL_SECRETARY);
    assertThat(Member.builder().from(a).build()).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(Member.builder().from(secretary).posts(java.util.Set.of()).build().posts())
        .isSameAs(a.posts());
  }

  @Test
  void nfcIsKeptOnCopies() {
    Member m = Member.builder().from(member("m1").fullName(NFD).build()).build();
    assertThat(m.fullName()).isEqualTo(NFC);
  }

  @Test
  void toString_hasTheIdButNoPersonalData() {
    Member m =
        member("m-4711")
            .fullName(NAME)
            .gender(Gender.FEMALE)
            .dateOfBirth(LocalDate.of(1984, 11, 23))
            .build();

    assertThat(m.toString())
        .contains("m-4711")
        .doesNotContain(NAME)
        .doesNotContain(NFD)
        .doesNotContain("Hồng")
        .doesNotContain("FEMALE")
        .doesNotContain(Gender.FEMALE.label().vi())
        .doesNotContain("1984-11-23");
  }

  @Test
  void status_followsTheOfficialDate() {
    assertThat(official("m1").status()).isEqualTo(MembershipStatus.OFFICIAL);
    assertThat(official("m1").isOfficial()).isTrue();
    assertThat(probationary("m2").status()).isEqualTo(MembershipStatus.PROBATIONARY);
    assertThat(probationary("m2").isOfficial()).isFalse();
    assertThat(probationary("m2").officialDate()).isEmpty();
  }

  @Test
  void isExemptedOn_startsOnTheExemptionDay() {
    LocalDate since = LocalDate.of(2020, 5, 1);
    Member m = member("m1").exemptedSince(since).build();

    assertThat(m.isExemptedOn(since.minusDays(1))).isFalse();
    assertThat(m.isExemptedOn(since)).isTrue();
    assertThat(m.isExemptedOn(since.plusYears(10))).isTrue();
    assertThat(official("m2").isExemptedOn(since)).isFalse();
  }

  @Test
  void isSuspendedOn_coversBothEndsOfTheSuspension() {
    LocalDate start = LocalDate.of(2020, 5, 1);
    LocalDate end = LocalDate.of(2020, 8, 31);
    Member closed = member("m1").suspension(DateRange.of(start, end)).build();
    Member open = member("m2").suspension(DateRange.from(start)).build();

    assertThat(closed.isSuspendedOn(start.minusDays(1))).isFalse();
    assertThat(closed.isSuspendedOn(start)).isTrue();
    assertThat(closed.isSuspendedOn(end)).isTrue();
    assertThat(closed.isSuspendedOn(end.plusDays(1))).isFalse();
    assertThat(open.isSuspendedOn(start.minusDays(1))).isFalse();
    assertThat(open.isSuspendedOn(start.plusYears(5))).isTrue();
    assertThat(official("m3").isSuspendedOn(start)).isFalse();
  }

  @Test
  void holds_tellsThePostsHeld() {
    Member secretary = member("m1").addPosts(Post.CELL_SECRETARY).build();

    assertThat(secretary.holds(Post.CELL_SECRETARY)).isTrue();
    assertThat(secretary.holds(Post.CELL_DEPUTY_SECRETARY)).isFalse();
  }

  @Test
  void hasDateAfter_tellsWhetherARecordedDateIsAfterTheDay() {
    Member m =
        member("m1")
            .exemptedSince(LocalDate.of(2020, 1, 1))
            .suspension(DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 1)))
            .addMembershipGaps(DateRange.of(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 2, 1)))
            .build();
    Member openSuspension =
        member("m2").suspension(DateRange.from(LocalDate.of(2013, 1, 1))).build();
    Member gapOnly =
        member("m3")
            .addMembershipGaps(DateRange.of(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 2, 1)))
            .build();
    Member plain = member("m4").build();

    for (Member member : List.of(m, openSuspension, gapOnly, plain)) {
      for (LocalDate day = LocalDate.of(1979, 12, 1);
          day.isBefore(LocalDate.of(2021, 2, 1));
          day = day.plusDays(15)) {
        LocalDate d = day;
        assertThat(member.hasDateAfter(day))
            .as(member.id().value() + " " + day)
            .isEqualTo(member.recordedDates().stream().anyMatch(date -> date.isAfter(d)));
      }
    }
  }

  @Test
  void recordedDates_listsEveryDate() {
    Member m =
        member("m1")
            .exemptedSince(LocalDate.of(2020, 1, 1))
            .suspension(DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 1)))
            .addMembershipGaps(DateRange.of(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 2, 1)))
            .build();

    assertThat(m.recordedDates())
        .containsExactlyInAnyOrder(
            LocalDate.of(1980, 1, 1),
            LocalDate.of(2010, 1, 1),
            LocalDate.of(2011, 1, 1),
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2019, 2, 1),
            LocalDate.of(2012, 1, 1),
            LocalDate.of(2012, 2, 1));
  }

  @Test
  void changedAttribute_givesAnUnequalMember() {
    assertThat(member("m1").addPosts(Post.CELL_SECRETARY).build()).isNotEqualTo(official("m1"));
  }

  /** Issue 17: a name of no-break or zero-width spaces was not blank for String.isBlank. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"\u00A0", "\u200B", "\u00A0\u200B\u3000", "\u2007\u202F\uFEFF", " \t"})
  void aNameOfUnicodeSpaces_isBlank(String name) {
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> member("m1").fullName(name).build(), InvalidStructureException.class))
        .extracting(e -> e.violations().get(0).code())
        .isEqualTo(ViolationCode.BLANK_NAME);
  }

  @Test
  void aNameWithNoBreakSpacesAround_isStrippedOfThem() {
    assertThat(member("m1").fullName("\u00A0" + NAME + "\u200B").build().fullName()).isEqualTo(NFC);
  }

  /** Issue 17: no real record has a date after 2100-12-31; 2100-12-31 itself is accepted. */
  @Test
  void aDateAfter2100_isRefused_andTheLastDayOf2100Accepted() {
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> member("m1").exemptedSince(LocalDate.of(2101, 1, 1)).build(),
                InvalidStructureException.class))
        .extracting(e -> e.violations().get(0).code())
        .isEqualTo(ViolationCode.DATE_AFTER_2100);
    assertThat(member("m1").exemptedSince(Dates.LATEST_RECORD).build().exemptedSince())
        .contains(LocalDate.of(2100, 12, 31));
  }
}
