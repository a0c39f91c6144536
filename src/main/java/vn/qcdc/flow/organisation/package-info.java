/** Units, people and roles of the agency, read from the organisation file and kept in step with Camunda's users and groups. */
package vn.qcdc.flow.organisation;
