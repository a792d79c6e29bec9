package io.github.partyorg.bench;

import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.Root;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON read and write of a root and of its year facts, on the bloc and the province-sized root. The
 * baseline is a bare token scan of the same text with jackson-core (no model built, no checks), the
 * floor any reader of this format pays. Throughput in MB/s is the document's UTF-8 size (printed at
 * setup) divided by the time per operation.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class JsonBench {
  @Param({"bloc", "province"})
  public String size;

  PartyorgJson json;
  Root root;
  YearFacts facts;
  String rootText;
  String factsText;
  JsonFactory factory;

  /** Generates the data and their JSON once per fork, and prints the documents' sizes. */
  @Setup(Level.Trial)
  public void setUp() {
    Synthetic.Dataset data = size.equals("bloc") ? Synthetic.bloc() : Synthetic.province();
    json = PartyorgJson.standard();
    root = data.root();
    facts = data.facts();
    StringWriter r = new StringWriter();
    json.writeRoot(root, r);
    rootText = r.toString();
    StringWriter f = new StringWriter();
    json.writeYearFacts(facts, f);
    factsText = f.toString();
    factory = JsonFactory.builder().build();
    System.out.printf(
        "%n[JsonBench %s] root %,d bytes, year facts %,d bytes (UTF-8)%n",
        size,
        rootText.getBytes(StandardCharsets.UTF_8).length,
        factsText.getBytes(StandardCharsets.UTF_8).length);
  }

  /** Reads the root document into a validated {@link Root}. */
  @Benchmark
  public Root readRoot() {
    return json.readRoot(new StringReader(rootText));
  }

  /** Writes the root document. */
  @Benchmark
  public int writeRoot() {
    StringWriter out = new StringWriter(rootText.length());
    json.writeRoot(root, out);
    return out.getBuffer().length();
  }

  /** Reads the year facts document. */
  @Benchmark
  public YearFacts readYearFacts() {
    return json.readYearFacts(new StringReader(factsText));
  }

  /** Writes the year facts document. */
  @Benchmark
  public int writeYearFacts() {
    StringWriter out = new StringWriter(factsText.length());
    json.writeYearFacts(facts, out);
    return out.getBuffer().length();
  }

  /** Baseline: a bare token scan of the root document. */
  @Benchmark
  public int baseline_scanRoot() {
    return scan(rootText);
  }

  /** Baseline: a bare token scan of the year facts document. */
  @Benchmark
  public int baseline_scanYearFacts() {
    return scan(factsText);
  }

  private int scan(String text) {
    int tokens = 0;
    try (JsonParser parser =
        factory.createParser(ObjectReadContext.empty(), new StringReader(text))) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          tokens += parser.getTextLength();
        }
        tokens++;
      }
    }
    return tokens;
  }
}
