/** In-app notifications and their e-mails. */
package io.banyan.application.notification;
