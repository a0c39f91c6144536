/**
 * The bloc's view over every agency (issue 16, step 6): the dashboard of the agencies' six-month
 * and year-end reports against the bloc's deadlines ({@code GET /api/bloc/progress}, Cockpit's
 * "Khối: tiến độ báo cáo") and the bloc's consolidated report (Word and PDF, 36-HD/VPTW),
 * generated when a deadline passes. Read-only over the agencies' records, one query per kind
 * of record for all agencies at once; no complaint, no citizen's identity is ever read.
 */
package vn.qcdc.flow.blocview;
