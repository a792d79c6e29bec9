/**
 * The command line: runs the library's jobs on bundled data or on JSON files. The only package that
 * writes to the console.
 */
@NullMarked
package io.github.partyorg.cli;

import org.jspecify.annotations.NullMarked;
