package io.github.partyorg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.Root;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 (denial of service): a document whose member and cell ids all share one {@link
 * String#hashCode} (ids of "Aa"/"BB" pairs) costs no more to read, validate and rate than the same
 * document with ordinary ids of the same length. Before the ids were comparable and the persistent
 * map's collision nodes a search tree, this was quadratic (the issue measured 182 s against 1.2 s
 * for 65,536 members); at the 16,384 members here that is a ratio of about 40, which the bound of 5
 * refuses. The two documents are measured in one run, interleaved, best of three each, so that the
 * ratio holds on a loaded machine; the absolute figures are in BENCHMARKS.md ({@code
 * CollidingIdsBench}).
 */
public class CollidingIdsTest {
  private static final int MEMBERS = 16_384;
  private static final PartyorgJson JSON = PartyorgJson.standard();

  /** The two documents: the root and its year facts, as text. */
  public record Documents(String root, String facts) {}

  public static Documents colliding() {
    // Members take the numbers 1..16,384 and cells count down from 65,535: disjoint ids.
    return documents(
        Synthetic.root(
            17, MEMBERS, Synthetic::collidingId, c -> Synthetic.collidingId(65_535 - c)));
  }

  public static Documents ordinary() {
    return documents(
        Synthetic.root(
            17,
            MEMBERS,
            m -> String.format(Locale.ROOT, "M%031d", m),
            c -> String.format(Locale.ROOT, "C%031d", c)));
  }

  private static Documents documents(Synthetic.Dataset data) {
    StringWriter root = new StringWriter();
    JSON.writeRoot(data.root(), root);
    StringWriter facts = new StringWriter();
    JSON.writeYearFacts(data.facts(), facts);
    return new Documents(root.toString(), facts.toString());
  }

  /** Reads (and so validates) the root and the facts, and rates the year. */
  public static RootRating readAndRate(Documents documents) {
    Root root = JSON.readRoot(new StringReader(documents.root()));
    YearFacts facts = JSON.readYearFacts(new StringReader(documents.facts()));
    return RootRater.forYear(facts.year()).rate(root, facts);
  }

  @Test
  void collidingIds_areReadAndRatedInAtMostFiveTimesTheTimeOfOrdinaryIds() {
    Documents colliding = colliding();
    Documents ordinary = ordinary();
    Root hostile = JSON.readRoot(new StringReader(colliding.root()));
    assertThat(hostile.allMembers().map(m -> m.id().value().hashCode()).distinct().count())
        .as("every member id has the same hash code")
        .isOne();
    assertThat(hostile.allMembers().count()).isEqualTo(MEMBERS);

    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
    int[] rated = new int[2];
    for (int round = 0; round < 3; round++) {
      for (int k = 0; k < 2; k++) {
        long start = System.nanoTime();
        RootRating rating = readAndRate(k == 0 ? ordinary : colliding);
        best[k] = Math.min(best[k], System.nanoTime() - start);
        rated[k] = rating.members().size();
      }
    }
    assertThat(rated).containsExactly(MEMBERS, MEMBERS);
    double ratio = (double) best[1] / best[0];
    assertThat(ratio)
        .as("colliding / ordinary ids: %,d ns / %,d ns", best[1], best[0])
        .isLessThanOrEqualTo(5.0);
  }
}
