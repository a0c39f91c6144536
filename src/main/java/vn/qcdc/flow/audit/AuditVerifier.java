package vn.qcdc.flow.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an export's hash chain and names what was done to it. Pure: the
 * REST endpoint and the command-line verifier both use it.
 *
 * <p>Walking the entries in file order: an entry whose own hash does not
 * match its content (or whose link to its in-place predecessor is broken) was
 * <b>altered</b>; numbers absent between two entries are <b>missing</b>; an
 * entry that is not where its number puts it was <b>reordered</b>. At the
 * end, the last hash must equal the head, and the number of entries the
 * count, that the database recorded at export time (or, without the
 * database, the file's own header): a file cut short, or one whose chain was
 * recomputed after a change, no longer matches.
 */
public final class AuditVerifier {

  private AuditVerifier() {
  }

  public enum Problem { ALTERED, MISSING, REORDERED, HEAD_MISMATCH, UNKNOWN_EXPORT }

  public record Finding(Problem problem, int seq, String message) {
  }

  /** The outcome: findings in file order, the first one first. */
  public record Result(boolean intact, int entries, String head, List<Finding> findings) {

    public Finding first() {
      return findings.isEmpty() ? null : findings.get(0);
    }
  }

  /**
   * @param recordedHead the head recorded in the database for this export (null: use the file's
   *     header, which proves less: whoever rewrote the chain could rewrite the header too)
   * @param recordedCount the entry count recorded with it (ignored when recordedHead is null)
   */
  public static Result verify(AuditChain.Trail trail, String recordedHead, Integer recordedCount) {
    List<Finding> findings = new ArrayList<>();
    List<AuditChain.Entry> entries = trail.entries();
    String genesis = AuditChain.genesis(trail.businessKey(), trail.exportId());
    if (!trail.genesis().isEmpty() && !genesis.equals(trail.genesis())) {
      findings.add(new Finding(Problem.ALTERED, 0, "Phần đầu tệp (mã xuất, chu kỳ) đã bị sửa:"
          + " mã băm khởi đầu không khớp."));
    }
    List<Integer> sorted = entries.stream().map(AuditChain.Entry::seq).sorted().toList();
    Set<Integer> reported = new HashSet<>();
    String prev = genesis;
    for (int i = 0; i < entries.size(); i++) {
      AuditChain.Entry e = entries.get(i);
      int before = i == 0 ? 0 : sorted.get(i - 1);
      if (sorted.get(i) > before + 1) {
        int from = before + 1;
        int to = sorted.get(i) - 1;
        findings.add(new Finding(Problem.MISSING, from, from == to
            ? "Thiếu mục số " + from + " (giữa mục số " + before + " và mục số " + (to + 1) + ")."
            : "Thiếu các mục từ số " + from + " đến số " + to + "."));
      }
      boolean intact = AuditChain.hash(e.prevHash(), e.seq(), e.fields()).equals(e.hash());
      if (!intact) {
        findings.add(new Finding(Problem.ALTERED, e.seq(), "Mục số " + e.seq()
            + " đã bị sửa: nội dung không khớp với mã băm của nó."));
      } else if (e.seq() != sorted.get(i) && !reported.contains(e.seq())) {
        int other = sorted.get(i);
        findings.add(new Finding(Problem.REORDERED, e.seq(), "Mục số " + e.seq()
            + " nằm sai thứ tự: đứng ở vị trí của mục số " + other + "."));
        reported.add(e.seq());
        reported.add(other);
      } else if (e.seq() == sorted.get(i) && sorted.get(i) == before + 1 && i > 0
          && !e.prevHash().equals(prev) && entries.get(i - 1).seq() == before) {
        // in place, neighbour in place, yet the link is broken: the file's numbers were edited
        findings.add(new Finding(Problem.ALTERED, e.seq(), "Mục số " + e.seq()
            + " không nối với mục đứng trước nó: số thứ tự hoặc mã băm đã bị sửa."));
      }
      prev = e.hash();
    }
    String head = entries.isEmpty() ? genesis : entries.get(entries.size() - 1).hash();
    String wantedHead = recordedHead != null ? recordedHead : trail.head();
    int wantedCount = recordedHead != null && recordedCount != null ? recordedCount
        : trail.entryCount();
    int last = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
    if (wantedCount > last) {
      findings.add(new Finding(Problem.MISSING, last + 1, last + 1 == wantedCount
          ? "Thiếu mục cuối cùng, số " + wantedCount + "."
          : "Thiếu các mục cuối, từ số " + (last + 1) + " đến số " + wantedCount + "."));
    } else if (findings.isEmpty() && !head.equals(wantedHead)) {
      findings.add(new Finding(Problem.HEAD_MISMATCH, entries.size(), recordedHead != null
          ? "Mã băm cuối chuỗi không khớp với mã đã ghi trong cơ sở dữ liệu khi xuất: chuỗi đã"
              + " bị tính lại sau khi sửa."
          : "Mã băm cuối chuỗi không khớp với phần đầu tệp."));
    }
    return new Result(findings.isEmpty(), entries.size(), head, findings);
  }

  /** The report a person reads: Vietnamese, the first problem first. */
  public static String report(Result r) {
    if (r.intact()) {
      return "NGUYÊN VẸN: " + r.entries() + " mục, chuỗi băm khớp, mã băm cuối " + r.head() + ".";
    }
    StringBuilder out = new StringBuilder("BỊ THAY ĐỔI: " + r.first().message());
    if (r.findings().size() > 1) {
      out.append("\nCác phát hiện khác:");
      r.findings().subList(1, r.findings().size())
          .forEach(f -> out.append("\n- ").append(f.message()));
    }
    return out.toString();
  }
}
