package io.banyan.web.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Tenant views are reached only through the tenant gate's forward, never by their file path. */
@WebFilter(filterName = "DirectViewBlock", urlPatterns = "/app/*")
public class DirectViewBlock extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
