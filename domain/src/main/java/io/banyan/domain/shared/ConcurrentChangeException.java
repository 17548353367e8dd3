package io.banyan.domain.shared;

/** Someone else saved the same thing after it was opened for editing. */
public class ConcurrentChangeException extends BanyanException {

  public ConcurrentChangeException(String what) {
    super("Someone else changed " + what + " while you were editing it. Your changes are still in the form: "
        + "reload to see theirs, then apply yours again.");
  }

  /** Throws unless the version the editor started from is still the stored one. */
  public static void check(Identified stored, long expectedVersion, String what) {
    if (stored.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException(what);
    }
  }
}
