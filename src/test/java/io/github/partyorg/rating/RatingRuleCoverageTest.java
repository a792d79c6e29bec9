package io.github.partyorg.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * REFERENCE section 11: {@link RatingRule}'s applicability ({@link RatingRule#regimes()}, {@link
 * RatingRule#policyDecides(Regime)}) is the table of {@code docs/RULES.md}. A cell "✔" applies, "–"
 * does not, "(p)" applies with a policy deciding.
 */
class RatingRuleCoverageTest {
  private static final Pattern RULE = Pattern.compile("[ECOQ]\\d+");

  /** One cell of the table: applies, and whether a policy decides. */
  private record Cell(boolean applies, boolean policy) {
    static Cell of(String text) {
      String t = text.strip();
      if (t.startsWith("(p)")) {
        return new Cell(true, true);
      }
      if (t.startsWith("✔")) {
        return new Cell(true, false);
      }
      if (t.startsWith("–")) {
        return new Cell(false, false);
      }
      throw new IllegalArgumentException("Unreadable cell: " + text);
    }
  }

  private static Map<RatingRule, Cell[]> table() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("docs", "RULES.md"), StandardCharsets.UTF_8);
    Map<RatingRule, Cell[]> rows = new EnumMap<>(RatingRule.class);
    List<RatingRule> duplicates = new ArrayList<>();
    for (String line : lines) {
      if (!line.startsWith("| ") || line.startsWith("| Rule")) {
        continue;
      }
      String[] cells = line.split("\\|");
      // cells[0] is empty (before the first bar); then rule, R2018, R2023, R2025, note.
      Cell[] byRegime = {Cell.of(cells[2]), Cell.of(cells[3]), Cell.of(cells[4])};
      // The leading ids of the first cell: "O1, O2 shares of sub-units" lists O1 and O2.
      for (String token : cells[1].strip().split(" ")) {
        String id = token.endsWith(",") ? token.substring(0, token.length() - 1) : token;
        if (!RULE.matcher(id).matches()) {
          break;
        }
        if (rows.put(RatingRule.valueOf(id), byRegime) != null) {
          duplicates.add(RatingRule.valueOf(id));
        }
      }
    }
    assertThat(duplicates).as("rules listed twice in docs/RULES.md").isEmpty();
    return rows;
  }

  @Test
  void everyRule_isInTheTable() throws IOException {
    assertThat(table().keySet()).isEqualTo(EnumSet.allOf(RatingRule.class));
  }

  @Test
  void ratingRuleApplicability_matchesTheTable_section11() throws IOException {
    List<String> disagreements = new ArrayList<>();
    for (Map.Entry<RatingRule, Cell[]> row : table().entrySet()) {
      RatingRule rule = row.getKey();
      for (Regime regime : Regime.values()) {
        Cell cell = row.getValue()[regime.ordinal()];
        if (rule.appliesUnder(regime) != cell.applies()
            || rule.policyDecides(regime) != cell.policy()) {
          disagreements.add(
              rule
                  + " under "
                  + regime
                  + ": table "
                  + cell
                  + ", RatingRule applies="
                  + rule.appliesUnder(regime)
                  + " policy="
                  + rule.policyDecides(regime));
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void aRuleWithoutPolicy_isNeverPolicyDecided() {
    for (RatingRule rule : RatingRule.values()) {
      for (Regime regime : Regime.values()) {
        if (rule.policyDecides(regime)) {
          assertThat(rule.appliesUnder(regime)).as(rule + " " + regime).isTrue();
        }
      }
    }
  }
}
