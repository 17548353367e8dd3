/** Time as Banyan reads it: an injected clock, so that schedules and "today" can be tested. */
package io.banyan.infrastructure.time;
