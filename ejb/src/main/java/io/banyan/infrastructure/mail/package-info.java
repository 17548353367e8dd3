/** Outgoing mail through SMTP, or kept for the platform admin in a demo. */
package io.banyan.infrastructure.mail;
