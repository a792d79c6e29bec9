package io.github.partyorg.bench;

import io.github.partyorg.rating.Criterion;
import io.github.partyorg.rating.Grade;
import io.github.partyorg.rating.MemberFacts;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.Root;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plain baseline of the benchmarks: the same facts in primitive arrays (grades as bytes,
 * disciplines as booleans, percentages as bytes, the base organisation of each member as an int)
 * and loops computing the same member levels (R2023: C0 worst grade, C1 discipline to KHTNV, C4
 * excellence; R2025: C5 score band and conditions, C1), eligibility by admission date (E2), and the
 * level counts per base organisation. No explanation, no missing facts, no maps.
 */
public final class Baseline {
  /** Level codes: 0 HTXSNV, 1 HTTNV, 2 HTNV, 3 KHTNV, 4 not rated. */
  static final byte HTXSNV = 0;

  static final byte HTTNV = 1;
  static final byte HTNV = 2;
  static final byte KHTNV = 3;
  static final byte NOT_RATED = 4;

  final int members;
  final int bases;
  final String[] ids;
  final byte[] grades; // 4 per member, Grade ordinal (0 excellent .. 3 poor)
  final byte[] score;
  final byte[] completed;
  final byte[] onTime;
  final byte[] exceeded;
  final byte[] late;
  final boolean[] disciplined;
  final int[] admittedDay; // epoch day
  final int[] base; // base organisation index
  final int[] holder; // cell or base cell index
  final boolean[] official;
  final int[] bornDay;
  final int holders;
  final int reviewDay;
  final int sixMonthsBeforeReview;

  /**
   * Flattens a root and its facts.
   *
   * @param root the root
   * @param facts the facts
   */
  public Baseline(Root root, YearFacts facts) {
    List<BaseOrganisation> list = root.baseOrganisations();
    members = root.memberCount();
    bases = list.size();
    ids = new String[members];
    grades = new byte[members * 4];
    score = new byte[members];
    completed = new byte[members];
    onTime = new byte[members];
    exceeded = new byte[members];
    late = new byte[members];
    disciplined = new boolean[members];
    admittedDay = new int[members];
    base = new int[members];
    holder = new int[members];
    official = new boolean[members];
    bornDay = new int[members];
    int h = -1;
    Object lastHolder = null;
    reviewDay = (int) facts.reviewDate().toEpochDay();
    sixMonthsBeforeReview = (int) facts.reviewDate().minusMonths(6).toEpochDay();
    int i = 0;
    for (int b = 0; b < bases; b++) {
      BaseOrganisation organisation = list.get(b);
      for (Member m : (Iterable<Member>) organisation.allMembers()::iterator) {
        Object at = root.locate(m.id()).orElseThrow().holder();
        if (!at.equals(lastHolder)) {
          h++;
          lastHolder = at;
        }
        holder[i] = h;
        official[i] = m.isOfficial();
        bornDay[i] = (int) m.dateOfBirth().toEpochDay();
        MemberFacts f = facts.members().get(m.id());
        ids[i] = m.id().value();
        for (Criterion c : Criterion.values()) {
          grades[i * 4 + c.ordinal()] = (byte) f.grades().get(c).ordinal();
        }
        score[i] = b(f.score());
        completed[i] = b(f.targetsCompletedPercent());
        onTime[i] = b(f.tasksOnTimePercent());
        exceeded[i] = b(f.tasksExceededPercent());
        late[i] = b(f.tasksLatePercent());
        disciplined[i] = !f.disciplines().isEmpty();
        admittedDay[i] = (int) m.admissionDate().toEpochDay();
        base[i] = b;
        i++;
      }
    }
    holders = h + 1;
  }

