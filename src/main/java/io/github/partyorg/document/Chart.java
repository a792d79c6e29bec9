package io.github.partyorg.document;

import io.github.partyorg.structure.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One chart of the page: its id, title and bars, each a label and a count, with the whole the count
 * is a share of when the chart shows shares.
 *
 * @param id the element id on the page ("chart-members-by-level")
 * @param title the title
 * @param bars the bars, in order
 */
record Chart(String id, LocalizedText title, List<Bar> bars) {
  Chart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    bars = List.copyOf(bars);
  }

  /**
   * The count that fills the width: the largest count, or the largest whole of a bar drawn against
   * its whole; at least 1.
   */
  long scale() {
    long max = 1;
    for (Bar bar : bars) {
      max = Math.max(max, bar.drawnAgainstWhole() ? bar.whole().orElse(bar.value()) : bar.value());
    }
    return max;
  }

  /**
   * One bar.
   *
   * @param label the label
   * @param value the count
   * @param whole the whole of which the count is a share (for the percentage), or empty
   * @param drawnAgainstWhole whether the bar is drawn as a part of a bar as long as the whole
   */
  record Bar(LocalizedText label, long value, Optional<Long> whole, boolean drawnAgainstWhole) {
    Bar {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(whole, "whole");
    }
  }
}
