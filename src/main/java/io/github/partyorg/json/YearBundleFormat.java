package io.github.partyorg.json;

import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.structure.Root;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code partyorg.yearBundle} document: each part is the complete document of its kind (with
 * its own {@code format} and {@code version}), nested under the field named after the kind, and is
 * read and written by that kind's format class, so that the paths of errors run through the part
 * ({@code $.root.baseOrganisations[3].id}).
 */
final class YearBundleFormat {
  private YearBundleFormat() {}

  static void write(YearBundle b, Output o) {
    part(o, "root", DocumentKind.ROOT, out -> RootFormat.write(b.root(), out));
    part(o, "yearFacts", DocumentKind.YEAR_FACTS, out -> YearFactsFormat.write(b.yearFacts(), out));
    part(
        o,
        "yearReport",
        DocumentKind.YEAR_REPORT,
        out -> YearReportFormat.write(b.yearReport(), out));
    b.policies()
        .ifPresent(
            p -> part(o, "policies", DocumentKind.POLICIES, out -> PoliciesFormat.write(p, out)));
    b.fourGoodProfile()
        .ifPresent(
            p ->
                part(
                    o,
                    "fourGoodProfile",
                    DocumentKind.FOUR_GOOD_PROFILE,
                    out -> FourGoodFormat.writeProfile(p, out)));
    b.fourGoodYear()
        .ifPresent(
            y ->
                part(
                    o,
                    "fourGoodYear",
                    DocumentKind.FOUR_GOOD_YEAR,
                    out -> FourGoodFormat.writeYear(y, out)));
  }

  private static void part(Output o, String name, DocumentKind kind, Consumer<Output> body) {
    o.object(
        name,
        () -> {
          o.string("format", kind.formatName());
          o.integer("version", DocumentKind.VERSION);
          body.accept(o);
        });
  }

  static YearBundle read(Input in) {
    Root[] root = new Root[1];
    YearFacts[] facts = new YearFacts[1];
    YearReportData[] report = new YearReportData[1];
    Policies[] policies = new Policies[1];
    CriteriaProfile[] profile = new CriteriaProfile[1];
    FourGoodYear[] year = new FourGoodYear[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "root" -> {
                    root[0] = RootFormat.read(in);
                    yield true;
                  }
                  case "yearFacts" -> {
                    facts[0] = YearFactsFormat.read(in);
                    yield true;
                  }
                  case "yearReport" -> {
                    report[0] = YearReportFormat.read(in);
                    yield true;
                  }
                  case "policies" -> {
                    policies[0] = PoliciesFormat.read(in);
                    yield true;
                  }
                  case "fourGoodProfile" -> {
                    profile[0] = FourGoodFormat.readProfile(in);
                    yield true;
                  }
                  case "fourGoodYear" -> {
                    year[0] = FourGoodFormat.readYear(in);
                    yield true;
                  }
                  default -> Header.read(in, name, DocumentKind.YEAR_BUNDLE);
                });
    obj.require("format", "version", "root", "yearFacts", "yearReport");
    if (obj.has("fourGoodProfile")) {
      obj.require("fourGoodYear");
    }
    if (obj.has("fourGoodYear")) {
      obj.require("fourGoodProfile");
    }
    return obj.build(
        "year bundle",
        () ->
            new YearBundle(
                root[0],
                facts[0],
                report[0],
                Optional.ofNullable(policies[0]),
                Optional.ofNullable(profile[0]),
                Optional.ofNullable(year[0])));
  }
}
