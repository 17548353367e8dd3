package io.banyan.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Notes which service methods the running test itself calls, so that a test's list of the methods
 * it exercises is checked against what it really did. Bound to every EJB of the archive that
 * {@link Deployments#servicesRecordingCalls} builds; only calls the test makes count, not the ones
 * a service makes to another while serving it.
 *
 * <p>The container refuses a call for want of a role before any interceptor runs; such a refusal
 * is noted by {@link #refused}, which checks that the named method exists.
 */
public class CallRecorder {

  private static final String SERVICES = "io.banyan.application.";
  private static final ThreadLocal<Set<String>> RECORDING = new ThreadLocal<>();
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  @AroundInvoke
  public Object record(InvocationContext invocation) throws Exception {
    int[] depth = DEPTH.get();
    Set<String> recording = RECORDING.get();
    Method method = invocation.getMethod();
    if (recording != null && depth[0] == 0 && method.getDeclaringClass().getName().startsWith(SERVICES)) {
      recording.add(nameOf(method));
    }
    depth[0]++;
    try {
      return invocation.proceed();
    } finally {
      depth[0]--;
    }
  }

  /** How tests and their lists name a method: {@code "OfficeService.describe(long,long,String,String,ZoneId)"}. */
  public static String nameOf(Method method) {
    return method.getDeclaringClass().getSimpleName() + "." + method.getName()
        + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
  }

  /** Records this thread's calls until the recording is closed. */
  public static Recording start() {
    Set<String> calls = new TreeSet<>();
    RECORDING.set(calls);
    return new Recording(calls);
  }

  /** Notes a call the container refused before it reached the recorder; fails if the service has no such method. */
  public static void refused(Class<?> service, String method, Class<?>... parameterTypes) {
    Set<String> recording = RECORDING.get();
    if (recording == null) {
      throw new IllegalStateException("Nothing is being recorded");
    }
    try {
      recording.add(nameOf(service.getDeclaredMethod(method, parameterTypes)));
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(service.getSimpleName() + " has no method " + method + Arrays.toString(parameterTypes), e);
    }
  }

  /** The calls of one stretch of a test. */
  public static final class Recording implements AutoCloseable {

    private final Set<String> calls;

    private Recording(Set<String> calls) {
      this.calls = calls;
    }

    /** Fails, naming the difference, unless exactly the expected methods were called. */
    public void assertExactly(Set<String> expected) {
      Set<String> missing = new TreeSet<>(expected);
      missing.removeAll(calls);
      Set<String> unlisted = new TreeSet<>(calls);
      unlisted.removeAll(expected);
      if (!missing.isEmpty() || !unlisted.isEmpty()) {
        fail("listed but not called: " + missing + "; called but not listed: " + unlisted);
      }
    }

    @Override
    public void close() {
      RECORDING.remove();
    }
  }
}
