/** The outgoing-document register that numbers every document per kind and series, with no gap and no duplicate. */
package vn.qcdc.flow.register;
