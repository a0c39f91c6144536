/** Proposals, the officials' conference, its resolution and the work plan with its monthly key tasks; announces WorkPlanIssued. */
package vn.qcdc.flow.conference;
