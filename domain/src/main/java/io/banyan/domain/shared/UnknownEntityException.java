package io.banyan.domain.shared;

/** Nothing with that id exists for the caller: the same answer whether it never existed or is another tenant's. */
public class UnknownEntityException extends BanyanException {

  public UnknownEntityException(String what) {
    super("No such " + what + ".");
  }
}
