package io.github.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.history.RootHistory;
import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.sample.BenTreSample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;

  private int run(Object... args) {
    String[] strings = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = args[i].toString();
    }
    return Main.run(
        strings,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theSampleHistory_printsCandidatesTermTargetsAndChanges_Y1Y2Y4Y6() {
    RootHistory history = BenTreSample.get().history();
    int candidates = history.commendationCandidates(Year.of(2023)).size();

    assertThat(run("history")).isEqualTo(Main.EXIT_OK);

    assertThat(out())
        .contains("DUK-BT", "lịch sử 2019 - 2023, năm 2023")
        .contains("Đề nghị khen thưởng, xét tiêu biểu (Y1): " + candidates)
        .contains("05 năm liên tục (2019-2023)")
        .contains("Xem xét xóa tên (Y2): ")
        .contains("Lũy kế 2020 - 2023 kết nạp")
        .contains(
            "Thay đổi so với năm trước (Y6): Từ năm 2022 đến năm 2023: kết nạp 172 đảng viên");
    assertThat(candidates).isPositive();
  }

  @Test
  void anEarlierYear_inEnglish_findsTheStrikingOffCandidates_Y2() {
    int y2 = BenTreSample.get().history().strikingOffCandidates(Year.of(2021)).size();

    assertThat(run("history", "--year", "2021", "--lang", "en")).isEqualTo(Main.EXIT_OK);

    assertThat(y2).isPositive();
    assertThat(out())
        .contains("Considered for striking off (Y2): " + y2)
        .contains("two years in a row (2020-2021)")
        .contains("From 2020 to 2021");
  }

  @Test
  void aHistoryFile_isReadAndAYearOutsideItIsAUsageError() throws IOException {
    RootHistory sample = BenTreSample.get().history();
    RootHistory twoYears = RootHistory.of(sample.rootId(), sample.years().subList(3, 5));
    StringWriter json = new StringWriter();
    PartyorgJson.standard().writeHistory(twoYears, json);
    Path file =
        Files.writeString(dir.resolve("history.json"), json.toString(), StandardCharsets.UTF_8);

    assertThat(run("history", file)).isEqualTo(Main.EXIT_OK);
    assertThat(out())
        .contains("lịch sử 2022 - 2023")
        .contains("Đề nghị khen thưởng, xét tiêu biểu (Y1): không có")
        .doesNotContain("(Y4)");
    assertThat(run("history", file, "--year", "2019")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("history", dir.resolve("missing.json"))).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(run("history", "--format", "json")).isEqualTo(Main.EXIT_USAGE);
  }
}
