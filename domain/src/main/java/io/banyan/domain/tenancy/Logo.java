package io.banyan.domain.tenancy;

import io.banyan.domain.shared.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A consultancy's logo image, kept in the database (outside the web root) and served by the app. */
@Entity
@Table(name = "logo")
@NamedQuery(name = "Logo.current", query = "select l from Logo l")
public class Logo extends TenantOwned {

  @Column(name = "content_type", nullable = false, length = 40)
  private String contentType;

  // eager: a logo is only ever read to be served, and a lazy basic reloaded on write would undo the new type
  @Lob
  @Column(nullable = false)
  private byte[] content;

  protected Logo() {}

  public Logo(LogoImage image) {
    replace(image);
  }

  public void replace(LogoImage image) {
    this.contentType = image.type().contentType();
    this.content = image.bytes();
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
