/** Building blocks every area uses: identity, tenant ownership, time and e-mail values. */
package io.banyan.domain.shared;
