/** Emulation ratings of units and officials from the year's results, confirmed by leadership, and their export. */
package vn.qcdc.flow.emulation;
