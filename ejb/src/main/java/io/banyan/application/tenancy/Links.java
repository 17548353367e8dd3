package io.banyan.application.tenancy;

import io.banyan.domain.tenancy.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/** Absolute links for mails, from {@code banyan.base-url} (the address people reach Banyan at). */
@ApplicationScoped
public class Links {

  public String baseUrl() {
    String base = ConfigProvider.getConfig(Links.class.getClassLoader())
        .getOptionalValue("banyan.base-url", String.class)
        .orElse("http://localhost:8080");
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  public String tenantPage(Slug slug, String page) {
    return baseUrl() + "/t/" + slug.value() + "/" + page;
  }

  public String tenantPage(Slug slug, String page, String tokenParam) {
    return tenantPage(slug, page) + "?token=" + URLEncoder.encode(tokenParam, StandardCharsets.UTF_8);
  }
}
