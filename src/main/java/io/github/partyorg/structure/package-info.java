/**
 * The organisation tree: a root committee (for example a provincial bloc committee, Đảng ủy Khối),
 * its base organisations (tổ chức cơ sở đảng), sub-committees (đảng bộ bộ phận), cells (chi bộ) and
 * members (đảng viên), with typed ids, persistent updates and lookups by id.
 *
 * <p>Every type here is immutable and thread-safe; no method returns or accepts {@code null} unless
 * marked {@code @Nullable}. This package depends on no other feature package of the library.
 */
@NullMarked
package io.github.partyorg.structure;

import org.jspecify.annotations.NullMarked;
