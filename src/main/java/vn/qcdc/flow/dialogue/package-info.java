/** Dialogues between leadership and officials, regular and on the union's request, and their follow-up actions. */
package vn.qcdc.flow.dialogue;