  /**
   * The baseline of the charter check: per holder, the members and official members (fewer than 3
   * official members, S1; more than 30 members, S3) and per member the admission age (under 18).
   *
   * @param perHolder 2 per holder
   * @return the number of findings
   */
  public int charter(int[] perHolder) {
    java.util.Arrays.fill(perHolder, 0);
    int findings = 0;
    for (int i = 0; i < members; i++) {
      perHolder[holder[i] * 2]++;
      if (official[i]) {
        perHolder[holder[i] * 2 + 1]++;
      }
      if (admittedDay[i] - bornDay[i] < 18 * 365) {
        findings++;
      }
    }
    for (int k = 0; k < holders; k++) {
      if (perHolder[k * 2 + 1] < 3 || perHolder[k * 2] > 30) {
        findings++;
      }
    }
    return findings;
  }

  private static byte b(Optional<BigDecimal> value) {
    return (byte) value.orElseThrow().intValue();
  }

  /**
   * Rates every member under R2023 into {@code levels} and counts the levels per base organisation
   * into {@code counts} (5 per base).
   *
   * @param levels one per member
   * @param counts 5 per base organisation
   * @return the number of HTXSNV, to consume the result
   */
  public int rateR2023(byte[] levels, int[] counts) {
    java.util.Arrays.fill(counts, 0);
    int excellent = 0;
    for (int i = 0; i < members; i++) {
      byte level = levelR2023(i);
      levels[i] = level;
      counts[base[i] * 5 + level]++;
      if (level == HTXSNV) {
        excellent++;
      }
    }
    return excellent;
  }

  byte levelR2023(int i) {
    if (admittedDay[i] > sixMonthsBeforeReview) {
      return NOT_RATED;
    }
    int worst = 0;
    for (int c = 0; c < 4; c++) {
      worst = Math.max(worst, grades[i * 4 + c]);
    }
    byte level;
    int task = grades[i * 4 + 3];
    if (worst <= Grade.TOT.ordinal()) {
      level = task == 0 ? HTXSNV : HTTNV;
    } else if (worst == Grade.TRUNG_BINH.ordinal()) {
      // C0, the organisations' reading (MemberGradeReading default): task results Tốt or better.
      level = task <= Grade.TOT.ordinal() ? HTTNV : HTNV;
    } else {
      level = KHTNV;
    }
    if (disciplined[i]) {
      return KHTNV;
    }
    if (level == HTXSNV && (onTime[i] < 100 || exceeded[i] < 50)) {
      level = HTTNV;
    }
    return level;
  }

  /**
   * Rates every member under R2025, as {@link #rateR2023}.
   *
   * @param levels one per member
   * @param counts 5 per base organisation
   * @return the number of HTXSNV
   */
  public int rateR2025(byte[] levels, int[] counts) {
    java.util.Arrays.fill(counts, 0);
    int excellent = 0;
    for (int i = 0; i < members; i++) {
      byte level = levelR2025(i);
      levels[i] = level;
      counts[base[i] * 5 + level]++;
      if (level == HTXSNV) {
        excellent++;
      }
    }
    return excellent;
  }

  byte levelR2025(int i) {
    if (admittedDay[i] > sixMonthsBeforeReview) {
      return NOT_RATED;
    }
    int s = score[i];
    byte level = s >= 90 ? HTXSNV : s >= 70 ? HTTNV : s >= 50 ? HTNV : KHTNV;
    if (level == HTXSNV && (onTime[i] < 100 || exceeded[i] < 30 || disciplined[i])) {
      level = HTTNV;
    }
    if (level == HTTNV && onTime[i] < 100) {
      level = HTNV;
    }
    if (level == HTNV && (completed[i] < 100 || late[i] > 20)) {
      level = KHTNV;
    }
    return disciplined[i] ? KHTNV : level;
  }

  /**
   * An index from member id to position, as a plain hash map (the baseline of lookups by id).
   *
   * @return the index
   */
  public Map<String, Integer> index() {
    Map<String, Integer> index = new HashMap<>(members * 2);
    for (int i = 0; i < members; i++) {
      index.put(ids[i], i);
    }
    return index;
  }

  /**
   * The member count.
   *
   * @return the count
   */
  public int members() {
    return members;
  }
}
