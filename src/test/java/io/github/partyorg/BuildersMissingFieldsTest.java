package io.github.partyorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.fourgood.InvalidFourGoodException;
import io.github.partyorg.fourgood.Meeting;
import io.github.partyorg.rating.InvalidFactsException;
import io.github.partyorg.rating.MemberFacts;
import io.github.partyorg.rating.OrganisationFacts;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.InvalidStructureException;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.structure.SubCommittee;
import io.github.partyorg.structure.SubCommitteeId;
import io.github.partyorg.structure.Violation;
import io.github.partyorg.structure.ViolationCode;
import java.time.Year;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public builder refuses a missing required field with the library's exception of its family
 * (not Immutables' IllegalStateException), naming the entity by id when it has one and listing
 * every missing field at once (issue 14).
 */
class BuildersMissingFieldsTest {

  static Stream<Arguments> builders() {
    return Stream.of(
        // builder with only its id (or nothing), exception, id in the violations, missing fields
        of(
            "Member",
            () -> Member.builder().id(MemberId.of("DV9")).build(),
            InvalidStructureException.class,
            "DV9",
            List.of("fullName", "gender", "dateOfBirth", "admissionDate")),
        of(
            "Member, nothing given",
            () -> Member.builder().build(),
            InvalidStructureException.class,
            "(no id)",
            List.of("id", "fullName", "gender", "dateOfBirth", "admissionDate")),
        of(
            "Cell",
            () -> Cell.builder().id(CellId.of("C9")).build(),
            InvalidStructureException.class,
            "C9",
            List.of("name")),
        of(
            "SubCommittee",
            () -> SubCommittee.builder().id(SubCommitteeId.of("S9")).build(),
            InvalidStructureException.class,
            "S9",
            List.of("name")),
        of(
            "BaseOrganisation",
            () -> BaseOrganisation.builder().id(BaseOrganisationId.of("B9")).build(),
            InvalidStructureException.class,
            "B9",
            List.of("name", "kind", "sector")),
        of(
            "Root",
            () -> Root.builder().id(RootId.of("R9")).build(),
            InvalidStructureException.class,
            "R9",
            List.of("kind", "name", "snapshotDate")),
        of(
            "MemberFacts",
            () -> MemberFacts.builder().memberId(MemberId.of("DV9")).build(),
            InvalidFactsException.class,
            "DV9",
            List.of("year")),
        of(
            "OrganisationFacts",
            () -> OrganisationFacts.builder().organisationId(CellId.of("C9")).build(),
            InvalidFactsException.class,
            "C9",
            List.of("year")),
        of(
            "YearFacts",
            () -> YearFacts.builder().year(Year.of(2024)).build(),
            InvalidFactsException.class,
            "2024",
            List.of("reviewDate")),
        of(
            "Meeting",
            () -> Meeting.builder().holderId(CellId.of("C9")).build(),
            InvalidFourGoodException.class,
            "C9",
            List.of("date", "kind", "durationMinutes")),
        of(
            "CriteriaProfile",
            () -> CriteriaProfile.builder().build(),
            InvalidFourGoodException.class,
            "(no id)",
            List.of("issuer", "instrument", "level", "titleName")),
        of(
            "FourGoodYear",
            () -> FourGoodYear.builder().build(),
            InvalidFourGoodException.class,
            "(no id)",
            List.of("year")));
  }

  private static Arguments of(
      String name,
      Supplier<Object> build,
      Class<? extends IllegalArgumentException> exception,
      String id,
      List<String> missing) {
    return Arguments.of(name, build, exception, id, missing);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builders")
  void missingRequiredFields_areAllListed_withTheFamilysException_andTheId(
      String name,
      Supplier<Object> build,
      Class<? extends IllegalArgumentException> exception,
      String id,
      List<String> missing) {
    Throwable thrown = catchThrowable(build::get);

    assertThat(thrown).isInstanceOf(exception).isNotInstanceOf(IllegalStateException.class);
    List<Violation> violations = violations(thrown);
    assertThat(violations).extracting(Violation::code).containsOnly(ViolationCode.MISSING_FIELD);
    assertThat(violations).extracting(Violation::entityId).containsOnly(id);
    assertThat(violations)
        .extracting(Violation::message)
        .zipSatisfy(missing, (message, field) -> assertThat(message).contains(" " + field + ","));
    assertThat(violations).hasSameSizeAs(missing);
    for (String field : missing) {
      assertThat(thrown.getMessage()).contains(field);
    }
  }

  private static List<Violation> violations(Throwable thrown) {
    if (thrown instanceof InvalidStructureException e) {
      return e.violations();
    }
    if (thrown instanceof InvalidFactsException e) {
      return e.violations();
    }
    return ((InvalidFourGoodException) thrown).violations();
  }
}
