/**
 * partyorg: an immutable model of Party organisations at the level of a provincial bloc committee
 * (Đảng ủy Khối), with the yearly rules applied to it.
 *
 * <p>This package only declares the single Immutables style shared by every feature package below
 * it: generated implementations and builders are package-private and hidden behind the abstract
 * value types and their hand-written builders.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    redactedMask = "<redacted>",
    // Each value type declares its own public Builder (documented setters, missing fields refused
    // with the library's exception naming the entity) that wraps the generated one; this name,
    // which no type declares, keeps Immutables from taking that Builder as a type to extend.
    typeInnerBuilder = "ImmutablesInnerBuilder",
    builder = "new")
@NullMarked
package io.github.partyorg;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
