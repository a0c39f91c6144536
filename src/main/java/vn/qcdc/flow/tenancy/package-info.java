/**
 * Agencies as Camunda tenants (issue 16): which agency the current work is for, the tenant a
 * new process instance gets, and the agency Hibernate filters every business record by. It
 * depends on no other module of the application, so every module can ask it.
 */
package vn.qcdc.flow.tenancy;
