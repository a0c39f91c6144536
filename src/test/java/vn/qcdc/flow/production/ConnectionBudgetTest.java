package vn.qcdc.flow.production;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The pool must serve every job thread and still leave connections for the users. */
class ConnectionBudgetTest {

  @Test
  void aPoolNoLargerThanTheJobThreadsIsRefusedNamingBothSettings() {
    // The benchmark node that starved: 8 connections, 10 job threads.
    assertThatThrownBy(() -> ConnectionBudget.check(8, 10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("maximum-pool-size (8)")
        .hasMessageContaining("max-pool-size (10) + 4");
    assertThatThrownBy(() -> ConnectionBudget.check(13, 10))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theShippedSettingsPass() {
    assertThatCode(() -> ConnectionBudget.check(14, 10)).doesNotThrowAnyException();
    assertThatCode(() -> ConnectionBudget.check(20, 10)).doesNotThrowAnyException();
  }
}
