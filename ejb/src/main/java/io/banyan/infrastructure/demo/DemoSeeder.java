package io.banyan.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * On a first start with {@code banyan.demo.seed=true} (the run command's default), fills two
 * demo consultancies so that there is something to sign in to. Never runs on a database that
 * already has consultancies.
 */
@Singleton
@Startup
@DependsOn("PlatformBootstrap")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoSeeder {

  private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

  @Inject private DemoData data;

  @PostConstruct
  void seed() {
    boolean wanted = ConfigProvider.getConfig(DemoSeeder.class.getClassLoader())
        .getOptionalValue("banyan.demo.seed", Boolean.class)
        .orElse(false);
    if (!wanted || data.anyConsultancy()) {
      return;
    }
    data.seed();
    LOG.info(DemoData.SIGN_INS);
  }
}
