/** Citizens' complaints and denunciations on their statutory clocks, with the citizen's identity kept out of the process. */
package vn.qcdc.flow.complaints;
