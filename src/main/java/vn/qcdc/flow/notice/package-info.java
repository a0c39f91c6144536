/** Notices and escalations the processes record, mailed after commit to the groups and units they concern. */
package vn.qcdc.flow.notice;
