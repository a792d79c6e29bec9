/** A modular application that embeds partyorg and reads JSON with it. */
module consumer {
  requires io.github.partyorg;
  requires tools.jackson.core;
}
