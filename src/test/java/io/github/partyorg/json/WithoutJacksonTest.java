package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Without the optional jackson-core, {@link PartyorgJson} says what is missing with an {@link
 * IllegalStateException} instead of failing with {@link NoClassDefFoundError} (issue 14).
 */
class WithoutJacksonTest {

  /** The library's classes alone, over the platform class loader: no Jackson anywhere. */
  private static URLClassLoader libraryWithoutJackson() throws Exception {
    URL classes = Path.of("target/classes").toUri().toURL();
    return new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void standard_withoutJacksonCore_namesTheMissingDependency() throws Exception {
    try (URLClassLoader loader = libraryWithoutJackson()) {
      Class<?> json = Class.forName("io.github.partyorg.json.PartyorgJson", true, loader);
      assertThat(json.getClassLoader()).isSameAs(loader);
      Method standard = json.getMethod("standard");

      assertThatThrownBy(() -> standard.invoke(null))
          .isInstanceOf(InvocationTargetException.class)
          .cause()
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("tools.jackson.core:jackson-core")
          .hasMessageContaining("3.x");
      Class<?> options = Class.forName("io.github.partyorg.json.ReadOptions", true, loader);
      Object defaults = options.getMethod("defaults").invoke(null);
      assertThatThrownBy(() -> json.getMethod("withOptions", options).invoke(null, defaults))
          .cause()
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("tools.jackson.core:jackson-core");
    }
  }

  @Test
  void standard_withJacksonCore_works() {
    assertThat(PartyorgJson.standard()).isSameAs(PartyorgJson.standard());
  }
}
