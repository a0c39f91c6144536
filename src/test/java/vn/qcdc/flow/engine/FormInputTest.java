package vn.qcdc.flow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** The form checks on their own (no Spring, no engine): what each kind of field refuses. */
public class FormInputTest {

  /** A variable scope that answers from a map. */
  public static VariableScope scope(Map<String, Object> values) {
    Map<String, Object> copy = new HashMap<>(values);
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(i -> copy.get(i.<String>getArgument(0)));
    return scope;
  }

  static FormInput input(Object... keyValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put((String) keyValues[i], keyValues[i + 1]);
    }
    return FormInput.of(scope(values));
  }

  @Test
  void countsAreWholeNumbersWithinTheirRange() {
    FormInput in = input("a", 6L, "b", "12", "c", 2.0d, "d", 2.5d, "e", -1, "f", "abc", "g", " ");
    assertThat(in.count("a", "A", 0, 10)).isEqualTo(6);
    assertThat(in.count("b", "B", 0, 100)).isEqualTo(12);
    assertThat(in.count("c", "C", 0, 10)).isEqualTo(2);
    assertThat(in.valid()).isTrue();
    in.count("d", "Số người", 0, 10);
    in.count("e", "Số buổi", 0, 10);
    in.count("f", "Số việc", 0, 10);
    in.count("g", "Số đơn", 0, 10);
    in.count("missing", "Số lần", 0, 10);
    assertThatThrownBy(in::refuseIfInvalid).isInstanceOf(InputRefusedException.class)
        .hasMessageStartingWith("Dữ liệu chưa hợp lệ: ")
        .hasMessageContaining("«Số người» phải là một số nguyên.")
        .hasMessageContaining("«Số buổi» phải nằm trong khoảng từ 0 đến 10 (đã nhập -1).")
        .hasMessageContaining("«Số việc» phải là một số nguyên.")
        .hasMessageContaining("«Số đơn» là bắt buộc.")
        .hasMessageContaining("«Số lần» là bắt buộc.");
  }

  @Test
  void textRefusesMarkupControlCharactersEmojiAndLength() {
    assertThat(input("t", "  số người < 5  ").text("t", "Ghi chú")).isEqualTo("số người < 5");
    for (String bad : List.of("<script>x</script>", "a\u0007b", "tốt 👍", "x".repeat(4001))) {
      FormInput in = input("t", bad);
      in.text("t", "Ghi chú");
      assertThat(in.valid()).as(bad).isFalse();
    }
    FormInput blank = input("t", "   ");
    assertThat(blank.optionalText("t", "Ghi chú")).isNull();
    assertThat(blank.valid()).isTrue();
    blank.text("t", "Ghi chú");
    assertThatThrownBy(blank::refuseIfInvalid).hasMessageContaining("«Ghi chú» là bắt buộc.");
  }

  @Test
  void datesAreIsoDaysOptionallyWithATime() {
    FormInput in = input("a", "2022-03-05", "b", "2022-03-05T00:00:00+07:00", "c", "05/03/2022",
        "d", "2022-02-30", "e", "2021-12-31");
    assertThat(in.date("a", "Ngày")).isEqualTo(LocalDate.of(2022, 3, 5));
    assertThat(in.date("b", "Ngày")).isEqualTo(LocalDate.of(2022, 3, 5));
    assertThat(in.valid()).isTrue();
    assertThat(in.date("c", "Ngày họp")).isNull();
    assertThat(in.date("d", "Ngày nhận")).isNull();
    assertThat(in.dateInYear("e", "Ngày quán triệt", 2022)).isNull();
    assertThatThrownBy(in::refuseIfInvalid)
        .hasMessageContaining("«Ngày họp» không phải là ngày hợp lệ (yyyy-MM-dd).")
        .hasMessageContaining("«Ngày nhận» không phải là ngày hợp lệ (yyyy-MM-dd).")
        .hasMessageContaining("«Ngày quán triệt» phải nằm trong năm 2022 (đã nhập 31/12/2021).");
  }

  @Test
  void choicesDecisionsAndFlags() {
    FormInput in = input("kind", "HOP_CO_QUAN", "bad", "HOP_KHAC", "decision", "return",
        "yes", "true", "no", "false");
    assertThat(in.choice("kind", "Hình thức", List.of("HOP_CO_QUAN", "HOP_CHI_BO")))
        .isEqualTo("HOP_CO_QUAN");
    assertThat(in.flag("yes")).isTrue();
    assertThat(in.flag("no")).isFalse();
    assertThat(in.flag("missing")).isFalse();
    assertThat(in.valid()).isTrue();
    assertThat(in.choice("bad", "Hình thức", List.of("HOP_CO_QUAN"))).isNull();
    FormInput.Decision d = in.decision("decision", "reason", "Lý do trả lại");
    assertThat(d.approved()).isFalse();
    assertThatThrownBy(in::refuseIfInvalid)
        .hasMessageContaining("«Hình thức» có giá trị không hợp lệ: HOP_KHAC.")
        .hasMessageContaining("Khi trả lại phải ghi «Lý do trả lại».");
    FormInput approve = input("decision", "approve");
    assertThat(approve.decision("decision", "reason", "Lý do").approved()).isTrue();
    assertThat(approve.valid()).isTrue();
  }
}
