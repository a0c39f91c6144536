/** The city bloc above the agency: its two bodies, their deadlines, their receipt of each submitted report and the return that reopens its revision. */
package vn.qcdc.flow.bloc;
