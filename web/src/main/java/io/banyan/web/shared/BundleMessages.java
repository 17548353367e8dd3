package io.banyan.web.shared;

import io.banyan.domain.shared.Texts;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Makes every {@code Messages.add…(key, params)} of the beans a key of the messages bundle, read in
 * the language of the page being rendered.
 */
@WebListener
public class BundleMessages implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Messages.setResolver((key, params) -> Texts.of(Faces.getLocale(), key, params));
  }
}
