package vn.qcdc.flow.cycle;

/**
 * A year's cycle has started (published in the start's transaction, so a refused or failed
 * start takes back whatever the listeners began). Disclosure and dialogue start their year
 * on it; the cycle knows nothing of them.
 */
public record CycleStarted(int year) {
}
