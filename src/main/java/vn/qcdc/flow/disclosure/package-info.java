/** Financial disclosure: each item prepared, approved, published and supervised by the People's Inspection Board. */
package vn.qcdc.flow.disclosure;
