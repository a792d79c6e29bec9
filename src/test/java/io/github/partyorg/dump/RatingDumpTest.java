package io.github.partyorg.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: the dump of every level, cap, explanation text, missing fact, quota finding, decision
 * finding and count of the bundled sample under R2018, R2023 and R2025 (and the hashes of the
 * synthetic bloc's dump and JSON) is byte-identical to the one written from the code before the
 * rating's position-indexed layout ({@code rating-dump-golden.txt}). On a difference the current
 * dump is written to {@code target/rating-dump-current.txt} to compare.
 */
class RatingDumpTest {
  @Test
  void ratingDumpIsByteIdenticalToTheGoldenFile() throws IOException {
    String golden;
    try (InputStream in =
        Objects.requireNonNull(
            RatingDumpTest.class.getResourceAsStream("/rating-dump-golden.txt"),
            "rating-dump-golden.txt")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String current = RatingDump.dump();
    if (!current.equals(golden)) {
      Path target = Path.of("target", "rating-dump-current.txt");
      Files.createDirectories(target.getParent());
      Files.writeString(target, current, StandardCharsets.UTF_8);
    }
    assertThat(current.length()).isGreaterThan(100_000);
    assertThat(current).isEqualTo(golden);
  }
}
