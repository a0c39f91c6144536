package vn.qcdc.flow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One figure of a review: what the unit filed, what the application had pre-filled from its own
 * records, and whether the unit corrected it by hand (issue 3: "the record keeps which figures
 * were corrected").
 */
@Embeddable
public class ReviewFigure {

  @Column(name = "figure_value")
  private int value;
  @Column(name = "prefilled_value")
  private Integer prefilled;
  private boolean corrected;

  protected ReviewFigure() {
  }

  ReviewFigure(int value, Integer prefilled) {
    this.value = value;
    this.prefilled = prefilled;
    this.corrected = prefilled != null && prefilled != value;
  }

  public int getValue() {
    return value;
  }

  public Integer getPrefilled() {
    return prefilled;
  }

  public boolean isCorrected() {
    return corrected;
  }
}
