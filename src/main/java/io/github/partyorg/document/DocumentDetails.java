package io.github.partyorg.document;

import io.github.partyorg.structure.Catalogue;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a Party document needs that the year's data cannot give (Hướng dẫn 36-HD/VPTW, 2018, part
 * II; REFERENCE section 12): the number and symbol ("Số 12-BC/ĐUK"), the place and date ("Bến Tre,
 * ngày 15 tháng 12 năm 2022"), the issuing body and the body directly above it, the signer's
 * authority, post and name ("T/M BAN THƯỜNG VỤ", "BÍ THƯ", the name), and the recipients ("Nơi
 * nhận"), to which the document adds the filing line "- Lưu Văn phòng".
 *
 * <p>Built with {@link #builder()}; {@link Builder#build()} refuses incomplete details with one
 * {@link InvalidDocumentDetailsException} naming every missing or invalid part. Texts are stripped
 * and NFC-normalised. Immutable and thread-safe. The signer's name is personal data: {@link
 * #toString()} leaves it out.
 */
public final class DocumentDetails {
  private final int number;
  private final String symbol;
  private final String place;
  private final LocalDate date;
  private final String issuingBody;
  private final Optional<String> superiorBody;
  private final String authority;
  private final String signerPost;
  private final String signer;
  private final List<String> recipients;
  private final Optional<String> subject;

  private DocumentDetails(Builder b, LocalDate date) {
    this.number = b.number;
    this.symbol = text(b.symbol);
    this.place = text(b.place);
    this.date = date;
    this.issuingBody = text(b.issuingBody);
    this.superiorBody = Optional.ofNullable(b.superiorBody).map(DocumentDetails::text);
    this.authority = text(b.authority);
    this.signerPost = text(b.signerPost);
    this.signer = text(b.signer);
    this.recipients = b.recipients.stream().map(DocumentDetails::text).toList();
    this.subject = Optional.ofNullable(b.subject).map(DocumentDetails::text);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads details from properties, for example a UTF-8 {@code .properties} file read with {@link
   * Properties#load(java.io.Reader)}: the keys {@code number}, {@code symbol}, {@code place},
   * {@code date} (YYYY-MM-DD), {@code issuingBody}, {@code superiorBody}, {@code authority}, {@code
   * signerPost}, {@code signer}, {@code subject}, and {@code recipient.1}, {@code recipient.2}, ...
   * in order. Every key not listed is refused, so that nothing given is dropped.
   *
   * @param properties the properties
   * @return the details
   * @throws InvalidDocumentDetailsException naming every key unknown, every value that does not
   *     parse and every part missing
   */
  public static DocumentDetails fromProperties(Properties properties) {
    Objects.requireNonNull(properties, "properties");
    Builder b = builder();
    List<String> problems = new ArrayList<>();
    TreeMap<Integer, String> recipients = new TreeMap<>();
    for (String key : new TreeMap<>(stringMap(properties)).keySet()) {
      String value = properties.getProperty(key);
      switch (key) {
        case "number" -> {
          try {
            b.number(Integer.parseInt(value.strip()));
          } catch (NumberFormatException e) {
            problems.add("number: not a whole number");
          }
        }
        case "symbol" -> b.symbol(value);
        case "place" -> b.place(value);
        case "date" -> {
          try {
            b.date(LocalDate.parse(value.strip()));
          } catch (DateTimeParseException e) {
            problems.add("date: not a date as YYYY-MM-DD");
          }
        }
        case "issuingBody" -> b.issuingBody(value);
        case "superiorBody" -> b.superiorBody(value);
        case "authority" -> b.authority(value);
        case "signerPost" -> b.signerPost(value);
        case "signer" -> b.signer(value);
        case "subject" -> b.subject(value);
        default -> {
          Integer index = recipientIndex(key);
          if (index == null) {
            problems.add(key + ": unknown key (known: " + String.join(", ", KEYS) + ")");
          } else {
            recipients.put(index, value);
          }
        }
      }
    }
    recipients.values().forEach(b::addRecipient);
    try {
      DocumentDetails details = b.build();
      if (problems.isEmpty()) {
        return details;
      }
    } catch (InvalidDocumentDetailsException e) {
      for (String problem : e.problems()) {
        String part = problem.substring(0, problem.indexOf(':'));
        if (problems.stream().noneMatch(p -> p.startsWith(part + ":"))) {
          problems.add(problem);
        }
      }
    }
    throw new InvalidDocumentDetailsException(problems);
  }

  private static final List<String> KEYS =
      List.of(
          "number",
          "symbol",
          "place",
          "date",
          "issuingBody",
          "superiorBody",
          "authority",
          "signerPost",
          "signer",
          "subject",
          "recipient.N");

  private static java.util.Map<String, String> stringMap(Properties properties) {
    java.util.Map<String, String> map = new java.util.HashMap<>();
    for (String key : properties.stringPropertyNames()) {
      map.put(key, properties.getProperty(key));
    }
    return map;
  }

  private static @Nullable Integer recipientIndex(String key) {
    if (!key.startsWith("recipient.")) {
      return null;
    }
    try {
      int index = Integer.parseInt(key.substring("recipient.".length()));
      return index >= 1 ? index : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Returns the document's number in the issuing body's register (the "12" of "Số 12-BC/ĐUK").
   *
   * @return the number, at least 1
   */
  public int number() {
    return number;
  }

  /**
   * Returns the symbol: the document type and the issuing body's abbreviation ("BC/ĐUK").
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns the number and symbol as the document prints them: "Số 12-BC/ĐUK".
   *
   * @return the number and symbol
   */
  public String numberAndSymbol() {
    return numberAndSymbol(Catalogue.standard());
  }

  String numberAndSymbol(Catalogue catalogue) {
    return DocumentWords.numberAndSymbol(catalogue, String.valueOf(number), symbol);
  }

  /**
   * Returns the place of issue ("Bến Tre").
   *
   * @return the place
   */
  public String place() {
    return place;
  }

  /**
   * Returns the date of issue.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the place and date as the document prints them: "Bến Tre, ngày 05 tháng 02 năm 2023"
   * (36-HD/VPTW: a day below 10 and the months 1 and 2 are written with a leading zero).
   *
   * @return the place and date
   */
  public String placeAndDate() {
    return placeAndDate(Catalogue.standard());
  }

  String placeAndDate(Catalogue catalogue) {
    return DocumentWords.placeAndDate(catalogue, place, date);
  }

  /**
   * Returns the issuing body ("Đảng ủy Khối Cơ quan - Doanh nghiệp"); the document prints it in
   * capitals.
   *
   * @return the issuing body
   */
  public String issuingBody() {
    return issuingBody;
  }

  /**
   * Returns the body directly above the issuing body ("Đảng bộ tỉnh Bến Tre"), printed above it in
   * capitals, if given.
   *
   * @return the superior body, or empty
   */
  public Optional<String> superiorBody() {
    return superiorBody;
  }

  /**
   * Returns the signer's authority ("T/M BAN THƯỜNG VỤ").
   *
   * @return the authority
   */
  public String authority() {
    return authority;
  }

  /**
   * Returns the signer's post ("BÍ THƯ").
   *
   * @return the post
   */
  public String signerPost() {
    return signerPost;
  }

  /**
   * Returns the signer's full name. Personal data: never logged nor put in messages.
   *
   * @return the name
   */
  public String signer() {
    return signer;
  }

  /**
   * Returns the recipients, in order, without the filing line "Lưu Văn phòng" that the document
   * adds last.
   *
   * @return the recipients; never empty
   */
  public List<String> recipients() {
    return recipients;
  }

  /**
   * Returns the subject (trích yếu) given, if any; without one the document prints "tổng kết công
   * tác năm Y, phương hướng, nhiệm vụ năm Y+1" for the report's year Y.
   *
   * @return the subject, or empty
   */
  public Optional<String> subject() {
    return subject;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DocumentDetails that)) {
      return false;
    }
    return number == that.number
        && symbol.equals(that.symbol)
        && place.equals(that.place)
        && date.equals(that.date)
        && issuingBody.equals(that.issuingBody)
        && superiorBody.equals(that.superiorBody)
        && authority.equals(that.authority)
        && signerPost.equals(that.signerPost)
        && signer.equals(that.signer)
        && recipients.equals(that.recipients)
        && subject.equals(that.subject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, symbol, place, date, issuingBody, signer, recipients);
  }

  /** Names the document by number and symbol and date; the signer's name is left out. */
  @Override
  public String toString() {
    return "DocumentDetails[" + numberAndSymbol() + ", " + date + "]";
  }

  private static String text(@Nullable String value) {
    return Normalizer.normalize(Objects.requireNonNull(value).strip(), Normalizer.Form.NFC);
  }

  /**
   * Builds {@link DocumentDetails}. Every part is required except {@link #superiorBody} and {@link
   * #subject}. Not thread-safe.
   */
  public static final class Builder {
    private int number;
    private @Nullable String symbol;
    private @Nullable String place;
    private @Nullable LocalDate date;
    private @Nullable String issuingBody;
    private @Nullable String superiorBody;
    private @Nullable String authority;
    private @Nullable String signerPost;
    private @Nullable String signer;
    private final List<String> recipients = new ArrayList<>();
    private @Nullable String subject;

    private Builder() {}

    /**
     * Sets the number (required, at least 1).
     *
     * @param number the number in the issuing body's register
     * @return this builder
     */
    public Builder number(int number) {
      this.number = number;
      return this;
    }

    /**
     * Sets the symbol (required): the document type and the issuing body's abbreviation, "BC/ĐUK".
     *
     * @param symbol the symbol
     * @return this builder
     */
    public Builder symbol(String symbol) {
      this.symbol = Objects.requireNonNull(symbol, "symbol");
      return this;
    }

    /**
     * Sets the place of issue (required), "Bến Tre".
     *
     * @param place the place
     * @return this builder
     */
    public Builder place(String place) {
      this.place = Objects.requireNonNull(place, "place");
      return this;
    }

    /**
     * Sets the date of issue (required).
     *
     * @param date the date
     * @return this builder
     */
    public Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Sets the issuing body (required), "Đảng ủy Khối Cơ quan - Doanh nghiệp".
     *
     * @param issuingBody the issuing body
     * @return this builder
     */
    public Builder issuingBody(String issuingBody) {
      this.issuingBody = Objects.requireNonNull(issuingBody, "issuingBody");
      return this;
    }

    /**
     * Sets the body directly above the issuing body (optional), "Đảng bộ tỉnh Bến Tre".
     *
     * @param superiorBody the superior body
     * @return this builder
     */
    public Builder superiorBody(String superiorBody) {
      this.superiorBody = Objects.requireNonNull(superiorBody, "superiorBody");
      return this;
    }

    /**
     * Sets the signer's authority (required), "T/M BAN THƯỜNG VỤ".
     *
     * @param authority the authority
     * @return this builder
     */
    public Builder authority(String authority) {
      this.authority = Objects.requireNonNull(authority, "authority");
      return this;
    }

    /**
     * Sets the signer's post (required), "BÍ THƯ".
     *
     * @param signerPost the post
     * @return this builder
     */
    public Builder signerPost(String signerPost) {
      this.signerPost = Objects.requireNonNull(signerPost, "signerPost");
      return this;
    }

    /**
     * Sets the signer's full name (required).
     *
     * @param signer the name
     * @return this builder
     */
    public Builder signer(String signer) {
      this.signer = Objects.requireNonNull(signer, "signer");
      return this;
    }

    /**
     * Adds a recipient (at least one required), "Ban Thường vụ Tỉnh ủy (b/c)". The document adds
     * "Lưu Văn phòng" last; do not give it.
     *
     * @param recipient the recipient
     * @return this builder
     */
    public Builder addRecipient(String recipient) {
      this.recipients.add(Objects.requireNonNull(recipient, "recipient"));
      return this;
    }

    /**
     * Adds recipients, in order.
     *
     * @param recipients the recipients
     * @return this builder
     */
    public Builder addRecipients(List<String> recipients) {
      recipients.forEach(this::addRecipient);
      return this;
    }

    /**
     * Sets the subject (optional), "tổng kết công tác năm 2022, phương hướng, nhiệm vụ năm 2023".
     *
     * @param subject the subject
     * @return this builder
     */
    public Builder subject(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /**
     * Builds the details.
     *
     * @return the details
     * @throws InvalidDocumentDetailsException naming every part missing or invalid
     */
    public DocumentDetails build() {
      List<String> problems = new ArrayList<>();
      if (number < 1) {
        problems.add("number: " + (number == 0 ? "missing" : "must be at least 1"));
      }
      required(problems, "symbol", symbol);
      required(problems, "place", place);
      if (date == null) {
        problems.add("date: missing");
      }
      required(problems, "issuingBody", issuingBody);
      if (superiorBody != null && superiorBody.isBlank()) {
        problems.add("superiorBody: blank (leave it out when there is none)");
      }
      required(problems, "authority", authority);
      required(problems, "signerPost", signerPost);
      required(problems, "signer", signer);
      if (recipients.isEmpty()) {
        problems.add("recipients: missing (at least one besides the filing line)");
      }
      for (int i = 0; i < recipients.size(); i++) {
        String r = recipients.get(i).strip();
        if (r.isEmpty()) {
          problems.add("recipients[" + i + "]: blank");
        } else if (DocumentWords.isFilingLine(r)) {
          problems.add(
              "recipients["
                  + i
                  + "]: the filing line \""
                  + DocumentWords.filingLine(Catalogue.standard())
                  + "\" is added by the document; do not give it");
        }
      }
      if (subject != null && subject.isBlank()) {
        problems.add("subject: blank (leave it out for the default)");
      }
      LocalDate d = date;
      if (!problems.isEmpty() || d == null) {
        throw new InvalidDocumentDetailsException(problems);
      }
      return new DocumentDetails(this, d);
    }

    private static void required(List<String> problems, String part, @Nullable String value) {
      if (value == null) {
        problems.add(part + ": missing");
      } else if (value.isBlank()) {
        problems.add(part + ": blank");
      }
    }
  }
}
