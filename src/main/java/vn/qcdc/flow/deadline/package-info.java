/** Due dates of user tasks, computed when the task is created. */
package vn.qcdc.flow.deadline;
