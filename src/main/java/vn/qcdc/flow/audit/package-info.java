/** History replay, export and verification for auditors, and the chained, sealed history of the database. */
package vn.qcdc.flow.audit;
