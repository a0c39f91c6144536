package vn.qcdc.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seal key: refused when absent or short outside the demo/test setting; seals round-trip. */
class AuditSealKeyTest {

  @Test
  void withoutAKeyTheApplicationRefusesToStartUnlessAnEphemeralKeyIsAllowed() {
    assertThatThrownBy(() -> AuditSeals.loadKey("", "", false))
        .hasMessageContaining("refuses to start without an audit seal key")
        .hasMessageContaining("QCDC_AUDIT_SEAL_KEY_FILE");
    assertThat(AuditSeals.loadKey("", "", true)).hasSize(64);
    assertThatThrownBy(() -> AuditSeals.loadKey("too-short", "", true))
        .hasMessageContaining("needs at least 32");
  }

  @Test
  void theKeyFileWinsAndASealIsCheckedOnlyWithItsKey(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seal.key");
    Files.writeString(file, "0123456789abcdef0123456789abcdef0123456789abcdef\n");
    byte[] key = AuditSeals.loadKey("another-key-from-the-environment-0123456789",
        file.toString(), false);
    assertThat(new String(key, StandardCharsets.UTF_8))
        .isEqualTo("0123456789abcdef0123456789abcdef0123456789abcdef");
    assertThatThrownBy(() -> AuditSeals.loadKey("", dir.resolve("missing").toString(), true))
        .hasMessageContaining("cannot be read");

    HistoryChain.Seal seal = HistoryChain.seal(key, 42, HistoryChain.GENESIS,
        Instant.parse("2026-11-29T16:50:00Z"));
    HistoryChain.Seal read = HistoryChain.parseSeals("Kính gửi ...\n" + seal.line() + "\n...")
        .get(0);
    assertThat(read).isEqualTo(seal);
    assertThat(HistoryChain.mac(key, 42, HistoryChain.GENESIS, read.at())).isEqualTo(read.mac());
    assertThat(HistoryChain.mac("x".repeat(40).getBytes(StandardCharsets.UTF_8), 42,
        HistoryChain.GENESIS, read.at())).isNotEqualTo(read.mac());
    assertThat(HistoryChain.mac(key, 43, HistoryChain.GENESIS, read.at()))
        .isNotEqualTo(read.mac());
  }
}
