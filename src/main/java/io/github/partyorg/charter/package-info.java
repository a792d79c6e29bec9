/**
 * The Party Charter's structure rules (S1-S8) as explainable compliance findings, and the
 * membership rules (M1-M6): admission age, probation, party age, badges, discipline forms and
 * striking off.
 *
 * <p>Non-compliance is never an exception here: {@code CharterCheck} returns findings, each naming
 * the rule, the entity by id, a Vietnamese and an English sentence, and the regulation cited. Every
 * type is immutable and thread-safe.
 */
@NullMarked
package io.github.partyorg.charter;

import org.jspecify.annotations.NullMarked;
