package io.github.partyorg.charter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one dated table of the instruments implementing the Party Charter (2011): which regulation
 * and which guidance are in force on a day. Every structure (S) and membership (M) finding cites
 * the instruments in force on the day it checks, through {@link CharterRule#citation(LocalDate)}.
 *
 * <table>
 *   <caption>Instruments in force</caption>
 *   <tr><th>From</th><th>Regulation</th><th>Guidance</th></tr>
 *   <tr><td>(earlier days)</td><td>45-QĐ/TW (1 Nov 2011)</td><td>01-HD/TW (5 Jan 2012)</td></tr>
 *   <tr><td>25 Jul 2016</td><td>29-QĐ/TW</td><td>01-HD/TW (2012), then 01-HD/TW (20 Sep
 *       2016)</td></tr>
 *   <tr><td>30 Jul 2021</td><td>24-QĐ/TW</td><td>01-HD/TW (2016), then 01-HD/TW (28 Sep
 *       2021)</td></tr>
 *   <tr><td>20 Jan 2025</td><td>232-QĐ/TW</td><td>01-HD/TW (2021)</td></tr>
 *   <tr><td>1 Jul 2025</td><td>294-QĐ/TW (signed 26 May 2025)</td><td>06-HD/TW (signed 9 Jun
 *       2025, applied with 294-QĐ/TW)</td></tr>
 * </table>
 *
 * <p>A guidance stays in force until the next one is issued, across a change of regulation, as the
 * domain reference reads it (section 2). The library does not model days before the 2011 Charter:
 * such days cite the 2011 instruments.
 *
 * <p>Stateless and thread-safe.
 */
public final class Instruments {
  private static final List<Instrument> REGULATIONS = ofKind(Instrument.Kind.REGULATION);
  private static final List<Instrument> GUIDANCE = ofKind(Instrument.Kind.GUIDANCE);

  private Instruments() {}

  /**
   * Returns the regulation implementing the Charter in force on a day.
   *
   * @param day the day checked
   * @return the regulation in force
   * @throws NullPointerException if {@code day} is null
   */
  public static Instrument regulationOn(LocalDate day) {
    return inForce(REGULATIONS, day);
  }

  /**
   * Returns the guidance in force on a day.
   *
   * @param day the day checked
   * @return the guidance in force
   * @throws NullPointerException if {@code day} is null
   */
  public static Instrument guidanceOn(LocalDate day) {
    return inForce(GUIDANCE, day);
  }

  private static Instrument inForce(List<Instrument> table, LocalDate day) {
    Objects.requireNonNull(day, "day");
    Instrument found = table.get(0);
    for (Instrument instrument : table) {
      if (!day.isBefore(instrument.inForceFrom())) {
        found = instrument;
      }
    }
    return found;
  }

  private static List<Instrument> ofKind(Instrument.Kind kind) {
    List<Instrument> list = new ArrayList<>();
    for (Instrument instrument : Instrument.values()) {
      if (instrument.kind() == kind) {
        list.add(instrument);
      }
    }
    return List.copyOf(list);
  }
}
