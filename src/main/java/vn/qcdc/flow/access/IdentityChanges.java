package vn.qcdc.flow.access;

import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.stereotype.Component;

/**
 * A counter of this node's identity changes, so that {@link VerifiedCredentials} drops every
 * credential it verified as soon as a user, group, tenant, membership or password changes or an
 * account is unlocked, whoever changes it (Camunda Admin, the REST API, the organisation sync,
 * break-glass).
 *
 * <p>The one adapter to Camunda internals for this: the engine has no public hook on identity
 * writes, so the database identity provider is replaced by a subclass (registered as the
 * engine's identity provider session factory, as an LDAP plugin would) that counts each write
 * when it is made and again when its transaction commits, so that a credential verified while
 * the change was in flight is not kept. Another node's changes reach this node's cache only
 * when its entries expire ({@code qcdc.rest.credential-cache}).
 */
@Component
public class IdentityChanges extends AbstractCamundaConfiguration {

  private static final AtomicLong GENERATION = new AtomicLong();

  /** The current count: a cached credential is valid only with the count it was read under. */
  public static long generation() {
    return GENERATION.get();
  }

  static void changed() {
    GENERATION.incrementAndGet();
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
          committed -> GENERATION.incrementAndGet());
      context.getTransactionContext().addTransactionListener(TransactionState.ROLLED_BACK,
          rolledBack -> GENERATION.incrementAndGet());
    }
  }

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    configuration.setIdentityProviderSessionFactory(
        new GenericManagerFactory(CountingIdentityProvider.class));
  }

  /** Camunda's database identity provider, counting its writes. */
  public static class CountingIdentityProvider extends DbIdentityServiceProvider {

    private static IdentityOperationResult counted(IdentityOperationResult result) {
      changed();
      return result;
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
      return counted(super.saveUser(user));
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
      return counted(super.deleteUser(userId));
    }

    @Override
    public IdentityOperationResult unlockUser(String userId) {
      return counted(super.unlockUser(userId));
    }

    @Override
    public IdentityOperationResult saveGroup(Group group) {
      return counted(super.saveGroup(group));
    }

    @Override
    public IdentityOperationResult deleteGroup(String groupId) {
      return counted(super.deleteGroup(groupId));
    }

    @Override
    public IdentityOperationResult saveTenant(Tenant tenant) {
      return counted(super.saveTenant(tenant));
    }

    @Override
    public IdentityOperationResult deleteTenant(String tenantId) {
      return counted(super.deleteTenant(tenantId));
    }

    @Override
    public IdentityOperationResult createMembership(String userId, String groupId) {
      return counted(super.createMembership(userId, groupId));
    }

    @Override
    public IdentityOperationResult deleteMembership(String userId, String groupId) {
      return counted(super.deleteMembership(userId, groupId));
    }

    @Override
    public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
      return counted(super.createTenantUserMembership(tenantId, userId));
    }

    @Override
    public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
      return counted(super.createTenantGroupMembership(tenantId, groupId));
    }

    @Override
    public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
      return counted(super.deleteTenantUserMembership(tenantId, userId));
    }

    @Override
    public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
      return counted(super.deleteTenantGroupMembership(tenantId, groupId));
    }

    @Override
    public boolean checkPassword(String userId, String password) {
      boolean ok = super.checkPassword(userId, password);
      if (!ok) {
        // a failed attempt counts towards the lock-out: nothing cached may outlive it
        changed();
      }
      return ok;
    }
  }
}
