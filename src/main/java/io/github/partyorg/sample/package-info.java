/**
 * Bundled, deterministic, synthetic example data: invented organisations and members, no real
 * person. {@link io.github.partyorg.sample.BenTreSample} is a bloc shaped like the Bến Tre bloc for
 * 2021-2023, consistent with the seed report's figures, with each year's resolution and its
 * evaluation, and whose 2022 year-end report the Quick start prints; {@link
 * io.github.partyorg.sample.ExampleBloc} is a small bloc with a few deliberate non-compliances,
 * used by the {@code charter} command and by tests.
 */
@NullMarked
package io.github.partyorg.sample;

import org.jspecify.annotations.NullMarked;
