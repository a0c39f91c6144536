/** Authorizations by unit kind, the engine allow-list that guards both REST doors, and the credentials guard. */
package vn.qcdc.flow.access;
