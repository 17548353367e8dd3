package io.banyan.domain.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * Identity and optimistic-lock version shared by every entity.
 *
 * <p>Serializable because view-scoped pages hold entities and sessions may be replicated.
 *
 * <p>Ids come from one table generator rather than IDENTITY columns: the same mapping works on H2
 * and MySQL, and EclipseLink need not read back generated keys.
 */
@MappedSuperclass
public abstract class Identified implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "banyan_ids")
  @TableGenerator(
      name = "banyan_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "banyan",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  /** The same stored thing: the same object, or the same id once stored. */
  public boolean isSameAs(Identified other) {
    return this == other || other != null && id != null && id.equals(other.id) && getClass() == other.getClass();
  }

  public boolean isNew() {
    return id == null;
  }
}
