package io.banyan.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Small helpers for beans: the request, and answering "not found" for an id the caller cannot see. */
public final class Pages {

  private Pages() {}

  public static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public static String remoteAddress() {
    return request().getRemoteAddr();
  }

  /** Ends the response with 404, the same answer as for an id that never existed. */
  public static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** An id from a request parameter; anything that is not a number is no id at all. */
  public static java.util.Optional<Long> id(String raw) {
    try {
      return raw == null ? java.util.Optional.empty() : java.util.Optional.of(Long.valueOf(raw));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }
}
