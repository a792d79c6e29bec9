package io.github.partyorg.structure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A value with a user-facing label in Vietnamese and English. */
public interface Labelled {

  /**
   * Returns the label.
   *
   * @return the label in Vietnamese and English
   */
  LocalizedText label();

  /**
   * Finds the constant of a labelled enum from its Vietnamese label, its English label or its name,
   * ignoring case, surrounding spaces and the Unicode normalisation form (NFC or NFD): "Hoàn thành
   * tốt nhiệm vụ", "well completed duties" and "HTTNV" all give {@code Level.HTTNV}. A member list
   * exported from a spreadsheet thus loads without a hand-written mapping.
   *
   * @param <E> the enum type
   * @param type the enum class
   * @param label the label as written
   * @return the constant
   * @throws UnknownLabelException if no constant has that label; the message names the label and
   *     the choices
   * @throws NullPointerException if an argument is null
   */
  static <E extends Enum<E> & Labelled> E parse(Class<E> type, String label) {
    Objects.requireNonNull(type, "type");
    String wanted = fold(Objects.requireNonNull(label, "label"));
    List<String> choices = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      LocalizedText text = constant.label();
      if (wanted.equals(fold(text.vi()))
          || wanted.equals(fold(text.en()))
          || wanted.equals(fold(constant.name()))) {
        return constant;
      }
      choices.add(text.vi());
      choices.add(text.en());
    }
    throw new UnknownLabelException(type.getSimpleName(), label, choices);
  }

  private static String fold(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
