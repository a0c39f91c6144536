package vn.qcdc.flow.support;

import vn.qcdc.flow.year.Hand;

/** How a person acts on the application in a test: through the Java API or over REST. */
public interface Desk extends Hand {
}
