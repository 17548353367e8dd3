package io.banyan.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive every service IT deploys: the domain and service packages as the EAR has them,
 * the bundles, the migrations, the libraries of the EAR's lib/, and the test support that signs people in.
 */
public final class Deployments {

  private static final File EJB_JAR = new File("src/main/resources/META-INF/ejb-jar.xml");
  private static final String FIRST_BINDING = "<interceptor-binding>";

  private Deployments() {}

  public static WebArchive services(String name) {
    return services(name, new FileAsset(EJB_JAR));
  }

  /**
   * The same archive with {@link CallRecorder} bound to every EJB ahead of the module's own
   * interceptors, so that it also sees calls that another interceptor refuses.
   */
  public static WebArchive servicesRecordingCalls(String name) {
    String descriptor;
    try {
      descriptor = Files.readString(Path.of(EJB_JAR.getPath()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    if (!descriptor.contains("<interceptors>") || !descriptor.contains(FIRST_BINDING)) {
      throw new IllegalStateException("ejb-jar.xml no longer declares interceptors as expected: adapt servicesRecordingCalls");
    }
    String recorder = CallRecorder.class.getName();
    descriptor = descriptor
        .replace("<interceptors>", "<interceptors>\n    <interceptor><interceptor-class>" + recorder + "</interceptor-class></interceptor>")
        .replaceFirst(FIRST_BINDING, "<interceptor-binding><ejb-name>*</ejb-name><interceptor-class>" + recorder
            + "</interceptor-class></interceptor-binding>\n    " + FIRST_BINDING);
    return services(name, new StringAsset(descriptor));
  }

  private static WebArchive services(String name, Asset ejbJar) {
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
        .addAsWebInfResource(ejbJar, "ejb-jar.xml")
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
