/**
 * Agencies as Camunda tenants (issue 16): which agency the work on a thread is for, the tenant a
 * new process instance gets and the agency Hibernate filters every business record by, with no
 * dependency on the other modules, which all ask it.
 */
package vn.qcdc.flow.tenancy;
