package io.github.partyorg.report;

import io.github.partyorg.structure.LocalizedText;
import java.util.Optional;

/**
 * A "Dân vận khéo" model (mô hình "Dân vận khéo"): registered for the year in one field, then
 * possibly recognised at a level.
 *
 * @param name the model's name in Vietnamese (NFC) and English
 * @param field its field
 * @param registered whether it was registered (đăng ký thực hiện) for the year
 * @param recognised the level at which it was recognised, or empty if it was not (yet)
 */
public record DanVanKheoModel(
    LocalizedText name,
    DanVanKheoField field,
    boolean registered,
    Optional<RecognitionLevel> recognised) {

  /**
   * Creates the model.
   *
   * @param name the name
   * @param field the field
   * @param registered whether it was registered
   * @param recognised the recognition level, or empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank, or a model is recognised without being
   *     registered
   */
  public DanVanKheoModel {
    Checks.notNull(name, "name");
    Checks.text(name.vi(), "name.vi");
    Checks.notNull(field, "field");
    Checks.notNull(recognised, "recognised");
    if (recognised.isPresent() && !registered) {
      throw new IllegalArgumentException(
          "The field recognised is set on a model that is not registered; register it first.");
    }
  }

  /**
   * Returns a registered model.
   *
   * @param name the name
   * @param field the field
   * @param recognised the recognition level, or null if not recognised
   * @return the model
   */
  public static DanVanKheoModel registered(
      LocalizedText name,
      DanVanKheoField field,
      @org.jspecify.annotations.Nullable RecognitionLevel recognised) {
    return new DanVanKheoModel(name, field, true, Optional.ofNullable(recognised));
  }
}
