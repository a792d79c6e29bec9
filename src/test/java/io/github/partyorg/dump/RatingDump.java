package io.github.partyorg.dump;

import io.github.partyorg.bench.Synthetic;
import io.github.partyorg.history.HistoryYear;
import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.rating.DecisionFinding;
import io.github.partyorg.rating.Explanation;
import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.LevelCounts;
import io.github.partyorg.rating.LevelDifference;
import io.github.partyorg.rating.MemberRating;
import io.github.partyorg.rating.MissingFact;
import io.github.partyorg.rating.OrganisationRating;
import io.github.partyorg.rating.QuotaBase;
import io.github.partyorg.rating.QuotaFinding;
import io.github.partyorg.rating.QuotaGroups;
import io.github.partyorg.rating.QuotaHandling;
import io.github.partyorg.rating.QuotaRounding;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.sample.ExampleBloc;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Root;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A deterministic text dump of ratings (issue 19): every level, cap, explanation entry (rule,
 * facts, cap, Vietnamese and English text), missing fact, quota finding, decision finding and count
 * of the bundled sample (every sample year, 2019-2023, and the example bloc with no facts) under
 * R2018, R2023 and R2025 and a few policy sets, plus the SHA-256 of the same dump and of the JSON
 * of each rating of the synthetic bloc (5,000 members). {@code RatingDumpTest} compares it byte for
 * byte with {@code rating-dump-golden.txt}, written from the code before the rating's layout
 * changed, so that the layout change can be shown to leave every result and text the same.
 *
 * <p>The whole text is about 360 MB (the sample has about 3,400 members, each with its entries and
 * both languages, 63 ratings), too large to keep in the repository: the dump keeps, for each
 * rating, the line count and SHA-256 of the text of every member and organisation (levels, caps,
 * rated, final level, explanation entries with facts and both texts, missing facts, counts per
 * organisation), of the decided levels, of the rating's missing facts and of its decision findings;
 * then in full the quota findings (both texts), the number of decision findings of each kind and
 * the root's counts; and the SHA-256 of the rating's JSON.
 *
 * <p>Run {@code main} to print it (for example to write a new golden file on purpose); with a file
 * name as argument it also writes the full text of every rating there, to compare two builds.
 */
public final class RatingDump {
  private RatingDump() {}

  /** When set (by {@link #main}), every section's full text is appended here too. */
  private static java.io.Writer FULL;

  /** The policy sets dumped, by name. */
  static Map<String, RatingPolicies> policySets() {
    Map<String, RatingPolicies> sets = new LinkedHashMap<>();
    sets.put("defaults", RatingPolicies.defaults());
    sets.put(
        "enforce",
        RatingPolicies.defaults()
            .withQuotaHandling(QuotaHandling.ENFORCE)
            .withQuotaUnderR2025(true));
    sets.put(
        "enforce-sector",
        RatingPolicies.defaults()
            .withQuotaHandling(QuotaHandling.ENFORCE)
            .withQuotaGroups(QuotaGroups.BY_HOST_SECTOR)
            .withQuotaRounding(QuotaRounding.CEILING)
            .withQuotaBase(QuotaBase.HTTNV_OR_BETTER)
            .withQuotaUnderR2025(true));
    return sets;
  }

  /**
   * The whole dump.
   *
   * @return the text
   */
  public static String dump() {
    StringBuilder out = new StringBuilder();
    BenTreSample sample = BenTreSample.get();
    for (HistoryYear year : sample.history().years()) {
      dumpAll(out, "BenTre " + year.year(), year.root(), year.facts());
      dumpAll(out, "BenTre " + year.year() + " decided", year.root(), decided(year));
    }
    Root example = ExampleBloc.create();
    dumpAll(
        out,
        "ExampleBloc",
        example,
        YearFacts.builder().year(Year.of(2022)).reviewDate(ExampleBloc.SNAPSHOT).build());
    Synthetic.Dataset bloc = Synthetic.bloc();
    dumpAll(out, "Synthetic bloc", bloc.root(), bloc.facts());
    return out.toString();
  }

