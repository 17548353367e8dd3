package io.banyan.application.review;

import java.io.Serializable;

/** A client on the consultant's dashboard: how its homework stands. */
public record ClientRow(long clientId, String clientName, long assigned, long submitted, long approved, long overdue)
    implements Serializable {

  public ClientRow(Long clientId, String clientName, Long assigned, Long submitted, Long approved, Long overdue) {
    this(clientId.longValue(), clientName, nz(assigned), nz(submitted), nz(approved), nz(overdue));
  }

  private static long nz(Long n) {
    return n == null ? 0 : n;
  }

  /** Approved sections out of all handed out, in whole percent. */
  public int percent() {
    return assigned == 0 ? 0 : (int) (100 * approved / assigned);
  }
}
