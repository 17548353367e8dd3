package io.banyan.domain.tenancy;

import io.banyan.domain.shared.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A person who runs the platform. Belongs to no consultancy and sees no tenant content. */
@Entity
@Table(name = "platform_admin")
@NamedQuery(name = "PlatformAdmin.byEmail", query = "select a from PlatformAdmin a where a.email = :email")
@NamedQuery(name = "PlatformAdmin.count", query = "select count(a) from PlatformAdmin a")
public class PlatformAdmin extends Identified {

  @Column(nullable = false, unique = true, length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  protected PlatformAdmin() {}

  public PlatformAdmin(String email, String passwordHash) {
    this.email = email;
    this.passwordHash = passwordHash;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }
}
