/**
 * partyorg: an immutable model of Party organisations at the level of a provincial bloc committee
 * (Đảng ủy Khối), with the yearly rules applied to it.
 *
 * <p>This package only declares the single Immutables style shared by every feature package below
 * it: generated implementations are package-private and hidden behind the abstract value types.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    redactedMask = "<redacted>")
@NullMarked
package io.github.partyorg;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
