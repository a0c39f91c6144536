package vn.qcdc.flow.organisation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of every per-unit activity: puts the unit's name, kind and
 * headcount beside its code, in the instance's own scope, for task names,
 * forms and gateways. (Input mappings on a multi-instance activity run
 * before the unit's code is known, so they cannot do this.)
 */
@Component("unitScope")
public class UnitScope implements ExecutionListener {

  private final OrganisationRegistry organisation;

  public UnitScope(OrganisationRegistry organisation) {
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateExecution execution) {
    OrgUnit unit = organisation.unit((String) execution.getVariable("unitCode"));
    execution.setVariableLocal("unitName", unit.getName());
    execution.setVariableLocal("unitKind", unit.getKind().name());
    execution.setVariableLocal("headcount", unit.getHeadcount());
  }
}
