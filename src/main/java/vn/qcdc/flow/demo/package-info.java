/** The demo agency's finished 2021 and running 2022, created on the demo profile's first start. */
package vn.qcdc.flow.demo;
