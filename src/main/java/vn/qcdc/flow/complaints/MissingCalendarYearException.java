package vn.qcdc.flow.complaints;

import vn.qcdc.flow.engine.InputRefusedException;

/**
 * A date in a year that the working calendar (qcdc.calendar.days-off) does not list. Refused
 * like bad input: the command that needed the calendar (a cycle's start, a complaint's intake or
 * a step that computes a legal deadline) rolls back whole and the user reads which year to add.
 */
public class MissingCalendarYearException extends InputRefusedException {

  private final int year;

  public MissingCalendarYearException(int year) {
    super("Lịch làm việc chưa có năm " + year + ": chưa khai báo các ngày nghỉ Tết Âm lịch, nghỉ"
        + " lễ và nghỉ bù của năm " + year + " (qcdc.calendar.days-off), nên không tính được"
        + " ngày làm việc và thời hạn theo luật. Quản trị viên cần bổ sung lịch nghỉ năm " + year
        + " theo thông báo của Chính phủ rồi thực hiện lại; chưa có thay đổi nào được lưu.");
    this.year = year;
  }

  public int year() {
    return year;
  }
}
