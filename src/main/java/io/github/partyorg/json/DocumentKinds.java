package io.github.partyorg.json;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads the {@code format} field of a document of any kind, skipping every other field. */
final class DocumentKinds {
  private DocumentKinds() {}

  /** Reads the object at the current token (with a lenient input) and returns its kind. */
  static DocumentKind read(Input in) {
    DocumentKind[] kind = new DocumentKind[1];
    Input.Obj obj =
        in.object(
            name -> {
              if (!name.equals("format")) {
                return false;
              }
              String format = in.string();
              for (DocumentKind k : DocumentKind.values()) {
                if (k.formatName().equals(format)) {
                  kind[0] = k;
                  return true;
                }
              }
              throw in.fail(
                  "Unknown format: expected one of "
                      + Arrays.stream(DocumentKind.values())
                          .map(DocumentKind::formatName)
                          .collect(Collectors.joining(", "))
                      + ".");
            });
    obj.require("format");
    return kind[0];
  }
}
