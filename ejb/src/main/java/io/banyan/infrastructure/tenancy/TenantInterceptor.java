package io.banyan.infrastructure.tenancy;

import io.banyan.domain.shared.TenantOwned;
import io.banyan.infrastructure.security.CallerKey;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one place where the tenant is put on the EntityManager. Bound to every EJB of the module by
 * {@code ejb-jar.xml}, it runs inside the business method's transaction, so the property lands on
 * the persistence context that method uses.
 *
 * <p>The tenant is the signed-in person's consultancy; only code that acts before anyone is signed
 * in names one through {@link TenantScope}. When neither is there, nothing is set and EclipseLink
 * refuses any access to tenant-owned data (fail closed).
 */
public class TenantInterceptor {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Resource private EJBContext context;

  @AroundInvoke
  public Object applyTenant(InvocationContext invocation) throws Exception {
    String tenant = currentTenant();
    if (tenant != null) {
      em.setProperty(TenantOwned.TENANT_PROPERTY, tenant);
    }
    return invocation.proceed();
  }

  private String currentTenant() {
    String signedIn = CallerKey.parse(context.getCallerPrincipal().getName()).map(CallerKey::tenantId).orElse(null);
    String explicit = TenantScope.explicitTenant();
    if (explicit == null) {
      return signedIn;
    }
    // a scope may name a tenant for people not signed in to one; it never moves a signed-in person elsewhere
    if (signedIn != null && !signedIn.equals(explicit)) {
      throw new SecurityException("A person signed in to one consultancy cannot act in another");
    }
    return explicit;
  }
}
