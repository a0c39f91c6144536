package vn.qcdc.flow.audit;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the configured retention ({@code qcdc.audit.retention-days}, default
 * 3650) the history time-to-live of every deployed process and decision
 * definition, old versions included, so that changing the retention is a
 * configuration change and not an edit of each model. A model still declares
 * its own historyTimeToLive (the engine enforces it); this only aligns them.
 * Instances that already ended keep the removal time computed at their end.
 */
@Component
class HistoryRetention {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryRetention.class);

  private final RepositoryService repository;
  private final int days;

  @org.springframework.beans.factory.annotation.Autowired
  HistoryRetention(RepositoryService repository, AuditProperties properties) {
    this(repository, properties.retentionDays());
  }

  HistoryRetention(RepositoryService repository, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("qcdc.audit.retention-days must be at least 1, not " + days);
    }
    this.repository = repository;
    this.days = days;
  }

  @EventListener(PostDeployEvent.class)
  void align() {
    int changed = 0;
    for (var d : repository.createProcessDefinitionQuery().list()) {
      if (d.getHistoryTimeToLive() == null || d.getHistoryTimeToLive() != days) {
        repository.updateProcessDefinitionHistoryTimeToLive(d.getId(), days);
        changed++;
      }
    }
    for (var d : repository.createDecisionDefinitionQuery().list()) {
      if (d.getHistoryTimeToLive() == null || d.getHistoryTimeToLive() != days) {
        repository.updateDecisionDefinitionHistoryTimeToLive(d.getId(), days);
        changed++;
      }
    }
    if (changed > 0) {
      LOG.info("History retention set to {} days on {} definitions", days, changed);
    }
  }

  int days() {
    return days;
  }
}
