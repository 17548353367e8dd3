/** Consultancies (tenants), their branding and offices, and the platform's own admins. */
package io.banyan.domain.tenancy;
