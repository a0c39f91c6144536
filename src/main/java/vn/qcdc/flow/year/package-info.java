/** One agency's year as its users work it (the steps, their values and who does each), shared by the demo data, the tests and the benchmark. */
package vn.qcdc.flow.year;
