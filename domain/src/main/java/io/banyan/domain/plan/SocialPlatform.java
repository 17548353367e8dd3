package io.banyan.domain.plan;

import io.banyan.domain.shared.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A network clients can choose in a platform-choice question; each consultancy keeps its own list. */
@Entity
@Table(name = "social_platform", uniqueConstraints = @UniqueConstraint(name = "uk_platform_name", columnNames = {"tenant_id", "name"}))
public class SocialPlatform extends TenantOwned {

  /** The list a consultancy starts with until an owner changes it. */
  public static final List<String> DEFAULTS =
      List.of("Facebook", "LinkedIn", "X/Twitter", "Instagram", "YouTube", "TikTok", "Pinterest", "Blog");

  @NotBlank(message = "{domain.socialPlatform.name.required}")
  @Size(max = 60, message = "{domain.socialPlatform.name.tooLong}")
  @Column(nullable = false, length = 60)
  private String name;

  @Column(nullable = false)
  private int position;

  protected SocialPlatform() {}

  public SocialPlatform(String name, int position) {
    this.name = name == null ? null : name.strip();
    this.position = position;
  }

  public String getName() {
    return name;
  }

  public int getPosition() {
    return position;
  }
}
