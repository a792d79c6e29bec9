package io.github.partyorg.charter;

import static io.github.partyorg.charter.CharterFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class S6SingleDeputySecretaryTest {

  /** Members of a holder led as by {@link CharterFixtures#led}, {@code deputies} of them deputy. */
  private static List<Member> withDeputies(String prefix, int deputies) {
    List<Member> members = new ArrayList<>(led(prefix, 5, 0));
    for (int i = 0; i < deputies; i++) {
      members.set(i + 1, withPosts(members.get(i + 1), Post.CELL_DEPUTY_SECRETARY));
    }
    return members;
  }

  @Test
  void cellWithOneDeputySecretary_compliesWithS6() {
    Root root = rootOf(baseCommittee("b1", cell("c1", withDeputies("c1", 1))).build());

    assertThat(findings(root, CharterRule.S6)).isEmpty();
  }

  @Test
  void cellWithTwoDeputySecretaries_violatesS6() {
    Root root = rootOf(baseCommittee("b1", cell("c1", withDeputies("c1", 2))).build());

    assertThat(findings(root, CharterRule.S6))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.entityId()).isEqualTo(CellId.of("c1"));
              assertThat(f.message().vi()).contains("Chi bộ c1", "2 phó bí thư", "c1-2, c1-3");
              assertThat(f.message().en())
                  .contains("Cell c1", "2 deputy secretaries", "c1-2, c1-3");
            });
  }

  @Test
  void baseCellWithTwoDeputySecretaries_violatesS6() {
    Root root = rootOf(baseCell("b1", withDeputies("b1", 2)).build());

    assertThat(findings(root, CharterRule.S6))
        .singleElement()
        .satisfies(f -> assertThat(f.entityId()).isEqualTo(BaseOrganisationId.of("b1")));
  }

  @Test
  void baseCellWithOneDeputySecretary_compliesWithS6() {
    Root root = rootOf(baseCell("b1", withDeputies("b1", 1)).build());

    assertThat(findings(root, CharterRule.S6)).isEmpty();
  }
}
