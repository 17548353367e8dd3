/** Schema migrations. */
package io.banyan.infrastructure.persistence;
