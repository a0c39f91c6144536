package vn.qcdc.flow.conference;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.organisation.OrganisationRegistry;

/**
 * The year's proposals as qcdc-conference.bpmn reads them, under the name
 * {@code proposals}: one answer task per proposal.
 */
@Component("proposals")
public class Proposals {

  private final ProposalRepository repository;
  private final OrganisationRegistry organisation;

  public Proposals(ProposalRepository repository, OrganisationRegistry organisation) {
    this.repository = repository;
    this.organisation = organisation;
  }

  public List<String> idsFor(int year) {
    return repository.findByYearOrderByUnitCodeAscSeqAsc(year).stream()
        .map(Proposal::getId).toList();
  }

  public String textOf(String id) {
    return repository.findById(id).orElseThrow().getContent();
  }

  public String unitNameOf(String id) {
    return organisation.name(repository.findById(id).orElseThrow().getUnitCode());
  }
}
