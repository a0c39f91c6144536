/** Migrating running instances between released model versions, for administrators. */
package vn.qcdc.flow.upgrade;
