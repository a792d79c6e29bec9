package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.fourgood.ComputedCriterion;
import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.Fact;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.fourgood.Heading;
import io.github.partyorg.fourgood.Meeting;
import io.github.partyorg.fourgood.MeetingKind;
import io.github.partyorg.fourgood.MonthlyCriterion;
import io.github.partyorg.fourgood.MonthlySheet;
import io.github.partyorg.fourgood.ProfileLevel;
import io.github.partyorg.fourgood.ReportedAnswer;
import io.github.partyorg.fourgood.ReportedCriterion;
import io.github.partyorg.fourgood.SubCriterion;
import io.github.partyorg.rating.Level;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberHolderId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.SubCommitteeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code read(write(x))} equals {@code x} for four-good profiles and years, over 150 seeded random
 * documents of each kind.
 */
class FourGoodRoundTripPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void profileRoundTrip(long seed) {
    CriteriaProfile profile = new Generator(new Random(seed)).profile();

    String json = FourGoodJsonTest.write(profile);
    CriteriaProfile back = FourGoodJsonTest.readProfile(json);

    assertThat(back).isEqualTo(profile);
    assertThat(FourGoodJsonTest.write(back)).isEqualTo(json);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void yearRoundTrip(long seed) {
    FourGoodYear year = new Generator(new Random(seed)).year();

    String json = FourGoodJsonTest.write(year);
    FourGoodYear back = FourGoodJsonTest.readYear(json);

    assertThat(back).isEqualTo(year);
    assertThat(FourGoodJsonTest.write(back)).isEqualTo(json);
  }

  /** Random but valid profiles and years (also used by the year-bundle round trip). */
  static final class Generator {
    private static final String[] WORDS = {
      "Tốt", "chính trị", "sinh hoạt", "đoàn kết", "kỷ luật", "cán bộ", "quote\"", "tab\t", "x"
    };

    private final Random random;
    private int nextId;

    Generator(Random random) {
      this.random = random;
    }

    LocalizedText text() {
      return LocalizedText.of(
          WORDS[random.nextInt(WORDS.length)] + " " + random.nextInt(100),
          WORDS[random.nextInt(WORDS.length)] + " " + random.nextInt(100));
    }

    private BigDecimal percent() {
      return BigDecimal.valueOf(random.nextInt(10001), random.nextInt(3))
          .min(BigDecimal.valueOf(100));
    }

    private SubCriterion criterion(ProfileLevel level) {
      String id = (random.nextBoolean() ? "" : "G") + (nextId++);
      return switch (random.nextInt(3)) {
        case 0 -> {
          List<Fact> allowed = new ArrayList<>();
          for (Fact f : Fact.values()) {
            if (f.isAllowedAt(level)) {
              allowed.add(f);
            }
          }
          Fact fact = allowed.get(random.nextInt(allowed.size()));
          yield new ComputedCriterion(
              id, text(), fact, fact.needsThreshold() ? Optional.of(percent()) : Optional.empty());
        }
        case 1 -> new MonthlyCriterion(id, text(), percent());
        default -> new ReportedCriterion(id, text());
      };
    }

    CriteriaProfile profile() {
      ProfileLevel level = ProfileLevel.values()[random.nextInt(2)];
      CriteriaProfile.Builder b =
          CriteriaProfile.builder()
              .issuer(text())
              .instrument(text())
              .level(level)
              .titleName(text());
      if (random.nextBoolean()) {
        b.instrumentDate(LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1));
      }
      int first = 2000 + random.nextInt(30);
      if (random.nextBoolean()) {
        b.firstYear(Year.of(first));
      }
      if (random.nextBoolean()) {
        b.lastYear(Year.of(first + random.nextInt(5)));
      }
      int headings = 1 + random.nextInt(5);
      for (int h = 0; h < headings; h++) {
        List<SubCriterion> criteria = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
          criteria.add(criterion(level));
        }
        b.addHeadings(new Heading(text(), criteria));
      }
      int gates = random.nextInt(4);
      for (int i = 0; i < gates; i++) {
        b.addGates(criterion(level));
      }
      return b.build();
    }

    private MemberId member() {
      return MemberId.of("M" + random.nextInt(30));
    }

    private OrganisationId organisation() {
      return switch (random.nextInt(3)) {
        case 0 -> CellId.of("C" + random.nextInt(8));
        case 1 -> BaseOrganisationId.of("B" + random.nextInt(4));
        default -> SubCommitteeId.of("S" + random.nextInt(3));
      };
    }

    private MemberHolderId holder() {
      return random.nextBoolean()
          ? CellId.of("C" + random.nextInt(8))
          : BaseOrganisationId.of("B" + random.nextInt(4));
    }

    private Set<MemberId> members(int max) {
      Set<MemberId> ids = new LinkedHashSet<>();
      int n = random.nextInt(max + 1);
      for (int i = 0; i < n; i++) {
        ids.add(member());
      }
      return ids;
    }

    FourGoodYear year() {
      return year(Year.of(2000 + random.nextInt(30)));
    }

    FourGoodYear year(Year year) {
      FourGoodYear.Builder b = FourGoodYear.builder().year(year);
      int registered = random.nextInt(5);
      for (int i = 0; i < registered; i++) {
        b.addRegistered(organisation());
      }
      int meetings = random.nextInt(8);
      for (int i = 0; i < meetings; i++) {
        List<MemberId> expected = new ArrayList<>(members(8));
        expected.add(MemberId.of("E" + i));
        Meeting.Builder m =
            Meeting.builder()
                .holderId(holder())
                .date(year.atDay(1 + random.nextInt(year.length())))
                .kind(MeetingKind.values()[random.nextInt(3)])
                .durationMinutes(random.nextInt(200))
                .addAllExpectedMembers(expected)
                .minutesComplete(random.nextBoolean());
        for (MemberId id : expected.subList(0, expected.size() - 1)) {
          switch (random.nextInt(4)) {
            case 0 -> m.addPresentMembers(id);
            case 1 -> m.addExcusedMembers(id);
            case 2 -> m.addExemptedMembers(id);
            default -> {
              // absent without excuse
            }
          }
        }
        b.addMeetings(m.build());
      }
      Set<String> sheets = new LinkedHashSet<>();
      int n = random.nextInt(6);
      for (int i = 0; i < n; i++) {
        OrganisationId org = organisation();
        int month = 1 + random.nextInt(12);
        if (sheets.add(org.value() + org.getClass().getSimpleName() + month)) {
          Set<String> met = new LinkedHashSet<>();
          int k = random.nextInt(4);
          for (int j = 0; j < k; j++) {
            met.add(String.valueOf(random.nextInt(6)));
          }
          b.addMonthlySheets(new MonthlySheet(org, year.atMonth(month), met));
        }
      }
      int answers = random.nextInt(4);
      for (int i = 0; i < answers; i++) {
        b.addReportedAnswers(
            new ReportedAnswer(
                organisation(),
                String.valueOf(random.nextInt(6)),
                random.nextBoolean(),
                "ev " + i));
      }
      b.addAllMembersAssignedDuties(members(5));
      int levels = random.nextInt(4);
      for (int i = 0; i < levels; i++) {
        b.putOrganisationLevels(CellId.of("L" + i), Level.values()[random.nextInt(4)]);
        b.putMemberLevels(MemberId.of("L" + i), Level.values()[random.nextInt(4)]);
      }
      b.addAllDisciplinedMembers(members(3));
      return b.build();
    }
  }
}
