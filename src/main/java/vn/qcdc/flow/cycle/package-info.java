/** The year's cycle: one per year, its start and its plan; announces CycleStarted to the year-round work. */
package vn.qcdc.flow.cycle;
