package io.github.partyorg.json;

import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.LocalizedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/** Writes one document through a pretty-printing generator. Not thread-safe; one per write. */
final class Output {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
          .build();

  private static final ObjectWriteContext PRETTY =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  private final JsonGenerator out;

  private Output(JsonGenerator out) {
    this.out = out;
  }

  /** Writes one document of the given kind; {@code body} writes the fields after the header. */
  static void document(Writer writer, DocumentKind kind, Consumer<Output> body) {
    try (JsonGenerator generator = FACTORY.createGenerator(PRETTY, writer)) {
      Output output = new Output(generator);
      generator.writeStartObject();
      output.string("format", kind.formatName());
      generator.writeName("version");
      generator.writeNumber(DocumentKind.VERSION);
      body.accept(output);
      generator.writeEndObject();
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw e;
    }
  }

  void string(String name, String value) {
    out.writeName(name);
    out.writeString(value);
  }

  void bool(String name, boolean value) {
    out.writeName(name);
    out.writeBoolean(value);
  }

  void integer(String name, int value) {
    out.writeName(name);
    out.writeNumber(value);
  }

  void longInteger(String name, long value) {
    out.writeName(name);
    out.writeNumber(value);
  }

  /** Written with {@link BigDecimal#toString()} so that reading it back keeps the scale. */
  void decimal(String name, BigDecimal value) {
    out.writeName(name);
    out.writeNumber(value.toString());
  }

  void decimal(String name, Optional<BigDecimal> value) {
    value.ifPresent(v -> decimal(name, v));
  }

  void date(String name, LocalDate value) {
    string(name, value.toString());
  }

  void date(String name, Optional<LocalDate> value) {
    value.ifPresent(v -> date(name, v));
  }

  void enumValue(String name, Enum<?> value) {
    string(name, value.name());
  }

  void enumValue(String name, Optional<? extends Enum<?>> value) {
    value.ifPresent(v -> enumValue(name, v));
  }

  void text(String name, LocalizedText text) {
    object(
        name,
        () -> {
          string("vi", text.vi());
          string("en", text.en());
        });
  }

  void entity(String name, EntityId id) {
    object(
        name,
        () -> {
          string("kind", EntityKind.of(id).name());
          string("id", id.value());
        });
  }

  void object(String name, Runnable fields) {
    out.writeName(name);
    object(fields);
  }

  void object(Runnable fields) {
    out.writeStartObject();
    fields.run();
    out.writeEndObject();
  }

  /** Writes the array, or nothing if {@code items} is empty and {@code omitEmpty}. */
  <T> void array(String name, Collection<T> items, boolean omitEmpty, Consumer<T> item) {
    if (omitEmpty && items.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartArray();
    for (T t : items) {
      item.accept(t);
    }
    out.writeEndArray();
  }

  void stringItem(String value) {
    out.writeString(value);
  }
}
