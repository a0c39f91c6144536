/** The read-only year-by-unit progress behind Cockpit's "Tiến độ QCDC" plugin. */
package vn.qcdc.flow.progress;
