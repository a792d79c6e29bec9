package io.github.partyorg.cli;

import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.FourGoodEvaluator;
import io.github.partyorg.fourgood.FourGoodResult;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.fourgood.OrganisationResult;
import io.github.partyorg.fourgood.ProfileLevel;
import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Root;
import java.io.PrintStream;
import java.io.StringWriter;

/**
 * {@code fourgood BUNDLE_FILE} or {@code fourgood ROOT_FILE PROFILE_FILE YEAR_FILE}: the four-good
 * titles of a year.
 */
final class FourGoodCommand implements Command {
  @Override
  public String name() {
    return "fourgood";
  }

  @Override
  public int run(Options options, PrintStream out, PrintStream err) {
    options.refuseOthers(name(), false, false, true, false, false);
    int files = options.positionals.size();
    if (files != 1 && files != 3) {
      throw new UsageException(
          "fourgood needs BUNDLE_FILE, or ROOT_FILE, PROFILE_FILE and YEAR_FILE");
    }
    boolean json = options.format("text", "json").equals("json");
    Root root;
    CriteriaProfile profile;
    FourGoodResult result;
    if (files == 1) {
      YearInputs inputs = YearInputs.bundle(options.positionals.get(0), options, err);
      root = inputs.root;
      profile = inputs.fourGoodProfile();
      result = inputs.fourGood();
    } else {
      String profileFile = options.positionals.get(1);
      String yearFile = options.positionals.get(2);
      root = InputFiles.readRoot(options.positionals.get(0), err);
      profile = InputFiles.readFourGoodProfile(profileFile);
      FourGoodYear year = InputFiles.readFourGoodYear(yearFile);
      if (profile.level() != ProfileLevel.CELL) {
        throw new InvalidInputException(
            profileFile + ": the profile is for " + profile.level() + "; give a CELL profile");
      }
      try {
        result = FourGoodEvaluator.evaluate(root, profile, year);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(yearFile + ": " + e.getMessage());
      }
    }
    if (json) {
      StringWriter text = new StringWriter();
      PartyorgJson.standard().writeFourGoodResult(result, text);
      out.print(text);
    } else {
      out.print(summary(root, profile, result, options.language));
    }
    return Main.EXIT_OK;
  }

  /**
   * Formats a four-good result as a short text: the organisations granted, then each refused one
   * with what it did not meet.
   *
   * @param root the root assessed
   * @param profile the profile applied
   * @param result the result
   * @param language the language of the text
   * @return the text
   */
  static String summary(
      Root root, CriteriaProfile profile, FourGoodResult result, Language language) {
    Catalogue words = Catalogue.standard();
    StringBuilder text = new StringBuilder();
    text.append(root.name()).append(" [").append(root.id().value()).append("]\n");
    line(
        text,
        words,
        language,
        Message.of("cli.fourgood.title", profile.titleName(), result.year(), profile.instrument()));
    int cells = result.cells().size();
    int granted = result.fourGoodCells().size();
    line(text, words, language, Message.of("cli.fourgood.granted", granted, cells));
    for (OrganisationResult r : result.cells()) {
      if (r.granted()) {
        text.append("  + ").append(r.organisationId().value()).append('\n');
      }
    }
    line(text, words, language, Message.of("cli.fourgood.notGranted", cells - granted));
    for (OrganisationResult r : result.cells()) {
      if (!r.granted()) {
        text.append("  - ").append(r.organisationId().value()).append('\n');
        for (LocalizedText failure : r.failures()) {
          text.append("      ").append(failure.in(language)).append('\n');
        }
      }
    }
    return text.toString();
  }

  private static void line(StringBuilder text, Catalogue words, Language language, Message m) {
    text.append(words.format(language, m)).append('\n');
  }
}
