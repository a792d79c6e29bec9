/**
 * partyorg: an immutable model of Party organisations at the level of a provincial bloc committee
 * (Đảng ủy Khối), with the yearly charter, rating, four-good, target and report rules.
 *
 * <p>Exports the API packages only; the command line ({@code io.github.partyorg.cli}) is not API.
 * Nothing is needed at run time but for JSON: {@code io.github.partyorg.json} uses the optional
 * {@code tools.jackson.core} (jackson-core 3.x), required statically, so a modular application that
 * reads or writes JSON {@code requires tools.jackson.core} itself. The annotations (JSpecify,
 * Immutables) are needed at compile time only. {@code io.github.partyorg.document} writes a .docx
 * with the optional Apache POI ({@code org.apache.poi.ooxml}), required statically too.
 */
module io.github.partyorg {
  requires static tools.jackson.core;
  requires static org.apache.poi.ooxml;
  requires static org.apache.poi.poi;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.partyorg.structure;
  exports io.github.partyorg.charter;
  exports io.github.partyorg.rating;
  exports io.github.partyorg.fourgood;
  exports io.github.partyorg.targets;
  exports io.github.partyorg.report;
  exports io.github.partyorg.history;
  exports io.github.partyorg.document;
  exports io.github.partyorg.sample;
  exports io.github.partyorg.json;
}
