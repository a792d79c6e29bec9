package io.github.partyorg.structure;

/** A member's gender (giới tính). Personal data: never shown in {@code toString} or messages. */
public enum Gender implements Labelled {
  /** Male (nam). */
  MALE("Nam", "Male"),
  /** Female (nữ). */
  FEMALE("Nữ", "Female");

  private final LocalizedText label;

  Gender(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
