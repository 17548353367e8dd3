package io.banyan.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.it.support.CallRecorder;
import io.banyan.it.support.Exercises;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link TenantIsolationIT} from falling behind the services: every public method of every
 * bean under {@code io.banyan.application}, found by scanning the compiled classes, is either in
 * the list of one of its tests or exempt with a reason. A new service or method fails here until
 * a test points it at another consultancy or someone writes down why none needs to.
 */
class TenantIsolationCoverageTest {

  private static final String SERVICES = "io.banyan.application";
  private static final Set<String> BEAN_ANNOTATIONS = Set.of(
      "jakarta.ejb.Stateless", "jakarta.ejb.Stateful", "jakarta.ejb.Singleton",
      "jakarta.enterprise.context.ApplicationScoped", "jakarta.enterprise.context.RequestScoped",
      "jakarta.enterprise.context.SessionScoped", "jakarta.enterprise.context.ConversationScoped",
      "jakarta.enterprise.context.Dependent");

  @Test
  void everyPublicServiceMethodIsPointedAtAnotherConsultancyOrExemptWithAReason() {
    Set<String> methods = serviceMethods();
    Set<String> uncovered = new TreeSet<>(methods);
    uncovered.removeAll(covered());
    uncovered.removeAll(TenantIsolationIT.EXEMPT.keySet());
    assertTrue(uncovered.isEmpty(), "No test of TenantIsolationIT calls " + uncovered
        + ": call each signed in to A with B's ids and list it in the test's @Exercises, or add it to EXEMPT with the reason");
  }

  @Test
  void theListsNameOnlyMethodsThatExistAndEachOnlyOnce() {
    Set<String> methods = serviceMethods();
    Set<String> stale = new TreeSet<>(covered());
    stale.addAll(TenantIsolationIT.EXEMPT.keySet());
    stale.removeAll(methods);
    assertTrue(stale.isEmpty(), "Listed, but no such service method: " + stale);
    Set<String> both = new TreeSet<>(covered());
    both.retainAll(TenantIsolationIT.EXEMPT.keySet());
    assertTrue(both.isEmpty(), "Both covered and exempt: " + both);
    TenantIsolationIT.EXEMPT.forEach((method, reason) -> assertFalse(reason.isBlank(), method + " is exempt without a reason"));
  }

  @Test
  void theScanFindsTheServices() {
    // a scan that found nothing would pass the test above without proving anything
    Set<String> methods = serviceMethods();
    assertTrue(methods.containsAll(List.of("OfficeService.find(long)", "Links.baseUrl()", "ReminderSchedule.daily()")), methods.toString());
  }

  /** The union of the lists of TenantIsolationIT's tests. */
  private static Set<String> covered() {
    return Arrays.stream(TenantIsolationIT.class.getDeclaredMethods())
        .map(m -> m.getAnnotation(Exercises.class))
        .filter(e -> e != null)
        .flatMap(e -> Arrays.stream(e.value()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every public instance method declared by a bean class of the service packages, as tests name them. */
  static Set<String> serviceMethods() {
    Set<String> methods = new TreeSet<>();
    for (Class<?> bean : beans()) {
      for (Method method : bean.getDeclaredMethods()) {
        int modifiers = method.getModifiers();
        if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic() && !method.isBridge()) {
          methods.add(CallRecorder.nameOf(method));
        }
      }
    }
    return methods;
  }

  private static List<Class<?>> beans() {
    List<Class<?>> beans = new ArrayList<>();
    for (String name : classNames()) {
      Class<?> type;
      try {
        type = Class.forName(name, false, TenantIsolationCoverageTest.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      boolean bean = Arrays.stream(type.getAnnotations()).map(Annotation::annotationType).map(Class::getName)
          .anyMatch(BEAN_ANNOTATIONS::contains);
      if (bean) {
        beans.add(type);
      }
    }
    return beans;
  }

  private static List<String> classNames() {
    List<String> names = new ArrayList<>();
    try {
      for (URL url : Collections.list(TenantIsolationCoverageTest.class.getClassLoader().getResources(SERVICES.replace('.', '/')))) {
        if (!"file".equals(url.getProtocol())) {
          throw new IllegalStateException("The service classes are expected in a directory, as the build compiles them: " + url);
        }
        Path root = Path.of(url.toURI());
        try (Stream<Path> files = Files.walk(root)) {
          files.map(root::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
              .map(f -> SERVICES + "." + f.substring(0, f.length() - ".class".length()).replace(root.getFileSystem().getSeparator(), "."))
              .forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }
}
