package io.github.partyorg.charter;

import static io.github.partyorg.charter.CharterFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.ConsentKind;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.SubCommitteeId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class S4SubCommitteeConsentTest {
  private static final LocalDate CONSENT_DAY = LocalDate.of(2022, 6, 1);

  private static Root bloc(ConsentKind... consents) {
    var sub = subCommittee("s1", ledCell("c1", 3));
    for (ConsentKind kind : consents) {
      sub.addConsents(consent(kind, CONSENT_DAY));
    }
    return rootOf(baseCommittee("b1").addSubCommittees(sub.build()).build());
  }

  @Test
  void subCommitteeWithoutConsent_violatesS4() {
    assertThat(findings(bloc(), CharterRule.S4))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.entityId()).isEqualTo(SubCommitteeId.of("s1"));
              assertThat(f.message().vi()).contains("Đảng bộ bộ phận s1", "31/12/2022");
              assertThat(f.message().en()).contains("Sub-committee s1", "2022-12-31");
            });
  }

  @Test
  void subCommitteeWithConsent_compliesWithS4() {
    assertThat(findings(bloc(ConsentKind.S4_SUB_COMMITTEE), CharterRule.S4, CONSENT_DAY)).isEmpty();
  }

  @Test
  void subCommitteeWithConsentDatedAfterTheCheck_violatesS4() {
    assertThat(
            findings(bloc(ConsentKind.S4_SUB_COMMITTEE), CharterRule.S4, CONSENT_DAY.minusDays(1)))
        .hasSize(1);
  }

  @Test
  void subCommitteeWithConsentOfAnotherKind_violatesS4() {
    assertThat(findings(bloc(ConsentKind.S3_LARGE_CELL), CharterRule.S4)).hasSize(1);
  }
}
