/** Each unit's dissemination of the central documents on QCDC, its records and figures. */
package vn.qcdc.flow.dissemination;
