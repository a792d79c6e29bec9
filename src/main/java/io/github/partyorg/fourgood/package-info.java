/**
 * Four-good cells and base committees (chi bộ 4 tốt, đảng bộ cơ sở 4 tốt): criteria as data, the
 * meeting rules S10-S13 evaluated from a year's meeting records, and the yearly title with an
 * explanation in Vietnamese and English.
 *
 * <p>No central standard exists: each province writes its own criteria. A {@link
 * io.github.partyorg.fourgood.CriteriaProfile} holds an instrument's headings, sub-criteria and
 * gates; {@link io.github.partyorg.fourgood.Presets} offers labelled starting points. The
 * organisation's rating level, its members' levels and discipline are inputs of {@link
 * io.github.partyorg.fourgood.FourGoodYear}, so that the rating results can be fed in later.
 *
 * <p>Every type is immutable and thread-safe; no method returns or accepts {@code null}. Messages
 * name organisations and members by id only. This package depends on {@code structure}, {@code
 * charter} and {@code rating} ({@link io.github.partyorg.rating.Level} only).
 */
@NullMarked
package io.github.partyorg.fourgood;

import org.jspecify.annotations.NullMarked;