  private static void dumpAll(StringBuilder out, String name, Root root, YearFacts facts) {
    for (Regime regime : Regime.values()) {
      for (Map.Entry<String, RatingPolicies> set : policySets().entrySet()) {
        RootRating rating = RootRater.of(regime, set.getValue()).rate(root, facts);
        StringBuilder detail = new StringBuilder();
        StringBuilder summary = new StringBuilder();
        dump(detail, summary, rating);
        StringWriter json = new StringWriter();
        PartyorgJson.standard().writeRootRating(rating, json);
        RootRating read = PartyorgJson.standard().readRootRating(new StringReader(json.toString()));
        out.append("=== ")
            .append(name)
            .append(" / ")
            .append(regime)
            .append(" / ")
            .append(set.getKey())
            .append(" ===\n");
        out.append("entities: lines ")
            .append(lines(detail))
            .append(" sha256 ")
            .append(sha256(detail.toString()))
            .append('\n');
        out.append(summary);
        out.append("json: sha256 ").append(sha256(json.toString())).append('\n');
        out.append("json read back equal ")
            .append(read.equals(rating))
            .append(' ')
            .append(rating.equals(read))
            .append(' ')
            .append(read.hashCode() == rating.hashCode())
            .append('\n');
        if (FULL != null) {
          try {
            FULL.append("=== " + name + " / " + regime + " / " + set.getKey() + " ===\n")
                .append(detail)
                .append(summary);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      }
    }
  }

  /**
   * The year's facts with levels decided by the superior committee: every 11th member HTXSNV, every
   * 13th KHTNV, every 5th organisation HTXSNV, every 7th HTNV, and one unknown member.
   */
  private static YearFacts decided(HistoryYear year) {
    YearFacts.Builder facts = YearFacts.builder().from(year.facts());
    List<Member> members = year.root().allMembers().toList();
    for (int i = 0; i < members.size(); i++) {
      if (i % 11 == 0) {
        facts.decide(members.get(i).id(), Level.HTXSNV);
      } else if (i % 13 == 0) {
        facts.decide(members.get(i).id(), Level.KHTNV);
      }
    }
    List<OrganisationId> organisations =
        List.copyOf(
            RootRater.forYear(year.year())
                .rate(year.root(), year.facts())
                .organisations()
                .keySet());
    for (int i = 0; i < organisations.size(); i++) {
      if (i % 5 == 0) {
        facts.decide(organisations.get(i), Level.HTXSNV);
      } else if (i % 7 == 0) {
        facts.decide(organisations.get(i), Level.HTNV);
      }
    }
    facts.decide(MemberId.of("NO-SUCH-MEMBER"), Level.HTTNV);
    return facts.build();
  }

  private static long lines(CharSequence text) {
    return text.chars().filter(c -> c == '\n').count();
  }

  static void dump(StringBuilder out, StringBuilder summary, RootRating rating) {
    summary
        .append("root ")
        .append(rating.rootId().value())
        .append(' ')
        .append(rating.year())
        .append(' ')
        .append(rating.regime())
        .append(' ')
        .append(rating.policies())
        .append('\n');
    for (Map.Entry<MemberId, MemberRating> e : rating.members().entrySet()) {
      MemberRating m = e.getValue();
      out.append("M ")
          .append(e.getKey().value())
          .append(" proposed=")
          .append(level(m.proposed()))
          .append(" cap=")
          .append(m.ceiling())
          .append(" rated=")
          .append(m.isRated())
          .append(" final=")
          .append(level(rating.finalLevel(e.getKey())))
          .append(" regime=")
          .append(m.regime())
          .append('\n');
      explanation(out, m.explanation());
      missing(out, m.missingFacts());
    }
    for (Map.Entry<OrganisationId, OrganisationRating> e : rating.organisations().entrySet()) {
      OrganisationRating o = e.getValue();
      out.append("O ")
          .append(e.getKey().value())
          .append(' ')
          .append(o.kind())
          .append(" proposed=")
          .append(level(o.proposed()))
          .append(" cap=")
          .append(o.ceiling())
          .append(" rated=")
          .append(o.isRated())
          .append(" collective=")
          .append(level(o.leadershipCollective()))
          .append(" final=")
          .append(level(rating.finalLevel(e.getKey())))
          .append('\n');
      explanation(out, o.explanation());
      missing(out, o.missingFacts());
      counts(out, "  memberCounts", rating.memberCounts(e.getKey()));
      counts(out, "  subCounts", rating.subOrganisationCounts(e.getKey()));
    }
    rating
        .decided()
        .forEach(
            (id, level) ->
                out.append("D ").append(id.value()).append(' ').append(level).append('\n'));
    for (QuotaFinding q : rating.quotaFindings()) {
      summary
          .append("Q ")
          .append(q.scope().value())
          .append(' ')
          .append(q.subject())
          .append(" excellent=")
          .append(q.excellent())
          .append(" base=")
          .append(q.base())
          .append(" allowed=")
          .append(q.allowed())
          .append(" surplus=")
          .append(q.surplus())
          .append(" demoted=");
      q.demoted().forEach(id -> summary.append(id.value()).append(','));
      summary.append('\n');
      text(summary, q.message());
    }
    for (DecisionFinding d : rating.decisionFindings()) {
      summary
          .append("DF ")
          .append(d.entityId().value())
          .append(' ')
          .append(d.decided())
          .append(' ')
          .append(level(d.proposed()))
          .append(' ')
          .append(d.code())
          .append(' ')
          .append(d.rule().map(Enum::name).orElse("-"))
          .append('\n');
      text(out, d.message());
    }
    Map<DecisionFinding.Code, Integer> byCode = new java.util.EnumMap<>(DecisionFinding.Code.class);
    rating.decisionFindings().forEach(d -> byCode.merge(d.code(), 1, Integer::sum));
    summary.append("decision findings ").append(byCode).append('\n');
    summary.append("missing ").append(rating.missingFacts().size()).append('\n');
    missing(out, rating.missingFacts());
    counts(summary, "rootMembers", Optional.of(rating.memberCounts()));
    counts(summary, "rootBases", Optional.of(rating.baseOrganisationCounts()));
    counts(summary, "collectives", Optional.of(rating.leadershipCollectiveCounts()));
    List<LevelDifference> differences = rating.differencesFrom(rating);
    summary.append("self differences ").append(differences.size()).append('\n');
  }

  private static void explanation(StringBuilder out, List<Explanation> entries) {
    for (Explanation x : entries) {
      out.append("  E ")
          .append(x.rule())
          .append(' ')
          .append(x.regime())
          .append(" cap=")
          .append(level(x.ceiling()))
          .append(" facts=")
          .append(x.facts())
          .append('\n');
      text(out, x.text());
    }
  }

  private static void missing(StringBuilder out, List<MissingFact> facts) {
    for (MissingFact f : facts) {
      out.append("  F ")
          .append(f.entityId().value())
          .append(' ')
          .append(f.regime())
          .append(' ')
          .append(f.rule())
          .append(' ')
          .append(f.fact())
          .append('\n');
      text(out, f.message());
    }
  }

  private static void text(StringBuilder out, LocalizedText text) {
    out.append("    vi: ").append(text.in(Language.VI)).append('\n');
    out.append("    en: ").append(text.in(Language.EN)).append('\n');
  }

  private static void counts(StringBuilder out, String what, Optional<LevelCounts> counts) {
    if (counts.isPresent()) {
      LevelCounts c = counts.get();
      out.append(what)
          .append(' ')
          .append(c.byLevel())
          .append(" notRated=")
          .append(c.notRated())
          .append(" incomplete=")
          .append(c.incomplete())
          .append('\n');
    }
  }

  private static String level(Optional<?> level) {
    return level.map(Object::toString).orElse("-");
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Prints the dump.
   *
   * @param args unused
   */
  public static void main(String[] args) throws java.io.IOException {
    if (args.length > 0) {
      FULL = java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of(args[0]));
    }
    System.out.print(dump());
    if (FULL != null) {
      FULL.close();
    }
  }
}
