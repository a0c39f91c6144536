/** E-mail reminders for user tasks near their due date, sent once per task. */
package vn.qcdc.flow.reminder;
