/** Engine-side helpers every module uses: form input checks, the clock, stable resource names, task names and task-scoped form variables. */
package vn.qcdc.flow.engine;
