/** Reading the mail log. */
package io.banyan.application.mail;
