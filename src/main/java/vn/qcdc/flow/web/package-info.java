/** REST authentication, Vietnamese refusals, the log-in throttle, the cross-site guard and upload limits. */
package vn.qcdc.flow.web;
