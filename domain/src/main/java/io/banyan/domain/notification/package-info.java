/** Notifications: what happened in the homework loop, for the bell and for e-mail. */
package io.banyan.domain.notification;
