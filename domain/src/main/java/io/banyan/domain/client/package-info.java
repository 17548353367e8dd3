/** The small businesses a consultancy coaches. */
package io.banyan.domain.client;
