package io.github.partyorg.charter;

import static io.github.partyorg.charter.CharterFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.ConsentKind;
import io.github.partyorg.structure.Root;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class S3LargeCellTest {
  private static final LocalDate CONSENT_DAY = LocalDate.of(2022, 6, 1);

  /** A cell of 20 official and {@code total - 20} probationary members. */
  private static Cell cellOf(int total) {
    return cell("c1", led("c1", 20, total - 20));
  }

  @Test
  void cellWith30Members_compliesWithS3() {
    assertThat(findings(rootOf(baseCommittee("b1", cellOf(30)).build()), CharterRule.S3)).isEmpty();
  }

  @Test
  void cellWith31MembersCountingProbationary_violatesS3() {
    Root root = rootOf(baseCommittee("b1", cellOf(31)).build());

    assertThat(findings(root, CharterRule.S3))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.entityId()).isEqualTo(CellId.of("c1"));
              assertThat(f.message().vi()).contains("Chi bộ c1", "31 đảng viên", "trên 30");
              assertThat(f.message().en()).contains("Cell c1", "31 members", "more than 30");
            });
  }

  @Test
  void cellWith31MembersAndConsent_compliesWithS3() {
    Root root =
        rootOf(
            baseCommittee("b1", withConsent(cellOf(31), ConsentKind.S3_LARGE_CELL, CONSENT_DAY))
                .build());

    assertThat(findings(root, CharterRule.S3, CONSENT_DAY)).isEmpty();
  }

  @Test
  void cellWith31MembersAndConsentDatedAfterTheCheck_violatesS3() {
    Root root =
        rootOf(
            baseCommittee("b1", withConsent(cellOf(31), ConsentKind.S3_LARGE_CELL, CONSENT_DAY))
                .build());

    assertThat(findings(root, CharterRule.S3, CONSENT_DAY.minusDays(1))).hasSize(1);
  }

  @Test
  void baseCellWith31Members_isLeftToS2ByS3() {
    Root root = rootOf(baseCell("b1", led("b1", 20, 11)).build());

    assertThat(findings(root, CharterRule.S3)).isEmpty();
  }
}
