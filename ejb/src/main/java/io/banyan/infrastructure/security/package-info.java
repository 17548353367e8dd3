/** Password hashing, the caller's identity as services see it, and live sessions. */
package io.banyan.infrastructure.security;
