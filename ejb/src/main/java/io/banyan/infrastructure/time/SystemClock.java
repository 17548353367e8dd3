package io.banyan.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one place Banyan learns what time it is; tests replace it to move time. */
@ApplicationScoped
public class SystemClock {

  // dependent, so no proxy stands between callers and the clock
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
