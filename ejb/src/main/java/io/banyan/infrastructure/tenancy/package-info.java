/** How each service call learns its consultancy: the interceptor and the explicit scope. */
package io.banyan.infrastructure.tenancy;
