/**
 * Yearly targets (chỉ tiêu) of a bloc's resolution and their evaluation against the year's results
 * (T1-T7): each target binds to a {@link io.github.partyorg.targets.Metric}, computed from the
 * model ({@link io.github.partyorg.targets.MetricSource}) or reported by the caller, and comes out
 * exceeded, met or not met with the percent of target, the absolute difference and the change from
 * the previous year.
 *
 * <p>A target whose figure is missing, of the wrong kind or impossible to compare is never "met":
 * its outcome is {@link io.github.partyorg.targets.TargetStatus#UNKNOWN} with a {@link
 * io.github.partyorg.targets.TargetFinding} naming the target and the metric. Thresholds are
 * compared exactly (no floating point); the percentages in outcomes are {@link
 * java.math.BigDecimal} values already rounded by {@link io.github.partyorg.targets.TargetPolicies}
 * (T4), and are left to the {@code report} package to format. Every type is immutable and
 * thread-safe; no method returns or accepts {@code null}. This package depends on {@code
 * structure}, {@code charter}, {@code rating} and {@code fourgood}.
 */
@NullMarked
package io.github.partyorg.targets;

import org.jspecify.annotations.NullMarked;
