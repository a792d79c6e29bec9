package io.github.partyorg.charter;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Member;
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
              LocalizedText.of(
                  "Đảng bộ cơ sở "
                      + id
                      + " có "
                      + executive
                      + " đảng ủy viên (từ 9 trở lên) nhưng chưa có ban thường vụ (S7). Cần bầu"
                      + " ban thường vụ đảng ủy.",
                  "Base committee "
                      + id
                      + " has "
                      + executive
                      + " executive members (9 or more) but no standing committee (S7). Elect a"
                      + " standing committee."),
              asOf));
    } else if (executive < THRESHOLD && standing > 0) {
      out.add(
          new Finding(
              CharterRule.S7,
              Severity.WARNING,
              base.id(),
              LocalizedText.of(
                  "Đảng bộ cơ sở "
                      + id
                      + " chỉ có "
                      + executive
                      + " đảng ủy viên (dưới 9) nhưng có "
                      + standing
                      + " ủy viên ban thường vụ (S7). Ban thường vụ chỉ được bầu khi đảng ủy có từ"
                      + " 9 ủy viên trở lên; cần xem lại chức vụ.",
                  "Base committee "
                      + id
                      + " has only "
                      + executive
                      + " executive members (fewer than 9) but "
                      + standing
                      + " standing committee members (S7). A standing committee is elected only"
                      + " with 9 or more executive members; review the posts."),
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
              LocalizedText.of(
                  "Đảng bộ cơ sở "
                      + id
                      + " có "
                      + secretaries.size()
                      + " bí thư đảng ủy (đảng viên "
                      + Messages.ids(secretaries)
                      + ") (S7). Đảng ủy chỉ có một bí thư; cần sửa lại chức vụ cho đúng.",
                  "Base committee "
                      + id
                      + " has "
                      + secretaries.size()
                      + " secretaries (members "
                      + Messages.ids(secretaries)
                      + ") (S7). A base committee has one secretary; correct the posts."),
              asOf));
    } else if (secretaries.isEmpty() && !base.committeeMembers().isEmpty()) {
      out.add(
          new Finding(
              CharterRule.S7,
              Severity.INFO,
              base.id(),
              LocalizedText.of(
                  "Đảng bộ cơ sở "
                      + id
                      + " có ghi nhận đảng ủy viên nhưng chưa ghi nhận bí thư đảng ủy (S7). Cần"
                      + " ghi nhận chức vụ Bí thư Đảng ủy.",
                  "Base committee "
                      + id
                      + " has executive members recorded but no secretary (S7). Record the"
                      + " base committee secretary's post."),
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
              LocalizedText.of(
                  "Đảng bộ cơ sở "
                      + id
                      + ": đảng viên "
                      + Messages.ids(both)
                      + " được ghi nhận vừa là bí thư vừa là phó bí thư đảng ủy (S7). Cần sửa lại"
                      + " chức vụ cho đúng.",
                  "Base committee "
                      + id
                      + ": members "
                      + Messages.ids(both)
                      + " are recorded as both secretary and deputy secretary (S7). Correct the"
                      + " posts."),
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
            LocalizedText.of(
                "Chi bộ cơ sở "
                    + id
                    + " có đảng viên được ghi nhận chức vụ của đảng ủy cơ sở (đảng viên "
                    + Messages.ids(holders)
                    + ") (S7). Chi bộ cơ sở không có đảng ủy: bí thư, phó bí thư là bí thư, phó bí"
                    + " thư chi bộ; cần xem lại chức vụ.",
                "Base cell "
                    + id
                    + " has members recorded with a base committee's post (members "
                    + Messages.ids(holders)
                    + ") (S7). A base cell has no executive: its secretary and deputy are the cell"
                    + " secretary and deputy; review the posts."),
            asOf));
  }
}
