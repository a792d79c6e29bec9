/**
 * A root across the years (REFERENCE section 4b, Y1-Y6): {@link
 * io.github.partyorg.history.RootHistory}, an immutable, persistent sequence of {@link
 * io.github.partyorg.history.HistoryYear}s (each year's snapshot, rating facts with the decided
 * levels, rating and, optionally, the year-end report's data), and the rules that read more than
 * one year: commendation proposals for five years at HTXSNV (Y1), striking-off consideration after
 * two years at KHTNV (Y2), four-good gates over earlier years (Y3), term targets (Y4), the "so với
 * cùng kỳ" comparisons of a report (Y5) and the difference between two years (Y6).
 *
 * <p>Adding a year copies nothing old: the earlier years are the same instances. Every type is
 * immutable and thread-safe; no method returns or accepts {@code null}. This package sits after
 * {@code report}: it reads {@code structure}, {@code rating}, {@code fourgood}, {@code targets} and
 * {@code report}, and only through their public API.
 */
@NullMarked
package io.github.partyorg.history;

import org.jspecify.annotations.NullMarked;
