package io.github.partyorg.charter;

import static io.github.partyorg.charter.CharterFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.ConsentKind;
import io.github.partyorg.structure.Root;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class S2BaseOrganisationKindTest {
  private static final LocalDate CONSENT_DAY = LocalDate.of(2022, 6, 1);

  /** A base cell of 20 official and {@code total - 20} probationary members. */
  private static BaseOrganisation.Builder baseCellOf(int total) {
    return baseCell("b1", led("b1", 20, total - 20));
  }

  /** A base committee of {@code total} members: a cell of 10, the rest in a second cell. */
  private static BaseOrganisation.Builder baseCommitteeOf(int total) {
    return baseCommittee("b1", ledCell("c1", 10), cell("c2", led("c2", 10, total - 20)));
  }

  @Test
  void baseCellWith29Members_compliesWithS2() {
    assertThat(findings(rootOf(baseCellOf(29).build()), CharterRule.S2)).isEmpty();
  }

  @Test
  void baseCellWith30MembersCountingProbationary_violatesS2() {
    Root root = rootOf(baseCellOf(30).build());

    assertThat(findings(root, CharterRule.S2))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.entityId()).isEqualTo(BaseOrganisationId.of("b1"));
              assertThat(f.message().vi())
                  .contains("Chi bộ cơ sở b1", "30 đảng viên", "31/12/2022", "đảng bộ cơ sở");
              assertThat(f.message().en())
                  .contains("Base cell b1", "30 members", "2022-12-31", "base committee");
            });
  }

  @Test
  void baseCellWith30MembersAndConsent_compliesWithS2() {
    Root root =
        rootOf(
            baseCellOf(30)
                .addConsents(consent(ConsentKind.S2_BASE_KIND_EXCEPTION, CONSENT_DAY))
                .build());

    assertThat(findings(root, CharterRule.S2, CONSENT_DAY)).isEmpty();
  }

  @Test
  void baseCellWith30MembersAndConsentDatedAfterTheCheck_violatesS2() {
    Root root =
        rootOf(
            baseCellOf(30)
                .addConsents(consent(ConsentKind.S2_BASE_KIND_EXCEPTION, CONSENT_DAY))
                .build());

    assertThat(findings(root, CharterRule.S2, CONSENT_DAY.minusDays(1))).hasSize(1);
  }

  @Test
  void baseCellWith30MembersAndConsentOfAnotherKind_violatesS2() {
    Root root =
        rootOf(baseCellOf(30).addConsents(consent(ConsentKind.S3_LARGE_CELL, CONSENT_DAY)).build());

    assertThat(findings(root, CharterRule.S2)).hasSize(1);
  }

  @Test
  void baseCommitteeWith30Members_compliesWithS2() {
    assertThat(findings(rootOf(baseCommitteeOf(30).build()), CharterRule.S2)).isEmpty();
  }

  @Test
  void baseCommitteeWith29Members_violatesS2() {
    Root root = rootOf(baseCommitteeOf(29).build());

    assertThat(findings(root, CharterRule.S2))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.entityId()).isEqualTo(BaseOrganisationId.of("b1"));
              assertThat(f.message().vi())
                  .contains("Đảng bộ cơ sở b1", "29 đảng viên", "chi bộ cơ sở");
              assertThat(f.message().en()).contains("Base committee b1", "29 members", "base cell");
            });
  }

  @Test
  void baseCommitteeWith29MembersAndConsent_compliesWithS2() {
    Root root =
        rootOf(
            baseCommitteeOf(29)
                .addConsents(consent(ConsentKind.S2_BASE_KIND_EXCEPTION, CONSENT_DAY))
                .build());

    assertThat(findings(root, CharterRule.S2)).isEmpty();
  }
}
