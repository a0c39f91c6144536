package vn.qcdc.flow.engine;

import java.io.Serializable;

/**
 * The key of a record kept once per agency and year (the cycle, its plan, its work plan):
 * several agencies of the bloc run the same year (issue 16).
 */
public record AgencyYear(String agency, int year) implements Serializable {
}
