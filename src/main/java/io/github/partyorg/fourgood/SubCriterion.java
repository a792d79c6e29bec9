package io.github.partyorg.fourgood;

import io.github.partyorg.structure.LocalizedText;

/**
 * A sub-criterion (tiêu chí cụ thể) under a heading or among a profile's gates: a fact computed by
 * the library ({@link ComputedCriterion}), a monthly met/not-met record ({@link MonthlyCriterion}),
 * or a reported yes/no with evidence ({@link ReportedCriterion}).
 */
public sealed interface SubCriterion
    permits ComputedCriterion, MonthlyCriterion, ReportedCriterion {

  /**
   * Returns the id, unique within its profile, for example {@code "2.1"}; sheets and reports name
   * the sub-criterion by it.
   *
   * @return the id, never blank
   */
  String id();

  /**
   * Returns the wording.
   *
   * @return the wording in Vietnamese and English
   */
  LocalizedText title();

  /**
   * Returns the rule the sub-criterion applies.
   *
   * @return the rule
   */
  FourGoodRule rule();
}
