package io.github.partyorg.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;

/** Document details of the Bến Tre bloc's report (number, signer and recipients invented). */
final class DocumentFixtures {
  static final String SIGNER = "Nguyễn Văn Mẫu";

  private DocumentFixtures() {}

  static DocumentDetails.Builder benTre(Year year) {
    return DocumentDetails.builder()
        .number(12)
        .symbol("BC/ĐUK")
        .place("Bến Tre")
        .date(LocalDate.of(year.getValue(), 12, 15))
        .superiorBody("Đảng bộ tỉnh Bến Tre")
        .issuingBody("Đảng ủy Khối Cơ quan - Doanh nghiệp")
        .authority("T/M Ban Thường vụ")
        .signerPost("Bí thư")
        .signer(SIGNER)
        .addRecipient("Ban Thường vụ Tỉnh ủy (b/c)")
        .addRecipient("Ban Tổ chức Tỉnh ủy")
        .addRecipient("Các đảng ủy, chi bộ cơ sở trực thuộc");
  }

  /** target/documents: where the tests leave the files they write, for a person to look at. */
  static Path outputDirectory() throws java.io.IOException {
    return Files.createDirectories(Path.of("target", "documents"));
  }
}
