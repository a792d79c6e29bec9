package io.github.partyorg.report;

import io.github.partyorg.rating.QuotaFinding;
import io.github.partyorg.structure.EntityId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the year-end report says of the HTXSNV quota (Q1; REFERENCE section 6a): for members or for
 * organisations, in how many scopes the number rated (or proposed) HTXSNV went over 20% of the
 * number rated HTTNV, by how many in all, and how many of those were demoted to HTTNV when the
 * quota was enforced ({@link io.github.partyorg.rating.QuotaHandling#ENFORCE}).
 *
 * <p>A scope is what Q1 counts within: a base organisation for members; for organisations, a
 * committee whose direct subordinates are counted (a base committee, a sub-committee or the root).
 * The report says it as "tỷ lệ hoàn thành xuất sắc nhiệm vụ vượt 20% số hoàn thành tốt nhiệm vụ ở
 * 03 tổ chức cơ sở đảng".
 *
 * @param subject what was counted: members or organisations
 * @param scopes the number of scopes over the quota, at least 1
 * @param surplus the number over the quota, summed over the scopes, at least {@code scopes}
 * @param demoted the number demoted to HTTNV, from 0 (the quota was only reported) to {@code
 *     surplus}
 */
public record QuotaSurplus(QuotaFinding.Subject subject, int scopes, long surplus, long demoted) {

  /**
   * Creates the summary.
   *
   * @param subject what was counted
   * @param scopes the scopes over the quota
   * @param surplus the number over the quota
   * @param demoted the number demoted
   * @throws NullPointerException if {@code subject} is null
   * @throws IllegalArgumentException if {@code scopes} is under 1, {@code surplus} under {@code
   *     scopes}, or {@code demoted} negative or over {@code surplus}
   */
  public QuotaSurplus {
    Objects.requireNonNull(subject, "subject");
    if (scopes < 1 || surplus < scopes || demoted < 0 || demoted > surplus) {
      throw new IllegalArgumentException(
          "A quota surplus of "
              + subject
              + " needs scopes >= 1, surplus >= scopes and 0 <= demoted <= surplus; got scopes "
              + scopes
              + ", surplus "
              + surplus
              + ", demoted "
              + demoted
              + ".");
    }
  }

  /**
   * Summarises a rating's quota findings, members first, then organisations; a subject with no
   * finding over the quota has no summary. Findings of one scope (the groups of the root's base
   * organisations under {@link io.github.partyorg.rating.QuotaGroups}) count as one scope.
   *
   * @param findings the findings, for example {@code RootRating.quotaFindings()}
   * @return the summaries, at most one per subject
   * @throws NullPointerException if the list or a finding is null
   */
  public static List<QuotaSurplus> of(List<QuotaFinding> findings) {
    Map<QuotaFinding.Subject, Sum> sums = new EnumMap<>(QuotaFinding.Subject.class);
    for (QuotaFinding f : findings) {
      if (f.surplus() > 0) {
        Sum sum = sums.computeIfAbsent(f.subject(), s -> new Sum());
        sum.scopes.add(f.scope());
        sum.surplus += f.surplus();
        sum.demoted += f.demoted().size();
      }
    }
    List<QuotaSurplus> out = new ArrayList<>();
    sums.forEach(
        (subject, sum) ->
            out.add(new QuotaSurplus(subject, sum.scopes.size(), sum.surplus, sum.demoted)));
    return List.copyOf(out);
  }

  /** The running sums of one subject. */
  private static final class Sum {
    final Set<EntityId> scopes = new HashSet<>();
    long surplus;
    long demoted;
  }
}
