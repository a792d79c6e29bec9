package io.github.partyorg.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed ids and the small value types that carry them. */
class IdsTest {

  @Test
  void ids_areTrimmed_andPrintAsTheirText() {
    assertThat(MemberId.of("  m1 ")).isEqualTo(MemberId.of("m1"));
    assertThat(MemberId.of(" m1").toString()).isEqualTo("m1");
    assertThat(CellId.of("c1 ").value()).isEqualTo("c1");
    assertThat(CellId.of("c1").toString()).isEqualTo("c1");
    assertThat(BaseOrganisationId.of("\tb1").toString()).isEqualTo("b1");
    assertThat(SubCommitteeId.of("s1 ").toString()).isEqualTo("s1");
    assertThat(RootId.of(" khoi ").toString()).isEqualTo("khoi");
  }

  /**
   * Issue 17: the JDK's {@code HashMap} keeps a crowded bucket as a tree ordered by {@code
   * compareTo} only for a key class that implements {@code Comparable} of itself; without it, ids
   * that share one hash code are searched linearly.
   */
  @Test
  void everyIdType_isComparableToItself_byItsText() {
    for (Class<?> type :
        List.of(
            MemberId.class,
            CellId.class,
            BaseOrganisationId.class,
            SubCommitteeId.class,
            RootId.class)) {
      assertThat(type.getGenericInterfaces())
          .as(type.getSimpleName())
          .anySatisfy(
              t ->
                  assertThat(t.getTypeName())
                      .isEqualTo("java.lang.Comparable<" + type.getName() + ">"));
    }
    assertThat(MemberId.of("a").compareTo(MemberId.of("b"))).isNegative();
    assertThat(CellId.of("b").compareTo(CellId.of("a"))).isPositive();
    assertThat(BaseOrganisationId.of("x").compareTo(BaseOrganisationId.of("x"))).isZero();
    assertThat(SubCommitteeId.of("Aa").compareTo(SubCommitteeId.of("BB"))).isNegative();
    assertThat(RootId.of("BB").compareTo(RootId.of("Aa"))).isPositive();
  }

  @Test
  void ids_areCaseSensitive() {
    assertThat(MemberId.of("m1")).isNotEqualTo(MemberId.of("M1"));
  }

  @Test
  void idsOfDifferentKinds_withOneText_areNotEqual() {
    assertThat((Object) CellId.of("x")).isNotEqualTo(BaseOrganisationId.of("x"));
    assertThat((Object) SubCommitteeId.of("x")).isNotEqualTo(CellId.of("x"));
  }

  @Test
  void nullIds_areRefusedByName() {
    assertThatNullPointerException().isThrownBy(() -> MemberId.of(null)).withMessage("value");
    assertThatNullPointerException().isThrownBy(() -> CellId.of(null)).withMessage("value");
    assertThatNullPointerException()
        .isThrownBy(() -> BaseOrganisationId.of(null))
        .withMessage("value");
    assertThatNullPointerException().isThrownBy(() -> SubCommitteeId.of(null)).withMessage("value");
    assertThatNullPointerException().isThrownBy(() -> RootId.of(null)).withMessage("value");
  }

  @Test
  void blankId_messageNamesTheKindOfId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SubCommitteeId.of(" "))
        .isInstanceOf(InvalidStructureException.class)
        .withMessage(
            "1 structure violation: BLANK_ID [(blank)]: A sub-committee id is blank; give a"
                + " non-blank id.");
  }

  @Test
  void violation_printsCodeIdAndMessage_andRefusesNulls() {
    Violation v = Violation.of(ViolationCode.DUPLICATE_ID, "m1", "Two members share this id.");

    assertThat(v).hasToString("DUPLICATE_ID [m1]: Two members share this id.");
    assertThatNullPointerException()
        .isThrownBy(() -> Violation.of(null, "m1", "x"))
        .withMessage("code");
    assertThatNullPointerException()
        .isThrownBy(() -> Violation.of(ViolationCode.BLANK_ID, null, "x"))
        .withMessage("entityId");
    assertThatNullPointerException()
        .isThrownBy(() -> Violation.of(ViolationCode.BLANK_ID, "m1", (String) null))
        .withMessage("message");
    assertThatNullPointerException()
        .isThrownBy(() -> Violation.of(ViolationCode.BLANK_ID, "m1", (Message) null))
        .withMessage("sentence");
  }

  @Test
  void invalidStructureException_needsAViolation_andCopiesTheList() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InvalidStructureException(List.of()))
        .isNotInstanceOf(InvalidStructureException.class);

    List<Violation> list = new ArrayList<>();
    list.add(Violation.of(ViolationCode.BLANK_NAME, "c1", "Blank."));
    list.add(Violation.of(ViolationCode.BLANK_NAME, "c2", "Blank."));
    InvalidStructureException e = new InvalidStructureException(list);
    list.clear();

    assertThat(e.violations()).hasSize(2);
    assertThat(e)
        .hasMessage("2 structure violations: BLANK_NAME [c1]: Blank.; BLANK_NAME [c2]: Blank.");
  }

  @Test
  void memberLocation_givesTheOptionalSubCommittee() {
    MemberLocation inSub =
        new MemberLocation(BaseOrganisationId.of("b1"), SubCommitteeId.of("s1"), CellId.of("c1"));
    MemberLocation direct =
        new MemberLocation(BaseOrganisationId.of("b1"), null, BaseOrganisationId.of("b1"));

    assertThat(inSub.subCommitteeId()).contains(SubCommitteeId.of("s1"));
    assertThat(direct.subCommitteeId()).isEmpty();
    assertThatNullPointerException()
        .isThrownBy(() -> new MemberLocation(null, null, CellId.of("c1")))
        .withMessage("baseOrganisation");
    assertThatNullPointerException()
        .isThrownBy(() -> new MemberLocation(BaseOrganisationId.of("b1"), null, null))
        .withMessage("holder");
  }

  @Test
  void consent_referenceIsNormalised_andNullsAreRefused() {
    Consent consent = Consent.of(ConsentKind.S3_LARGE_CELL, LocalDate.of(2020, 1, 1), " 12-QĐ ");

    assertThat(consent.reference()).isEqualTo("12-QĐ");
    assertThatNullPointerException()
        .isThrownBy(() -> Consent.of(null, LocalDate.of(2020, 1, 1), ""))
        .withMessage("kind");
    assertThatNullPointerException()
        .isThrownBy(() -> Consent.of(ConsentKind.S3_LARGE_CELL, null, ""))
        .withMessage("date");
    assertThatNullPointerException()
        .isThrownBy(() -> Consent.of(ConsentKind.S3_LARGE_CELL, LocalDate.of(2020, 1, 1), null))
        .withMessage("reference");
  }
}
