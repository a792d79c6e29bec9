/**
 * Bundled, deterministic, synthetic example data: invented organisations and members, no real
 * person. {@link io.github.partyorg.sample.ExampleBloc} is a small bloc with a few deliberate
 * non-compliances, used by the Quick start and by tests.
 */
@NullMarked
package io.github.partyorg.sample;

import org.jspecify.annotations.NullMarked;
