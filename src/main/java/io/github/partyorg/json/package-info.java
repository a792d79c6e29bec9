/**
 * The JSON interchange format (định dạng trao đổi JSON): a documented, versioned mapping of the
 * model to JSON documents and back, with exact error locations.
 *
 * <p>Each document is one JSON object whose {@code format} names its kind (see {@link
 * io.github.partyorg.json.DocumentKind}: the root, the year's facts, the year report's inputs,
 * four-good profiles and years, policies, and the results) and whose {@code version} is {@code 1}.
 * The format is described in {@code docs/JSON.md} and by a JSON Schema per kind, shipped in the jar
 * under {@code io/github/partyorg/json/schema/}. {@link io.github.partyorg.json.PartyorgJson} reads
 * and writes the documents; every problem in the input is reported as one {@link
 * io.github.partyorg.json.JsonFormatException} with the JSON path, the line and the column.
 *
 * <p>This is the only package that uses Jackson (the streaming {@code jackson-core} of Jackson 3,
 * an optional dependency): embedders that do not need JSON do not need Jackson.
 */
@NullMarked
package io.github.partyorg.json;

import org.jspecify.annotations.NullMarked;
