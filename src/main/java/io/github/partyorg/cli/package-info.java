/**
 * The command line: runs the library's jobs on bundled data (later: on a file). The only package
 * that writes to the console.
 */
@NullMarked
package io.github.partyorg.cli;

import org.jspecify.annotations.NullMarked;
