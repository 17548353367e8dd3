package io.banyan.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every entity that belongs to one consultancy.
 *
 * <p>EclipseLink adds {@code tenant_id = :tenant} to every read, update and delete of a subclass and
 * fills the column on insert, from the {@code eclipselink.tenant-id} property that the tenancy
 * interceptor puts on the EntityManager. Without that property any access fails, which is the
 * point: a forgotten tenant can never read across consultancies.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 20)
public abstract class TenantOwned extends Identified {

  public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

  /** Read-only view of the discriminator, for checks and logs; EclipseLink writes it. */
  @Column(name = "tenant_id", insertable = false, updatable = false)
  private String tenantId;

  public String getTenantId() {
    return tenantId;
  }
}
