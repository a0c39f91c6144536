package vn.qcdc.flow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.qcdc.flow.engine.FormInput;
import vn.qcdc.flow.engine.FormInputTest;
import vn.qcdc.flow.engine.InputRefusedException;

/** The officials a unit lists in its year-end review, parsed on their own (no Spring). */
class OfficialLineTest {

  @Test
  void readsEachLineAndSkipsBlankOnes() {
    assertThat(OfficialLine.parseFiled("Nguyễn Văn An; 95; không\n\n  Trần Thị Bình;80%;có  \r\n"))
        .containsExactly(new OfficialLine("Nguyễn Văn An", 95, false),
            new OfficialLine("Trần Thị Bình", 80, true));
    assertThat(OfficialLine.parseFiled(null)).isEmpty();
    assertThat(OfficialLine.parseFiled("  ")).isEmpty();
  }

  @Test
  void everyBadLineIsRefusedWithItsNumber() {
    FormInput in = FormInput.of(FormInputTest.scope(Map.of()));
    var lines = OfficialLine.parseAll("Nguyễn Văn An; 95; không\nLê Cường; 101; không\n"
        + "Phạm Dũng; 90\nnguyễn văn an; 70; có\nHồ Em; 90; chắc", in);
    // the well-formed lines are read (the repeated name too); the input refuses the whole list
    assertThat(lines).extracting(OfficialLine::name)
        .containsExactly("Nguyễn Văn An", "nguyễn văn an");
    assertThatThrownBy(in::refuseIfInvalid)
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("dòng 2: tỷ lệ hoàn thành phải là số từ 0 đến 100.")
        .hasMessageContaining("dòng 3: phải có dạng")
        .hasMessageContaining("dòng 4: nguyễn văn an đã có ở dòng trước.")
        .hasMessageContaining("dòng 5: kỷ luật phải ghi \"có\" hoặc \"không\".");
  }
}
