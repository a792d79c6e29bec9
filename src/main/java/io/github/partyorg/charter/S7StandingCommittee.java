package io.github.partyorg.charter;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Post;
import java.time.LocalDate;
import java.util.List;

/**
 * S7: a base committee whose executive (đảng ủy) has 9 or more members elects a standing committee
 * (ban thường vụ) (Party Charter 2011, art. 22), and has one secretary.
 *
 * <p>Applies to base committees only. With e = {@link BaseOrganisation#committeeMembers()}
 * (standing committee members included) and s = {@link
 * BaseOrganisation#standingCommitteeMembers()}: e &ge; 9 and s = 0 gives an {@link Severity#ERROR};
 * e &lt; 9 and s &gt; 0 gives a {@link Severity#WARNING}, since a standing committee is elected
 * only with 9 or more executive members. The secretary and deputy secretaries ({@link
 * Post#BASE_COMMITTEE_SECRETARY}, {@link Post#BASE_COMMITTEE_DEPUTY_SECRETARY}) count in e. Then,
 * for the posts: more than one secretary, or a member recorded as both secretary and deputy, gives
 * an {@link Severity#ERROR}; an executive recorded (e &gt; 0) without a secretary gives an {@link
 * Severity#INFO}. A base cell (which has no executive) with members holding a base committee's post
 * gives a {@link Severity#WARNING}. No limit on the number of deputy secretaries is checked: the
 * domain reference gives none.
 */
final class S7StandingCommittee implements StructureRule {
  static final int THRESHOLD = 9;

  @Override
  public CharterRule rule() {
    return CharterRule.S7;
  }

  @Override
  public void checkBaseOrganisation(BaseOrganisation base, LocalDate asOf, List<Finding> out) {
    if (!base.isBaseCommittee()) {
      baseCellPosts(base, asOf, out);
      return;
    }
    int executive = base.committeeMembers().size();
    int standing = base.standingCommitteeMembers().size();
    String id = base.id().value();
    if (executive >= THRESHOLD && standing == 0) {
      out.add(
          new Finding(
              CharterRule.S7,
              Severity.ERROR,
              base.id(),
              Message.of("charter.S7.noStanding", id, executive),
              asOf));
    } else if (executive < THRESHOLD && standing > 0) {
      out.add(
          new Finding(
              CharterRule.S7,
              Severity.WARNING,
              base.id(),
              Message.of("charter.S7.standingUnder9", id, executive, standing),
              asOf));
    }
    secretaries(base, asOf, out);
  }

  /**
   * One secretary: more than one member holding {@link Post#BASE_COMMITTEE_SECRETARY} is an error;
   * an executive recorded without a secretary is a missing fact; a member recorded as both
   * secretary and deputy secretary is an error.
   */
  private static void secretaries(BaseOrganisation base, LocalDate asOf, List<Finding> out) {
    String id = base.id().value();
    List<Member> secretaries =
        base.allMembers().filter(m -> m.holds(Post.BASE_COMMITTEE_SECRETARY)).toList();
    if (secretaries.size() > 1) {
      out.add(
          new Finding(
              CharterRule.S7,
              Severity.ERROR,
              base.id(),
              Message.of(
                  "charter.S7.secretaries", id, secretaries.size(), Messages.ids(secretaries)),
              asOf));
    } else if (secretaries.isEmpty() && !base.committeeMembers().isEmpty()) {
      out.add(
          new Finding(
              CharterRule.S7,
              Severity.INFO,
              base.id(),
              Message.of("charter.S7.noSecretary", id),
              asOf));
    }
    List<Member> both =
        base.allMembers()
            .filter(
                m ->
                    m.holds(Post.BASE_COMMITTEE_SECRETARY)
                        && m.holds(Post.BASE_COMMITTEE_DEPUTY_SECRETARY))
            .toList();
    if (!both.isEmpty()) {
      out.add(
          new Finding(
              CharterRule.S7,
              Severity.ERROR,
              base.id(),
              Message.of("charter.S7.both", id, Messages.ids(both)),
              asOf));
    }
  }

  /** A base cell has no executive: posts of a base committee recorded in it are to be reviewed. */
  private static void baseCellPosts(BaseOrganisation base, LocalDate asOf, List<Finding> out) {
    List<Member> holders =
        base.allMembers()
            .filter(
                m ->
                    m.holds(Post.BASE_COMMITTEE_MEMBER)
                        || m.holds(Post.STANDING_COMMITTEE_MEMBER)
                        || m.holds(Post.BASE_COMMITTEE_SECRETARY)
                        || m.holds(Post.BASE_COMMITTEE_DEPUTY_SECRETARY))
            .toList();
    if (holders.isEmpty()) {
      return;
    }
    String id = base.id().value();
    out.add(
        new Finding(
            CharterRule.S7,
            Severity.WARNING,
            base.id(),
            Message.of("charter.S7.baseCellPosts", id, Messages.ids(holders)),
            asOf));
  }
}
