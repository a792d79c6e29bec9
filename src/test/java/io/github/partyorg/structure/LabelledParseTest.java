package io.github.partyorg.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Labelled.parse: a value from its Vietnamese or English label, as a spreadsheet writes it. */
class LabelledParseTest {

  @Test
  void parsesTheVietnameseLabel_nfcOrNfd_anyCase_withSpaces() {
    String label = Post.values()[0].label().vi();
    assertThat(Labelled.parse(Post.class, label)).isEqualTo(Post.values()[0]);
    assertThat(Labelled.parse(Post.class, Normalizer.normalize(label, Normalizer.Form.NFD)))
        .isEqualTo(Post.values()[0]);
    assertThat(Labelled.parse(Post.class, "  " + label.toUpperCase(java.util.Locale.ROOT) + " "))
        .isEqualTo(Post.values()[0]);
  }

  @Test
  void parsesTheEnglishLabel_andTheName_ofEveryConstant() {
    for (Class<? extends Enum<?>> type :
        java.util.List.<Class<? extends Enum<?>>>of(
            Post.class, Gender.class, HostSector.class, MembershipStatus.class, RootKind.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        Labelled l = (Labelled) constant;
        assertThat(parse(type, l.label().en())).isEqualTo(constant);
        assertThat(parse(type, l.label().vi())).isEqualTo(constant);
        assertThat(parse(type, constant.name().toLowerCase(java.util.Locale.ROOT)))
            .isEqualTo(constant);
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parse(Class type, String label) {
    return Labelled.parse(type, label);
  }

  @Test
  void anUnknownLabel_isRefused_namingTheLabelAndTheChoices() {
    assertThatThrownBy(() -> Labelled.parse(Gender.class, "khác"))
        .isInstanceOf(UnknownLabelException.class)
        .hasMessageContaining("\"khác\"")
        .hasMessageContaining("Gender")
        .hasMessageContaining(Gender.values()[0].label().vi())
        .hasMessageContaining(Gender.values()[0].label().en())
        .satisfies(
            e -> {
              UnknownLabelException u = (UnknownLabelException) e;
              assertThat(u.label()).isEqualTo("khác");
              assertThat(u.choices()).hasSize(2 * Gender.values().length);
              assertThat(u.text().vi()).startsWith("Không có Gender nào có nhãn “khác”");
            });
  }
}
