package vn.qcdc.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit export's hash chain and its two file formats, on their own (no Spring). */
class AuditChainTest {

  static List<String> fields(String activity, String data) {
    List<String> f = new ArrayList<>(Collections.nCopies(AuditChain.FIELDS.size(), ""));
    f.set(AuditChain.FIELDS.indexOf("kind"), "TASK");
    f.set(AuditChain.FIELDS.indexOf("activity"), activity);
    f.set(AuditChain.FIELDS.indexOf("data"), data);
    // data, operations and comments are compact JSON text, the others plain text
    f.set(AuditChain.FIELDS.indexOf("comments"), "[{\"user\":\"truongban\",\"message\":"
        + "\"Ý kiến: \\\"đồng ý\\\", có dấu phẩy;\\nxuống dòng\"}]");
    return f;
  }

  final String genesis = AuditChain.genesis("QCDC-2022", "export-1");
  final List<AuditChain.Entry> entries = AuditChain.chain(genesis, List.of(
      fields("Quán triệt văn bản", "{\"attendance\":6}"),
      fields("Phê duyệt \"kế hoạch\", năm 2022", "{\"planDecision\":\"approve\"}")));

  AuditChain.Trail trail() {
    return new AuditChain.Trail("export-1", "QCDC-2022", "pi-1", genesis,
        entries.get(entries.size() - 1).hash(), entries.size(), entries);
  }

  @Test
  void eachEntryHashesThePreviousOneItsNumberAndItsFields() {
    assertThat(entries.get(0).prevHash()).isEqualTo(genesis);
    assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).hash());
    assertThat(entries.get(1).hash()).isEqualTo(AuditChain.hash(entries.get(0).hash(), 2,
        entries.get(1).fields()));
    assertThat(genesis).matches("[0-9a-f]{64}")
        .isNotEqualTo(AuditChain.genesis("QCDC-2022", "export-2"))
        .isNotEqualTo(AuditChain.genesis("QCDC-2023", "export-1"));
    // one character changed in one field changes that entry's hash, and so every later one
    List<String> changed = new ArrayList<>(entries.get(0).fields());
    changed.set(AuditChain.FIELDS.indexOf("data"), "{\"attendance\":7}");
    assertThat(AuditChain.hash(genesis, 1, changed)).isNotEqualTo(entries.get(0).hash());
    // the number is hashed too: the same fields at another place give another hash
    assertThat(AuditChain.hash(genesis, 2, entries.get(0).fields()))
        .isNotEqualTo(entries.get(0).hash());
  }

  @Test
  void jsonAndCsvCarryTheSameChain() {
    for (String text : List.of(AuditChain.toJson(trail()), AuditChain.toCsv(trail()))) {
      AuditChain.Trail read = AuditChain.read(text);
      assertThat(read.businessKey()).isEqualTo("QCDC-2022");
      assertThat(read.exportId()).isEqualTo("export-1");
      assertThat(read.genesis()).isEqualTo(genesis);
      assertThat(read.head()).isEqualTo(entries.get(1).hash());
      assertThat(read.entryCount()).isEqualTo(2);
      assertThat(read.entries()).hasSize(2);
      for (int i = 0; i < 2; i++) {
        AuditChain.Entry e = read.entries().get(i);
        assertThat(e.seq()).isEqualTo(i + 1);
        assertThat(e.hash()).isEqualTo(entries.get(i).hash());
        // what was read hashes to what was written: nothing lost in quoting or line breaks
        assertThat(AuditChain.hash(e.prevHash(), e.seq(), e.fields())).as(text)
            .isEqualTo(e.hash());
      }
    }
    // a byte-order mark (Excel) is tolerated
    assertThat(AuditChain.read("\uFEFF" + AuditChain.toCsv(trail())).entries()).hasSize(2);
  }

  @Test
  void whatIsNotAnExportIsRefused() {
    assertThatThrownBy(() -> AuditChain.read("{\"format\":\"other\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(AuditChain.FORMAT);
    assertThatThrownBy(() -> AuditChain.read("{not json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON không hợp lệ");
    assertThatThrownBy(() -> AuditChain.read("a,b,c\n1,2,3\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
