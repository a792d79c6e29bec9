/**
 * The Party Charter's structure rules (S1-S9) as explainable compliance findings ({@code
 * CharterCheck}), and the membership rules (M1-M6): admission age, probation, party age, badges,
 * discipline forms and striking off, with {@code MembershipCheck} for a whole root on a day.
 *
 * <p>Non-compliance is never an exception here: the checks return findings, each naming the rule,
 * the entity by id, a Vietnamese and an English sentence, and the regulation cited, which follows
 * the day checked through one dated table of instruments ({@code Instruments}). What each {@code
 * Severity} asks of the reader is documented on it. Every type is immutable and thread-safe.
 */
@NullMarked
package io.github.partyorg.charter;

import org.jspecify.annotations.NullMarked;
