package io.github.partyorg.rating;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * A criterion on which a party organisation is graded under R2018 and R2023. The rules only
 * distinguish the task criterion ({@link #POLITICAL_TASK}, "tiêu chí về thực hiện nhiệm vụ") from
 * the others, so an organisation is graded on the task criterion and on whichever other criteria
 * its superior's form lists.
 */
public enum OrganisationCriterion implements Labelled {
  /** Leading the political task (lãnh đạo thực hiện nhiệm vụ chính trị): the task criterion. */
  POLITICAL_TASK("Lãnh đạo thực hiện nhiệm vụ chính trị", "Leading the political task"),
  /**
   * Party building in politics, ideology, ethics (xây dựng Đảng về chính trị, tư tưởng, đạo đức).
   */
  POLITICS_IDEOLOGY("Xây dựng Đảng về chính trị, tư tưởng, đạo đức", "Politics, ideology, ethics"),
  /** Organisation and cadres (công tác tổ chức, cán bộ). */
  ORGANISATION_CADRES("Công tác tổ chức, cán bộ", "Organisation and cadres"),
  /** Inspection and supervision (công tác kiểm tra, giám sát). */
  INSPECTION_SUPERVISION("Công tác kiểm tra, giám sát", "Inspection and supervision"),
  /** Mass mobilisation (công tác dân vận). */
  MASS_MOBILISATION("Công tác dân vận", "Mass mobilisation");

  private final LocalizedText label;

  OrganisationCriterion(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
