package io.banyan.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive every service IT deploys: the domain and service packages as the EAR has them,
 * the bundles, the migrations, the libraries of the EAR's lib/, and the test support that signs people in.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive services(String name) {
    WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
        .addPackages(true, "io.banyan.domain", "io.banyan.application", "io.banyan.infrastructure")
        .addPackage(Deployments.class.getPackage())
        .addAsResource("META-INF/persistence.xml")
        // every text in both languages, as the domain jar carries them
        .addAsResource("io/banyan/messages.properties")
        .addAsResource("io/banyan/messages_es.properties")
        .addAsResource("io/banyan/starter.properties")
        .addAsResource("io/banyan/starter_es.properties")
        .addAsResource("ValidationMessages.properties")
        .addAsResource("ValidationMessages_es.properties")
        .addAsResource(new File("src/main/resources/db/migration"), "db/migration")
        .addAsWebInfResource(new File("src/main/resources/META-INF/ejb-jar.xml"), "ejb-jar.xml")
        .addAsWebInfResource(new File("src/main/resources/META-INF/beans.xml"), "beans.xml");
    File fonts = new File("target/classes/io/banyan/fonts");
    if (fonts.isDirectory()) {
      war.addAsResource(fonts, "io/banyan/fonts");
    }
    File[] libs = new File("target/test-archive-libs").listFiles((dir, file) -> file.endsWith(".jar"));
    if (libs == null || libs.length == 0) {
      throw new IllegalStateException("target/test-archive-libs is empty: run the build through 'mvn verify'");
    }
    return war.addAsLibraries(libs);
  }
}
