package io.github.partyorg.targets;

import io.github.partyorg.structure.LocalizedText;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A year's resolution (nghị quyết năm) with its targets: who issued it, the year, the year's theme
 * and the targets in the resolution's order.
 *
 * @param issuer the issuing committee (for example "Đảng ủy Khối")
 * @param year the year the targets are for
 * @param theme the year's theme ("Dân chủ - Kỷ cương - Đồng thuận - Sáng tạo - Phát triển")
 * @param targets the targets, ids unique
 */
public record Resolution(
    LocalizedText issuer, Year year, LocalizedText theme, List<Target> targets) {

  /**
   * Creates a resolution.
   *
   * @param issuer the issuer
   * @param year the year
   * @param theme the theme
   * @param targets the targets
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the id if two targets share an id
   */
  public Resolution {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(theme, "theme");
    targets = List.copyOf(targets);
    Set<String> ids = new HashSet<>();
    for (Target target : targets) {
      if (!ids.add(target.id())) {
        throw new IllegalArgumentException(
            "Target " + target.id() + " appears twice in the resolution for " + year + ".");
      }
    }
  }

  /**
   * Finds a target by id.
   *
   * @param id the target's id
   * @return the target, or empty if the resolution has none with that id
   */
  public Optional<Target> target(String id) {
    return targets.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
