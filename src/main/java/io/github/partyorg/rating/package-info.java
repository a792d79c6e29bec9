/**
 * The yearly quality rating (kiểm điểm, đánh giá, xếp loại chất lượng) of party members, by the
 * regime of the year assessed (R2018, R2023, R2025): who is rated (E1-E5) and the member's level
 * (C1-C5), each result with an explanation in Vietnamese and English that cites the regulation.
 *
 * <p>A business rule never throws here: a member that cannot be rated gets a result saying why, and
 * a fact the regime needs but the caller did not give is reported as a {@link
 * io.github.partyorg.rating.MissingFact}, never replaced by a silent default. Every type is
 * immutable and thread-safe; no method returns or accepts {@code null}. This package depends on
 * {@code structure} and {@code charter} only.
 */
@NullMarked
package io.github.partyorg.rating;

import org.jspecify.annotations.NullMarked;
