package io.github.partyorg.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The caller's part of a Party document (36-HD/VPTW, REFERENCE section 12). */
class DocumentDetailsTest {

  @Test
  void anEmptyBuilderIsRefusedNamingEveryRequiredPart() {
    assertThatThrownBy(() -> DocumentDetails.builder().build())
        .isInstanceOf(InvalidDocumentDetailsException.class)
        .satisfies(
            e ->
                assertThat(((InvalidDocumentDetailsException) e).problems())
                    .containsExactly(
                        "number: missing",
                        "symbol: missing",
                        "place: missing",
                        "date: missing",
                        "issuingBody: missing",
                        "authority: missing",
                        "signerPost: missing",
                        "signer: missing",
                        "recipients: missing (at least one besides the filing line)"))
        .hasMessageStartingWith("The document details are incomplete or invalid (9 problems)");
  }

  @Test
  void blankPartsAndANegativeNumberAreRefusedWithoutQuotingTheValues() {
    assertThatThrownBy(
            () ->
                DocumentFixtures.benTre(Year.of(2022))
                    .number(-3)
                    .signer("  ")
                    .superiorBody(" ")
                    .subject("")
                    .addRecipient(" ")
                    .build())
        .isInstanceOf(InvalidDocumentDetailsException.class)
        .satisfies(
            e ->
                assertThat(((InvalidDocumentDetailsException) e).problems())
                    .containsExactly(
                        "number: must be at least 1",
                        "superiorBody: blank (leave it out when there is none)",
                        "signer: blank",
                        "recipients[3]: blank",
                        "subject: blank (leave it out for the default)"));
  }

  @ParameterizedTest(name = "\"{0}\" is the filing line the document adds")
  @CsvSource(
      delimiter = '|',
      value = {"Lưu Văn phòng", "- Lưu Văn phòng.", "lưu văn phòng Đảng ủy Khối"})
  void theFilingLineIsNotGivenByTheCaller(String recipient) {
    assertThatThrownBy(() -> DocumentFixtures.benTre(Year.of(2022)).addRecipient(recipient).build())
        .isInstanceOf(InvalidDocumentDetailsException.class)
        .hasMessageContaining("recipients[3]: the filing line \"Lưu Văn phòng\" is added");
  }

  @Test
  void aRecipientThatOnlyMentionsTheOfficeIsKept() {
    DocumentDetails details =
        DocumentFixtures.benTre(Year.of(2022)).addRecipient("Văn phòng Tỉnh ủy").build();
    assertThat(details.recipients()).endsWith("Văn phòng Tỉnh ủy");
  }

  @Test
  void theNumberAndSymbolReadAsTheGuidanceWritesThem() {
    DocumentDetails details = DocumentFixtures.benTre(Year.of(2022)).build();
    assertThat(details.numberAndSymbol()).isEqualTo("Số 12-BC/ĐUK");
    assertThat(details.placeAndDate()).isEqualTo("Bến Tre, ngày 15 tháng 12 năm 2022");
    assertThat(details.superiorBody()).contains("Đảng bộ tỉnh Bến Tre");
    assertThat(details.subject()).isEmpty();
  }

  @ParameterizedTest(name = "{0} is written \"{1}\"")
  @CsvSource({
    "2023-02-09, 'Bến Tre, ngày 09 tháng 02 năm 2023'",
    "2023-01-10, 'Bến Tre, ngày 10 tháng 01 năm 2023'",
    "2023-03-01, 'Bến Tre, ngày 01 tháng 3 năm 2023'",
    "2022-12-31, 'Bến Tre, ngày 31 tháng 12 năm 2022'"
  })
  void aDayBelowTenAndTheFirstTwoMonthsTakeALeadingZero(LocalDate date, String expected) {
    DocumentDetails details = DocumentFixtures.benTre(Year.of(2022)).date(date).build();
    assertThat(details.placeAndDate()).isEqualTo(expected);
  }

  @Test
  void textsAreStrippedAndNormalisedToNfc() {
    String decomposed = Normalizer.normalize("Bến Tre", Normalizer.Form.NFD);
    DocumentDetails details =
        DocumentFixtures.benTre(Year.of(2022)).place("  " + decomposed + " ").build();
    assertThat(details.place()).isEqualTo("Bến Tre");
  }

  @Test
  void toStringAndMessagesLeaveTheSignersNameOut() {
    DocumentDetails details = DocumentFixtures.benTre(Year.of(2022)).build();
    assertThat(details.toString())
        .isEqualTo("DocumentDetails[Số 12-BC/ĐUK, 2022-12-15]")
        .doesNotContain(DocumentFixtures.SIGNER);
    assertThatThrownBy(() -> DocumentFixtures.benTre(Year.of(2022)).symbol(" ").build())
        .hasMessageNotContaining(DocumentFixtures.SIGNER);
  }

  @Test
  void equalDetailsAreEqual() {
    DocumentDetails a = DocumentFixtures.benTre(Year.of(2022)).build();
    DocumentDetails b = DocumentFixtures.benTre(Year.of(2022)).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(DocumentFixtures.benTre(Year.of(2022)).number(13).build());
    assertThat(a).isNotEqualTo(DocumentFixtures.benTre(Year.of(2022)).subject("khác").build());
  }

  @Test
  void theExceptionNeedsAProblem() {
    assertThatThrownBy(() -> new InvalidDocumentDetailsException(java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
