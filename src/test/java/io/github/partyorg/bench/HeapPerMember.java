package io.github.partyorg.bench;

import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.Root;

/**
 * Retained heap per member of the province-sized root: {@code java -cp <test classpath>
 * io.github.partyorg.bench.HeapPerMember} prints the used heap (after {@code System.gc()}, several
 * times) before generating, with the root and its facts held, and with the root alone. Run it with
 * {@code -XX:+UseSerialGC} for a stable count; compare with {@code jcmd <pid> GC.class_histogram}
 * while it waits (pass {@code wait}).
 */
public final class HeapPerMember {
  private HeapPerMember() {}

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      best = Math.min(best, rt.totalMemory() - rt.freeMemory());
    }
    return best;
  }

  /**
   * Measures and prints.
   *
   * @param args {@code wait} to wait for Enter with the root held (for jcmd)
   * @throws Exception if reading stdin fails
   */
  public static void main(String[] args) throws Exception {
    long before = used();
    Synthetic.Dataset data = Synthetic.province();
    Root root = data.root();
    YearFacts facts = data.facts();
    data = null;
    int n = root.memberCount();
    long withFacts = used();
    System.out.printf(
        "root + facts: %d bytes for %d members = %d bytes/member%n",
        withFacts - before, n, (withFacts - before) / n);
    System.out.println(facts.members().size() + " member facts");
    facts = null;
    long rootOnly = used();
    System.out.printf(
        "root alone:   %d bytes = %d bytes/member%n", rootOnly - before, (rootOnly - before) / n);
    if (args.length > 0 && args[0].equals("wait")) {
      System.out.println("pid " + ProcessHandle.current().pid() + "; press Enter");
      System.in.read();
    }
    System.out.println(root.memberCount());
  }
}
