package io.github.partyorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.charter.CharterCheck;
import io.github.partyorg.charter.CharterRule;
import io.github.partyorg.charter.Finding;
import io.github.partyorg.rating.InvalidFactsException;
import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.report.YearJob;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.report.YearResults;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.BaseOrganisationKind;
import io.github.partyorg.structure.Gender;
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.structure.RootKind;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.TargetStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and run; and a check that the README shows it. */
class ReadmeExampleTest {

  @Test
  void yearlyJob_runs() {
    // The year's inputs: here the bundled synthetic sample's; yours come from your own records,
    // built with the builders below or read with PartyorgJson.
    BenTreSample sample = BenTreSample.get();
    Year year = Year.of(2022);
    Root bloc = sample.root(year);
    YearFacts facts = sample.facts(year);
    YearReportData reportData = sample.reportData(year); // records, resolution, reported figures

    // Rating, targets and report in one call. Optionally .withFourGood(profile, records),
    // .withRegime(Regime.R2018), .withRatingPolicies(...), .withTargetPolicies(...).
    YearJob job = YearJob.of(bloc, facts).withReportData(reportData);
    YearResults results = job.run();

    RootRating rating = results.rating();
    System.out.println("HTXSNV members: " + rating.memberCounts().count(Level.HTXSNV));
    ResolutionEvaluation targets = results.targets().orElseThrow();
    System.out.println("Targets exceeded: " + targets.count(TargetStatus.EXCEEDED));
    YearEndReport report = results.report().orElseThrow();
    System.out.println(report.toEnglishText());
    assertThat(report).isEqualTo(sample.report(year));

    // An update gives a new tree; the same job runs on it.
    MemberId rated = facts.members().keySet().iterator().next();
    Member member = bloc.member(rated).orElseThrow();
    Root updated =
        bloc.withMemberUpdated(
            Member.builder().from(member).addPosts(Post.CELL_COMMITTEE_MEMBER).build());
    YearResults again = job.withRoot(updated).run();
    assertThat(again.rating().members()).hasSameSizeAs(rating.members());

    // Nothing given is dropped: facts for a member who is not in the tree are refused by id.
    Root without = bloc.withoutMember(rated);
    assertThatThrownBy(() -> job.withRoot(without))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining(rated.value());
  }

  @Test
  void embeddingExample_runs() {
    Member secretary =
        Member.builder()
            .id(MemberId.of("DV001"))
            .fullName("Nguyễn Văn An")
            .gender(Gender.MALE)
            .dateOfBirth(LocalDate.of(1980, 3, 14))
            .admissionDate(LocalDate.of(2005, 5, 19))
            .officialDate(LocalDate.of(2006, 5, 19))
            .addPosts(Post.CELL_SECRETARY)
            .build();
    Member probationary =
        Member.builder()
            .id(MemberId.of("DV002"))
            .fullName("Trần Thị Bình")
            .gender(Gender.FEMALE)
            .dateOfBirth(LocalDate.of(1998, 9, 2))
            .admissionDate(LocalDate.of(2022, 3, 1))
            .build();
    Root bloc =
        Root.builder()
            .id(RootId.of("DUK"))
            .kind(RootKind.PROVINCIAL_BLOC)
            .name("Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh")
            .snapshotDate(LocalDate.of(2022, 12, 31))
            .addBaseOrganisation(
                BaseOrganisation.builder()
                    .id(BaseOrganisationId.of("CB-TC"))
                    .name("Chi bộ Sở Tài chính")
                    .kind(BaseOrganisationKind.BASE_CELL)
                    .sector(HostSector.PARTY_OR_STATE_AGENCY)
                    .addMembers(secretary, probationary)
                    .lastCongressOn(LocalDate.of(2020, 6, 15))
                    .build())
            .build();

    List<Finding> findings = CharterCheck.check(bloc, LocalDate.of(2022, 12, 31));
    // One official member only: rule S1 asks for at least three.
    Finding first = findings.get(0);
    assertThat(first.rule()).isEqualTo(CharterRule.S1);
    assertThat(first.entityId()).isEqualTo(BaseOrganisationId.of("CB-TC"));
    System.out.println(first.message().in(Language.EN) + " (" + first.citation().en() + ")");

    // Updates return a new tree and copy only the path to the change.
    Root moved = bloc.withoutMember(MemberId.of("DV002"));
    assertThat(moved.memberCount()).isEqualTo(1);
    assertThat(bloc.memberCount()).isEqualTo(2);
  }

  @Test
  void readmeShowsExactlyTheCodeThisTestRuns() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    String source =
        Files.readString(
            Path.of("src/test/java/io/github/partyorg/ReadmeExampleTest.java"),
            StandardCharsets.UTF_8);
    int blocks = 0;
    while (block.find()) {
      assertThat(normalise(source)).contains(normalise(block.group(1)));
      blocks++;
    }
    // The yearly job, then the tree built by hand.
    assertThat(blocks).as("README's java blocks").isGreaterThanOrEqualTo(2);
    assertThat(readme.indexOf("YearJob.of(bloc, facts)")).isPositive();
  }

  private static String normalise(String code) {
    return code.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .collect(Collectors.joining("\n"));
  }
}
