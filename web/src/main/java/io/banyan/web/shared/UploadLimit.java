package io.banyan.web.shared;

import io.banyan.domain.shared.Texts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses an upload larger than the container takes (web.xml's multipart-config) with a page that
 * says so, before anything parses it; otherwise the container would fail it as a server error.
 * Smaller files reach their page, which checks them against its own limit.
 */
@WebFilter(filterName = "UploadLimit", urlPatterns = "/t/*")
public class UploadLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final long MAX_REQUEST_BYTES = 27_262_976L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    String type = request.getContentType();
    if (type != null && type.toLowerCase().startsWith("multipart/") && request.getContentLengthLong() > MAX_REQUEST_BYTES) {
      response.setStatus(413);
      response.setHeader("Connection", "close");
      response.setContentType("text/html;charset=UTF-8");
      // outside Faces: the language is the browser's, if Banyan speaks it
      Locale locale = Texts.supported(request.getLocale());
      response.getOutputStream().write(("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><title>"
          + Texts.of(locale, "upload.tooLarge.title") + "</title></head><body><h1>" + Texts.of(locale, "upload.tooLarge.heading")
          + "</h1><p>" + Texts.of(locale, "upload.tooLarge.body") + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }
}
