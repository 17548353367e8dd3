/** Mail Banyan sends: invitations, password resets. */
package io.banyan.domain.mail;
