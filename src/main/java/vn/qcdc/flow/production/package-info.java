/** Production checks of the database: character set, history columns after 2038, the node's route. */
package vn.qcdc.flow.production;
