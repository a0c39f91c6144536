/** The monthly key-task process: leadership sets the month's tasks and every department and centre reports on them. */
package vn.qcdc.flow.keytasks;
