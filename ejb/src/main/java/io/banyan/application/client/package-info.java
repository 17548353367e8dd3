/** Client organisations, their members and the client home. */
package io.banyan.application.client;
